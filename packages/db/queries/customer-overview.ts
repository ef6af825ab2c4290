// One customer's page: its tenants the reader may see (with what the health rule needs), their services' latest usage
// and the contacts around them. A customer has a handful of tenants, so each part is one query through customer_id.
import { severityCounts, type TenantHealthFacts } from "@waymark/domain";
import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { refreshTenantDataQuality } from "./data-quality-summary.ts";
import { type Visibility, visibleTenantIds } from "./visibility.ts";

/** Summaries older than today are recomputed in the request for at most this many of the customer's tenants. */
const IN_REQUEST_FINDINGS_REFRESH_MAX = 50;

export type CustomerOverviewTenantRow = Omit<TenantHealthFacts, "services"> & {
  tenantGuid: string;
  priority: "high" | "medium" | "low";
  priorityOverridden: boolean;
  overallStatusDate: string | null;
  serviceCount: number;
  primaryFm: { id: string; displayName: string } | null;
  services: TenantHealthFacts["services"];
};

export type CustomerOverviewContactRow = {
  id: string;
  type: string;
  name: string;
  email: string | null;
  phone: string | null;
  role: string | null;
  doNotCall: boolean;
  tenant: { id: string; name: string } | null;
};

export type CustomerOverviewRows = { tenants: CustomerOverviewTenantRow[]; hiddenTenantCount: number; contacts: CustomerOverviewContactRow[] };

type TenantSql = {
  id: string;
  name: string;
  tenant_guid: string;
  priority: "high" | "medium" | "low";
  priority_overridden: boolean;
  overall_status: TenantHealthFacts["overallStatus"];
  overall_status_date: string | null;
  is_winner: boolean;
  is_duplicate: boolean;
  service_count: number;
  fm_id: string | null;
  fm_name: string | null;
  high: number | null;
  medium: number | null;
  low: number | null;
  findings_fresh: boolean;
  note_days: number | null;
};

export async function loadCustomerOverview(db: Database, customerId: string, visibility: Visibility, now: Date): Promise<CustomerOverviewRows> {
  const visible = visibleTenantIds(visibility);
  const mine = visible ? sql` AND t.id IN (${visible})` : sql``;
  const at = now.toISOString();
  const tenantRows = await db.execute<TenantSql>(sql`
    SELECT t.id, t.name, t.tenant_guid, coalesce(t.priority_override, t.priority) AS priority,
      t.priority_override IS NOT NULL AS priority_overridden, t.overall_status, t.overall_status_date,
      c.winner_tenant_id IS NOT DISTINCT FROM t.id AS is_winner, t.duplicate_of_tenant_id IS NOT NULL AS is_duplicate,
      (SELECT count(*)::int FROM tenant_services s WHERE s.tenant_id = t.id) AS service_count,
      fm.user_id AS fm_id, u.display_name AS fm_name, dq.high, dq.medium, dq.low,
      coalesce(NOT dq.stale AND dq.computed_for = (${at}::timestamptz AT TIME ZONE t.time_zone)::date, false) AS findings_fresh,
      (${at}::timestamptz AT TIME ZONE t.time_zone)::date - (
        SELECT (max(n.created_at) AT TIME ZONE t.time_zone)::date FROM notes n
        WHERE n.tenant_id = t.id AND n.category = 'engagement_management' AND NOT n.is_draft
      ) AS note_days
    FROM tenants t JOIN customers c ON c.id = t.customer_id
    LEFT JOIN LATERAL (
      SELECT a.user_id FROM assignments a
      WHERE a.role = 'fm' AND a.is_primary AND a.service IS NULL AND a.user_id IS NOT NULL
        AND (a.tenant_id = t.id OR (a.tenant_id IS NULL AND a.customer_id = t.customer_id))
      ORDER BY a.tenant_id IS NULL LIMIT 1
    ) fm ON true
    LEFT JOIN users u ON u.id = fm.user_id
    LEFT JOIN tenant_data_quality dq ON dq.tenant_id = t.id
    WHERE t.customer_id = ${customerId}${mine}
    ORDER BY is_winner DESC, t.priority_rank, t.name, t.id`);
  const ids = tenantRows.rows.map((row) => row.id);
  const [all, services, contacts] = await Promise.all([
    db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM tenants WHERE customer_id = ${customerId}`),
    ids.length ? servicesOf(db, ids) : Promise.resolve(new Map<string, TenantHealthFacts["services"]>()),
    contactsOf(db, customerId, ids),
  ]);
  const findings = await currentFindings(db, tenantRows.rows, now);
  return {
    tenants: tenantRows.rows.map((row) => ({
      tenantId: row.id,
      name: row.name,
      tenantGuid: row.tenant_guid,
      isWinner: row.is_winner,
      isDuplicate: row.is_duplicate,
      priority: row.priority,
      priorityOverridden: row.priority_overridden,
      overallStatus: row.overall_status,
      overallStatusDate: row.overall_status_date,
      serviceCount: row.service_count,
      primaryFm: row.fm_id && row.fm_name ? { id: row.fm_id, displayName: row.fm_name } : null,
      services: services.get(row.id) ?? [],
      openFindings: findings.get(row.id) ?? { high: 0, medium: 0, low: 0 },
      daysSinceOverallStatusNote: row.note_days,
    })),
    hiddenTenantCount: (all.rows[0]?.n ?? 0) - ids.length,
    contacts,
  };
}

/** Open findings per tenant: the stored summary when it is today's, else recomputed now (and stored). */
async function currentFindings(db: Database, rows: TenantSql[], now: Date) {
  const counts = new Map<string, { high: number; medium: number; low: number }>();
  let refreshed = 0;
  for (const row of rows) {
    if (row.findings_fresh || refreshed >= IN_REQUEST_FINDINGS_REFRESH_MAX) {
      counts.set(row.id, { high: row.high ?? 0, medium: row.medium ?? 0, low: row.low ?? 0 });
      continue;
    }
    refreshed++;
    const report = await refreshTenantDataQuality(db, row.id, now);
    counts.set(row.id, report ? severityCounts(report.findings) : { high: 0, medium: 0, low: 0 });
  }
  return counts;
}

async function servicesOf(db: Database, tenantIds: string[]) {
  const result = await db.execute<{ tenant_id: string; service: string; status: string; active_users: number | null; entitlements: number | null }>(sql`
    SELECT s.tenant_id, s.service, s.service_status AS status, u.active_users, u.entitlements
    FROM tenant_services s
    LEFT JOIN LATERAL (
      SELECT d.active_users, d.entitlements FROM usage_daily d
      WHERE d.tenant_id = s.tenant_id AND d.service = s.service ORDER BY d.day DESC LIMIT 1
    ) u ON true
    WHERE s.tenant_id IN (${sql.join(tenantIds.map((id) => sql`${id}::uuid`), sql`, `)})
    ORDER BY s.tenant_id, s.service`);
  const byTenant = new Map<string, TenantHealthFacts["services"]>();
  for (const row of result.rows) {
    const list = byTenant.get(row.tenant_id) ?? [];
    list.push({ service: row.service, status: row.status, activeUsers: row.active_users, entitlements: row.entitlements });
    byTenant.set(row.tenant_id, list);
  }
  return byTenant;
}

/** The customer's own contacts and those of the tenants listed; customer-level first, then by type and name. */
async function contactsOf(db: Database, customerId: string, tenantIds: string[]): Promise<CustomerOverviewContactRow[]> {
  const ofTenants = tenantIds.length ? sql` OR k.tenant_id IN (${sql.join(tenantIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  const result = await db.execute<{
    id: string; type: string; name: string; email: string | null; phone: string | null; role: string | null;
    do_not_call: boolean; tenant_id: string | null; tenant_name: string | null;
  }>(sql`
    SELECT k.id, k.type, k.name, k.email, k.phone, k.role, k.do_not_call, k.tenant_id, t.name AS tenant_name
    FROM contacts k LEFT JOIN tenants t ON t.id = k.tenant_id
    WHERE k.customer_id = ${customerId} AND (k.tenant_id IS NULL${ofTenants})
    ORDER BY k.tenant_id IS NOT NULL, CASE k.type WHEN 'customer' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END, k.name, k.id`);
  return result.rows.map((row) => ({
    id: row.id,
    type: row.type,
    name: row.name,
    email: row.email,
    phone: row.phone,
    role: row.role,
    doNotCall: row.do_not_call,
    tenant: row.tenant_id && row.tenant_name ? { id: row.tenant_id, name: row.tenant_name } : null,
  }));
}
