// Time to establish DIBS: days from a service's engagement start to the day its full DIBS was first complete.
// The day a factor was recorded comes from the service's audit events (append-only, before/after): the first event
// whose `after` shows it set (service.added / service.updated for Target Date, Business Reason and Success Owner
// Role; the split events for Intent, an In Progress row with entitlements, and for an In Progress row's date).
// A factor recorded today but without such an event (imported data) counts from the day the service was added.
import { DIBS_ITEMS, DIBS_REQUIREMENT_ROWS, DIBS_TIME_BUCKETS, DIBS_TIME_LIMITS, type DibsItem, type DibsTimeBucket, dibsTimeBucket } from "@waymark/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../client.ts";
import { dibsServices, ITEM_COLUMN } from "./dibs-services.ts";
import { inReportSnapshot, int, oneDecimal, type ReportScope, tenantToday } from "./scope.ts";

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

/** The local day of the first audit event of the service `d` matching `condition` on `a.after`. */
const firstDay = (actions: string[], condition: SQL) => sql`(SELECT min((a.occurred_at AT TIME ZONE d.time_zone)::date) FROM audit_events a
    WHERE a.entity_type = 'service' AND a.entity_id = d.service_id::text
      AND a.action IN (${sql.join(actions.map((action) => sql`${action}`), sql`, `)}) AND ${condition})`;

const SPLIT_ACTIONS = ["service.added", "service.split_replaced", "service.split_adjusted", "service.entitlements_moved"];
const FIELD_ACTIONS = ["service.added", "service.updated"];
/** The split rows an event's `after` holds: the array itself, or a whole service's `split`. */
const splitRows = sql`(CASE jsonb_typeof(a.after) WHEN 'array' THEN a.after ELSE coalesce(a.after->'split', '[]'::jsonb) END)`;
const inProgressRow = (extra: SQL) =>
  sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${splitRows}) r WHERE r->>'l1' = 'in_progress' AND (r->>'entitlements')::int > 0 AND ${extra})`;
const fieldSet = (field: string) => sql`coalesce(a.after->>${field}, '') <> ''`;

/** Per service: started_on, the day each DIBS factor was recorded (null: not recorded now), complete_on and days. */
function timeline(scope: ReportScope): SQL {
  const intentDay = firstDay(SPLIT_ACTIONS, inProgressRow(sql`TRUE`));
  const dateDay = sql`least(${firstDay(FIELD_ACTIONS, fieldSet("dibsTargetDate"))}, ${firstDay(SPLIT_ACTIONS, inProgressRow(sql`coalesce(r->>'targetDate', '') <> ''`))})`;
  const recordedDay = (item: DibsItem, day: SQL) => sql`CASE WHEN d.${sql.raw(ITEM_COLUMN[item])} THEN coalesce(${day}, d.created_on) END`;
  const days = {
    intent: recordedDay("intent", intentDay),
    // The Target Date counts only with Intent, so it is recorded no earlier than Intent; greatest() skips nulls,
    // so both days are made non-null first.
    target_date: recordedDay("target_date", sql`greatest(coalesce(${dateDay}, d.created_on), coalesce(${intentDay}, d.created_on))`),
    business_reason: recordedDay("business_reason", firstDay(FIELD_ACTIONS, fieldSet("dibsBusinessReason"))),
    success_owner: recordedDay("success_owner", firstDay(FIELD_ACTIONS, fieldSet("dibsSuccessOwnerRole"))),
  } satisfies Record<DibsItem, SQL>;
  const completeOn = sql.join(
    [
      sql`CASE WHEN NOT f.full_dibs THEN NULL`,
      ...DIBS_REQUIREMENT_ROWS.map((row) => sql`WHEN f.row = ${row.code}::text THEN greatest(${sql.raw(row.dibs.map((item) => `f.${item}_on`).join(", "))})`),
      sql`END`,
    ],
    sql` `,
  );
  return sql`SELECT g.*, greatest(coalesce(g.complete_on, g.today) - g.started_on, 0) AS days FROM (
    SELECT f.*, ${completeOn} AS complete_on FROM (
      SELECT d.service_id, d.tenant_id, d.tenant_name, d.service, d.row, d.full_dibs, d.started_on, ${tenantToday(scope.now)} AS today,
        ${sql.join(DIBS_ITEMS.map(({ code }) => sql`${days[code]} AS ${sql.raw(`${code}_on`)}`), sql`, `)}
      FROM (${dibsServices(scope)}) d JOIN tenants t ON t.id = d.tenant_id
      WHERE d.started_on IS NOT NULL
    ) f
  ) g`;
}

const BUCKET_SQL = sql`CASE WHEN s.complete_on IS NULL THEN 'not_yet' WHEN s.days < ${DIBS_TIME_LIMITS.fast}::int THEN 'under_30'
  WHEN s.days <= ${DIBS_TIME_LIMITS.slow}::int THEN '30_to_90' ELSE 'over_90' END`;

export async function reportDibsTime(db: Database, options: DibsTimeOptions): Promise<DibsTimeReport> {
  return inReportSnapshot(db, async (tx) => {
    // One pass over the timeline for both summaries (each service's audit look-ups run once); ordered-set
    // aggregates skip nulls, so a factor's median covers only the services that recorded it.
    const factorDay = (code: DibsItem) => sql.raw(`CASE WHEN s.${code}_on IS NOT NULL THEN greatest(s.${code}_on - s.started_on, 0) END`);
    const summary = await tx.execute<{ kind: "bucket" | "factor"; code: string; services: string; median: string | null }>(sql`
      WITH s AS MATERIALIZED (${timeline(options)})
      SELECT 'bucket' AS kind, ${BUCKET_SQL} AS code, count(*) AS services, percentile_cont(0.5) WITHIN GROUP (ORDER BY s.days) AS median FROM s GROUP BY 2
      ${sql.join(
        DIBS_ITEMS.map(({ code }) => sql`UNION ALL SELECT 'factor', ${code}::text, count(${factorDay(code)}), percentile_cont(0.5) WITHIN GROUP (ORDER BY ${factorDay(code)}) FROM s`),
        sql` `,
      )}`);
    const counted = summary.rows.filter((r) => r.kind === "bucket").map((r) => ({ ...r, bucket: r.code }));
    const factors = summary.rows.filter((r) => r.kind === "factor");
    const page = await tx.execute<{ tenant_id: string; tenant_name: string; service: string; started_on: string; complete_on: string | null; days: number; total: string }>(sql`
      SELECT s.tenant_id, s.tenant_name, s.service, s.started_on::text, s.complete_on::text, s.days, count(*) OVER () AS total FROM (${timeline(options)}) s
      ORDER BY s.complete_on IS NOT NULL, s.days DESC, s.tenant_name, s.service LIMIT ${options.limit} OFFSET ${options.offset}`);
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
        total: page.rows.length > 0 ? int(page.rows[0]?.total) : buckets.reduce((sum, b) => sum + b.services, 0),
        limit: options.limit,
        offset: options.offset,
        items: page.rows.map((r) => ({
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
