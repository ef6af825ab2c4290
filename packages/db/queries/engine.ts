import type { EffectChange, TenantState } from "@waymark/domain";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { outreachAttempts } from "../schema/activity.ts";
import { assignments, queues } from "../schema/assignments.ts";
import { findings, playbookRuns, ruleEffects, timers } from "../schema/playbooks.ts";
import { tenants } from "../schema/tenants.ts";
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
  const openFindings = await db.select({ code: findings.code, service: findings.service, message: findings.message }).from(findings).where(and(eq(findings.tenantId, tenant.id), eq(findings.status, "open")));
  const queueRows = await db.select({ code: queues.code }).from(assignments).innerJoin(queues, eq(queues.id, assignments.queueId)).where(eq(assignments.tenantId, tenant.id));
  const outreachRows = await db.select({ audience: outreachAttempts.audience, attemptNumber: outreachAttempts.attemptNumber }).from(outreachAttempts).where(eq(outreachAttempts.tenantId, tenant.id));
  const serviceCodeById = new Map(services.map((s) => [s.id, s.service]));
  type State = TenantState;
  return {
    tenantId: tenant.id,
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
    engagementStartDate: tenant.engagementStartDate,
    assignmentOption: tenant.assignmentOption as State["assignmentOption"],
    queues: queueRows.map((q) => q.code as State["queues"][number]),
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

export type EffectSource = { playbookId: string; playbookVersion: number; ruleId: string; today: string; now: Date; actorUserId: string | null };

/** Makes one engine effect real in the database. */
export async function applyEffectChange(db: Executor, tenant: TenantRow, change: EffectChange, source: EffectSource): Promise<void> {
  const serviceId = async (code: string | null) => {
    if (!code) return null;
    const [row] = await db
      .select({ id: tenantServices.id })
      .from(tenantServices)
      .where(and(eq(tenantServices.tenantId, tenant.id), eq(tenantServices.service, code)));
    return row?.id ?? null;
  };
  const taskWhere = async (taskId: number, service: string | null) => {
    const id = await serviceId(service);
    return and(
      eq(tasks.tenantId, tenant.id),
      eq(tasks.catalogTaskId, taskId),
      id ? eq(tasks.tenantServiceId, id) : sql`${tasks.tenantServiceId} IS NULL`,
    );
  };
  switch (change.kind) {
    case "create_task":
      await db.insert(tasks).values({
        tenantId: tenant.id,
        customerId: tenant.customerId,
        tenantServiceId: await serviceId(change.service),
        catalogTaskId: change.taskId,
        responsibleRole: change.role,
        dueDate: change.dueDate,
        sourceRuleId: source.ruleId,
        playbookId: source.playbookId,
        playbookVersion: source.playbookVersion,
      });
      return;
    case "set_task_status":
      await db
        .update(tasks)
        .set({
          status: change.status,
          ...(change.status === "complete" ? { percentComplete: 100 } : {}),
          version: sql`${tasks.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(await taskWhere(change.taskId, change.service));
      return;
    case "set_service_status":
      await db
        .update(tenantServices)
        .set({ serviceStatus: change.status, serviceStatusSince: source.today, version: sql`${tenantServices.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(tenantServices.tenantId, tenant.id), eq(tenantServices.service, change.service)));
      return;
    case "append_entitlement_note": {
      const id = await serviceId(change.service);
      if (!id) return;
      const appended = sql`CASE WHEN coalesce(${entitlementSplits.notes}, '') = '' THEN ${change.text} ELSE ${entitlementSplits.notes} || E'\\n' || ${change.text} END`;
      await updateSplitRow(db, tenant, id, change.l1, { notes: appended }, { notes: change.text });
      await db.update(tenantServices).set({ version: sql`${tenantServices.version} + 1`, updatedAt: sql`now()` }).where(eq(tenantServices.id, id));
      return;
    }
    case "set_service_dates": {
      const id = await serviceId(change.service);
      if (!id) return;
      if (change.targetDate || change.nextActionDate) {
        const dates = {
          ...(change.targetDate ? { targetDate: change.targetDate } : {}),
          ...(change.nextActionDate ? { nextActionDate: change.nextActionDate } : {}),
        };
        // A target date belongs to In Progress entitlements; without such a row yet, an empty one carries it.
        if (change.targetDate) await updateSplitRow(db, tenant, id, "in_progress", dates, dates);
        else await db.update(entitlementSplits).set(dates).where(and(eq(entitlementSplits.tenantServiceId, id), eq(entitlementSplits.l1, "in_progress")));
      }
      await db
        .update(tenantServices)
        .set({
          ...(change.nextActionDate ? { nextActionDate: change.nextActionDate } : {}),
          version: sql`${tenantServices.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(tenantServices.id, id));
      return;
    }
    case "start_timer":
      await settleTimer(db, tenant.id, change.service, change.key, "cancelled");
      await db.insert(timers).values({
        tenantId: tenant.id,
        customerId: tenant.customerId,
        service: change.service,
        key: change.key,
        dueOn: change.dueDate,
        event: change.event,
        playbookId: source.playbookId,
        playbookVersion: source.playbookVersion,
        ruleId: source.ruleId,
      });
      return;
    case "cancel_timer":
      await settleTimer(db, tenant.id, change.service, change.key, "cancelled");
      return;
    case "raise_finding":
      await db
        .insert(findings)
        .values({
          tenantId: tenant.id,
          customerId: tenant.customerId,
          service: change.service,
          code: change.code,
          message: change.message,
          role: change.role,
          ruleId: source.ruleId,
        })
        .onConflictDoNothing();
      return;
    case "resolve_finding":
      await db
        .update(findings)
        .set({ status: "closed", closedAt: source.now })
        .where(
          and(
            eq(findings.tenantId, tenant.id),
            eq(findings.code, change.code),
            eq(findings.status, "open"),
            change.service ? eq(findings.service, change.service) : sql`${findings.service} IS NULL`,
          ),
        );
      return;
    case "set_overall_status":
      await updateTenant(db, tenant.id, { overallStatus: change.status, overallStatusDate: source.today });
      return;
    case "set_engagement_start_date":
      await updateTenant(db, tenant.id, { engagementStartDate: change.date });
      return;
    case "record_assignment_option":
      await updateTenant(db, tenant.id, { assignmentOption: change.option });
      return;
    case "unassign_queue":
      await db
        .delete(assignments)
        .where(and(eq(assignments.tenantId, tenant.id), sql`${assignments.queueId} IN (SELECT id FROM queues WHERE code = ${change.queue})`));
      return;
    case "create_outreach_step":
      await db.insert(outreachAttempts).values({
        tenantId: tenant.id,
        customerId: tenant.customerId,
        audience: change.audience,
        template: change.template,
        channel: "email",
        attemptNumber: change.attemptNumber,
        sentAt: source.now,
        createdById: source.actorUserId,
      });
      return;
  }
}

/**
 * Updates the service's split row of an L1; when there is none yet, adds one with no entitlements (so the split's
 * sum is kept) carrying the new values.
 */
async function updateSplitRow(
  db: Executor,
  tenant: TenantRow,
  tenantServiceId: string,
  l1: string,
  update: Partial<Record<"notes" | "targetDate" | "nextActionDate", unknown>>,
  insert: Partial<Pick<typeof entitlementSplits.$inferInsert, "notes" | "targetDate" | "nextActionDate">>,
) {
  const updated = await db
    .update(entitlementSplits)
    .set(update as Partial<typeof entitlementSplits.$inferInsert>)
    .where(and(eq(entitlementSplits.tenantServiceId, tenantServiceId), eq(entitlementSplits.l1, l1)))
    .returning({ id: entitlementSplits.id });
  if (updated.length > 0) return;
  const [{ position } = { position: 0 }] = await db
    .select({ position: sql<number>`coalesce(max(${entitlementSplits.position}) + 1, 0)::int` })
    .from(entitlementSplits)
    .where(eq(entitlementSplits.tenantServiceId, tenantServiceId));
  await db.insert(entitlementSplits).values({ tenantServiceId, tenantId: tenant.id, customerId: tenant.customerId, l1, entitlements: 0, position, ...insert });
}

async function updateTenant(db: Executor, tenantId: string, values: Partial<typeof tenants.$inferInsert>) {
  await db
    .update(tenants)
    .set({ ...values, version: sql`${tenants.version} + 1`, updatedAt: sql`now()` })
    .where(eq(tenants.id, tenantId));
}

async function settleTimer(db: Executor, tenantId: string, service: string | null, key: string, status: "cancelled" | "fired") {
  await db
    .update(timers)
    .set({ status, settledAt: sql`now()` })
    .where(
      and(
        eq(timers.tenantId, tenantId),
        eq(timers.key, key),
        eq(timers.status, "pending"),
        service ? eq(timers.service, service) : sql`${timers.service} IS NULL`,
      ),
    );
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

export async function listOpenFindings(db: Executor, tenantId: string) {
  return db.select().from(findings).where(and(eq(findings.tenantId, tenantId), eq(findings.status, "open"))).orderBy(desc(findings.createdAt));
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
