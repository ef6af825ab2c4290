// The service status funnel: services per status in catalog order, and how long they have been in it.
import { SERVICE_STATUSES, type ServiceStatus } from "@waymark/domain";
import { sql } from "drizzle-orm";
import type { Database } from "../../client.ts";
import { inReportSnapshot, int, oneDecimal, type ReportScope, localToday, serviceConditions, tenantConditions } from "./scope.ts";

export const LONGEST_IN_STATUS = 10;

type Days = { services: number; medianDays: number | null; p90Days: number | null };

export type ServiceStatusReport = {
  stages: ({ status: ServiceStatus; label: string } & Days)[];
  days: Days;
  longest: { tenantId: string; tenantName: string; service: string; status: ServiceStatus; since: string; days: number }[];
};

/** Days in status = the tenant's today − service_status_since (the day the current status was entered; the history trigger keeps it). */
function servicesInScope(scope: ReportScope) {
  return sql`SELECT t.id AS tenant_id, t.name AS tenant_name, s.service, s.service_status AS status, s.service_status_since::text AS since,
      tz.today - s.service_status_since AS days
    FROM tenant_services s JOIN tenants t ON t.id = s.tenant_id ${localToday(scope)}
    WHERE ${tenantConditions(scope)} AND ${serviceConditions(scope.filters)}`;
}

export async function reportServiceStatus(db: Database, scope: ReportScope): Promise<ServiceStatusReport> {
  return inReportSnapshot(db, async (tx) => {
    // Both parts in one statement over the services found once (a materialized CTE); the longest come as JSON, in
    // their order (an aggregate over a sorted subquery reads it so).
    type Grouped = { status: ServiceStatus | null; services: number; median: number | null; p90: number | null };
    type Longest = { tenant_id: string; tenant_name: string; service: string; status: ServiceStatus; since: string; days: number };
    const result = await tx.execute<{ grouped: Grouped[] | null; longest: Longest[] | null }>(sql`
      WITH v AS MATERIALIZED (${servicesInScope(scope)})
      SELECT (SELECT json_agg(g) FROM (
          SELECT v.status, count(*) AS services,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY v.days) AS median,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY v.days) AS p90
          FROM v GROUP BY ROLLUP (v.status)
        ) g) AS grouped,
        (SELECT json_agg(l) FROM (
          SELECT v.* FROM v WHERE v.days IS NOT NULL ORDER BY v.days DESC, v.tenant_name, v.service, v.tenant_id LIMIT ${LONGEST_IN_STATUS}
        ) l) AS longest`);
    const grouped = result.rows[0]?.grouped ?? [];
    const longest = result.rows[0]?.longest ?? [];
    const days = (row: Grouped | undefined): Days => ({
      services: int(row?.services),
      medianDays: oneDecimal(row?.median),
      p90Days: oneDecimal(row?.p90),
    });
    return {
      stages: SERVICE_STATUSES.map(({ code, label }) => ({ status: code, label, ...days(grouped.find((row) => row.status === code)) })),
      days: days(grouped.find((row) => row.status === null)),
      longest: longest.map((row) => ({
        tenantId: row.tenant_id,
        tenantName: row.tenant_name,
        service: row.service,
        status: row.status,
        since: row.since,
        days: int(row.days),
      })),
    };
  });
}
