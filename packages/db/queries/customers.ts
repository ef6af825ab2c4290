import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { customers } from "../schema/customers.ts";
import { type Assignee, isAssigneeOf, likePattern, type Visibility, visibleCustomerCondition } from "./visibility.ts";

export type CustomerRow = typeof customers.$inferSelect;
export type NewCustomerRow = typeof customers.$inferInsert;
export type CustomerWithCounts = CustomerRow & { tenantCount: number };

/**
 * Whose customers to list: those where the assignee holds a primary assignment (on the customer or one of its
 * tenants), any assignment, or every customer (the caller checks the reader may read every tenant). Absent: every
 * customer the reader may see.
 */
export type CustomerScopeFilter = { kind: "primary" | "assigned"; assignee: Assignee } | { kind: "all" };

export type CustomerListFilter = {
  q?: string | undefined;
  region?: string | undefined;
  sort: string;
  limit: number;
  offset: number;
  scope?: CustomerScopeFilter | undefined;
};

export type CustomerListRow = CustomerWithCounts & {
  visibleTenantCount: number;
  blockedTenantCount: number;
  winnerTenantName: string | null;
  primaryFmName: string | null;
};

const LIST_SORT_COLUMNS: Record<string, SQL> = { name: sql`name`, tpid: sql`tpid`, createdAt: sql`created_at`, region: sql`region` };

const customerColumns = {
  id: customers.id,
  tpid: customers.tpid,
  name: customers.name,
  winnerTenantId: customers.winnerTenantId,
  region: customers.region,
  vertical: customers.vertical,
  createdAt: customers.createdAt,
  updatedAt: customers.updatedAt,
  version: customers.version,
  // Qualified by hand: in a single-table select the builder renders ${customers.id} as a bare "id", which inside
  // the subquery would mean the tenant's id.
  tenantCount: sql<number>`(SELECT count(*)::int FROM tenants t WHERE t.customer_id = "customers"."id")`,
};

function scopeCondition(scope: CustomerScopeFilter | undefined, visibility: Visibility): SQL | undefined {
  if (!scope) return visibility.kind === "all" ? undefined : sql`c.id IN (SELECT a.customer_id FROM assignments a WHERE ${isAssigneeOf(visibility)})`;
  if (scope.kind === "all") return undefined;
  const primary = scope.kind === "primary" ? sql` AND a.is_primary` : sql``;
  return sql`c.id IN (SELECT a.customer_id FROM assignments a WHERE ${isAssigneeOf(scope.assignee)}${primary})`;
}

/** Whether tenant `t` of customer `p` is one the reader may see (see visibleTenantCondition). */
function tenantVisible(visibility: Visibility): SQL {
  if (visibility.kind === "all") return sql`true`;
  const mine = isAssigneeOf(visibility);
  return sql`(EXISTS (SELECT 1 FROM assignments a WHERE a.customer_id = p.id AND a.tenant_id IS NULL AND ${mine})
    OR EXISTS (SELECT 1 FROM assignments a WHERE a.tenant_id = t.id AND ${mine}))`;
}

/**
 * One page of customers with their tenant counts, winner tenant and primary FM (of the winner, else of any tenant the
 * reader may see), and the total, in one statement:
 * the per-customer figures are computed (LATERAL) for the page's rows only, so a portfolio of 100k tenants costs
 * one filtered count plus a page.
 */
export async function listCustomers(db: Executor, filter: CustomerListFilter, visibility: Visibility) {
  const conditions: (SQL | undefined)[] = [scopeCondition(filter.scope, visibility)];
  const q = filter.q?.trim();
  if (q) {
    const byName = sql`c.name ILIKE ${likePattern(q)}`;
    conditions.push(/^\d{1,15}$/.test(q) ? sql`(c.tpid = ${Number(q)} OR ${byName})` : byName);
  }
  if (filter.region) conditions.push(sql`c.region = ${filter.region}`);
  const present = conditions.filter((c): c is SQL => c !== undefined);
  const where = present.length ? sql`WHERE ${sql.join(present, sql` AND `)}` : sql``;
  const column = LIST_SORT_COLUMNS[filter.sort.replace(/^-/, "")] ?? sql`name`;
  const direction = filter.sort.startsWith("-") ? sql`DESC` : sql`ASC`;

  // Names come only from tenants the reader may see: a winner they cannot open is not named.
  const visible = tenantVisible(visibility);
  const result = await db.execute<Record<string, unknown>>(sql`
    WITH filtered AS (
      SELECT c.id, c.tpid, c.name, c.winner_tenant_id, c.region, c.vertical, c.created_at, c.updated_at, c.version
      FROM customers c ${where}
    ), page AS (
      SELECT * FROM filtered ORDER BY ${column} ${direction}, id LIMIT ${filter.limit} OFFSET ${filter.offset}
    )
    SELECT n.total, p.*, w.name AS winner_tenant_name, tc.tenant_count, tc.visible_tenant_count, tc.blocked_tenant_count,
      fm.name AS primary_fm_name
    FROM (SELECT count(*)::int AS total FROM filtered) n
    LEFT JOIN page p ON true
    LEFT JOIN LATERAL (SELECT t.name FROM tenants t WHERE t.id = p.winner_tenant_id AND ${visible}) w ON true
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS tenant_count,
        count(*) FILTER (WHERE v.visible)::int AS visible_tenant_count,
        count(*) FILTER (WHERE v.visible AND t.overall_status = 'blocked')::int AS blocked_tenant_count
      FROM tenants t CROSS JOIN LATERAL (SELECT ${visible} AS visible) v
      WHERE t.customer_id = p.id
    ) tc ON true
    LEFT JOIN LATERAL (
      SELECT coalesce(u.display_name, qu.name, pa.name) AS name
      FROM assignments a
      LEFT JOIN users u ON u.id = a.user_id
      LEFT JOIN queues qu ON qu.id = a.queue_id
      LEFT JOIN partners pa ON pa.id = a.partner_id
      LEFT JOIN tenants t ON t.id = a.tenant_id
      WHERE a.customer_id = p.id AND a.role = 'fm' AND a.is_primary AND a.service IS NULL AND (a.tenant_id IS NULL OR ${visible})
      ORDER BY a.tenant_id IS NOT DISTINCT FROM p.winner_tenant_id DESC, a.tenant_id IS NULL DESC, a.created_at, a.id
      LIMIT 1
    ) fm ON true
    ORDER BY p.${column} ${direction}, p.id`);
  const rows = result.rows.filter((r) => r.id != null).map(customerListRowOf);
  return { rows, total: Number(result.rows[0]?.total ?? 0) };
}

function customerListRowOf(r: Record<string, unknown>): CustomerListRow {
  return {
    id: String(r.id),
    tpid: Number(r.tpid),
    name: String(r.name),
    winnerTenantId: (r.winner_tenant_id as string | null) ?? null,
    region: String(r.region),
    vertical: (r.vertical as string | null) ?? null,
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
    version: Number(r.version),
    tenantCount: Number(r.tenant_count ?? 0),
    visibleTenantCount: Number(r.visible_tenant_count ?? 0),
    blockedTenantCount: Number(r.blocked_tenant_count ?? 0),
    winnerTenantName: (r.winner_tenant_name as string | null) ?? null,
    primaryFmName: (r.primary_fm_name as string | null) ?? null,
  };
}

export async function findCustomer(db: Executor, id: string, visibility: Visibility): Promise<CustomerWithCounts | undefined> {
  const [row] = await db
    .select(customerColumns)
    .from(customers)
    .where(and(eq(customers.id, id), visibleCustomerCondition(visibility, customers.id)));
  return row;
}

export async function findCustomerByTpid(db: Executor, tpid: number): Promise<CustomerRow | undefined> {
  const [row] = await db.select().from(customers).where(eq(customers.tpid, tpid));
  return row;
}

export async function insertCustomer(db: Executor, row: NewCustomerRow): Promise<CustomerRow> {
  const [inserted] = await db.insert(customers).values(row).returning();
  if (!inserted) throw new Error("insert into customers returned no row");
  return inserted;
}

export async function updateCustomerIfVersion(
  db: Executor,
  id: string,
  version: number,
  patch: Partial<NewCustomerRow>,
): Promise<CustomerRow | undefined> {
  const [row] = await db
    .update(customers)
    .set({ ...patch, version: sql`${customers.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(customers.id, id), eq(customers.version, version)))
    .returning();
  return row;
}

/** Locks the customer row for the rest of the transaction (changes to its TPID-level assignments queue up). */
export async function lockCustomer(db: Executor, id: string): Promise<void> {
  await db.select({ id: customers.id }).from(customers).where(eq(customers.id, id)).for("update");
}
