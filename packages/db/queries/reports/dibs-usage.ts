// DIBS → active usage: AU % of services with full DIBS against those without, by service and month, and by
// success-owner role. Full DIBS is the service's state today (no history of it is kept per month).
import { adoptionOptionLabel, SERVICES } from "@waymark/domain";
import { sql } from "drizzle-orm";
import type { Database, Executor } from "../../client.ts";
import { dibsServices } from "./dibs-services.ts";
import { inReportSnapshot, int, oneDecimal, type ReportScope } from "./scope.ts";
import { usageTrendRows } from "./usage-trend.ts";

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
type FiguresRow = LatestRow & { kind: "service" | "role" | "trend"; month: string | null };

/**
 * Every figure of the report in one statement, so the services in scope are found once (a materialized CTE) and
 * read three ways: grouped by service and full DIBS and by success-owner role and full DIBS, with the sums of each
 * one's latest usage day (usage_latest); and the usage trend per service and full DIBS (as the conversion report's).
 */
async function allFigures(db: Executor, scope: ReportScope): Promise<FiguresRow[]> {
  const result = await db.execute<FiguresRow>(sql`
    WITH d AS MATERIALIZED (SELECT d.tenant_id, d.service, d.success_owner_role, d.full_dibs FROM (${dibsServices(scope)}) d)
    SELECT CASE WHEN GROUPING(d.service) = 0 THEN 'service' ELSE 'role' END AS kind,
      CASE WHEN GROUPING(d.service) = 0 THEN d.service ELSE d.success_owner_role END AS key, d.full_dibs, NULL AS month,
      count(*) AS services, count(u.entitlements) AS with_usage,
      coalesce(sum(u.active_users), 0) AS active_users, coalesce(sum(u.entitlements), 0) AS entitlements
    FROM d LEFT JOIN usage_latest u ON u.tenant_id = d.tenant_id AND u.service = d.service
    GROUP BY GROUPING SETS ((d.service, d.full_dibs), (d.success_owner_role, d.full_dibs))
    UNION ALL
    SELECT 'trend', t.service, t.full_dibs, t.month, 0, 0, t.active_users, t.entitlements
    FROM (${usageTrendRows(sql`SELECT * FROM d`, ["service", "full_dibs"], scope)}) t`);
  return result.rows;
}

const figures = (rows: LatestRow[]): Figures => {
  const sum = (pick: (row: LatestRow) => string) => rows.reduce((total, row) => total + int(pick(row)), 0);
  const activeUsers = sum((r) => r.active_users);
  const entitlements = sum((r) => r.entitlements);
  return { services: sum((r) => r.services), withUsage: sum((r) => r.with_usage), activeUsers, entitlements, auPercent: percent(activeUsers, entitlements) };
};

function usageTrend(rows: FiguresRow[]) {
  return rows
    .map((row) => {
      const activeUsers = int(row.active_users);
      const entitlements = int(row.entitlements);
      return { service: row.key ?? "", dibs: groupOf(row.full_dibs), month: row.month ?? "", activeUsers, entitlements, auPercent: percent(activeUsers, entitlements) };
    })
    .sort((a, b) => byServiceThenGroup(a, b) || a.month.localeCompare(b.month));
}

export async function reportDibsUsage(db: Database, scope: ReportScope): Promise<DibsUsageReport> {
  return inReportSnapshot(db, async (tx) => {
    const rows = await allFigures(tx, scope);
    const services = rows
      .filter((row) => row.kind === "service")
      .map((row) => ({ service: row.key ?? "", label: labelOf(row.key ?? ""), dibs: groupOf(row.full_dibs), ...figures([row]) }))
      .sort(byServiceThenGroup);
    const byRole = new Map<string | null, LatestRow[]>();
    for (const row of rows.filter((r) => r.kind === "role")) byRole.set(row.key, [...(byRole.get(row.key) ?? []), row]);
    const roles = [...byRole.entries()]
      .map(([role, rows]) => ({ role, label: role === null ? "No success owner" : (adoptionOptionLabel("success_owner", role) ?? role), ...figures(rows) }))
      .sort((a, b) => (b.auPercent ?? -1) - (a.auPercent ?? -1) || a.label.localeCompare(b.label));
    return { services, trend: usageTrend(rows.filter((row) => row.kind === "trend")), roles };
  });
}
