// The hygiene report: records a delivery owner must keep current, counted and listed per check.
import { HYGIENE_CHECKS, type HygieneCheck, OVERALL_STATUS_STALE_DAYS } from "@waymark/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../client.ts";
import { inReportSnapshot, int, type ReportScope, localToday, serviceConditions, tenantConditions, tenantToday } from "./scope.ts";

export type HygieneOptions = ReportScope & { newWithinDays: number; check: HygieneCheck; limit: number; offset: number };

export type HygieneReport = {
  checks: { check: HygieneCheck; label: string; counts: string; tenants: number; items: number }[];
  tenants: { check: HygieneCheck; total: number; limit: number; offset: number; items: { tenantId: string; tenantName: string; items: number }[] };
};

/** One row per finding of a check: (tenant_id, tenant_name). */
function findingsOf(check: HygieneCheck, options: HygieneOptions): SQL {
  const today = tenantToday(options.now);
  const services = serviceConditions(options.filters);
  switch (check) {
    case "stale_overall_status":
      return sql`SELECT t.id AS tenant_id, t.name AS tenant_name FROM tenants t
        WHERE ${tenantConditions(options, { withMatchingService: true })}
          AND coalesce(t.overall_status_date, t.engagement_start_date) < ${today} - ${OVERALL_STATUS_STALE_DAYS}::int`;
    case "next_action_past":
      return sql`SELECT t.id AS tenant_id, t.name AS tenant_name FROM tenant_services s JOIN tenants t ON t.id = s.tenant_id ${localToday(options)}
        WHERE ${tenantConditions(options)} AND ${services} AND s.next_action_date < tz.today`;
    case "blocked_without_note":
      return sql`SELECT t.id AS tenant_id, t.name AS tenant_name FROM entitlement_splits e
        JOIN tenant_services s ON s.id = e.tenant_service_id JOIN tenants t ON t.id = s.tenant_id
        WHERE ${tenantConditions(options)} AND ${services}
          AND e.l1 IN ('blocked', 'no_intent') AND e.entitlements > 0 AND coalesce(btrim(e.notes), '') = ''`;
    case "new_subscription_unknown":
      return sql`SELECT t.id AS tenant_id, t.name AS tenant_name FROM tenant_services s JOIN tenants t ON t.id = s.tenant_id
        WHERE ${tenantConditions(options)} AND ${services}
          AND s.created_at >= ${options.now.toISOString()}::timestamptz - make_interval(days => ${options.newWithinDays}::int)
          AND EXISTS (SELECT 1 FROM entitlement_splits e WHERE e.tenant_service_id = s.id AND e.l1 = 'status_unknown' AND e.entitlements > 0)`;
  }
}

export async function reportHygiene(db: Database, options: HygieneOptions): Promise<HygieneReport> {
  return inReportSnapshot(db, async (tx) => {
    const counted = HYGIENE_CHECKS.map(
      ({ code }) => sql`SELECT ${code}::text AS check, count(DISTINCT f.tenant_id) AS tenants, count(*) AS items FROM (${findingsOf(code, options)}) f`,
    );
    const counts = await tx.execute<{ check: HygieneCheck; tenants: string; items: string }>(sql.join(counted, sql` UNION ALL `));
    const byCheck = new Map(counts.rows.map((row) => [row.check, row]));
    const listed = await tx.execute<{ tenant_id: string; tenant_name: string; items: string; total: string }>(sql`
      SELECT f.tenant_id, f.tenant_name, count(*) AS items, count(*) OVER () AS total
      FROM (${findingsOf(options.check, options)}) f
      GROUP BY f.tenant_id, f.tenant_name
      ORDER BY count(*) DESC, f.tenant_name, f.tenant_id
      LIMIT ${options.limit} OFFSET ${options.offset}`);
    return {
      checks: HYGIENE_CHECKS.map(({ code, label, counts: what }) => ({
        check: code,
        label,
        counts: what,
        tenants: int(byCheck.get(code)?.tenants),
        items: int(byCheck.get(code)?.items),
      })),
      tenants: {
        check: options.check,
        total: listed.rows.length > 0 ? int(listed.rows[0]?.total) : int(byCheck.get(options.check)?.tenants),
        limit: options.limit,
        offset: options.offset,
        items: listed.rows.map((row) => ({ tenantId: row.tenant_id, tenantName: row.tenant_name, items: int(row.items) })),
      },
    };
  });
}
