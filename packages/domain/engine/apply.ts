import type { L1Status } from "../catalogs/l1-statuses.ts";
import type { ServiceCode } from "../catalogs/services.ts";
import { movedSplit } from "./actions/entitlement-actions.ts";
import type { EffectChange, EngineService, TenantState } from "./model.ts";

type SplitRow = EngineService["split"][number];

/**
 * Applies effects to a state, purely: what the server does to the database, done to plain data. Used by
 * simulation and by tests that replay events.
 */
export function applyEffects(state: TenantState, effects: readonly EffectChange[]): TenantState {
  let next: TenantState = {
    ...state,
    services: state.services.map((s) => ({ ...s, split: s.split.map((r) => ({ ...r })) })),
    tasks: [...state.tasks],
    timers: [...state.timers],
    findings: [...state.findings],
    outreach: [...state.outreach],
    queues: [...state.queues],
    assignees: [...state.assignees],
    messages: [...state.messages],
  };
  for (const effect of effects) next = applyOne(next, effect);
  return next;
}

function applyOne(state: TenantState, effect: EffectChange): TenantState {
  switch (effect.kind) {
    case "create_task":
      return { ...state, tasks: [...state.tasks, { taskId: effect.taskId, service: effect.service, status: "not_started" }] };
    case "set_task_status":
      return {
        ...state,
        tasks: state.tasks.map((t) => (t.taskId === effect.taskId && t.service === effect.service ? { ...t, status: effect.status } : t)),
      };
    case "set_service_status":
      return { ...state, services: state.services.map((s) => (s.code === effect.service ? { ...s, status: effect.status } : s)) };
    case "append_entitlement_note":
      return withSplitRow(state, effect.service, effect.l1, (r) => ({ ...r, notes: r.notes ? `${r.notes}\n${effect.text}` : effect.text }));
    case "start_timer":
      return {
        ...state,
        timers: [...state.timers.filter((t) => !(t.key === effect.key && t.service === effect.service)), { key: effect.key, service: effect.service, dueDate: effect.dueDate }],
      };
    case "cancel_timer":
      return { ...state, timers: state.timers.filter((t) => !(t.key === effect.key && t.service === effect.service)) };
    case "set_service_dates": {
      const dated = effect.targetDate ? withSplitRow(state, effect.service, "in_progress", (r) => ({ ...r, targetDate: effect.targetDate })) : state;
      return {
        ...dated,
        services: dated.services.map((s) => (s.code === effect.service ? { ...s, nextActionDate: effect.nextActionDate ?? s.nextActionDate } : s)),
      };
    }
    case "raise_finding":
      return { ...state, findings: [...state.findings, { code: effect.code, service: effect.service, message: effect.message }] };
    case "resolve_finding":
      return { ...state, findings: state.findings.filter((f) => !(f.code === effect.code && f.service === effect.service)) };
    case "set_overall_status":
      return { ...state, overallStatus: effect.status, overallStatusDate: effect.date };
    case "set_engagement_start_date":
      return { ...state, engagementStartDate: effect.date };
    case "record_assignment_option":
      return { ...state, assignmentOption: effect.option };
    case "assign_queue":
      return { ...state, queues: [...state.queues, effect.queue] };
    case "unassign_queue":
      return { ...state, queues: state.queues.filter((q) => q !== effect.queue) };
    case "set_entitlement_status":
      return { ...state, services: state.services.map((s) => (s.code === effect.service ? { ...s, split: movedSplit(s.split, effect) } : s)) };
    case "assign_user": {
      const others = state.assignees.filter((a) => !(a.role === effect.role && (a.userId === effect.userId || effect.replacing.includes(a.userId))));
      return { ...state, assignees: [...others, { userId: effect.userId, role: effect.role, primary: effect.primary }] };
    }
    case "unassign_user":
      return { ...state, assignees: state.assignees.filter((a) => !(a.userId === effect.userId && (effect.role === null || a.role === effect.role))) };
    case "enqueue_message":
      return { ...state, messages: [...state.messages, { template: effect.template, recipientUserId: effect.recipientUserId }] };
    case "create_outreach_step":
      return { ...state, outreach: [...state.outreach, { audience: effect.audience, attemptNumber: effect.attemptNumber }] };
  }
}

/** Changes a service's split row of an L1, adding an empty one first when there is none (as the database does). */
function withSplitRow(state: TenantState, code: ServiceCode, l1: L1Status, change: (row: SplitRow) => SplitRow): TenantState {
  return {
    ...state,
    services: state.services.map((s) => {
      if (s.code !== code) return s;
      const split = s.split.some((r) => r.l1 === l1) ? s.split : [...s.split, { l1, entitlements: 0, l2: null, l3: null, notes: null }];
      return { ...s, split: split.map((r) => (r.l1 === l1 ? change(r) : r)) };
    }),
  };
}
