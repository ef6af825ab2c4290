import type { TService } from "@waymark/contracts";
import { formatCount, formatDate, humanizeCode } from "../../lib/format.ts";
import { useCatalog, useLabeler } from "../catalogs/catalog-queries.ts";
import { L1Split } from "./l1-split-bar.tsx";
import { summarizeSplit } from "./l1-split.ts";
import { SplitNotes } from "./split-notes.tsx";
import styles from "./services-table.module.css";

type ServicesTableProps = { services: TService[]; captionId: string };

export function ServicesTable({ services, captionId }: ServicesTableProps) {
  const l1Statuses = useCatalog("l1Statuses");
  const serviceStatus = useLabeler("serviceStatuses");
  const scenarios = useCatalog("engagementScenarios");
  const scenario = (code: string) => scenarios.find((entry) => entry.code === code)?.label ?? humanizeCode(code);

  if (services.length === 0) {
    return <p className={styles.none}>This tenant has no services yet.</p>;
  }
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Status</th>
            <th scope="col" className={styles.number}>
              Total entitlements
            </th>
            <th scope="col" className={styles.number}>
              Effective entitlements
            </th>
            <th scope="col" className={styles.number}>
              Active users
            </th>
            <th scope="col">Engagement scenario</th>
            <th scope="col">L1 split</th>
          </tr>
        </thead>
        <tbody>
          {services.map((service) => (
            <tr key={service.id}>
              <th scope="row" className={styles.service}>
                {service.serviceLabel}
              </th>
              <td className={styles.status}>
                {serviceStatus(service.serviceStatus)}
                {service.serviceStatusSince && (
                  <span className={styles.muted}>
                    {" "}
                    since {formatDate(service.serviceStatusSince)} ({service.daysInStatus === 1 ? "1 day" : `${service.daysInStatus} days`})
                  </span>
                )}
              </td>
              <td className={`${styles.number} tabular`}>{formatCount(service.totalEntitlements)}</td>
              <td className={`${styles.number} tabular`}>
                {formatCount(service.effectiveEntitlements)}
                {service.entitlementOverride !== null && <span className={styles.marker}>overridden</span>}
              </td>
              <td className={`${styles.number} tabular`}>
                <ActiveUsage usage={service.usage} />
              </td>
              <td>{scenario(service.engagementScenario)}</td>
              <td>
                <L1Split parts={summarizeSplit(service.split, l1Statuses)} effective={service.effectiveEntitlements} />
                <SplitNotes split={service.split} l1Statuses={l1Statuses} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const KPI_LABEL = { green: "Green", yellow: "Yellow", red: "Red" } as const;

/** Latest AU % with its KPI as words and colour (colour is never the only signal), and the day it is from. */
export function ActiveUsage({ usage }: { usage: TService["usage"] }) {
  if (!usage) return <span className={styles.muted}>not reported</span>;
  return (
    <>
      {formatCount(usage.activeUsers)}
      {usage.activeUsersPercent !== null && <> ({usage.activeUsersPercent.toLocaleString("en", { maximumFractionDigits: 2 })} %)</>}
      {usage.kpi && (
        <span className={`${styles.kpi} ${styles[usage.kpi]}`} title="AU KPI: Green above 40 %, Yellow 20–40 %, Red below 20 %">
          {KPI_LABEL[usage.kpi]}
        </span>
      )}
      <span className={styles.muted}> on {formatDate(usage.day)}</span>
    </>
  );
}
