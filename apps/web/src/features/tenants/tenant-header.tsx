import { Link } from "@tanstack/react-router";
import type { TTenant } from "@waymark/contracts";
import { CopyButton } from "../../components/copy-button.tsx";
import { countryName, formatCount } from "../../lib/format.ts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { OverallStatusText, PriorityText } from "./tenant-facts.tsx";
import styles from "./tenant-header.module.css";

/** The tenant's identity line and key facts, shown under the page heading. */
export function TenantHeader({ tenant }: { tenant: TTenant }) {
  const segment = useLabeler("segments");
  const region = useLabeler("regions");
  return (
    <div className={styles.header}>
      <p className={styles.identity}>
        <span>
          <Link to="/customers/$customerId" params={{ customerId: tenant.customerId }}>
            {tenant.customerName}
          </Link>
          {tenant.isWinner && <span className={styles.badge}>winner tenant</span>}
        </span>
        <span className={styles.sep} aria-hidden="true">
          ·
        </span>
        <span>TPID {tenant.tpid}</span>
        <span className={styles.sep} aria-hidden="true">
          ·
        </span>
        <span className={styles.guid}>
          <span className={styles.guidLabel}>Tenant ID</span> <code className={styles.code}>{tenant.tenantGuid}</code>
          <CopyButton value={tenant.tenantGuid} label="Copy tenant ID" />
        </span>
      </p>
      <dl className={styles.facts}>
        <Fact term="Priority">
          <PriorityText {...tenant} />
          {tenant.priorityOverride !== null && tenant.priorityOverrideReason && (
            <span className={styles.reason}>{tenant.priorityOverrideReason}</span>
          )}
        </Fact>
        <Fact term="Overall status">
          <OverallStatusText status={tenant.overallStatus} date={tenant.overallStatusDate} wrap />
        </Fact>
        <Fact term="Segment">{segment(tenant.segment)}</Fact>
        <Fact term="Seats">
          <span className="tabular">{formatCount(tenant.seats)}</span>
        </Fact>
        <Fact term="Country">
          {countryName(tenant.country)} ({tenant.country})
          <span className={styles.reason}>{tenant.timeZone}</span>
        </Fact>
        <Fact term="Region">{region(tenant.region)}</Fact>
      </dl>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{children}</dd>
    </div>
  );
}
