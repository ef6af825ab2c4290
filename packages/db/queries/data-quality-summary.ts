// Each tenant's data-quality findings, stored (tenant_data_quality) so the portfolio and FM reports are SQL over one
// table instead of every check run on every tenant. Triggers mark a tenant's row stale on every write the checks
// read; the refresh recomputes stale rows and rows computed for an earlier local day, with the same loader and the
// same pure checks as the per-tenant report.
import {
  checkDataQuality,
  DATA_QUALITY_CHECKS,
  type DataQualityCheck,
  type DataQualityCheckCount,
  type DataQualityFinding,
  type DataQualitySeverity,
  encodeDataQualityCursor,
  localDate,
  type Priority,
  type Region,
  severityCounts,
} from "@waymark/domain";
import { and, asc, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Database, Executor } from "../client.ts";
import { customers } from "../schema/customers.ts";
import { dataQualitySummaries as s } from "../schema/data-quality.ts";
import { tenants } from "../schema/tenants.ts";
import {
  BATCH_SIZE,
  type DataQualityFilter,
  type DataQualityReportOptions,
  type DataQualityScope,
  type DataQualityTenant,
  inBatch,
  loadTenants,
  scopeCondition,
  type TenantDataQuality,
  tenantDataQuality,
} from "./data-quality.ts";

/** A report whose scope has at most this many tenants without a fresh summary computes them first, in the request. */
export const IN_REQUEST_REFRESH_MAX = 500;

/** Fresh: no write since it was computed, and computed for the tenant's local today (date checks move daily). */
const fresh = (now: Date) => sql`(NOT ${s.stale} AND ${s.computedFor} = (${now.toISOString()}::timestamptz AT TIME ZONE ${tenants.timeZone})::date)`;

function summaryRow(tenant: DataQualityTenant, today: string, findings: readonly DataQualityFinding[], now: Date) {
  return {
    tenantId: tenant.id,
    customerId: tenant.customerId,
    region: tenant.region,
    priorityRank: tenant.priorityRank,
    computedFor: today,
    computedAt: now,
    stale: false,
    ...severityCounts(findings),
    checks: findings.map((f) => f.check),
    services: [...new Set(findings.flatMap((f) => (f.service ? [f.service] : [])))],
    findings: findings as unknown[],
  };
}

async function storeSummaries(db: Executor, rows: ReturnType<typeof summaryRow>[]): Promise<void> {
  if (rows.length === 0) return;
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await db
    .insert(s)
    .values(rows)
    .onConflictDoUpdate({
      target: s.tenantId,
      set: {
        customerId: excluded("customer_id"), region: excluded("region"), priorityRank: excluded("priority_rank"),
        computedFor: excluded("computed_for"), computedAt: excluded("computed_at"), stale: sql`false`,
        high: excluded("high"), medium: excluded("medium"), low: excluded("low"),
        checks: excluded("checks"), services: excluded("services"), findings: excluded("findings"),
      },
    });
}

export type RefreshDataQualityOptions = { now: Date; limit?: number; scope?: DataQualityScope; filter?: DataQualityFilter };

/**
 * Recomputes the summaries that are stale, never computed, or computed for an earlier local day, BATCH_SIZE tenants
 * per transaction, up to `limit`. Each batch claims its rows FOR UPDATE SKIP LOCKED before reading the tenants, so
 * two processes refreshing at once share the work without waiting on each other, and a write that lands meanwhile
 * waits for the batch's commit and then marks its row stale again (the triggers take the same row lock).
 */
export async function refreshDataQualitySummaries(db: Database, options: RefreshDataQualityOptions): Promise<{ refreshed: number }> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const where = and(sql`NOT ${fresh(options.now)}`, options.scope ? scopeCondition(options.scope, options.filter ?? {}) : undefined);
  let refreshed = 0;
  // Each batch resumes after the last tenant claimed, so the claims walk the primary key once instead of rescanning it.
  let after: string | undefined;
  for (;;) {
    const size = Math.min(BATCH_SIZE, limit - refreshed);
    if (size <= 0) break;
    const done = await db.transaction(async (tx) => {
      const claimed = await tx
        .select({ id: s.tenantId })
        .from(s)
        .innerJoin(tenants, eq(tenants.id, s.tenantId))
        .where(after ? and(where, gt(s.tenantId, after)) : where)
        .orderBy(asc(s.tenantId))
        .limit(size)
        .for("update", { of: s, skipLocked: true });
      if (claimed.length === 0) return 0;
      after = claimed[claimed.length - 1]?.id;
      const batch = await loadTenants(tx, inBatch(tenants.id, claimed.map((row) => row.id)), claimed.length);
      const todays = new Map<string, string>();
      await storeSummaries(
        tx,
        batch.map((tenant) => {
          const today = todays.get(tenant.timeZone) ?? localDate(options.now, tenant.timeZone);
          todays.set(tenant.timeZone, today);
          return summaryRow(tenant, today, checkDataQuality(tenant.facts, today), options.now);
        }),
      );
      return claimed.length;
    });
    refreshed += done;
    if (done < size) break;
  }
  return { refreshed };
}

/**
 * One tenant's findings as of `now`, stored as its summary on the way. The summary row is locked before the tenant is
 * read, so no write can slip between the read and the store; when a refresh holds the row, the findings are only returned.
 */
export async function refreshTenantDataQuality(db: Database, tenantId: string, now: Date): Promise<TenantDataQuality | undefined> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ id: s.tenantId }).from(s).where(eq(s.tenantId, tenantId)).for("update", { skipLocked: true });
    const report = await tenantDataQuality(tx, tenantId, now);
    if (report && locked) await storeSummaries(tx, [summaryRow(report.tenant, report.today, report.findings, now)]);
    return report;
  });
}

/** The same question as the live report's, answered from the stored summaries. */
export type DataQualitySummaryOptions = DataQualityReportOptions;

export type DataQualityReportTenant = {
  id: string;
  name: string;
  customerName: string;
  region: Region;
  effectivePriority: Priority;
  /** The tenant's local date its findings were computed for. */
  computedFor: string;
};

export type DataQualityReport = {
  tenantsChecked: number;
  tenantsWithFindings: number;
  checks: DataQualityCheckCount[];
  items: { tenant: DataQualityReportTenant; findings: DataQualityFinding[] }[];
  nextCursor: string | null;
  /** The oldest computation among the summaries used; null when none was. */
  asOf: Date | null;
  /** Tenants in scope without a fresh summary: their last known findings (if any) are what the report counts. */
  pending: number;
};

const codesOf = (severity: DataQualitySeverity) => DATA_QUALITY_CHECKS.filter((c) => c.severity === severity).map((c) => c.code);
const textArray = (values: readonly string[]) => sql`${sql.param(values)}::text[]`;

/**
 * The data-quality report of many tenants from their stored summaries: counts per check, tenants with findings and
 * one page of the worst tenants, in one repeatable-read snapshot. When few tenants in scope lack a fresh summary
 * (IN_REQUEST_REFRESH_MAX), they are computed first, so a small organisation always sees its latest writes; a
 * larger backlog is left to the refresh job and reported as `pending`.
 */
export async function reportDataQuality(db: Database, options: DataQualitySummaryOptions): Promise<DataQualityReport> {
  const where = scopeCondition(options.scope, options.filter);
  const report = () => db.transaction((tx) => readReport(tx, where, options), { isolationLevel: "repeatable read", accessMode: "read only" });
  const first = await report();
  if (first.pending === 0 || first.pending > IN_REQUEST_REFRESH_MAX) return first;
  await refreshDataQualitySummaries(db, { now: options.now, limit: IN_REQUEST_REFRESH_MAX, scope: options.scope, filter: options.filter });
  return report();
}

async function readReport(tx: Executor, where: SQL | undefined, options: DataQualitySummaryOptions): Promise<DataQualityReport> {
  const joined = sql`${s} JOIN ${tenants} ON ${tenants.id} = ${s.tenantId}`;
  const inScope = where ?? sql`true`;
  const scoped = sql`${joined} WHERE ${inScope}`;
  const [totals] = (
    await tx.execute<{ checked: number; pending: number; as_of: string | null }>(sql`
      SELECT count(*) FILTER (WHERE ${s.computedAt} IS NOT NULL)::int AS checked,
             count(*) FILTER (WHERE NOT ${fresh(options.now)})::int AS pending,
             min(${s.computedAt}) AS as_of
      FROM ${scoped}`)
  ).rows;
  const service = options.filter.service;
  // One row per finding that passes the service filter: the stored codes, or the findings themselves by service.
  const shown = service
    ? sql`SELECT ${s.tenantId} AS tenant_id, f->>'check' AS code FROM ${joined} CROSS JOIN LATERAL jsonb_array_elements(${s.findings}) f
            WHERE ${inScope} AND ${s.services} @> ARRAY[${service}]::text[] AND f->>'service' = ${service}`
    : sql`SELECT ${s.tenantId} AS tenant_id, u.code FROM ${joined} CROSS JOIN LATERAL unnest(${s.checks}) u(code)
            WHERE ${inScope} AND cardinality(${s.checks}) > 0`;
  const counted = (
    await tx.execute<{ code: DataQualityCheck; findings: number; tenants: number }>(sql`
      SELECT code, sum(n)::int AS findings, count(*)::int AS tenants
      FROM (SELECT tenant_id, code, count(*) AS n FROM (${shown}) x GROUP BY tenant_id, code) y GROUP BY code`)
  ).rows;
  // Where each tenant stands: the stored counts, or with a filter the counts of the findings it lets through.
  const positions =
    service || options.check
      ? sql`SELECT x.tenant_id, count(*) FILTER (WHERE x.code = ANY(${textArray(codesOf("high"))}))::int AS high,
              count(*) FILTER (WHERE x.code = ANY(${textArray(codesOf("medium"))}))::int AS medium,
              count(*) FILTER (WHERE x.code = ANY(${textArray(codesOf("low"))}))::int AS low, min(${s.priorityRank}) AS priority_rank
            FROM (${shown}) x JOIN ${s} ON ${s.tenantId} = x.tenant_id
            ${options.check ? sql`WHERE x.code = ${options.check}` : sql``} GROUP BY x.tenant_id`
      : sql`SELECT ${s.tenantId} AS tenant_id, ${s.high} AS high, ${s.medium} AS medium, ${s.low} AS low, ${s.priorityRank} AS priority_rank
            FROM ${scoped} AND ${s.high} + ${s.medium} + ${s.low} > 0`;
  const [withFindings] = (await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM (${positions}) p`)).rows;
  const after = options.after;
  const page = (
    await tx.execute<{
      tenant_id: string; high: number; medium: number; low: number; priority_rank: number;
      name: string; customer_name: string; region: Region; effective_priority: Priority; computed_for: string; findings: DataQualityFinding[];
    }>(sql`
      SELECT p.tenant_id, p.high, p.medium, p.low, p.priority_rank, t.name, c.name AS customer_name, t.region,
             coalesce(t.priority_override, t.priority) AS effective_priority, d.computed_for::text AS computed_for, d.findings
      FROM (${positions}) p
      JOIN ${tenants} t ON t.id = p.tenant_id
      JOIN ${customers} c ON c.id = t.customer_id
      JOIN ${s} d ON d.tenant_id = p.tenant_id
      ${after ? sql`WHERE (-p.high, -p.medium, -p.low, p.priority_rank, p.tenant_id) > (${-after.high}::int, ${-after.medium}::int, ${-after.low}::int, ${after.priorityRank}::int, ${after.tenantId}::uuid)` : sql``}
      ORDER BY p.high DESC, p.medium DESC, p.low DESC, p.priority_rank, p.tenant_id
      LIMIT ${options.limit + 1}`)
  ).rows;
  const listed = page.slice(0, options.limit);
  const last = listed[listed.length - 1];
  const counts = new Map(counted.map((row) => [row.code, row]));
  return {
    tenantsChecked: totals?.checked ?? 0,
    tenantsWithFindings: withFindings?.n ?? 0,
    checks: DATA_QUALITY_CHECKS.map((check) => ({ ...check, findings: counts.get(check.code)?.findings ?? 0, tenants: counts.get(check.code)?.tenants ?? 0 })),
    items: listed.map((row) => ({
      tenant: {
        id: row.tenant_id, name: row.name, customerName: row.customer_name, region: row.region,
        effectivePriority: row.effective_priority, computedFor: row.computed_for,
      },
      findings: row.findings.filter((f) => (!service || f.service === service) && (!options.check || f.check === options.check)),
    })),
    nextCursor:
      page.length > options.limit && last
        ? encodeDataQualityCursor({ high: last.high, medium: last.medium, low: last.low, priorityRank: last.priority_rank, tenantId: last.tenant_id })
        : null,
    asOf: totals?.as_of ? new Date(totals.as_of) : null,
    pending: totals?.pending ?? 0,
  };
}
