import { desc, eq } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { auditEvents } from "../schema/activity.ts";
import { users } from "../schema/users.ts";

export type NewAuditEvent = typeof auditEvents.$inferInsert;
export type AuditEventRow = typeof auditEvents.$inferSelect & { actorName: string | null };

export async function insertAuditEvents(db: Executor, events: NewAuditEvent[]): Promise<void> {
  if (events.length > 0) await db.insert(auditEvents).values(events);
}

export async function listAuditEventsOfTenant(db: Executor, tenantId: string, limit: number): Promise<AuditEventRow[]> {
  const rows = await db
    .select({ event: auditEvents, actorName: users.displayName })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(eq(auditEvents.tenantId, tenantId))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
  return rows.map(({ event, actorName }) => ({ ...event, actorName }));
}
