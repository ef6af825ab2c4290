import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { contacts, partners } from "../schema/people.ts";

export type ContactRow = typeof contacts.$inferSelect;
export type ContactListRow = ContactRow & { partnerName: string | null };

/** A tenant's contacts and its customer's (recorded for the whole customer), customers first, then by name. */
export async function listContactsOfTenant(db: Executor, tenant: { id: string; customerId: string }): Promise<ContactListRow[]> {
  const rows = await db
    .select({ contact: contacts, partnerName: partners.name })
    .from(contacts)
    .leftJoin(partners, eq(partners.id, contacts.partnerId))
    .where(or(eq(contacts.tenantId, tenant.id), and(isNull(contacts.tenantId), eq(contacts.customerId, tenant.customerId))))
    .orderBy(sql`CASE ${contacts.type} WHEN 'customer' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END`, asc(contacts.name), asc(contacts.id));
  return rows.map((r) => ({ ...r.contact, partnerName: r.partnerName }));
}

export async function findContact(db: Executor, id: string): Promise<ContactRow | undefined> {
  const [row] = await db.select().from(contacts).where(eq(contacts.id, id));
  return row;
}

export async function insertContact(db: Executor, row: typeof contacts.$inferInsert): Promise<ContactRow> {
  const [inserted] = await db.insert(contacts).values(row).returning();
  if (!inserted) throw new Error("insert into contacts returned no row");
  return inserted;
}

export async function updateContactIfVersion(db: Executor, id: string, version: number, patch: Partial<typeof contacts.$inferInsert>): Promise<ContactRow | undefined> {
  const [row] = await db
    .update(contacts)
    .set({ ...patch, version: sql`${contacts.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(contacts.id, id), eq(contacts.version, version)))
    .returning();
  return row;
}

export async function deleteContact(db: Executor, id: string): Promise<ContactRow | undefined> {
  const [row] = await db.delete(contacts).where(eq(contacts.id, id)).returning();
  return row;
}

/**
 * Where a tenant is in the Gateway's outreach (seed 003): engaging (task 2453 In Progress) and whether the Contact
 * Customer step has been taken.
 */
export async function gatewayOutreachStage(db: Executor, tenantId: string): Promise<{ engaging: boolean; customerStepTaken: boolean }> {
  const result = await db.execute<{ engaging: boolean; customer_step_taken: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM tasks WHERE tenant_id = ${tenantId} AND catalog_task_id = 2453 AND tenant_service_id IS NULL AND status = 'in_progress') AS engaging,
           EXISTS (SELECT 1 FROM outreach_attempts WHERE tenant_id = ${tenantId} AND audience = 'customer') AS customer_step_taken`);
  const row = result.rows[0];
  return { engaging: row?.engaging ?? false, customerStepTaken: row?.customer_step_taken ?? false };
}

/** Puts the customer contacts kept aside for the Contact Customer step on the record: the tenant's and its customer's. */
export async function releaseContactsAwaitingCustomerStep(db: Executor, tenant: { id: string; customerId: string }): Promise<ContactRow[]> {
  return db
    .update(contacts)
    .set({ awaitingCustomerStep: false, version: sql`${contacts.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(contacts.awaitingCustomerStep, true), eq(contacts.customerId, tenant.customerId), or(eq(contacts.tenantId, tenant.id), isNull(contacts.tenantId))))
    .returning();
}
