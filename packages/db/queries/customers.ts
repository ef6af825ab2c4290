import { and, asc, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { customers } from "../schema/customers.ts";
import { likePattern, type Visibility, visibleCustomerCondition } from "./visibility.ts";

export type CustomerRow = typeof customers.$inferSelect;
export type NewCustomerRow = typeof customers.$inferInsert;
export type CustomerWithCounts = CustomerRow & { tenantCount: number };

export type CustomerListFilter = { q?: string | undefined; region?: string | undefined; sort: string; limit: number; offset: number };

const SORT_COLUMNS = { name: customers.name, tpid: customers.tpid, createdAt: customers.createdAt } as const;

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

export async function listCustomers(db: Executor, filter: CustomerListFilter, visibility: Visibility) {
  const conditions: (SQL | undefined)[] = [visibleCustomerCondition(visibility, customers.id)];
  const q = filter.q?.trim();
  if (q) {
    conditions.push(
      /^\d{1,15}$/.test(q) ? or(eq(customers.tpid, Number(q)), ilike(customers.name, likePattern(q))) : ilike(customers.name, likePattern(q)),
    );
  }
  if (filter.region) conditions.push(eq(customers.region, filter.region));
  const where = and(...conditions);
  const column = SORT_COLUMNS[filter.sort.replace(/^-/, "") as keyof typeof SORT_COLUMNS] ?? customers.name;
  const direction = filter.sort.startsWith("-") ? desc : asc;
  const [rows, counted] = await Promise.all([
    db.select(customerColumns).from(customers).where(where).orderBy(direction(column), asc(customers.id)).limit(filter.limit).offset(filter.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(customers).where(where),
  ]);
  return { rows: rows as CustomerWithCounts[], total: counted[0]?.total ?? 0 };
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
