import type { TSimulation } from "@waymark/contracts";
import { formatDate, humanizeCode } from "../../lib/format.ts";

export type SimulationStep = TSimulation["steps"][number];
export type SimulationEffect = SimulationStep["effects"][number];

// Mirrors SIMULATION_DAYS of @waymark/contracts (importing its values would bring zod into the bundle); simulation.test.ts keeps them equal.
export const SIMULATION_BOUNDS = { min: 1, max: 90, default: 15 } as const;

/** The windows offered, in business days of the tenant's calendar. */
export const SIMULATION_DAY_CHOICES = [5, 10, 15, 20, 40, 60, 90] as const;

export type DayGroup = { date: string; steps: SimulationStep[] };

/** Steps grouped by the day their wait runs out, in the order they would happen. */
export function groupByDay(steps: readonly SimulationStep[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const step of steps) {
    const last = groups.at(-1);
    if (last && last.date === step.date) last.steps.push(step);
    else groups.push({ date: step.date, steps: [step] });
  }
  return groups;
}

type Labeler = (code: string) => string;
/** Catalog labels; `role` names FastTrack roles (who a to-do is for), `assignmentRole` the roles held on a tenant. */
export type Labels = { service: Labeler; taskStatus: Labeler; serviceStatus: Labeler; role: Labeler; assignmentRole: Labeler };

const plainLabels: Labels = { service: humanizeCode, taskStatus: humanizeCode, serviceStatus: humanizeCode, role: humanizeCode, assignmentRole: humanizeCode };

/** "gateway.account_team_unanswered" → "Account team unanswered": what the wait running out means. */
export function eventTitle(step: SimulationStep, labels: Labels = plainLabels): string {
  const name = humanizeCode(step.event.type.split(".").at(-1) ?? step.event.type);
  return step.event.service ? `${labels.service(step.event.service)}: ${name}` : name;
}

const text = (effect: SimulationEffect, field: string): string => {
  const value = effect[field];
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
};

/** What one effect changes, in a short sentence. */
export function describeEffect(effect: SimulationEffect, labels: Labels = plainLabels): string {
  const on = (field = "service") => (text(effect, field) ? ` (${labels.service(text(effect, field))})` : "");
  switch (effect.kind) {
    case "create_task":
      return `Task ${text(effect, "taskId")} created${on()}`;
    case "set_task_status":
      return `Task ${text(effect, "taskId")}${on()} becomes ${labels.taskStatus(text(effect, "status"))}`;
    case "set_service_status":
      return `${labels.service(text(effect, "service"))} becomes ${labels.serviceStatus(text(effect, "status"))}`;
    case "append_entitlement_note":
      return `Entitlement note on ${labels.service(text(effect, "service"))}: “${text(effect, "text")}”`;
    case "set_entitlement_status":
      return `${labels.service(text(effect, "service"))} entitlements move to ${humanizeCode(text(effect, "to"))}`;
    case "set_service_dates":
      return `${labels.service(text(effect, "service"))} dates change${text(effect, "targetDate") ? `: target ${formatDate(text(effect, "targetDate"))}` : ""}${text(effect, "nextActionDate") ? `, next action ${formatDate(text(effect, "nextActionDate"))}` : ""}`;
    case "raise_finding":
      return `To do${text(effect, "role") ? ` for the ${labels.role(text(effect, "role"))}` : ""}: ${text(effect, "message")}`;
    case "resolve_finding":
      return `Finding ${text(effect, "code")}${on()} resolved`;
    case "set_overall_status":
      return `Overall status becomes ${humanizeCode(text(effect, "status"))} (${formatDate(text(effect, "date"))})`;
    case "set_engagement_start_date":
      return `Engagement start date set to ${formatDate(text(effect, "date"))}`;
    case "record_assignment_option":
      return `Assignment option: ${humanizeCode(text(effect, "option"))}`;
    case "assign_queue":
      return `Queue ${text(effect, "queue")} assigned as ${labels.assignmentRole(text(effect, "role"))}`;
    case "unassign_queue":
      return `Queue ${text(effect, "queue")} unassigned`;
    case "assign_user":
      return `A person is assigned as ${labels.assignmentRole(text(effect, "role"))}`;
    case "unassign_user":
      return `A person is unassigned${text(effect, "role") ? ` as ${labels.assignmentRole(text(effect, "role"))}` : ""}`;
    case "enqueue_message":
      return `E-mail sent: “${text(effect, "subject")}”`;
    case "create_outreach_step":
      return `Outreach e-mail ${text(effect, "attemptNumber")} to the ${humanizeCode(text(effect, "audience")).toLowerCase()} (${text(effect, "template")})`;
    case "start_timer":
      return `A wait starts, running out on ${formatDate(text(effect, "dueDate"))}`;
    case "cancel_timer":
      return "A running wait stops";
    default:
      return humanizeCode(effect.kind);
  }
}

export type RuleOutcome = { why: string; ruleId: string; changes: string[] };

/** The effects of one step, grouped under the sentence of the rule that caused them (a rule often does several things). */
export function ruleOutcomes(step: SimulationStep, labels: Labels = plainLabels): RuleOutcome[] {
  const byWhy = new Map<string, RuleOutcome>();
  for (const effect of step.effects) {
    const key = `${effect.explanation.ruleId}\u0000${effect.explanation.why}`;
    const outcome = byWhy.get(key) ?? { why: effect.explanation.why, ruleId: effect.explanation.ruleId, changes: [] };
    outcome.changes.push(describeEffect(effect, labels));
    byWhy.set(key, outcome);
  }
  return [...byWhy.values()];
}
