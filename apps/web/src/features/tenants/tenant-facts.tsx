import type { TTenantSummary } from "@waymark/contracts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { formatDate } from "../../lib/format.ts";
import styles from "./tenant-facts.module.css";

type PriorityProps = Pick<TTenantSummary, "priority" | "priorityOverride" | "effectivePriority">;

/** Effective priority; an override is marked in words, and the automated value is given for context. */
export function PriorityText({ priority, priorityOverride, effectivePriority }: PriorityProps) {
  const label = useLabeler("priorities");
  return (
    <span className={`${styles.priority} ${styles[effectivePriority] ?? ""}`}>
      {label(effectivePriority)}
      {priorityOverride !== null && (
        <span className={styles.marker} title={`Overridden; the automated priority is ${label(priority)}`}>
          overridden<span className="visually-hidden"> (automated: {label(priority)})</span>
        </span>
      )}
    </span>
  );
}

type StatusProps = { status: TTenantSummary["overallStatus"]; date: string | null; wrap?: boolean };

export function OverallStatusText({ status, date, wrap = false }: StatusProps) {
  const label = useLabeler("overallStatuses");
  if (status === null) return <span className={styles.none}>Not set</span>;
  return (
    <span className={`${styles.status} ${wrap ? styles.wrap : ""}`}>
      <span className={`${styles.statusLabel} ${styles[status] ?? ""}`}>
        <span aria-hidden="true" className={styles.dot} /> {label(status)}
      </span>
      {date && <span className={styles.date}>since {formatDate(date)}</span>}
    </span>
  );
}
