// The usage trend the conversion and DIBS → usage reports draw: per group of services and month, the sums of every
// service's last usage day of that month up to today, over the months from the trend's start to today's month.
import { trendStartMonth, USAGE_TREND_MONTHS } from "@waymark/domain";
import { type SQL, sql } from "drizzle-orm";
import type { ReportScope } from "./scope.ts";

/** usage_latest keeps this many recent months per service (its trend arrays). */
const KEPT_MONTHS = 24;
if (USAGE_TREND_MONTHS + 1 > KEPT_MONTHS) throw new Error("the usage trend reads more months than usage_latest keeps");

/**
 * [active users, entitlements] of the month row `m` of usage_monthly up to today: the rollup holds each month's last
 * day, and only today's month can have days after today (usage reported ahead), so for it the last day up to today is
 * read from usage_daily (null when it has none: the month is left out).
 */
const monthFiguresUpToToday = (today: SQL) => sql`CASE WHEN m.last_day <= ${today} THEN ARRAY[m.active_users, m.entitlements] ELSE (
    SELECT ARRAY[d.active_users, d.entitlements] FROM usage_daily d
    WHERE d.tenant_id = m.tenant_id AND d.service = m.service AND d.day >= m.month AND d.day <= ${today}
    ORDER BY d.day DESC LIMIT 1) END`;

const monthIndex = (year: number, month: number) => year * 12 + month;

/**
 * Rows (the `groups` columns, month 'YYYY-MM', active_users, entitlements) for the services `services` (a query with
 * tenant_id, service and the `groups` columns). Most services are read from usage_latest alone: when a service's
 * latest day is not after today and its recent months have no gap, its trend arrays hold every month of the trend, so
 * each group sums a few array elements per service (no join with its months). The others (usage reported ahead, a
 * month missing) are read from usage_monthly month by month. Today's month can be one more or one fewer than the
 * trend's months when the database's time zone is not UTC, so one month more than the trend is summed, then
 * filtered to today.
 */
export function usageTrendRows(services: SQL, groups: readonly string[], scope: ReportScope): SQL {
  const from = trendStartMonth(scope.now.toISOString().slice(0, 10));
  const today = sql`${scope.now.toISOString()}::timestamptz::date`;
  const [fromYear, fromMonth] = from.split("-").map(Number) as [number, number];
  const months = Array.from({ length: USAGE_TREND_MONTHS + 1 }, (_, k) => {
    const index = monthIndex(fromYear, fromMonth) + k;
    const month = `${Math.floor((index - 1) / 12)}-${String(((index - 1) % 12) + 1).padStart(2, "0")}`;
    return { k, index, month };
  });
  const g = (alias: string) => sql.raw(groups.map((column) => `${alias}.${column}`).join(", "));
  const sums = sql.join(
    months.map(({ k, index }) => sql.raw(`sum(f.au[${index} - f.first + 1]) AS au${k}, sum(f.ent[${index} - f.first + 1]) AS ent${k}`)),
    sql`, `,
  );
  const unpivot = sql.join(
    months.map(({ k, month }) => sql.raw(`('${month}', a.au${k}, a.ent${k})`)),
    sql`, `,
  );
  return sql`
    SELECT ${g("r")}, r.month, sum(r.active_users) AS active_users, sum(r.entitlements) AS entitlements FROM (
      SELECT ${g("a")}, x.month, x.active_users, x.entitlements FROM (
        SELECT ${g("f")}, ${sums} FROM (
          SELECT ${g("v")}, u.trend_active_users AS au, u.trend_entitlements AS ent,
            (extract(year FROM u.trend_first_month) * 12 + extract(month FROM u.trend_first_month))::int AS first
          FROM (${services}) v JOIN usage_latest u ON u.tenant_id = v.tenant_id AND u.service = v.service
          WHERE u.last_day <= ${today} AND u.trend_active_users IS NOT NULL
          OFFSET 0
        ) f GROUP BY ${g("f")}
      ) a CROSS JOIN LATERAL (VALUES ${unpivot}) AS x(month, active_users, entitlements)
      WHERE x.active_users IS NOT NULL AND to_date(x.month, 'YYYY-MM') <= ${today}
      UNION ALL
      SELECT ${g("m")}, to_char(m.month, 'YYYY-MM'), m.figures[1], m.figures[2] FROM (
        SELECT ${g("v")}, m.month, ${monthFiguresUpToToday(today)} AS figures
        FROM (${services}) v JOIN usage_latest u ON u.tenant_id = v.tenant_id AND u.service = v.service
          AND (u.last_day > ${today} OR u.trend_active_users IS NULL)
        JOIN usage_monthly m ON m.tenant_id = v.tenant_id AND m.service = v.service
        WHERE m.month >= ${from}::date AND m.month <= ${today}
        OFFSET 0
      ) m WHERE m.figures IS NOT NULL
    ) r GROUP BY ${g("r")}, r.month`;
}
