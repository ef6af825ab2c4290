import { type SQL, sql } from "drizzle-orm";
import { PORTFOLIO_COLUMN_SQL } from "./portfolio-columns.ts";
import { activeTenantCondition } from "./portfolio.ts";

/** Where an entity set's rows come from: the relation, its tenant (for visibility), its key, each property's SQL. */
export type ODataSource = { from: SQL; tenantId: SQL; key: readonly SQL[]; properties: Readonly<Record<string, SQL>> };

function tenantsSource(today: string): ODataSource {
  const portfolio = Object.fromEntries(Object.entries(PORTFOLIO_COLUMN_SQL).map(([key, column]) => [key, column.value(today)]));
  return {
    from: sql`tenants t JOIN customers c ON c.id = t.customer_id`,
    tenantId: sql`t.id`,
    key: [sql`t.id`],
    properties: { id: sql`t.id::text`, active: activeTenantCondition, ...portfolio },
  };
}

const splitOf = (l1: string) => sql`(SELECT coalesce(sum(e.entitlements), 0) FROM entitlement_splits e WHERE e.tenant_service_id = s.id AND e.l1 = ${l1})`;
const latestUsage = (expression: SQL) =>
  sql`(SELECT ${expression} FROM usage_daily ud WHERE ud.tenant_id = s.tenant_id AND ud.service = s.service ORDER BY ud.day DESC LIMIT 1)`;
const percent = (activeUsers: SQL, entitlements: SQL) => sql`round(100.0 * ${activeUsers} / nullif(${entitlements}, 0), 1)`;

const SERVICES: ODataSource = {
  from: sql`tenant_services s`,
  tenantId: sql`s.tenant_id`,
  key: [sql`s.id`],
  properties: {
    id: sql`s.id::text`,
    tenant_id: sql`s.tenant_id::text`,
    service: sql`s.service`,
    status: sql`s.service_status`,
    status_since: sql`s.service_status_since`,
    engagement_scenario: sql`s.engagement_scenario`,
    total_entitlements: sql`s.total_entitlements`,
    entitlement_override: sql`s.entitlement_override`,
    entitlements: sql`coalesce(s.entitlement_override, s.total_entitlements)`,
    l1_in_progress: splitOf("in_progress"),
    l1_blocked: splitOf("blocked"),
    l1_no_intent: splitOf("no_intent"),
    l1_unknown: splitOf("status_unknown"),
    l1_duplicate_invalid: splitOf("duplicate_invalid"),
    engagement_start_date: sql`s.engagement_start_date`,
    next_action_date: sql`s.next_action_date`,
    dibs_target_date: sql`s.dibs_target_date`,
    dibs_business_reason: sql`s.dibs_business_reason`,
    dibs_success_owner_role: sql`s.dibs_success_owner_role`,
    ssat_stakeholders: sql`s.ssat_stakeholders`,
    ssat_scenarios: sql`array_to_string(s.ssat_scenarios, ', ')`,
    ssat_awareness: sql`array_to_string(s.ssat_awareness, ', ')`,
    ssat_training: sql`array_to_string(s.ssat_training, ', ')`,
    forecast_15_on: sql`s.forecast15_on`,
    forecast_40_on: sql`s.forecast40_on`,
    forecast_max_on: sql`s.forecast_max_on`,
    latest_usage_day: latestUsage(sql`ud.day`),
    latest_au_percent: latestUsage(percent(sql`ud.active_users`, sql`ud.entitlements`)),
  },
};

/** Each tenant's service per month, with the figures of the month's last usage day (as the conversion report reads them). */
const USAGE_MONTHLY: ODataSource = {
  from: sql`(SELECT DISTINCT ON (d.tenant_id, d.service, date_trunc('month', d.day::timestamp))
      d.tenant_id, d.service, date_trunc('month', d.day::timestamp)::date AS month, d.day AS last_day, d.active_users, d.entitlements
    FROM usage_daily d ORDER BY d.tenant_id, d.service, date_trunc('month', d.day::timestamp), d.day DESC) m`,
  tenantId: sql`m.tenant_id`,
  key: [sql`m.tenant_id`, sql`m.service`, sql`m.month`],
  properties: {
    tenant_id: sql`m.tenant_id::text`,
    service: sql`m.service`,
    month: sql`m.month`,
    last_day: sql`m.last_day`,
    active_users: sql`m.active_users`,
    entitlements: sql`m.entitlements`,
    au_percent: percent(sql`m.active_users`, sql`m.entitlements`),
  },
};

export function odataSourceOf(setName: string, today: string): ODataSource {
  switch (setName) {
    case "Tenants":
      return tenantsSource(today);
    case "Services":
      return SERVICES;
    case "UsageMonthly":
      return USAGE_MONTHLY;
    default:
      throw new Error(`no OData source for ${setName}`);
  }
}
