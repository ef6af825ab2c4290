import { and, asc, eq, ilike, isNull, ne, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { contacts, partners, tenantPartners } from "../schema/people.ts";
import { tenants } from "../schema/tenants.ts";
import { likePattern } from "./visibility.ts";

export type PartnerRow = typeof partners.$inferSelect;

export async function findPartnerById(db: Executor, id: string): Promise<PartnerRow | undefined> {
  const [row] = await db.select().from(partners).where(eq(partners.id, id));
  return row;
}

export async function insertPartner(db: Executor, row: typeof partners.$inferInsert): Promise<PartnerRow> {
  const [inserted] = await db.insert(partners).values(row).returning();
  if (!inserted) throw new Error("insert into partners returned no row");
  return inserted;
}

export async function listPartners(db: Executor, filter: { q?: string | undefined; onlyId?: string | null | undefined; limit: number; offset: number }) {
  const where = and(
    filter.q ? or(ilike(partners.name, likePattern(filter.q)), ilike(partners.mpnId, likePattern(filter.q))) : undefined,
    filter.onlyId ? eq(partners.id, filter.onlyId) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db.select().from(partners).where(where).orderBy(asc(partners.name), asc(partners.id)).limit(filter.limit).offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(partners).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function findPartnerByMpnId(db: Executor, mpnId: string): Promise<PartnerRow | undefined> {
  const [row] = await db.select().from(partners).where(eq(partners.mpnId, mpnId));
  return row;
}

export async function updatePartnerIfVersion(db: Executor, id: string, version: number, patch: Partial<typeof partners.$inferInsert>): Promise<PartnerRow | undefined> {
  const [row] = await db
    .update(partners)
    .set({ ...patch, version: sql`${partners.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(partners.id, id), eq(partners.version, version)))
    .returning();
  return row;
}

/** Every partner, by MPN id then name: what an FRP list import is compared with. */
export async function listAllPartners(db: Executor): Promise<PartnerRow[]> {
  return db.select().from(partners).orderBy(asc(partners.mpnId), asc(partners.name), asc(partners.id));
}

/** Serialises FRP list imports (and their previews' checks) for the rest of the transaction. */
export async function lockFrpList(db: Executor): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('waymark.frp_list'))`);
}

export type TenantPartnerRow = { partnerId: string; name: string; mpnId: string | null; frpMember: boolean; desiresAssistance: boolean };

/** The partner organisations linked to a tenant (its Partners tab), by name. */
export async function listTenantPartners(db: Executor, tenantId: string): Promise<TenantPartnerRow[]> {
  return db
    .select({ partnerId: partners.id, name: partners.name, mpnId: partners.mpnId, frpMember: partners.frpMember, desiresAssistance: tenantPartners.desiresAssistance })
    .from(tenantPartners)
    .innerJoin(partners, eq(partners.id, tenantPartners.partnerId))
    .where(eq(tenantPartners.tenantId, tenantId))
    .orderBy(asc(partners.name), asc(partners.id));
}

/** Links a partner to a tenant, or sets whether the customer wants its assistance when it is linked already. */
export async function upsertTenantPartner(db: Executor, row: { tenantId: string; partnerId: string; desiresAssistance: boolean; createdAt: Date }) {
  const [existing] = await db
    .select()
    .from(tenantPartners)
    .where(and(eq(tenantPartners.tenantId, row.tenantId), eq(tenantPartners.partnerId, row.partnerId)))
    .for("update");
  if (existing) {
    await db
      .update(tenantPartners)
      .set({ desiresAssistance: row.desiresAssistance })
      .where(and(eq(tenantPartners.tenantId, row.tenantId), eq(tenantPartners.partnerId, row.partnerId)));
    return { before: existing, created: false };
  }
  await db.insert(tenantPartners).values(row);
  return { before: undefined, created: true };
}

export async function deleteTenantPartner(db: Executor, tenantId: string, partnerId: string) {
  const [row] = await db.delete(tenantPartners).where(and(eq(tenantPartners.tenantId, tenantId), eq(tenantPartners.partnerId, partnerId))).returning();
  return row;
}

/**
 * Deletes a partner's contacts on a tenant: those kept on the tenant, and those kept for its whole customer unless the
 * partner is still linked to another tenant of that customer. Returns the deleted contacts.
 */
export async function deletePartnerContactsOfTenant(db: Executor, tenant: { id: string; customerId: string }, partnerId: string) {
  const [stillLinked] = await db
    .select({ tenantId: tenantPartners.tenantId })
    .from(tenantPartners)
    .innerJoin(tenants, eq(tenants.id, tenantPartners.tenantId))
    .where(and(eq(tenantPartners.partnerId, partnerId), eq(tenants.customerId, tenant.customerId), ne(tenants.id, tenant.id)))
    .limit(1);
  const onTenant = eq(contacts.tenantId, tenant.id);
  const onCustomer = and(isNull(contacts.tenantId), eq(contacts.customerId, tenant.customerId));
  return db
    .delete(contacts)
    .where(and(eq(contacts.partnerId, partnerId), stillLinked ? onTenant : or(onTenant, onCustomer)))
    .returning();
}
