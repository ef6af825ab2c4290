import { assignmentSlotOf, reassignmentUnitOf } from "@waymark/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { assignments, queues } from "../schema/assignments.ts";
import { type Assignee, isAssigneeOf } from "./visibility.ts";

/** True when the assignee holds the tenant itself, one of its services, or its customer (TPID level). */
export async function isAssignedToTenant(db: Executor, assignee: Assignee, tenantId: string): Promise<boolean> {
  const result = await db.execute<{ assigned: boolean }>(sql`
    SELECT EXISTS (
      SELECT 1 FROM assignments a JOIN tenants t ON t.id = ${tenantId}
      WHERE ${isAssigneeOf(assignee)}
        AND (a.tenant_id = t.id OR (a.tenant_id IS NULL AND a.customer_id = t.customer_id))
    ) AS assigned`);
  return result.rows[0]?.assigned === true;
}

export async function insertAssignment(db: Executor, row: typeof assignments.$inferInsert) {
  const [inserted] = await db.insert(assignments).values(row).returning();
  if (!inserted) throw new Error("insert into assignments returned no row");
  return inserted;
}

export type AssignmentRow = typeof assignments.$inferSelect;

/**
 * An assignment with the names a person reads: assignee (user, queue or partner) and who assigned it, and the partner
 * organisation the assignee belongs to (the partner itself, or a partner user's), null for Microsoft people and queues.
 */
export type AssignmentListRow = AssignmentRow & { assigneeName: string | null; assignedByName: string | null; assigneePartnerId: string | null };

const sameService = (service: string | null) => (service === null ? sql`${assignments.service} IS NULL` : eq(assignments.service, service));

/** Where assignments apply: a tenant, or a customer at TPID level (`tenantId` null), covering all its tenants. */
export type AssignmentPlace = { customerId: string; tenantId: string | null };

/** The tenant's own assignments (whole tenant and per service) and its customer's (TPID level), primary first. */
export async function listAssignmentsOfTenant(db: Executor, tenant: { id: string; customerId: string }): Promise<AssignmentListRow[]> {
  return listAssignmentsAt(db, { customerId: tenant.customerId, tenantId: tenant.id });
}

/** A tenant's assignments with its customer's (see above), or a customer's own TPID-level ones. */
export async function listAssignmentsAt(db: Executor, place: AssignmentPlace): Promise<AssignmentListRow[]> {
  const at = place.tenantId
    ? sql`a.tenant_id = ${place.tenantId} OR (a.tenant_id IS NULL AND a.customer_id = ${place.customerId})`
    : sql`a.tenant_id IS NULL AND a.customer_id = ${place.customerId}`;
  const result = await db.execute<Record<string, unknown>>(sql`
    SELECT a.id, a.customer_id, a.tenant_id, a.service, a.user_id, a.queue_id, a.partner_id, a.role, a.is_primary,
           a.created_at, a.created_by_id, coalesce(u.display_name, q.name, p.name) AS assignee_name, c.display_name AS assigned_by_name,
           coalesce(a.partner_id, u.partner_id) AS assignee_partner_id
    FROM assignments a
    LEFT JOIN users u ON u.id = a.user_id
    LEFT JOIN queues q ON q.id = a.queue_id
    LEFT JOIN partners p ON p.id = a.partner_id
    LEFT JOIN users c ON c.id = a.created_by_id
    WHERE ${at}
    ORDER BY a.tenant_id IS NULL DESC, a.service NULLS FIRST, a.role, a.is_primary DESC, a.created_at`);
  return result.rows.map((r) => ({
    ...assignmentOfRow(r),
    assigneeName: (r.assignee_name as string | null) ?? null,
    assignedByName: (r.assigned_by_name as string | null) ?? null,
    assigneePartnerId: (r.assignee_partner_id as string | null) ?? null,
  }));
}

/** An assignment from a raw `SELECT a.*` row (snake_case columns). */
function assignmentOfRow(r: Record<string, unknown>): AssignmentRow {
  return {
    id: String(r.id),
    customerId: String(r.customer_id),
    tenantId: (r.tenant_id as string | null) ?? null,
    service: (r.service as string | null) ?? null,
    userId: (r.user_id as string | null) ?? null,
    queueId: (r.queue_id as string | null) ?? null,
    partnerId: (r.partner_id as string | null) ?? null,
    role: String(r.role),
    isPrimary: r.is_primary === true,
    createdAt: new Date(r.created_at as string),
    createdById: (r.created_by_id as string | null) ?? null,
  };
}

export async function findAssignment(db: Executor, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await db.select().from(assignments).where(eq(assignments.id, id));
  return row;
}

export async function findQueueById(db: Executor, id: string) {
  const [row] = await db.select().from(queues).where(eq(queues.id, id));
  return row;
}

const atPlace = (place: AssignmentPlace) =>
  place.tenantId
    ? eq(assignments.tenantId, place.tenantId)
    : and(eq(assignments.customerId, place.customerId), sql`${assignments.tenantId} IS NULL`);

/** A slot: one role (for one service, or the whole place) at a place; at most one primary holds it. */
export type AssignmentSlot = AssignmentPlace & { service: string | null; role: string };

/** The same assignee already holding the role at the place (same service, or both whole). */
export async function findSameAssignment(
  db: Executor,
  key: AssignmentSlot & { userId: string | null; queueId: string | null; partnerId: string | null },
): Promise<AssignmentRow | undefined> {
  const assignee = key.userId
    ? eq(assignments.userId, key.userId)
    : key.queueId
      ? eq(assignments.queueId, key.queueId)
      : key.partnerId
        ? eq(assignments.partnerId, key.partnerId)
        : sql`false`;
  const [row] = await db
    .select()
    .from(assignments)
    .where(and(atPlace(key), sameService(key.service), eq(assignments.role, key.role), assignee));
  return row;
}

/** Clears the primary flag of whoever is primary in the slot; returns the rows demoted. */
export async function demotePrimaryInSlot(db: Executor, slot: AssignmentSlot): Promise<AssignmentRow[]> {
  return db
    .update(assignments)
    .set({ isPrimary: false })
    .where(and(atPlace(slot), sameService(slot.service), eq(assignments.role, slot.role), eq(assignments.isPrimary, true)))
    .returning();
}

export async function setAssignmentPrimary(db: Executor, id: string, isPrimary: boolean): Promise<AssignmentRow | undefined> {
  const [row] = await db.update(assignments).set({ isPrimary }).where(eq(assignments.id, id)).returning();
  return row;
}

export async function deleteAssignment(db: Executor, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await db.delete(assignments).where(eq(assignments.id, id)).returning();
  return row;
}

/** The place's whole-place assignments (no service) in a role. */
export async function listAssignmentsInRole(db: Executor, place: AssignmentPlace, role: string): Promise<AssignmentRow[]> {
  return db
    .select()
    .from(assignments)
    .where(and(atPlace(place), sql`${assignments.service} IS NULL`, eq(assignments.role, role)));
}

/** True when the user is the primary FM of the place or, for a tenant, of its customer (TPID level). */
export async function isPrimaryFmAt(db: Executor, userId: string, place: AssignmentPlace): Promise<boolean> {
  const [row] = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(
      and(
        eq(assignments.userId, userId),
        eq(assignments.role, "fm"),
        eq(assignments.isPrimary, true),
        sql`${assignments.service} IS NULL`,
        sql`(${assignments.tenantId} = ${place.tenantId} OR (${assignments.tenantId} IS NULL AND ${assignments.customerId} = ${place.customerId}))`,
      ),
    );
  return row !== undefined;
}

/** One of a user's assignments with the names of where it applies, for a reassignment plan. */
export type HeldAssignmentRow = AssignmentRow & { tenantName: string | null; customerName: string };

/** A user's assignments, optionally only in these roles or on these tenants (their customers' level included). */
export async function listAssignmentsOfUser(db: Executor, userId: string, filter: { roles?: string[] | undefined; tenantIds?: string[] | undefined }): Promise<HeldAssignmentRow[]> {
  // An array in a template becomes a parenthesised list of parameters: ready for IN.
  const inRoles = filter.roles?.length ? sql` AND a.role IN ${filter.roles}` : sql``;
  const onTenants = filter.tenantIds?.length
    ? sql` AND (a.tenant_id IN ${filter.tenantIds} OR (a.tenant_id IS NULL AND a.customer_id IN (SELECT customer_id FROM tenants WHERE id IN ${filter.tenantIds})))`
    : sql``;
  const result = await db.execute<Record<string, unknown>>(sql`
    SELECT a.*, t.name AS tenant_name, c.name AS customer_name
    FROM assignments a JOIN customers c ON c.id = a.customer_id LEFT JOIN tenants t ON t.id = a.tenant_id
    WHERE a.user_id = ${userId}${inRoles}${onTenants}
    ORDER BY c.name, t.name NULLS FIRST, a.service NULLS FIRST, a.role`);
  return result.rows.map((r) => ({
    ...assignmentOfRow(r),
    tenantName: (r.tenant_name as string | null) ?? null,
    customerName: String(r.customer_name),
  }));
}

/** Per user: how many tenants and customers (customer-level assignments) they hold, and the slots they fill there. */
export async function assignmentHoldingsOf(db: Executor, userIds: string[]): Promise<Map<string, { load: number; slots: Set<string> }>> {
  const holdings = new Map(userIds.map((id) => [id, { load: 0, slots: new Set<string>() }]));
  if (userIds.length === 0) return holdings;
  const rows = await db
    .select({ userId: assignments.userId, customerId: assignments.customerId, tenantId: assignments.tenantId, service: assignments.service, role: assignments.role })
    .from(assignments)
    .where(inArray(assignments.userId, userIds));
  const units = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.userId) continue;
    units.set(row.userId, (units.get(row.userId) ?? new Set()).add(reassignmentUnitOf(row)));
    holdings.get(row.userId)?.slots.add(assignmentSlotOf(row));
  }
  for (const [userId, held] of units) {
    const entry = holdings.get(userId);
    if (entry) entry.load = held.size;
  }
  return holdings;
}

/** Gives the assignment to another user, keeping where it applies, its role and primary flag. */
export async function moveAssignmentToUser(db: Executor, id: string, toUserId: string): Promise<void> {
  await db.update(assignments).set({ userId: toUserId }).where(eq(assignments.id, id));
}

/** Makes the user's assignment in the same slot primary (after the previous primary was removed). */
export async function makeSlotPrimaryForUser(db: Executor, slot: { customerId: string; tenantId: string | null; service: string | null; role: string }, userId: string): Promise<void> {
  await db
    .update(assignments)
    .set({ isPrimary: true })
    .where(
      and(
        eq(assignments.userId, userId),
        eq(assignments.customerId, slot.customerId),
        slot.tenantId ? eq(assignments.tenantId, slot.tenantId) : sql`${assignments.tenantId} IS NULL`,
        sameService(slot.service),
        eq(assignments.role, slot.role),
      ),
    );
}

/** True when the assignee holds the customer itself (TPID level); a tenant of it is not enough to change the customer. */
export async function isAssignedToCustomer(db: Executor, assignee: Assignee, customerId: string): Promise<boolean> {
  const result = await db.execute<{ assigned: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM assignments a WHERE ${isAssigneeOf(assignee)} AND a.tenant_id IS NULL AND a.customer_id = ${customerId}) AS assigned`);
  return result.rows[0]?.assigned === true;
}
