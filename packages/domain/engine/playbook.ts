import { z } from "zod";
import { isServiceCode, type ServiceCode } from "../catalogs/services.ts";
import { isKnownTaskId } from "../catalogs/task-catalogue.ts";
import { ACTION_KINDS } from "./actions/index.ts";
import { type Condition, ZCondition } from "./conditions.ts";
import { placeholders } from "./templates.ts";

export type Rule = {
  id: string;
  /** The event type (or types) that wake the rule. */
  on: string | string[];
  /** The guard; the rule fires only when it holds. */
  if?: Condition;
  then: { kind: string; [field: string]: unknown }[];
  /** The sentence shown as the "why" of every effect; may use {placeholders}. */
  why: string;
  /** Where in the seed the rule comes from. */
  source: string;
};

export type PlaybookDefinition = {
  id: string;
  version: number;
  title: string;
  source: string;
  /** The workload the playbook is about, "each" to run it on every service of the tenant, or null for tenant-level playbooks. */
  service: ServiceCode | "each" | null;
  /** When the playbook applies to a tenant at all. */
  appliesWhen?: Condition;
  processes: { id: string; name: string; steps: { id: string; name: string; role: string; tasks: number[] }[] }[];
  rules: Rule[];
};

const ZRule = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "rule ids are kebab-case"),
  on: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  if: ZCondition.optional(),
  then: z.array(z.looseObject({ kind: z.string() })).min(1),
  why: z.string().min(10),
  source: z.string().min(1),
});

const ZPlaybook = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  version: z.number().int().positive(),
  title: z.string().min(1),
  source: z.string().min(1),
  service: z.string().nullable(),
  appliesWhen: ZCondition.optional(),
  processes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      steps: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), tasks: z.array(z.number().int()) })).min(1),
    }),
  ),
  rules: z.array(ZRule).min(1),
});

export class PlaybookError extends Error {
  constructor(readonly playbookId: string, readonly problems: string[]) {
    super(`playbook ${playbookId} is not valid:\n  - ${problems.join("\n  - ")}`);
    this.name = "PlaybookError";
  }
}

/** Checks a playbook when it is loaded and says everything that is wrong with it at once. */
export function loadPlaybook(definition: PlaybookDefinition): PlaybookDefinition {
  const parsed = ZPlaybook.safeParse(definition);
  const problems: string[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  if (definition.service !== null && definition.service !== "each" && !isServiceCode(definition.service)) problems.push(`unknown service "${definition.service}"`);
  const ruleIds = new Set<string>();
  for (const process of definition.processes ?? []) {
    for (const step of process.steps ?? []) {
      for (const taskId of step.tasks ?? []) {
        if (!isKnownTaskId(taskId)) problems.push(`step ${step.id}: task ${taskId} is not in the task catalogue`);
      }
    }
  }
  for (const rule of definition.rules ?? []) {
    if (ruleIds.has(rule.id)) problems.push(`rule ${rule.id} is defined twice`);
    ruleIds.add(rule.id);
    for (const action of rule.then ?? []) {
      const kind = ACTION_KINDS[action.kind];
      if (!kind) {
        problems.push(`rule ${rule.id}: unknown action kind "${action.kind}"; known: ${Object.keys(ACTION_KINDS).join(", ")}`);
        continue;
      }
      const checked = kind.schema.safeParse(action);
      if (!checked.success) {
        problems.push(...checked.error.issues.map((issue) => `rule ${rule.id}: ${action.kind}.${issue.path.join(".")}: ${issue.message}`));
      } else problems.push(...kind.check(checked.data).map((p) => `rule ${rule.id}: ${p}`));
    }
    for (const path of placeholders(rule.why ?? "")) {
      if (!/^(event|tenant|service)\./.test(path)) problems.push(`rule ${rule.id}: unknown placeholder {${path}} in why`);
    }
  }
  const tasksInSteps = new Set(definition.processes?.flatMap((p) => p.steps.flatMap((s) => s.tasks)) ?? []);
  for (const rule of definition.rules ?? []) {
    for (const action of rule.then ?? []) {
      const taskId = (action as { taskId?: unknown }).taskId;
      if (typeof taskId === "number" && !tasksInSteps.has(taskId)) {
        problems.push(`rule ${rule.id}: task ${taskId} is in no step of the playbook (unreachable)`);
      }
    }
  }
  // A step is reachable when some rule brings each of its tasks into being (creating it, or setting a status, which
  // creates it first); a step without tasks is guidance, not tracked.
  const created = new Set(
    (definition.rules ?? []).flatMap((rule) =>
      (rule.then ?? []).flatMap((a) => (a.kind === "create_task" || a.kind === "set_task_status" ? [(a as { taskId?: unknown }).taskId] : [])),
    ),
  );
  for (const process of definition.processes ?? []) {
    for (const step of process.steps ?? []) {
      const never = (step.tasks ?? []).filter((taskId) => !created.has(taskId));
      if (never.length > 0) problems.push(`step ${step.id}: no rule creates task ${never.join(", ")} (the step is unreachable)`);
    }
  }
  if (problems.length > 0) throw new PlaybookError(definition.id ?? "(no id)", problems);
  return definition;
}

/** The event types a rule wakes on. */
export function eventsOf(rule: Rule): string[] {
  return typeof rule.on === "string" ? [rule.on] : rule.on;
}
