import { Button } from "../../components/button.tsx";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { FILTERS } from "./tenant-toolbar.tsx";
import { hasActiveFilters, type TenantSearch } from "./tenant-search.ts";
import styles from "./tenant-empty-state.module.css";

type EmptyProps = { search: TenantSearch; total: number; onClear: () => void; onFirstPage: () => void };

/** Says why the list is empty: the filters, a page past the end, or no tenants visible at all. */
export function TenantEmptyState({ search, total, onClear, onFirstPage }: EmptyProps) {
  const active = useActiveFilterDescriptions(search);
  if (total > 0) {
    return (
      <div className={styles.empty}>
        <p className={styles.title}>This page is past the end of the list.</p>
        <Button onPress={onFirstPage}>Go to the first page</Button>
      </div>
    );
  }
  if (hasActiveFilters(search)) {
    return (
      <div className={styles.empty}>
        <p className={styles.title}>No tenants match these filters</p>
        <ul className={styles.filters}>
          {active.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        <Button variant="primary" onPress={onClear}>
          Clear filters
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.empty}>
      <p className={styles.title}>No tenants are visible to you</p>
      <p className={styles.hint}>
        Either none have been imported yet, or you are not assigned to any. Ask an administrator to import tenants or to assign you.
      </p>
    </div>
  );
}

function useActiveFilterDescriptions(search: TenantSearch): string[] {
  const catalogs = {
    regions: useCatalog("regions"),
    priorities: useCatalog("priorities"),
    segments: useCatalog("segments"),
    overallStatuses: useCatalog("overallStatuses"),
  };
  const result = search.q ? [`Search: “${search.q}”`] : [];
  for (const filter of FILTERS) {
    const code = search[filter.key];
    if (code === undefined) continue;
    const entries = catalogs[filter.catalog as keyof typeof catalogs] ?? [];
    result.push(`${filter.label}: ${entries.find((entry) => entry.code === code)?.label ?? code}`);
  }
  return result;
}
