import { and, asc, desc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { outboxMessages } from "../schema/messages.ts";
import { findings, playbookRuns, ruleEffects, timers } from "../schema/playbooks.ts";
import { tenantServices } from "../schema/services.ts";
import { tasks } from "../schema/tasks.ts";
import { users } from "../schema/users.ts";

export type DueTimer = typeof timers.$inferSelect;

export async function listPendingTimers(db: Executor, tenantId: string) {
  return db.select().from(timers).where(and(eq(timers.tenantId, tenantId), eq(timers.status, "pending"))).orderBy(asc(timers.dueOn));
}

export async function insertRuleEffects(db: Executor, rows: (typeof ruleEffects.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(ruleEffects).values(rows);
}

export async function startPlaybookRunIfNew(db: Executor, row: typeof playbookRuns.$inferInsert): Promise<void> {
  await db.insert(playbookRuns).values(row).onConflictDoNothing();
}

export async function listPlaybookRuns(db: Executor, tenantId: string) {
  return db.select().from(playbookRuns).where(eq(playbookRuns.tenantId, tenantId));
}

/** A tenant's tasks, each with the engine's explanations of how it got its state, newest first. */
export async function listTasksWithWhy(db: Executor, tenantId: string) {
  const [taskRows, effects, services] = await Promise.all([
    db.select().from(tasks).where(eq(tasks.tenantId, tenantId)).orderBy(asc(tasks.catalogTaskId)),
    db.select().from(ruleEffects).where(and(eq(ruleEffects.tenantId, tenantId), sql`${ruleEffects.catalogTaskId} IS NOT NULL`)).orderBy(desc(ruleEffects.occurredAt)),
    db.select({ id: tenantServices.id, service: tenantServices.service }).from(tenantServices).where(eq(tenantServices.tenantId, tenantId)),
  ]);
  return taskRows.map((task) => {
    const service = services.find((s) => s.id === task.tenantServiceId)?.service ?? null;
    return { ...task, service, why: effects.filter((e) => e.catalogTaskId === task.catalogTaskId && e.service === service) };
  });
}

export type FindingRow = typeof findings.$inferSelect;
/** A finding with the name of the person who accepted it, when someone did. */
export type NamedFinding = FindingRow & { acceptedByName: string | null };

export async function listFindings(db: Executor, tenantId: string, status: "open" | "accepted"): Promise<NamedFinding[]> {
  return db
    .select({ ...getTableColumns(findings), acceptedByName: users.displayName })
    .from(findings)
    .leftJoin(users, eq(users.id, findings.acceptedById))
    .where(and(eq(findings.tenantId, tenantId), eq(findings.status, status)))
    .orderBy(desc(status === "accepted" ? findings.acceptedAt : findings.createdAt));
}

export async function findFinding(db: Executor, tenantId: string, findingId: string) {
  const [row] = await db.select().from(findings).where(and(eq(findings.tenantId, tenantId), eq(findings.id, findingId)));
  return row;
}

/** Accepts an open finding as it stands; undefined when it is no longer open (closed or accepted meanwhile). */
export async function acceptFinding(db: Executor, findingId: string, by: { userId: string; reason: string; at: Date }) {
  const [row] = await db
    .update(findings)
    .set({ status: "accepted", acceptedById: by.userId, acceptedReason: by.reason, acceptedAt: by.at })
    .where(and(eq(findings.id, findingId), eq(findings.status, "open")))
    .returning();
  return row;
}

export async function listOutboxMessages(db: Executor, tenantId: string) {
  return db.select().from(outboxMessages).where(eq(outboxMessages.tenantId, tenantId)).orderBy(desc(outboxMessages.createdAt));
}

export async function listRuleEffects(db: Executor, tenantId: string, filter: { service?: string; kind?: string; limit: number }) {
  return db
    .select()
    .from(ruleEffects)
    .where(
      and(
        eq(ruleEffects.tenantId, tenantId),
        filter.service ? eq(ruleEffects.service, filter.service) : undefined,
        filter.kind ? eq(ruleEffects.kind, filter.kind) : undefined,
      ),
    )
    .orderBy(desc(ruleEffects.occurredAt), desc(ruleEffects.createdAt))
    .limit(filter.limit);
}

/** Moves a tenant's run to another version, only if it still runs `fromVersion` (optimistic: no silent double upgrade). */
export async function repinPlaybookRun(db: Executor, tenantId: string, playbookId: string, fromVersion: number, toVersion: number): Promise<boolean> {
  const updated = await db
    .update(playbookRuns)
    .set({ playbookVersion: toVersion })
    .where(and(eq(playbookRuns.tenantId, tenantId), eq(playbookRuns.playbookId, playbookId), eq(playbookRuns.playbookVersion, fromVersion)))
    .returning({ id: playbookRuns.id });
  return updated.length === 1;
}

/** Closes the tenant's open (or accepted) whole-tenant findings with these codes; returns the ones it closed. */
export async function closeFindings(db: Executor, tenantId: string, codes: readonly string[], at: Date): Promise<FindingRow[]> {
  if (codes.length === 0) return [];
  return db
    .update(findings)
    .set({ status: "closed", closedAt: at })
    .where(and(eq(findings.tenantId, tenantId), inArray(findings.code, [...codes]), inArray(findings.status, ["open", "accepted"]), sql`${findings.service} IS NULL`))
    .returning();
}
