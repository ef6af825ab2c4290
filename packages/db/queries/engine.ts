import type { TenantState } from "@waymark/domain";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { outreachAttempts } from "../schema/activity.ts";
import { assignments, queues } from "../schema/assignments.ts";
import { outboxMessages } from "../schema/messages.ts";
import { findings, playbookRuns, ruleEffects, timers } from "../schema/playbooks.ts";
import { entitlementSplits, tenantServices } from "../schema/services.ts";
import { tasks } from "../schema/tasks.ts";
import type { TenantRow } from "./tenants.ts";

/** What the playbook engine needs to know about a tenant, read in one go inside the engine's transaction. */
export async function loadTenantState(db: Executor, tenant: TenantRow): Promise<TenantState> {
  // One after another: these run on the caller's transaction, and one connection runs one query at a time anyway.
  const services = await db.select().from(tenantServices).where(eq(tenantServices.tenantId, tenant.id));
  const splits = await db.select().from(entitlementSplits).where(eq(entitlementSplits.tenantId, tenant.id)).orderBy(asc(entitlementSplits.position));
  const taskRows = await db.select().from(tasks).where(eq(tasks.tenantId, tenant.id));
  const usage = await db.execute<{ service: string; percent: number | null; active_users: number }>(sql`
      SELECT DISTINCT ON (service) service, active_users,
             CASE WHEN entitlements > 0 THEN round(100.0 * active_users / entitlements, 2)::float8 END AS percent
      FROM usage_daily WHERE tenant_id = ${tenant.id} ORDER BY service, day DESC`);
  const timerRows = await db.select().from(timers).where(and(eq(timers.tenantId, tenant.id), eq(timers.status, "pending")));
  // Accepted findings count as raised: a person accepted the gap as it stands, so the same words are not raised again.
  const openFindings = await db
    .select({ code: findings.code, service: findings.service, message: findings.message })
    .from(findings)
    .where(and(eq(findings.tenantId, tenant.id), inArray(findings.status, ["open", "accepted"])));
  const assigned = await db
    .select({ code: queues.code, userId: assignments.userId, role: assignments.role, primary: assignments.isPrimary })
    .from(assignments)
    .leftJoin(queues, eq(queues.id, assignments.queueId))
    .where(eq(assignments.tenantId, tenant.id));
  const messageRows = await db
    .select({ template: outboxMessages.template, recipientUserId: outboxMessages.recipientUserId })
    .from(outboxMessages)
    .where(eq(outboxMessages.tenantId, tenant.id));
  const outreachRows = await db.select({ audience: outreachAttempts.audience, attemptNumber: outreachAttempts.attemptNumber }).from(outreachAttempts).where(eq(outreachAttempts.tenantId, tenant.id));
  const serviceCodeById = new Map(services.map((s) => [s.id, s.service]));
  type State = TenantState;
  return {
    tenantId: tenant.id,
    name: tenant.name,
    priority: tenant.priority as TenantState["priority"],
    priorityOverride: tenant.priorityOverride as TenantState["priorityOverride"],
    segment: tenant.segment as TenantState["segment"],
    country: tenant.country,
    timeZone: tenant.timeZone,
    seats: tenant.seats,
    region: tenant.region as State["region"],
    managed: tenant.managed,
    goBack: tenant.goBack,
    rfaApprovedOn: tenant.rfaApprovedOn,
    overallStatus: tenant.overallStatus as State["overallStatus"],
    overallStatusDate: tenant.overallStatusDate,
    engagementStartDate: tenant.engagementStartDate,
    assignmentOption: tenant.assignmentOption as State["assignmentOption"],
    queues: assigned.flatMap((a) => (a.code ? [a.code as State["queues"][number]] : [])),
    assignees: assigned.flatMap((a) => (a.userId ? [{ userId: a.userId, role: a.role, primary: a.primary }] : [])),
    messages: messageRows.flatMap((m) => (m.recipientUserId ? [{ template: m.template, recipientUserId: m.recipientUserId }] : [])),
    outreach: outreachRows.map((o) => ({ audience: o.audience as State["outreach"][number]["audience"], attemptNumber: o.attemptNumber })),
    findings: openFindings.map((f) => ({ code: f.code, service: f.service as State["findings"][number]["service"], message: f.message })),
    services: services.map((s) => ({
      code: s.service as TenantState["services"][number]["code"],
      status: s.serviceStatus as TenantState["services"][number]["status"],
      deploymentOrder: s.deploymentOrder,
      split: splits
        .filter((row) => row.tenantServiceId === s.id)
        .map((row) => ({ l1: row.l1 as never, entitlements: row.entitlements, l2: row.l2, l3: row.l3, notes: row.notes, targetDate: row.targetDate })),
      activeUsersPercent: usage.rows.find((u) => u.service === s.service)?.percent ?? null,
      activeUsers: usage.rows.find((u) => u.service === s.service)?.active_users ?? null,
      nextActionDate: s.nextActionDate,
      entitlements: s.entitlementOverride ?? s.totalEntitlements,
      engagementScenario: s.engagementScenario as State["services"][number]["engagementScenario"],
      adoption: {
        targetDate: s.dibsTargetDate,
        businessReason: s.dibsBusinessReason,
        successOwnerRole: s.dibsSuccessOwnerRole,
        stakeholders: s.ssatStakeholders,
        scenarios: s.ssatScenarios,
        awareness: s.ssatAwareness,
        training: s.ssatTraining,
      },
    })),
    tasks: taskRows.map((t) => ({
      taskId: t.catalogTaskId,
      service: (t.tenantServiceId ? serviceCodeById.get(t.tenantServiceId) : null) as TenantState["tasks"][number]["service"],
      status: t.status as TenantState["tasks"][number]["status"],
    })),
    timers: timerRows.map((t) => ({ key: t.key, service: t.service as TenantState["timers"][number]["service"], dueDate: t.dueOn })),
  };
}

export type DueTimer = typeof timers.$inferSelect;

/**
 * Claims one pending timer whose due date has come in its tenant's time zone, skipping timers another process
 * holds: with any number of Waymark processes, each timer is fired by exactly one, inside that one's transaction.
 */
export async function claimDueTimer(db: Executor, now: Date): Promise<DueTimer | undefined> {
  const result = await db.execute<{ id: string }>(sql`
    SELECT t.id FROM timers t JOIN tenants n ON n.id = t.tenant_id
    WHERE t.status = 'pending' AND t.due_on <= (${now.toISOString()}::timestamptz AT TIME ZONE n.time_zone)::date
    ORDER BY t.due_on, t.created_at
    LIMIT 1
    FOR UPDATE OF t SKIP LOCKED`);
  const id = result.rows[0]?.id;
  if (!id) return undefined;
  const [timer] = await db.update(timers).set({ status: "fired", settledAt: sql`now()` }).where(eq(timers.id, id)).returning();
  return timer;
}

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

export async function listFindings(db: Executor, tenantId: string, status: "open" | "accepted") {
  return db.select().from(findings).where(and(eq(findings.tenantId, tenantId), eq(findings.status, status))).orderBy(desc(findings.createdAt));
}

export async function findFinding(db: Executor, tenantId: string, findingId: string) {
  const [row] = await db.select().from(findings).where(and(eq(findings.tenantId, tenantId), eq(findings.id, findingId)));
  return row;
}

/** Accepts an open finding as it stands; undefined when it is no longer open (closed or accepted meanwhile). */
export async function acceptFinding(db: Executor, findingId: string, by: { userId: string; reason: string }) {
  const [row] = await db
    .update(findings)
    .set({ status: "accepted", acceptedById: by.userId, acceptedReason: by.reason })
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
