// Time to establish DIBS: days from a service's engagement start to the day its full DIBS was first complete.
// The day a factor was recorded comes from the service's audit events (append-only, before/after): the first event
// whose `after` shows it set (service.added / service.updated for Target Date, Business Reason and Success Owner
// Role; the split events for Intent, an In Progress row with entitlements, and for an In Progress row's date).
// A factor recorded today but without such an event (imported data) counts from the day the service was added.
import { DIBS_ITEMS, DIBS_REQUIREMENT_ROWS, DIBS_TIME_BUCKETS, DIBS_TIME_LIMITS, type DibsItem, type DibsTimeBucket, dibsTimeBucket } from "@waymark/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../client.ts";
import { dibsServices, ITEM_COLUMN } from "./dibs-services.ts";
import { inReportSnapshot, int, oneDecimal, type ReportScope } from "./scope.ts";

export type DibsTimeOptions = ReportScope & { limit: number; offset: number };

/** What the report measures with, in words (shown with the report). */
export const DIBS_TIME_SOURCE =
  "Days from the service's engagement start date (else the tenant's) to the day its last required DIBS factor was first recorded, " +
  "from the service's audit history (the first change that set each factor); a factor recorded without such a change counts from the day the service was added. " +
  "Full DIBS is today's: a service that lost a factor again is not yet complete.";

export type DibsTimeReport = {
  buckets: { bucket: DibsTimeBucket; label: string; services: number; medianDays: number | null }[];
  factors: { item: DibsItem; label: string; services: number; medianDay: number | null }[];
  services: {
    total: number;
    limit: number;
    offset: number;
    items: { tenantId: string; tenantName: string; service: string; startedOn: string; completeOn: string | null; days: number; bucket: DibsTimeBucket }[];
  };
};

/** The local day of a first time `at` of dibs_first_recorded `r` (null: no such event). */
const localDay = (at: string) => sql.raw(`(r.${at} AT TIME ZONE d.time_zone)::date`);

/**
 * The CTEs `f` and `s`: per service, started_on, the day each DIBS factor was recorded (null: not recorded now),
 * complete_on and days (in `s`).
 * The first events come from dibs_first_recorded, which a trigger keeps from the audit events by the rule above
 * (the local day of the earliest event is the earliest local day, so it can keep times and convert here).
 */
function timeline(scope: ReportScope): SQL {
  const intentDay = localDay("intent_at");
  const dateDay = localDay("target_date_at");
  const recordedDay = (item: DibsItem, day: SQL) => sql`CASE WHEN d.${sql.raw(ITEM_COLUMN[item])} THEN coalesce(${day}, d.created_on) END`;
  const days = {
    intent: recordedDay("intent", intentDay),
    // The Target Date counts only with Intent, so it is recorded no earlier than Intent; greatest() skips nulls,
    // so both days are made non-null first.
    target_date: recordedDay("target_date", sql`greatest(coalesce(${dateDay}, d.created_on), coalesce(${intentDay}, d.created_on))`),
    business_reason: recordedDay("business_reason", localDay("business_reason_at")),
    success_owner: recordedDay("success_owner", localDay("success_owner_at")),
  } satisfies Record<DibsItem, SQL>;
  const completeOn = sql.join(
    [
      sql`CASE WHEN NOT f.full_dibs THEN NULL`,
      ...DIBS_REQUIREMENT_ROWS.map((row) => sql`WHEN f.row = ${row.code}::text THEN greatest(${sql.raw(row.dibs.map((item) => `f.${item}_on`).join(", "))})`),
      sql`END`,
    ],
    sql` `,
  );
  // Two materialized steps: the days of the factors (a time-zone conversion each) are worked out once per service;
  // in one step, each mention of a day in complete_on and days would convert it again.
  return sql`f AS MATERIALIZED (
      SELECT d.service_id, d.tenant_id, d.tenant_name, d.service, d.row, d.full_dibs, d.started_on, d.today,
        ${sql.join(DIBS_ITEMS.map(({ code }) => sql`${days[code]} AS ${sql.raw(`${code}_on`)}`), sql`, `)}
      FROM (${dibsServices(scope)}) d
      LEFT JOIN dibs_first_recorded r ON r.service_entity_id = d.service_id::text
      WHERE d.started_on IS NOT NULL
    ),
    s AS MATERIALIZED (
      SELECT g.*, greatest(coalesce(g.complete_on, g.today) - g.started_on, 0) AS days FROM (SELECT f.*, ${completeOn} AS complete_on FROM f) g
    )`;
}

const BUCKET_SQL = sql`CASE WHEN s.complete_on IS NULL THEN 'not_yet' WHEN s.days < ${DIBS_TIME_LIMITS.fast}::int THEN 'under_30'
  WHEN s.days <= ${DIBS_TIME_LIMITS.slow}::int THEN '30_to_90' ELSE 'over_90' END`;

export async function reportDibsTime(db: Database, options: DibsTimeOptions): Promise<DibsTimeReport> {
  return inReportSnapshot(db, async (tx) => {
    // One pass over the timeline for both summaries and the page (a materialized CTE: the timeline is computed once);
    // ordered-set aggregates skip nulls, so a factor's median covers only the services that recorded it. The page
    // comes as JSON, in its order (an aggregate over a sorted subquery reads it in that order).
    const factorDay = (code: DibsItem) => sql.raw(`CASE WHEN s.${code}_on IS NOT NULL THEN greatest(s.${code}_on - s.started_on, 0) END`);
    type SummaryRow = { kind: "bucket" | "factor"; code: string; services: number; median: number | null };
    type PageRow = { tenant_id: string; tenant_name: string; service: string; started_on: string; complete_on: string | null; days: number };
    const result = await tx.execute<{ summary: SummaryRow[]; page: PageRow[] | null }>(sql`
      WITH ${timeline(options)},
      summary AS (
        SELECT 'bucket' AS kind, ${BUCKET_SQL} AS code, count(*) AS services, percentile_cont(0.5) WITHIN GROUP (ORDER BY s.days) AS median FROM s GROUP BY 2
        ${sql.join(
          DIBS_ITEMS.map(({ code }) => sql`UNION ALL SELECT 'factor', ${code}::text, count(${factorDay(code)}), percentile_cont(0.5) WITHIN GROUP (ORDER BY ${factorDay(code)}) FROM s`),
          sql` `,
        )}
      )
      SELECT (SELECT json_agg(summary) FROM summary) AS summary,
        (SELECT json_agg(p) FROM (
          SELECT s.tenant_id, s.tenant_name, s.service, s.started_on::text, s.complete_on::text, s.days FROM s
          ORDER BY s.complete_on IS NOT NULL, s.days DESC, s.tenant_name, s.service, s.tenant_id LIMIT ${options.limit} OFFSET ${options.offset}
        ) p) AS page`);
    const summary = result.rows[0]?.summary ?? [];
    const pageRows = result.rows[0]?.page ?? [];
    const counted = summary.filter((r) => r.kind === "bucket").map((r) => ({ ...r, bucket: r.code }));
    const factors = summary.filter((r) => r.kind === "factor");
    const buckets = DIBS_TIME_BUCKETS.map(({ code, label }) => {
      const row = counted.find((r) => r.bucket === code);
      return { bucket: code, label, services: int(row?.services), medianDays: oneDecimal(row?.median) };
    });
    return {
      buckets,
      factors: DIBS_ITEMS.map(({ code, label }) => {
        const row = factors.find((r) => r.code === code);
        return { item: code, label, services: int(row?.services), medianDay: oneDecimal(row?.median) };
      }).sort((a, b) => (a.medianDay ?? Number.MAX_VALUE) - (b.medianDay ?? Number.MAX_VALUE)),
      services: {
        total: buckets.reduce((sum, b) => sum + b.services, 0),
        limit: options.limit,
        offset: options.offset,
        items: pageRows.map((r) => ({
          tenantId: r.tenant_id,
          tenantName: r.tenant_name,
          service: r.service,
          startedOn: r.started_on,
          completeOn: r.complete_on,
          days: int(r.days),
          bucket: dibsTimeBucket(int(r.days), r.complete_on !== null),
        })),
      },
    };
  });
}
