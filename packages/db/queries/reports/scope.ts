// Which tenants and services a report covers: the reader's visibility and the filters every report shares.
import { ASSIGNMENT_ROLES, type ReportFilters } from "@waymark/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Database, Transaction } from "../../client.ts";
import { type Visibility, visibleTenantIds } from "../visibility.ts";

export type ReportScope = { visibility: Visibility; filters: ReportFilters; now: Date };

const RM_ROLES = ["rm", "p_rm"];
const FM_ROLES = ["fm", "p_fm"];

/** An assignment of `t` (on the tenant, one of its services, or its customer) matching `who`. */
function assignedTo(who: SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM assignments a WHERE ${who}
    AND (a.tenant_id = t.id OR (a.tenant_id IS NULL AND a.customer_id = t.customer_id)))`;
}

const roles = (codes: readonly string[]) => sql`a.role IN (${sql.join(codes.map((code) => sql`${code}`), sql`, `)})`;

/** Today's date at `now` in the time zone `zone` names: by default the tenants row `t`'s own. */
export const tenantToday = (now: Date, zone: SQL = sql`t.time_zone`): SQL => sql`(${now.toISOString()}::timestamptz AT TIME ZONE ${zone})::date`;

/** Conditions on the services row `s` from the service filters; TRUE when none is set. */
export function serviceConditions(filters: ReportFilters): SQL {
  const parts: SQL[] = [sql`TRUE`];
  if (filters.service) parts.push(sql`s.service = ${filters.service}`);
  if (filters.serviceStatus) parts.push(sql`s.service_status = ${filters.serviceStatus}`);
  if (filters.scenario) parts.push(sql`s.engagement_scenario = ${filters.scenario}`);
  return sql.join(parts, sql` AND `);
}

/**
 * Conditions on the tenants row `t`: visible to the reader, not a confirmed duplicate (its work lives on the winner),
 * and matching the tenant filters. With `withMatchingService`, a service filter also asks for a matching service.
 */
export function tenantConditions(scope: ReportScope, options: { withMatchingService?: boolean } = {}): SQL {
  const { filters } = scope;
  const parts: SQL[] = [sql`t.duplicate_of_tenant_id IS NULL`];
  const visible = visibleTenantIds(scope.visibility);
  if (visible) parts.push(sql`t.id IN (${visible})`);
  if (filters.region) parts.push(sql`t.region = ${filters.region}`);
  if (filters.segment) parts.push(sql`t.segment = ${filters.segment}`);
  if (filters.priority) parts.push(sql`coalesce(t.priority_override, t.priority) = ${filters.priority}`);
  if (filters.engagementStatus) parts.push(sql`t.overall_status = ${filters.engagementStatus}`);
  if (filters.team) parts.push(assignedTo(roles(ASSIGNMENT_ROLES.filter((role) => role.functionTab === filters.team).map((role) => role.code))));
  if (filters.manager) parts.push(assignedTo(sql`a.user_id = ${filters.manager} AND ${roles(RM_ROLES)}`));
  if (filters.fm) parts.push(assignedTo(sql`a.user_id = ${filters.fm} AND ${roles(FM_ROLES)}`));
  if (options.withMatchingService && (filters.service || filters.serviceStatus || filters.scenario)) {
    parts.push(sql`EXISTS (SELECT 1 FROM tenant_services s WHERE s.tenant_id = t.id AND ${serviceConditions(filters)})`);
  }
  return sql.join(parts, sql` AND `);
}

/**
 * Joins `tz` (time_zone, today) to the tenants row `t`: today's date in each time zone of the tenants in scope, worked
 * out once per time zone instead of once per row (a time-zone conversion is the dearest part of a row's work).
 */
export function localToday(scope: ReportScope): SQL {
  return sql`JOIN (SELECT z.time_zone, ${tenantToday(scope.now, sql`z.time_zone`)} AS today
    FROM (SELECT DISTINCT t.time_zone FROM tenants t WHERE ${tenantConditions(scope)}) z) tz ON tz.time_zone = t.time_zone`;
}

/** node-postgres returns bigint counts as strings. */
export const int = (value: unknown): number => Number(value ?? 0);
/** A percentile as a number with one decimal, or null when there was nothing to measure. */
export const oneDecimal = (value: unknown): number | null => (value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10);

/** Memory for a report's sorts and hashes, so a portfolio-wide report aggregates in memory instead of spilling to disk. */
const REPORT_WORK_MEM = "64MB";

/**
 * Runs a report's queries in one read-only snapshot, so its counts and its lists agree with each other even while
 * others write (a replica answers read-only transactions too).
 */
export function inReportSnapshot<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql.raw(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`));
      return work(tx);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
