import { Link } from "@tanstack/react-router";
import type { TDataQualityReport } from "@waymark/contracts";
import section from "../../components/section.module.css";
import { onListKeys } from "../notes-library/list-keys.ts";
import { tenantTab } from "../notes-library/tenant-link.ts";
import { severitySummary } from "./data-quality.ts";
import styles from "./data-quality.module.css";

type Item = TDataQualityReport["items"][number];

/** The tenants with findings, worst first, each finding in words with what to do, and one link to the tenant's Findings. */
export function WorstTenants({ items }: { items: readonly Item[] }) {
  return (
    <ul className={section.list} aria-label="Tenants with findings, worst first" onKeyDown={onListKeys}>
      {items.map((item) => {
        const nameId = `dq-tenant-${item.tenantId}`;
        return (
          <li key={item.tenantId} className={section.item}>
            <div className={styles.tenantHead}>
              <h3 id={nameId} className={styles.tenantName}>
                <Link to="/tenants/$tenantId" params={{ tenantId: item.tenantId }} search={tenantTab("findings")} hash="findings-heading">
                  {item.tenantName}
                </Link>
              </h3>
              <span className={section.muted}>
                {item.customerName} · {item.effectivePriority} priority · {severitySummary(item.findings)}
              </span>
            </div>
            <ul className={styles.findings}>
              {item.findings.map((finding, index) => (
                <li key={`${finding.check}-${finding.service ?? ""}-${index}`}>
                  <span className={styles.severity}>{finding.severity}:</span> {finding.message} <span className={styles.action}>{finding.action}</span>
                </li>
              ))}
            </ul>
            <Link to="/tenants/$tenantId" params={{ tenantId: item.tenantId }} search={tenantTab("findings")} hash="findings-heading" aria-describedby={nameId}>
              Open findings
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
