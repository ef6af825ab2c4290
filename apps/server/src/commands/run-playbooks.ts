import {
  applyEffectChange,
  listPlaybookRuns,
  type Executor,
  insertAuditEvents,
  insertRuleEffects,
  loadTenantState,
  startPlaybookRunIfNew,
  type TenantRow,
} from "@waymark/db";
import type { TPlaybookEvent } from "@waymark/contracts";
import { type Effect, evaluate, EventRefused, FASTTRACK_LIBRARY, knownEvents, localDate, type PlaybookLibrary, playbooksFor } from "@waymark/domain";
import type { Actor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { enqueueStartedTimers, type TimerQueue } from "../jobs/timer-queue.ts";
import { AppError } from "../errors.ts";
import { auditEvent } from "./audit.ts";
import { sendOutreachEmail } from "./send-outreach-email.ts";

export function libraryOf(deps: Deps): PlaybookLibrary {
  return deps.playbooks ?? FASTTRACK_LIBRARY;
}

export function knownEventsOf(deps: Deps): string[] {
  return knownEvents(libraryOf(deps));
}

/** The playbooks that act on a tenant: each at the version its run is pinned to, the latest where none runs yet. */
export async function tenantPlaybooks(tx: Executor, library: PlaybookLibrary, tenantId: string) {
  return playbooksFor(library, await listPlaybookRuns(tx, tenantId));
}

/**
 * Lets the playbooks act on an event inside the caller's transaction, on a tenant the caller has locked: every
 * effect is applied, stored with its explanation, and audited with the rule as the actor and its sentence as the
 * reason.
 */
export async function runPlaybooks(
  tx: Executor,
  options: { actor: Actor; tenant: TenantRow; event: TPlaybookEvent; now: Date; library: PlaybookLibrary; timerQueue?: TimerQueue; reason?: string; mailDomain?: string },
): Promise<Effect[]> {
  const { actor, tenant, event, now } = options;
  const tenantId = tenant.id;
  const state = await loadTenantState(tx, tenant);
  if (event.service && !state.services.some((s) => s.code === event.service)) {
    throw new AppError("validation_failed", `${tenant.name} has no ${event.service} service.`, {
      errors: [{ path: "/body/service", message: "not a service of this tenant" }],
    });
  }
  const runs = await listPlaybookRuns(tx, tenantId);
  const actorUserId = actor.kind === "user" ? actor.userId : null;
  let effects: Effect[];
  try {
    effects = evaluate(playbooksFor(options.library, runs), state, { ...event, ...(actorUserId ? { actorUserId } : {}) }, now);
  } catch (error) {
    if (error instanceof EventRefused) throw new AppError("validation_failed", error.message);
    throw new AppError("validation_failed", `The playbook could not act on this event: ${(error as Error).message}.`);
  }
  const today = localDate(now, tenant.timeZone);
  const running = new Set(runs.map((run) => run.playbookId));
  const serviceIds = new Map<string, string | null>();
  for (const effect of effects) {
    const { explanation, ...change } = effect;
    const applied = await refusedAsValidation(() =>
      applyEffectChange(tx, tenant, change, { ...explanation, today, now, actorUserId, ...(options.mailDomain ? { mailDomain: options.mailDomain } : {}) }, serviceIds),
    );
    if (change.kind === "create_outreach_step" && applied) {
      const ruleId = `${explanation.playbookId}@${explanation.playbookVersion}/${explanation.ruleId}`;
      await sendOutreachEmail(tx, { tenant, stepId: applied.outreachStepId, stepTemplate: change.template, ruleId, mailDomain: options.mailDomain });
    }
    // The first effect a playbook has on a tenant starts its run, pinned to the version that made it.
    if (!running.has(explanation.playbookId)) {
      await startPlaybookRunIfNew(tx, {
        tenantId,
        customerId: tenant.customerId,
        playbookId: explanation.playbookId,
        playbookVersion: explanation.playbookVersion,
        service: "service" in change ? change.service : null,
        startedById: actor.kind === "user" ? actor.userId : null,
      });
      running.add(explanation.playbookId);
    }
  }
  // Each timer started gets its job in this transaction: rolled back together, committed together.
  await enqueueStartedTimers(tx, options.timerQueue, tenantId, effects);
  await insertRuleEffects(
    tx,
    effects.map(({ explanation, ...change }) => ({
      tenantId,
      customerId: tenant.customerId,
      playbookId: explanation.playbookId,
      playbookVersion: explanation.playbookVersion,
      ruleId: explanation.ruleId,
      kind: change.kind,
      service: "service" in change ? change.service : null,
      catalogTaskId: "taskId" in change ? change.taskId : null,
      change,
      why: explanation.why,
      inputs: explanation.inputs,
      eventType: event.type,
      recordedById: actor.kind === "user" ? actor.userId : null,
      occurredAt: now,
    })),
  );
  await insertAuditEvents(tx, [
    auditEvent(actor, "playbook.event_recorded", { type: "tenant", id: tenantId }, { tenantId, customerId: tenant.customerId }, {
      after: event,
      reason: options.reason ?? null,
    }),
    ...effects.map(({ explanation, ...change }) =>
      auditEvent(
        { kind: "rule", ruleId: `${explanation.playbookId}@${explanation.playbookVersion}/${explanation.ruleId}` },
        `engine.${change.kind}`,
        { type: "tenant", id: tenantId },
        { tenantId, customerId: tenant.customerId },
        { after: change, reason: explanation.why },
      ),
    ),
  ]);
  return effects;
}

/** What a person recorded may name something that is not there (a user id, say): that refuses the event, with why. */
async function refusedAsValidation<T>(apply: () => Promise<T>): Promise<T> {
  try {
    return await apply();
  } catch (error) {
    if (error instanceof EventRefused) throw new AppError("validation_failed", error.message);
    throw error;
  }
}
