import { localDate } from "../calendar/business-days.ts";
import { effectivePriority } from "../catalogs/engagement.ts";
import { serviceStatusLabel } from "../catalogs/service-statuses.ts";
import { type ServiceCode, serviceLabel } from "../catalogs/services.ts";
import { ACTION_KINDS } from "./actions/index.ts";
import { applyEffects } from "./apply.ts";
import { type Facts, factsRead, holds, readFact } from "./conditions.ts";
import type { Effect, EngineEvent, EngineService, TenantState } from "./model.ts";
import { reviewAdoption } from "../rules/adoption-review.ts";
import { missingDataPoints } from "../rules/service-data-points.ts";
import { eventsOf, type PlaybookDefinition } from "./playbook.ts";
import { render } from "./templates.ts";

/** What every playbook's rules read about the tenant and one of its services (or none), for one event. */
function factsFor(state: TenantState, event: EngineEvent, service: EngineService | null, today: string): Facts {
  const tasks = Object.fromEntries(
    state.tasks.filter((t) => t.service === (service?.code ?? null)).map((t) => [String(t.taskId), { status: t.status }]),
  );
  return {
    event,
    tenant: { ...state, effectivePriority: effectivePriority(state.priority, state.priorityOverride) },
    service: service
      ? {
          ...service,
          label: serviceLabel(service.code),
          statusLabel: serviceStatusLabel(service.status),
          review: reviewAdoption(state, service, today),
          missingDataPoints: missingDataPoints(service).join(", "),
        }
      : undefined,
    task: tasks,
  };
}

/**
 * The heart of the engine: given a tenant's state, an event and the time, what the playbooks do about it.
 * Pure: the same inputs give the same effects, and an effect already in place is not produced again.
 * When the event changed a service (its status, split, notes or dates), the playbooks then review that service as
 * if a person had changed it (`service.changed`: the DIBS/SSAT checks), so a BVD outcome updates the 4+4 findings.
 */
export function evaluate(playbooks: readonly PlaybookDefinition[], state: TenantState, event: EngineEvent, now: Date): Effect[] {
  const today = localDate(now, state.timeZone);
  const effects = settle(playbooks, state, event, now, today);
  if (event.type === SERVICE_CHANGED) return effects;
  let current = applyEffects(state, effects);
  for (const service of changedServices(effects)) {
    const review = settle(playbooks, current, { type: SERVICE_CHANGED, service }, now, today);
    effects.push(...review);
    current = applyEffects(current, review);
  }
  return effects;
}

export const SERVICE_CHANGED = "service.changed";
const SERVICE_CHANGES: ReadonlySet<string> = new Set(["set_service_status", "append_entitlement_note", "set_service_dates", "set_entitlement_status"]);

function changedServices(effects: readonly Effect[]): ServiceCode[] {
  return [...new Set(effects.flatMap((e) => (SERVICE_CHANGES.has(e.kind) && "service" in e && e.service ? [e.service] : [])))];
}

/** Rules see each other's effects: evaluation runs in rounds until a round changes nothing (effects are idempotent). */
function settle(playbooks: readonly PlaybookDefinition[], state: TenantState, event: EngineEvent, now: Date, today: string): Effect[] {
  const effects: Effect[] = [];
  let current = state;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const changes = evaluateRound(playbooks, current, event, now, today);
    if (changes.length === 0) return effects;
    effects.push(...changes);
    current = applyEffects(current, changes);
  }
  throw new Error(`the playbooks did not settle on ${event.type} within ${MAX_ROUNDS} rounds; one rule keeps undoing another`);
}

const MAX_ROUNDS = 5;

function evaluateRound(playbooks: readonly PlaybookDefinition[], state: TenantState, event: EngineEvent, now: Date, today: string): Effect[] {
  const effects: Effect[] = [];
  // The facts of a service are the same for every playbook in a round: built once, and only when a rule wakes.
  const factsByService = new Map<ServiceCode | null, Facts>();
  const factsOf = (service: EngineService | null) => {
    const key = service?.code ?? null;
    let facts = factsByService.get(key);
    if (!facts) factsByService.set(key, (facts = factsFor(state, event, service, today)));
    return facts;
  };
  for (const playbook of playbooks) {
    if (!playbook.rules.some((rule) => eventsOf(rule).includes(event.type))) continue;
    for (const service of servicesFor(playbook, state, event)) {
      const facts = { ...factsOf(service), playbook: { id: playbook.id, version: playbook.version } };
      effects.push(...evaluateOn(playbook, state, event, service, facts, now, today));
    }
  }
  return effects;
}

/** The services a playbook runs on for this event: its workload, every one ("each"), or none (tenant level). */
function servicesFor(playbook: PlaybookDefinition, state: TenantState, event: EngineEvent): (EngineService | null)[] {
  if (playbook.service === null) return [null];
  if (playbook.service === "each") return state.services.filter((s) => !event.service || s.code === event.service);
  if (event.service && event.service !== playbook.service) return [];
  const service = state.services.find((s) => s.code === playbook.service);
  return service ? [service] : [];
}

function evaluateOn(
  playbook: PlaybookDefinition,
  state: TenantState,
  event: EngineEvent,
  service: EngineService | null,
  facts: Facts,
  now: Date,
  today: string,
): Effect[] {
  const effects: Effect[] = [];
  if (playbook.appliesWhen && !holds(playbook.appliesWhen, facts)) return [];
  for (const rule of playbook.rules) {
    if (!eventsOf(rule).includes(event.type)) continue;
    if (rule.if && !holds(rule.if, facts)) continue;
    const seen = rule.if ? factsRead(rule.if) : [];
    const inputs: Record<string, unknown> = { event: event.type, ...(event.data ? { data: event.data } : {}) };
    for (const path of seen) inputs[path] = readFact(facts, path);
    const why = render(rule.why, facts);
    for (const action of rule.then) {
      const kind = ACTION_KINDS[action.kind];
      if (!kind) throw new Error(`unknown action kind ${action.kind}; was the playbook loaded with loadPlaybook?`);
      for (const change of kind.apply(action, { state, facts, service, today, now })) {
        effects.push({
          ...change,
          explanation: { playbookId: playbook.id, playbookVersion: playbook.version, ruleId: rule.id, why, inputs },
        });
      }
    }
  }
  return effects;
}
