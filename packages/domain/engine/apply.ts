import type { EffectChange, TenantState } from "./model.ts";

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
      return {
        ...state,
        services: state.services.map((s) => {
          if (s.code !== effect.service) return s;
          const hasRow = s.split.some((r) => r.l1 === effect.l1);
          const split = hasRow ? s.split : [...s.split, { l1: effect.l1, entitlements: 0, l2: null, l3: null, notes: null }];
          return {
            ...s,
            split: split.map((r) => (r.l1 === effect.l1 ? { ...r, notes: r.notes ? `${r.notes}\n${effect.text}` : effect.text } : r)),
          };
        }),
      };
    case "start_timer":
      return {
        ...state,
        timers: [...state.timers.filter((t) => !(t.key === effect.key && t.service === effect.service)), { key: effect.key, service: effect.service, dueDate: effect.dueDate }],
      };
    case "cancel_timer":
      return { ...state, timers: state.timers.filter((t) => !(t.key === effect.key && t.service === effect.service)) };
    case "set_service_dates":
      return {
        ...state,
        services: state.services.map((s) =>
          s.code === effect.service
            ? {
                ...s,
                nextActionDate: effect.nextActionDate ?? s.nextActionDate,
                split: s.split.map((r) => (r.l1 === "in_progress" && effect.targetDate ? { ...r, targetDate: effect.targetDate } : r)),
              }
            : s,
        ),
      };
    case "raise_finding":
      return { ...state, findings: [...state.findings, { code: effect.code, service: effect.service, message: effect.message }] };
    case "resolve_finding":
      return { ...state, findings: state.findings.filter((f) => !(f.code === effect.code && f.service === effect.service)) };
    case "set_overall_status":
      return { ...state, overallStatus: effect.status };
    case "set_engagement_start_date":
      return { ...state, engagementStartDate: effect.date };
    case "record_assignment_option":
      return { ...state, assignmentOption: effect.option };
    case "unassign_queue":
      return { ...state, queues: state.queues.filter((q) => q !== effect.queue) };
    case "create_outreach_step":
      return { ...state, outreach: [...state.outreach, { audience: effect.audience, attemptNumber: effect.attemptNumber }] };
  }
}
