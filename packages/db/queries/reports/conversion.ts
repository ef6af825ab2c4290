// The conversion report: services above 10 % / 40 % AU, the monthly AU % trend, and forecast dates against usage.
import { FORECAST_MILESTONES, type ForecastMilestone, type ForecastOutcome, forecastOutcome, SERVICES } from "@waymark/domain";
import { sql } from "drizzle-orm";
import type { Database, Executor } from "../../client.ts";
import { inReportSnapshot, int, oneDecimal, type ReportScope, localToday, serviceConditions, tenantConditions } from "./scope.ts";
import { usageTrendRows } from "./usage-trend.ts";

export type ConversionOptions = ReportScope & { limit: number; offset: number };

export type ConversionReport = {
  services: { service: string; label: string; services: number; over10: number; over40: number }[];
  trend: { service: string; month: string; activeUsers: number; entitlements: number; auPercent: number | null }[];
  forecasts: { milestone: ForecastMilestone; forecasts: number; onTime: number; late: number; notYet: number }[];
  forecastItems: {
    total: number;
    limit: number;
    offset: number;
    items: { tenantId: string; tenantName: string; service: string; milestone: ForecastMilestone; forecastOn: string; reachedOn: string | null; outcome: ForecastOutcome }[];
  };
};

const serviceOrder = new Map<string, number>(SERVICES.map((service, index) => [service.code, index]));
const labelOf = (code: string) => SERVICES.find((service) => service.code === code)?.label ?? code;
const inScope = (scope: ReportScope) => sql`${tenantConditions(scope)} AND ${serviceConditions(scope.filters)}`;
const percent = (activeUsers: number, entitlements: number) => (entitlements > 0 ? oneDecimal((activeUsers * 100) / entitlements) : null);

/** Each service's latest usage day (usage_latest, the rollup of its months), AU % above 10 and 40 strictly. */
async function conversionByService(db: Executor, scope: ReportScope) {
  const result = await db.execute<{ service: string; services: string; over10: string; over40: string }>(sql`
    SELECT s.service, count(*) AS services,
      count(*) FILTER (WHERE u.entitlements > 0 AND u.active_users * 100 > u.entitlements * 10) AS over10,
      count(*) FILTER (WHERE u.entitlements > 0 AND u.active_users * 100 > u.entitlements * 40) AS over40
    FROM tenant_services s JOIN tenants t ON t.id = s.tenant_id
    LEFT JOIN usage_latest u ON u.tenant_id = s.tenant_id AND u.service = s.service
    WHERE ${inScope(scope)}
    GROUP BY s.service`);
  return result.rows
    .map((row) => ({ service: row.service, label: labelOf(row.service), services: int(row.services), over10: int(row.over10), over40: int(row.over40) }))
    .sort((a, b) => (serviceOrder.get(a.service) ?? 99) - (serviceOrder.get(b.service) ?? 99));
}

/** Per service and month: every service's last usage day of that month, summed over the services. */
async function usageTrend(db: Executor, scope: ReportScope) {
  const services = sql`SELECT s.tenant_id, s.service FROM tenant_services s JOIN tenants t ON t.id = s.tenant_id WHERE ${inScope(scope)}`;
  const result = await db.execute<{ service: string; month: string; active_users: string; entitlements: string }>(usageTrendRows(services, ["service"], scope));
  return result.rows
    .map((row) => {
      const activeUsers = int(row.active_users);
      const entitlements = int(row.entitlements);
      return { service: row.service, month: row.month, activeUsers, entitlements, auPercent: percent(activeUsers, entitlements) };
    })
    .sort((a, b) => (serviceOrder.get(a.service) ?? 99) - (serviceOrder.get(b.service) ?? 99) || a.month.localeCompare(b.month));
}

/** Every forecast date in scope (a row per service and milestone with a date). */
function forecastsInScope(scope: ReportScope) {
  return sql`SELECT t.id AS tenant_id, t.name AS tenant_name, s.service, m.milestone, m.forecast_on::text AS forecast_on, tz.today::text AS today
    FROM tenant_services s JOIN tenants t ON t.id = s.tenant_id ${localToday(scope)}
    CROSS JOIN LATERAL (VALUES (15, s.forecast15_on), (40, s.forecast40_on)) AS m(milestone, forecast_on)
    WHERE ${inScope(scope)} AND m.forecast_on IS NOT NULL`;
}

/**
 * The first usage day at or above the forecast's percentage (null: not reached yet) of the forecast row `f`: the
 * service's first day reaching it, from usage_latest (a column per milestone; a new one needs its own).
 */
const reachedOn = (f: string) => {
  const row = sql.raw(f);
  return sql`(SELECT (CASE ${row}.milestone WHEN 15 THEN u.reached15_on WHEN 40 THEN u.reached40_on END)::text FROM usage_latest u
    WHERE u.tenant_id = ${row}.tenant_id AND u.service = ${row}.service)`;
};

async function forecastReport(db: Executor, options: ConversionOptions) {
  // The same rule as forecastOutcome, in SQL so the counts need not fetch every forecast; reached_on joined, not
  // looked up per forecast.
  const counts = await db.execute<{ milestone: number; forecasts: string; on_time: string; late: string; not_yet: string }>(sql`
    SELECT f.milestone, count(*) AS forecasts,
      count(*) FILTER (WHERE f.reached_on <= f.forecast_on) AS on_time,
      count(*) FILTER (WHERE f.reached_on > f.forecast_on OR (f.reached_on IS NULL AND f.forecast_on < f.today)) AS late,
      count(*) FILTER (WHERE f.reached_on IS NULL AND f.forecast_on >= f.today) AS not_yet
    FROM (
      SELECT f.*, (CASE f.milestone WHEN 15 THEN u.reached15_on WHEN 40 THEN u.reached40_on END)::text AS reached_on
      FROM (${forecastsInScope(options)}) f LEFT JOIN usage_latest u ON u.tenant_id = f.tenant_id AND u.service = f.service
    ) f GROUP BY f.milestone`);
  // The page is ordered without reached_on, so it is looked up for the page's rows only.
  const page = await db.execute<{ tenant_id: string; tenant_name: string; service: string; milestone: number; forecast_on: string; today: string; reached_on: string | null; total: string }>(sql`
    SELECT p.*, ${reachedOn("p")} AS reached_on FROM (
      SELECT f.*, count(*) OVER () AS total FROM (${forecastsInScope(options)}) f
      ORDER BY f.milestone, f.forecast_on, f.tenant_name, f.service, f.tenant_id LIMIT ${options.limit} OFFSET ${options.offset}
    ) p ORDER BY p.milestone, p.forecast_on, p.tenant_name, p.service, p.tenant_id`);
  const forecasts = FORECAST_MILESTONES.map((milestone) => {
    const row = counts.rows.find((r) => int(r.milestone) === milestone);
    return { milestone, forecasts: int(row?.forecasts), onTime: int(row?.on_time), late: int(row?.late), notYet: int(row?.not_yet) };
  });
  return {
    forecasts,
    forecastItems: {
      total: page.rows.length > 0 ? int(page.rows[0]?.total) : forecasts.reduce((sum, f) => sum + f.forecasts, 0),
      limit: options.limit,
      offset: options.offset,
      items: page.rows.map((row) => ({
        tenantId: row.tenant_id,
        tenantName: row.tenant_name,
        service: row.service,
        milestone: int(row.milestone) as ForecastMilestone,
        forecastOn: row.forecast_on,
        reachedOn: row.reached_on,
        outcome: forecastOutcome(row.forecast_on, row.reached_on, row.today),
      })),
    },
  };
}

export async function reportConversion(db: Database, options: ConversionOptions): Promise<ConversionReport> {
  return inReportSnapshot(db, async (tx) => {
    const services = await conversionByService(tx, options);
    const trend = await usageTrend(tx, options);
    return { services, trend, ...(await forecastReport(tx, options)) };
  });
}
