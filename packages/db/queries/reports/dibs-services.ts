// The services the DIBS reports cover, with their requirement row and which DIBS/SSAT items each has recorded.
// "Recorded" is the domain's rule (rules/adoption-review.ts): Intent is an In Progress split row with entitlements,
// the Target Date is that row's date else the service's DIBS date (and only counts with Intent), the others are set.
import { DIBS_REQUIREMENT_ROWS, dibsRequirementKeys } from "@waymark/domain";
import { type SQL, sql } from "drizzle-orm";
import { localToday, type ReportScope, serviceConditions, tenantConditions } from "./scope.ts";

/** Column name per item of the `dibsServices` rows. */
export const ITEM_COLUMN = {
  target_date: "has_target_date",
  intent: "has_intent",
  business_reason: "has_business_reason",
  success_owner: "has_success_owner",
  stakeholders: "has_stakeholders",
  scenarios: "has_scenarios",
  awareness: "has_awareness",
  training: "has_training",
} as const;

/**
 * The requirement row of every (scenario, service, segment, priority) key, as one JSON object keyed
 * "scenario|service|segment|priority", built once. Looking the row up per service keeps the services a plain join
 * of tenants and their services for the planner (a join on a list of keys it cannot estimate was planned as every
 * tenant times every key); a service whose key is not listed (or has a null part) has no row, as with that join.
 */
const ROW_BY_KEY = JSON.stringify(Object.fromEntries(dibsRequirementKeys().map((k) => [`${k.scenario}|${k.service}|${k.segment}|${k.priority}`, k.row])));
const rowOf = () =>
  sql`(${ROW_BY_KEY}::jsonb ->> (s.engagement_scenario || '|' || s.service || '|' || t.segment || '|' || coalesce(t.priority_override, t.priority)))`;

/** full DIBS per row: the AND of the row's required DIBS items, over the columns of the inner query `d`. */
const fullDibs = () =>
  sql.join(
    [
      sql`CASE d.row`,
      ...DIBS_REQUIREMENT_ROWS.map((row) => sql`WHEN ${row.code}::text THEN ${sql.raw(row.dibs.map((item) => `d.${ITEM_COLUMN[item]}`).join(" AND ") || "TRUE")}`),
      sql`END`,
    ],
    sql` `,
  );

/**
 * One row per service in scope that falls in a requirement row: service_id, tenant_id, tenant_name, time_zone, today,
 * service, row, success_owner_role, started_on (the service's engagement start, else the tenant's), created_on,
 * the has_<item> booleans and full_dibs.
 */
export function dibsServices(scope: ReportScope): SQL {
  return sql`SELECT d.*, ${fullDibs()} AS full_dibs FROM (
    SELECT s.id AS service_id, s.tenant_id, t.name AS tenant_name, t.time_zone, tz.today, s.service, ${rowOf()} AS row,
      nullif(s.dibs_success_owner_role, '') AS success_owner_role,
      coalesce(s.engagement_start_date, t.engagement_start_date) AS started_on,
      (s.created_at AT TIME ZONE t.time_zone)::date AS created_on,
      (ip.found IS NOT NULL AND coalesce(ip.target_date, s.dibs_target_date) IS NOT NULL) AS has_target_date,
      (ip.found IS NOT NULL) AS has_intent,
      (coalesce(s.dibs_business_reason, '') <> '') AS has_business_reason,
      (coalesce(s.dibs_success_owner_role, '') <> '') AS has_success_owner,
      (coalesce(s.ssat_stakeholders, '') <> '') AS has_stakeholders,
      (cardinality(s.ssat_scenarios) > 0) AS has_scenarios,
      (cardinality(s.ssat_awareness) > 0) AS has_awareness,
      (cardinality(s.ssat_training) > 0) AS has_training
    FROM tenant_services s JOIN tenants t ON t.id = s.tenant_id ${localToday(scope)}
    LEFT JOIN (
      SELECT DISTINCT ON (e.tenant_service_id) e.tenant_service_id, 1 AS found, e.target_date FROM entitlement_splits e
      WHERE e.l1 = 'in_progress' AND e.entitlements > 0 ORDER BY e.tenant_service_id, e.position
    ) ip ON ip.tenant_service_id = s.id
    WHERE ${tenantConditions(scope)} AND ${serviceConditions(scope.filters)} AND ${rowOf()} IS NOT NULL
  ) d`;
}
