// DIBS → active usage: AU % of services with full DIBS against those without, by service and month, and by
// success-owner role. Full DIBS is the service's state today (no history of it is kept per month).
import { adoptionOptionLabel, SERVICES, trendStartMonth } from "@waymark/domain";
import { sql } from "drizzle-orm";
import type { Database, Executor } from "../../client.ts";
import { dibsServices } from "./dibs-services.ts";
import { inReportSnapshot, int, oneDecimal, type ReportScope } from "./scope.ts";

type DibsGroup = "full" | "not_full";
type Figures = { services: number; withUsage: number; activeUsers: number; entitlements: number; auPercent: number | null };

export type DibsUsageReport = {
  services: ({ service: string; label: string; dibs: DibsGroup } & Figures)[];
  trend: { service: string; dibs: DibsGroup; month: string; activeUsers: number; entitlements: number; auPercent: number | null }[];
  roles: ({ role: string | null; label: string } & Figures)[];
};

const serviceOrder = new Map<string, number>(SERVICES.map((service, index) => [service.code, index]));
const labelOf = (code: string) => SERVICES.find((service) => service.code === code)?.label ?? code;
const percent = (activeUsers: number, entitlements: number) => (entitlements > 0 ? oneDecimal((activeUsers * 100) / entitlements) : null);
const groupOf = (full: boolean): DibsGroup => (full ? "full" : "not_full");
const byServiceThenGroup = (a: { service: string; dibs: DibsGroup }, b: { service: string; dibs: DibsGroup }) =>
  (serviceOrder.get(a.service) ?? 99) - (serviceOrder.get(b.service) ?? 99) || (a.dibs === b.dibs ? 0 : a.dibs === "full" ? -1 : 1);

type LatestRow = { key: string | null; full_dibs: boolean; services: string; with_usage: string; active_users: string; entitlements: string };

/** The services in scope grouped by `key` and full DIBS, with the sums of each one's latest usage day. */
async function latest(db: Executor, scope: ReportScope, key: "service" | "success_owner_role") {
  const result = await db.execute<LatestRow>(sql`
    SELECT d.${sql.raw(key)} AS key, d.full_dibs, count(*) AS services, count(u.entitlements) AS with_usage,
      coalesce(sum(u.active_users), 0) AS active_users, coalesce(sum(u.entitlements), 0) AS entitlements
    FROM (${dibsServices(scope)}) d
    LEFT JOIN LATERAL (
      SELECT u.active_users, u.entitlements FROM usage_daily u
      WHERE u.tenant_id = d.tenant_id AND u.service = d.service ORDER BY u.day DESC LIMIT 1
    ) u ON TRUE
    GROUP BY 1, 2`);
  return result.rows;
}

const figures = (rows: LatestRow[]): Figures => {
  const sum = (pick: (row: LatestRow) => string) => rows.reduce((total, row) => total + int(pick(row)), 0);
  const activeUsers = sum((r) => r.active_users);
  const entitlements = sum((r) => r.entitlements);
  return { services: sum((r) => r.services), withUsage: sum((r) => r.with_usage), activeUsers, entitlements, auPercent: percent(activeUsers, entitlements) };
};

async function usageTrend(db: Executor, scope: ReportScope) {
  const from = trendStartMonth(scope.now.toISOString().slice(0, 10));
  const result = await db.execute<{ service: string; full_dibs: boolean; month: string; active_users: string; entitlements: string }>(sql`
    SELECT m.service, m.full_dibs, to_char(m.month, 'YYYY-MM') AS month, sum(m.last[2]) AS active_users, sum(m.last[3]) AS entitlements FROM (
      SELECT d.service, d.full_dibs, date_trunc('month', u.day::timestamp) AS month,
        max(ARRAY[u.day - DATE '2000-01-01', u.active_users, u.entitlements]) AS last
      FROM (${dibsServices(scope)}) d JOIN usage_daily u ON u.tenant_id = d.tenant_id AND u.service = d.service
      WHERE u.day >= ${from}::date AND u.day <= ${scope.now.toISOString()}::timestamptz::date
      GROUP BY d.service_id, d.service, d.full_dibs, date_trunc('month', u.day::timestamp)
    ) m GROUP BY m.service, m.full_dibs, m.month`);
  return result.rows
    .map((row) => {
      const activeUsers = int(row.active_users);
      const entitlements = int(row.entitlements);
      return { service: row.service, dibs: groupOf(row.full_dibs), month: row.month, activeUsers, entitlements, auPercent: percent(activeUsers, entitlements) };
    })
    .sort((a, b) => byServiceThenGroup(a, b) || a.month.localeCompare(b.month));
}

export async function reportDibsUsage(db: Database, scope: ReportScope): Promise<DibsUsageReport> {
  return inReportSnapshot(db, async (tx) => {
    const services = (await latest(tx, scope, "service"))
      .map((row) => ({ service: row.key ?? "", label: labelOf(row.key ?? ""), dibs: groupOf(row.full_dibs), ...figures([row]) }))
      .sort(byServiceThenGroup);
    const byRole = new Map<string | null, LatestRow[]>();
    for (const row of await latest(tx, scope, "success_owner_role")) byRole.set(row.key, [...(byRole.get(row.key) ?? []), row]);
    const roles = [...byRole.entries()]
      .map(([role, rows]) => ({ role, label: role === null ? "No success owner" : (adoptionOptionLabel("success_owner", role) ?? role), ...figures(rows) }))
      .sort((a, b) => (b.auPercent ?? -1) - (a.auPercent ?? -1) || a.label.localeCompare(b.label));
    return { services, trend: await usageTrend(tx, scope), roles };
  });
}
