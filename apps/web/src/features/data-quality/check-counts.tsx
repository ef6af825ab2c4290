import type { TDataQualityReport } from "@waymark/contracts";
import { formatCount } from "../../lib/format.ts";
import { barPercent, checksByFindings } from "./data-quality.ts";
import styles from "./data-quality.module.css";

/** Findings and tenants per check as numbers with their labels; the bar only repeats the number. */
export function CheckCounts({ checks }: { checks: TDataQualityReport["checks"] }) {
  const sorted = checksByFindings(checks);
  const max = Math.max(0, ...sorted.map((c) => c.findings));
  return (
    <div className={styles.checks} role="table" aria-label="Findings per check">
      <div className={styles.checkRow} role="row">
        <span role="columnheader" className={styles.checkHead}>Check (severity)</span>
        <span role="columnheader" className={`${styles.checkHead} ${styles.number}`}>Findings</span>
        <span role="columnheader" className={`${styles.checkHead} ${styles.number}`}>Tenants</span>
        <span role="columnheader" className={styles.checkHead}><span className="visually-hidden">Share of the largest</span></span>
      </div>
      {sorted.map((check) => (
        <div key={check.check} role="row" className={`${styles.checkRow} ${check.severity === "high" ? styles.high : ""}`}>
          <span role="rowheader" className={check.findings === 0 ? styles.zero : undefined}>
            {check.label} <span className={styles.zero}>({check.severity})</span>
          </span>
          <span role="cell" className={`${styles.number} ${check.findings === 0 ? styles.zero : ""}`}>{formatCount(check.findings)}</span>
          <span role="cell" className={`${styles.number} ${check.findings === 0 ? styles.zero : ""}`}>{formatCount(check.tenants)}</span>
          <span role="cell" className={styles.bar} aria-hidden="true">
            <span className={styles.barFill} style={{ display: "block", width: `${barPercent(check.findings, max)}%` }} />
          </span>
        </div>
      ))}
    </div>
  );
}
