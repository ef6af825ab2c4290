import { and, asc, desc, eq, gt, gte, lt, type SQL } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { auditEvents } from "../schema/activity.ts";
import { users } from "../schema/users.ts";

export type NewAuditEvent = typeof auditEvents.$inferInsert;
export type AuditEventRow = typeof auditEvents.$inferSelect & { actorName: string | null };

/** PostgreSQL takes at most 65,535 parameters per statement; an event uses about a dozen. */
const EVENTS_PER_INSERT = 2000;

export async function insertAuditEvents(db: Executor, events: NewAuditEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += EVENTS_PER_INSERT) {
    await db.insert(auditEvents).values(events.slice(start, start + EVENTS_PER_INSERT));
  }
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

export type AuditExportFilter = { from?: Date | undefined; to?: Date | undefined; tenantId?: string | undefined };

/**
 * Every audit event matching the filter, oldest first, read in batches by id so an export of millions of events
 * streams with flat memory.
 */
export async function* streamAuditEvents(db: Executor, filter: AuditExportFilter, batch = 1000): AsyncGenerator<AuditEventRow> {
  let after = 0;
  for (;;) {
    const conditions: (SQL | undefined)[] = [
      gt(auditEvents.id, after),
      filter.from ? gte(auditEvents.occurredAt, filter.from) : undefined,
      filter.to ? lt(auditEvents.occurredAt, filter.to) : undefined,
      filter.tenantId ? eq(auditEvents.tenantId, filter.tenantId) : undefined,
    ];
    const rows = await db
      .select({ event: auditEvents, actorName: users.displayName })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(and(...conditions))
      .orderBy(asc(auditEvents.id))
      .limit(batch);
    for (const { event, actorName } of rows) yield { ...event, actorName };
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    after = last.event.id;
  }
}
