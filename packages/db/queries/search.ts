// Search everywhere: tenants, customers and contacts matching one text, only those the reader may see, a few per
// group with a (capped) count. Name matches use the trigram indexes on tenants.name and customers.name (migration 0001);
// a tenant GUID prefix becomes a range on the unique GUID index; a TPID is an equality on customers_tpid_key.
import { type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import { customers as customersTable } from "../schema/customers.ts";
import { isAssigneeOf, likePattern, UUID_PATTERN, type Visibility, visibleCustomerCondition, visibleTenantIds } from "./visibility.ts";

export type SearchOptions = { q: string; limit: number; totalCap: number; visibility: Visibility };
type Counted<T> = { items: T[]; total: number; totalCapped: boolean };

export type SearchTenantRow = {
  id: string;
  name: string;
  tenantGuid: string;
  customerId: string;
  customerName: string;
  tpid: number;
  matchedBy: "name" | "tenant_guid" | "tpid";
};
export type SearchCustomerRow = { id: string; name: string; tpid: number; tenantCount: number; matchedBy: "name" | "tpid" };
export type SearchContactRow = {
  id: string;
  name: string;
  email: string | null;
  type: string;
  role: string | null;
  tenantId: string | null;
  tenantName: string | null;
  customerId: string;
  customerName: string;
};
export type SearchRows = {
  exact: { kind: "tenant" | "customer"; id: string; name: string } | null;
  tenants: Counted<SearchTenantRow>;
  customers: Counted<SearchCustomerRow>;
  contacts: Counted<SearchContactRow>;
};

// An alias so the shared visibility condition names the column of the hand-written FROM clause below.
const c = alias(customersTable, "c");

const GUID_TEMPLATE = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";

/**
 * The GUID range a prefix covers ("3f2504e0-4f" → 3f2504e0-4f00-… to 3f2504e0-4fff-…), or null when the text is not
 * the start of a GUID (at least 4 hex digits, dashes only where a GUID has them, or none at all).
 */
export function guidPrefixRange(text: string): { from: string; to: string } | null {
  const q = text.toLowerCase();
  const hex = q.replaceAll("-", "");
  if (hex.length < 4 || hex.length > 32 || !/^[0-9a-f]+$/.test(hex)) return null;
  if (q.includes("-") && [...q].some((ch, i) => (GUID_TEMPLATE[i] === "-") !== (ch === "-"))) return null;
  const format = (digits: string) =>
    `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
  return { from: format(hex.padEnd(32, "0")), to: format(hex.padEnd(32, "f")) };
}

const tpidOf = (q: string): number | null => (/^\d{1,15}$/.test(q) ? Number(q) : null);

/** Rows of the first `limit` matches plus a count that stops at `cap + 1`. */
async function countedRows<T>(db: Executor, select: SQL, from: SQL, order: SQL, limit: number, cap: number): Promise<Counted<T>> {
  const [rows, counted] = await Promise.all([
    db.execute(sql`SELECT ${select} ${from} ORDER BY ${order} LIMIT ${limit}`),
    db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM (SELECT 1 ${from} LIMIT ${cap + 1}) matches`),
  ]);
  const n = counted.rows[0]?.n ?? 0;
  return { items: rows.rows as T[], total: Math.min(n, cap), totalCapped: n > cap };
}

function searchTenants(db: Executor, { q, limit, totalCap, visibility }: SearchOptions) {
  const guid = guidPrefixRange(q);
  const tpid = tpidOf(q);
  const byGuid = guid ? sql`t.tenant_guid BETWEEN ${guid.from}::uuid AND ${guid.to}::uuid` : sql`false`;
  const byTpid = tpid !== null ? sql`t.customer_id IN (SELECT id FROM customers WHERE tpid = ${tpid})` : sql`false`;
  const visible = visibleTenantIds(visibility);
  const from = sql`FROM tenants t JOIN customers c ON c.id = t.customer_id
    WHERE (t.name ILIKE ${likePattern(q)} OR ${byGuid} OR ${byTpid})${visible ? sql` AND t.id IN (${visible})` : sql``}`;
  const matchedBy = sql`CASE WHEN ${byGuid} THEN 'tenant_guid' WHEN ${byTpid} THEN 'tpid' ELSE 'name' END`;
  const select = sql`t.id, t.name, t.tenant_guid AS "tenantGuid", t.customer_id AS "customerId", c.name AS "customerName",
    c.tpid::float8 AS tpid, ${matchedBy} AS "matchedBy"`;
  // Identifier matches first, then names starting with the text, then the rest by name.
  const order = sql`(${matchedBy}) = 'name', t.name ILIKE ${`${likePattern(q).slice(1)}`} DESC, t.name, t.id`;
  return countedRows<SearchTenantRow>(db, select, from, order, limit, totalCap);
}

function searchCustomers(db: Executor, { q, limit, totalCap, visibility }: SearchOptions) {
  const tpid = tpidOf(q);
  const byTpid = tpid !== null ? sql`c.tpid = ${tpid}` : sql`false`;
  const visible = visibleCustomerCondition(visibility, c.id);
  const from = sql`FROM customers c WHERE (c.name ILIKE ${likePattern(q)} OR ${byTpid})${visible ? sql` AND ${visible}` : sql``}`;
  const select = sql`c.id, c.name, c.tpid::float8 AS tpid,
    (SELECT count(*)::int FROM tenants t WHERE t.customer_id = c.id) AS "tenantCount",
    CASE WHEN ${byTpid} THEN 'tpid' ELSE 'name' END AS "matchedBy"`;
  const order = sql`NOT (${byTpid}), c.name ILIKE ${likePattern(q).slice(1)} DESC, c.name, c.id`;
  return countedRows<SearchCustomerRow>(db, select, from, order, limit, totalCap);
}

function searchContacts(db: Executor, { q, limit, totalCap, visibility }: SearchOptions): Promise<Counted<SearchContactRow>> {
  // A tenant ID or a TPID names no person; without trigram indexes on contacts every search reads them all.
  if (UUID_PATTERN.test(q) || tpidOf(q) !== null) return Promise.resolve({ items: [], total: 0, totalCapped: false });
  const pattern = likePattern(q);
  const tenants = visibleTenantIds(visibility);
  // An assigned reader's contacts are read through the contact indexes: their tenants' contacts, and the customer-level
  // ones of customers they hold anything of (a customer-level contact shows on every tenant of the customer).
  const source =
    visibility.kind === "all" || !tenants
      ? sql`contacts`
      : sql`(SELECT * FROM contacts WHERE tenant_id IN (${tenants})
          UNION ALL
          SELECT * FROM contacts WHERE tenant_id IS NULL AND customer_id IN (SELECT a.customer_id FROM assignments a WHERE ${isAssigneeOf(visibility)}))`;
  const from = sql`FROM ${source} k JOIN customers c ON c.id = k.customer_id LEFT JOIN tenants t ON t.id = k.tenant_id
    WHERE (k.name ILIKE ${pattern} OR k.email ILIKE ${pattern})`;
  const select = sql`k.id, k.name, k.email, k.type, k.role, k.tenant_id AS "tenantId", t.name AS "tenantName",
    k.customer_id AS "customerId", c.name AS "customerName"`;
  const order = sql`k.name ILIKE ${pattern.slice(1)} DESC, k.name, k.id`;
  return countedRows<SearchContactRow>(db, select, from, order, limit, totalCap);
}

/** A full tenant GUID or TPID names one record: the palette opens it on Enter. */
function exactMatch(q: string, tenants: SearchTenantRow[], customers: SearchCustomerRow[]): SearchRows["exact"] {
  if (UUID_PATTERN.test(q)) {
    const tenant = tenants.find((t) => t.tenantGuid === q.toLowerCase());
    return tenant ? { kind: "tenant", id: tenant.id, name: tenant.name } : null;
  }
  const tpid = tpidOf(q);
  const customer = tpid === null ? undefined : customers.find((c) => c.tpid === tpid);
  return customer ? { kind: "customer", id: customer.id, name: customer.name } : null;
}

export async function searchEverywhere(db: Executor, options: SearchOptions): Promise<SearchRows> {
  const [tenants, customers, contacts] = await Promise.all([
    searchTenants(db, options),
    searchCustomers(db, options),
    searchContacts(db, options),
  ]);
  return { exact: exactMatch(options.q, tenants.items, customers.items), tenants, customers, contacts };
}
