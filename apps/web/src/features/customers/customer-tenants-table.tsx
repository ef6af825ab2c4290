import type { TCustomerOverviewTenant } from "@waymark/contracts";
import { Link } from "@tanstack/react-router";
import recordTable from "../../components/record-table.module.css";
import sectionStyles from "../../components/section.module.css";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { OverallStatusText } from "../tenants/tenant-facts.tsx";
import { auText, HEALTH_BADGES, noteAgeText } from "./customer-view.ts";
import styles from "./customer.module.css";

/** The customer's tenants, winner first and marked "Winner"; each name opens the tenant. */
export function CustomerTenantsTable({ tenants, hiddenTenantCount }: { tenants: TCustomerOverviewTenant[]; hiddenTenantCount: number }) {
  const priority = useLabeler("priorities");
  return (
    <section className={sectionStyles.section} aria-labelledby="customer-tenants">
      <div className={sectionStyles.header}>
        <h2 id="customer-tenants" className={sectionStyles.title}>
          Tenants <span className={sectionStyles.count}>{tenants.length}</span>
        </h2>
        {hiddenTenantCount > 0 && (
          <span className={sectionStyles.muted}>
            {hiddenTenantCount} more {hiddenTenantCount === 1 ? "tenant is" : "tenants are"} not assigned to you and not shown.
          </span>
        )}
      </div>
      {tenants.length === 0 ? (
        <div className={sectionStyles.empty}>
          <p className={sectionStyles.emptyTitle}>No tenants to show</p>
          <p className={sectionStyles.muted}>This customer has no tenants you may see.</p>
        </div>
      ) : (
        <div className={recordTable.scroll}>
          <table className={recordTable.table}>
            <thead>
              <tr>
                <th scope="col">Tenant</th>
                <th scope="col">Priority</th>
                <th scope="col">Overall status</th>
                <th scope="col">Services</th>
                <th scope="col">Active users</th>
                <th scope="col">Status note</th>
                <th scope="col">Primary FM</th>
                <th scope="col">Health</th>
              </tr>
            </thead>
            <tbody>
              {tenants.map((tenant) => (
                <tr key={tenant.id}>
                  <th scope="row" className={styles.tenantCell}>
                    <Link to="/tenants/$tenantId" params={{ tenantId: tenant.id }} className={styles.tenantLink}>
                      {tenant.name}
                    </Link>
                    {tenant.isWinner && <span className={styles.winner}>Winner</span>}
                    {tenant.isDuplicate && <span className={styles.duplicate}>Duplicate (not counted)</span>}
                  </th>
                  <td>
                    {priority(tenant.priority)}
                    {tenant.priorityOverridden && <span className={styles.muted}> (overridden)</span>}
                  </td>
                  <td>
                    <OverallStatusText status={tenant.overallStatus} date={tenant.overallStatusDate} />
                  </td>
                  <td>{tenant.serviceCount}</td>
                  <td>{auText(tenant.auPercent)}</td>
                  <td>{noteAgeText(tenant.daysSinceOverallStatusNote)}</td>
                  <td>{tenant.primaryFm?.displayName ?? <span className={styles.muted}>none</span>}</td>
                  <td>
                    <span className={`${styles.tenantHealth} ${styles[tenant.health.level] ?? ""}`}>
                      <span aria-hidden="true">{HEALTH_BADGES[tenant.health.level].icon}</span> {HEALTH_BADGES[tenant.health.level].text}
                    </span>
                    {/* The reasons, with the tenant's name, are listed under Health above. */}
                    {tenant.health.reasons.length > 0 && (
                      <span className={styles.muted}> ({tenant.health.reasons.length} {tenant.health.reasons.length === 1 ? "reason" : "reasons"})</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
