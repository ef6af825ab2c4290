import { type EffectChange, EventRefused } from "@waymark/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { assignments, queues } from "../schema/assignments.ts";
import { findings, timers } from "../schema/playbooks.ts";
import { entitlementSplits, tenantServices } from "../schema/services.ts";
import { tasks } from "../schema/tasks.ts";
import { tenants } from "../schema/tenants.ts";
import { users } from "../schema/users.ts";
import { demotePrimaryInSlot } from "./assignments.ts";
import { enqueueOutboxMessage } from "./outbox.ts";
import { insertOutreachStep } from "./outreach.ts";
import { attributeStatusChanges } from "./service-status-history.ts";
import type { TenantRow } from "./tenants.ts";

export type EffectSource = {
  playbookId: string;
  playbookVersion: number;
  ruleId: string;
  today: string;
  now: Date;
  actorUserId: string | null;
  /** The domain Message-IDs are made in (the sender address's); `waymark.invalid` when none is configured. */
  mailDomain?: string;
};

/** What applying an effect made that the caller acts on further: the outreach step whose e-mail it sends. */
export type AppliedEffect = { outreachStepId: string } | undefined;

/** Makes one engine effect real in the database. */
export async function applyEffectChange(
  db: Executor,
  tenant: TenantRow,
  change: EffectChange,
  source: EffectSource,
  /** Service ids by code, shared by the effects of one event (effects never add or remove a service). */
  serviceIds: Map<string, string | null> = new Map(),
): Promise<AppliedEffect> {
  const serviceId = async (code: string | null) => {
    if (!code) return null;
    if (!serviceIds.has(code)) {
      const [row] = await db
        .select({ id: tenantServices.id })
        .from(tenantServices)
        .where(and(eq(tenantServices.tenantId, tenant.id), eq(tenantServices.service, code)));
      serviceIds.set(code, row?.id ?? null);
    }
    return serviceIds.get(code) ?? null;
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
    case "set_service_status": {
      const id = await serviceId(change.service);
      if (!id) return;
      await attributeStatusChanges(db, { rule: `${source.playbookId}@${source.playbookVersion}/${source.ruleId}` });
      await updateService(db, id, { serviceStatus: change.status, serviceStatusSince: source.today });
      await attributeStatusChanges(db);
      return;
    }
    case "append_entitlement_note": {
      const id = await serviceId(change.service);
      if (!id) return;
      const appended = sql`CASE WHEN coalesce(${entitlementSplits.notes}, '') = '' THEN ${change.text} ELSE ${entitlementSplits.notes} || E'\\n' || ${change.text} END`;
      await updateSplitRow(db, tenant, id, change.l1, { notes: appended }, { notes: change.text });
      await updateService(db, id);
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
      await updateService(db, id, change.nextActionDate ? { nextActionDate: change.nextActionDate } : {});
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
            inArray(findings.status, ["open", "accepted"]),
            change.service ? eq(findings.service, change.service) : sql`${findings.service} IS NULL`,
          ),
        );
      return;
    case "set_overall_status":
      await updateTenant(db, tenant.id, { overallStatus: change.status, overallStatusDate: change.date });
      return;
    case "set_engagement_start_date":
      await updateTenant(db, tenant.id, { engagementStartDate: change.date });
      return;
    case "record_assignment_option":
      await updateTenant(db, tenant.id, { assignmentOption: change.option });
      return;
    case "assign_queue": {
      const [queue] = await db.select({ id: queues.id }).from(queues).where(eq(queues.code, change.queue));
      if (!queue) throw new Error(`queue ${change.queue} is missing from the queues table`);
      // The queue takes over as primary when no one else is primary in that role (the AiR queue it replaces was).
      const [primary] = await db
        .select({ id: assignments.id })
        .from(assignments)
        .where(and(eq(assignments.tenantId, tenant.id), eq(assignments.role, change.role), eq(assignments.isPrimary, true), sql`${assignments.service} IS NULL`));
      await db
        .insert(assignments)
        .values({ customerId: tenant.customerId, tenantId: tenant.id, queueId: queue.id, role: change.role, isPrimary: !primary, createdById: source.actorUserId });
      return;
    }
    case "unassign_queue":
      await db
        .delete(assignments)
        .where(and(eq(assignments.tenantId, tenant.id), sql`${assignments.queueId} IN (SELECT id FROM queues WHERE code = ${change.queue})`));
      return;
    case "set_entitlement_status": {
      const id = await serviceId(change.service);
      if (!id) return;
      for (const move of change.moves) {
        await db
          .update(entitlementSplits)
          .set({ entitlements: sql`${entitlementSplits.entitlements} - ${move.count}` })
          .where(and(eq(entitlementSplits.tenantServiceId, id), eq(entitlementSplits.l1, move.from)));
      }
      const moved = change.moves.reduce((sum, move) => sum + move.count, 0);
      const reasons = { l2: change.l2, l3: change.l3 };
      await updateSplitRow(db, tenant, id, change.to, { ...reasons, entitlements: sql`${entitlementSplits.entitlements} + ${moved}` }, { ...reasons, entitlements: moved });
      await updateService(db, id);
      return;
    }
    case "assign_user": {
      await requireActiveUser(db, change.userId, "assign");
      await db
        .delete(assignments)
        .where(and(eq(assignments.tenantId, tenant.id), eq(assignments.role, change.role), inArray(assignments.userId, [change.userId, ...change.replacing])));
      if (change.primary) await demotePrimaryInSlot(db, { customerId: tenant.customerId, tenantId: tenant.id, service: null, role: change.role });
      await db.insert(assignments).values({
        customerId: tenant.customerId,
        tenantId: tenant.id,
        userId: change.userId,
        role: change.role,
        isPrimary: change.primary,
        createdById: source.actorUserId,
      });
      return;
    }
    case "unassign_user":
      await db
        .delete(assignments)
        .where(and(eq(assignments.tenantId, tenant.id), eq(assignments.userId, change.userId), change.role ? eq(assignments.role, change.role) : undefined));
      return;
    case "enqueue_message": {
      await requireActiveUser(db, change.recipientUserId, "message");
      await enqueueOutboxMessage(db, {
        tenant,
        template: change.template,
        recipientUserId: change.recipientUserId,
        subject: change.subject,
        body: change.body,
        idempotencyKey: `${tenant.id}/${change.template}/${change.recipientUserId}`,
        ruleId: `${source.playbookId}@${source.playbookVersion}/${source.ruleId}`,
        mailDomain: source.mailDomain,
      });
      return;
    }
    case "create_outreach_step": {
      const step = await insertOutreachStep(db, {
        tenantId: tenant.id,
        customerId: tenant.customerId,
        audience: change.audience,
        template: change.template,
        channel: "email",
        attemptNumber: change.attemptNumber,
        sentAt: source.now,
        createdById: source.actorUserId,
      });
      return { outreachStepId: step.id };
    }
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
  update: Partial<Record<"notes" | "targetDate" | "nextActionDate" | "entitlements" | "l2" | "l3", unknown>>,
  insert: Partial<Pick<typeof entitlementSplits.$inferInsert, "notes" | "targetDate" | "nextActionDate" | "entitlements" | "l2" | "l3">>,
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

/** Changes a service (its split rows count as part of it): a new version, so an edit read before it gets 409. */
async function updateService(db: Executor, serviceId: string, values: Partial<typeof tenantServices.$inferInsert> = {}) {
  await db
    .update(tenantServices)
    .set({ ...values, version: sql`${tenantServices.version} + 1`, updatedAt: sql`now()` })
    .where(eq(tenantServices.id, serviceId));
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


const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A playbook names users from what a person recorded; one that does not exist (or was disabled) refuses the event. */
async function requireActiveUser(db: Executor, userId: string, purpose: "assign" | "message"): Promise<void> {
  const [user] = UUID.test(userId) ? await db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)) : [];
  const verb = purpose === "assign" ? "assign the tenant to" : "send a message to";
  if (!user) throw new EventRefused(`There is no user with id "${userId}" to ${verb}: name an existing Waymark user by their id.`);
  if (user.disabledAt) throw new EventRefused(`The user "${userId}" is disabled, so the playbook cannot ${verb} them: name an active user.`);
}
