import { Button } from "../../components/button.tsx";
import { describeFilter, type ColumnMeta } from "./portfolio-filters.ts";
import { hasActiveFilters, type PortfolioState } from "./portfolio-state.ts";
import styles from "./portfolio-page.module.css";

export const PRIORITY_LABELS: Record<string, string> = {
  all: "All priorities",
  high: "High + High Override",
  medium: "Medium + Medium Override",
  low: "Low",
  low_override: "Low Override",
};

type EmptyProps = {
  state: PortfolioState;
  scopeLabel: string;
  columns: readonly ColumnMeta[];
  onClear: () => void;
  onMyTenants: (() => void) | undefined;
};

/** Says why nothing is listed: the filters in force, or the scope; and offers the way out. */
export function PortfolioEmpty({ state, scopeLabel, columns, onClear, onMyTenants }: EmptyProps) {
  const active = [
    `Scope: ${scopeLabel}`,
    ...(state.priority ? [`Priority: ${PRIORITY_LABELS[state.priority]}`] : []),
    ...(state.q ? [`Search: “${state.q}”`] : []),
    ...state.filters.map((filter) => describeFilter(filter, columns)),
  ];
  return (
    <div className={styles.empty}>
      <p className={styles.emptyTitle}>No tenants match this view</p>
      <ul className={styles.emptyList} aria-label="Active filters">
        {active.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {!hasActiveFilters(state) && (
        <p className={styles.emptyHint}>
          With no filters, an empty list means none of these tenants are visible to you: you may not be assigned to any yet. Ask an
          administrator to assign you, or pick another scope.
        </p>
      )}
      <div className={styles.emptyActions}>
        {hasActiveFilters(state) && (
          <Button variant="primary" onPress={onClear}>
            Clear filters
          </Button>
        )}
        {onMyTenants && <Button onPress={onMyTenants}>Switch to My tenants</Button>}
      </div>
    </div>
  );
}
