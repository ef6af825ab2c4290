import { type Condition } from "./conditions.ts";
import { eventsOf, loadPlaybook, type PlaybookDefinition, type Rule } from "./playbook.ts";

/**
 * Every version of every playbook a deployment knows. A tenant's running playbook stays on the version it started
 * with (its pin); playbooks not yet running on a tenant use the latest version.
 */
export type PlaybookLibrary = {
  readonly versions: readonly PlaybookDefinition[];
  readonly latest: readonly PlaybookDefinition[];
};

export type PlaybookPin = { playbookId: string; playbookVersion: number };

export function createLibrary(definitions: readonly PlaybookDefinition[]): PlaybookLibrary {
  const seen = new Set<string>();
  for (const definition of definitions) {
    const key = `${definition.id}@${definition.version}`;
    if (seen.has(key)) throw new Error(`playbook ${key} is defined twice`);
    seen.add(key);
    loadPlaybook(definition);
  }
  const latest = new Map<string, PlaybookDefinition>();
  for (const definition of definitions) {
    const current = latest.get(definition.id);
    if (!current || definition.version > current.version) latest.set(definition.id, definition);
  }
  return { versions: [...definitions], latest: [...latest.values()] };
}

export function findVersion(library: PlaybookLibrary, playbookId: string, version: number): PlaybookDefinition | undefined {
  return library.versions.find((p) => p.id === playbookId && p.version === version);
}

/** The definitions that act on a tenant: each playbook at its pinned version, or the latest when not yet running. */
export function playbooksFor(library: PlaybookLibrary, pins: readonly PlaybookPin[]): PlaybookDefinition[] {
  return library.latest.map((latest) => {
    const pin = pins.find((p) => p.playbookId === latest.id);
    if (!pin) return latest;
    const pinned = findVersion(library, latest.id, pin.playbookVersion);
    if (!pinned) throw new Error(`the tenant runs ${latest.id} version ${pin.playbookVersion}, which this deployment no longer has`);
    return pinned;
  });
}

/** Every event type some version of some playbook reacts to. */
export function knownEvents(library: PlaybookLibrary): string[] {
  return [...new Set(library.versions.flatMap((p) => p.rules.flatMap(eventsOf)))].sort();
}

export type RuleChange = { ruleId: string; why: string; on: string[] };
export type UpgradePreview = {
  playbookId: string;
  fromVersion: number;
  toVersion: number;
  addedRules: RuleChange[];
  removedRules: RuleChange[];
  /** Rules kept under the same id whose trigger, guard, actions or explanation differ. */
  changedRules: (RuleChange & { changes: string[] })[];
  addedTasks: number[];
  removedTasks: number[];
};

const summary = (rule: Rule): RuleChange => ({ ruleId: rule.id, why: rule.why, on: eventsOf(rule) });
const tasksOf = (playbook: PlaybookDefinition) => new Set(playbook.processes.flatMap((p) => p.steps.flatMap((s) => s.tasks)));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function ruleDifferences(from: Rule, to: Rule): string[] {
  const changes: string[] = [];
  if (!same(eventsOf(from), eventsOf(to))) changes.push(`wakes on ${eventsOf(to).join(", ")} instead of ${eventsOf(from).join(", ")}`);
  if (!same(from.if as Condition | undefined, to.if as Condition | undefined)) changes.push("its condition changed");
  if (!same(from.then, to.then)) changes.push(`its actions changed to ${to.then.map((a) => a.kind).join(", ")}`);
  if (from.why !== to.why) changes.push("its explanation changed");
  return changes;
}

/** What moving a tenant's running playbook from one version to another changes, rule by rule and task by task. */
export function upgradePreview(from: PlaybookDefinition, to: PlaybookDefinition): UpgradePreview {
  if (from.id !== to.id) throw new Error(`cannot compare ${from.id} with ${to.id}`);
  const fromRules = new Map(from.rules.map((r) => [r.id, r]));
  const toRules = new Map(to.rules.map((r) => [r.id, r]));
  const fromTasks = tasksOf(from);
  const toTasks = tasksOf(to);
  return {
    playbookId: from.id,
    fromVersion: from.version,
    toVersion: to.version,
    addedRules: to.rules.filter((r) => !fromRules.has(r.id)).map(summary),
    removedRules: from.rules.filter((r) => !toRules.has(r.id)).map(summary),
    changedRules: to.rules.flatMap((rule) => {
      const before = fromRules.get(rule.id);
      const changes = before ? ruleDifferences(before, rule) : [];
      return changes.length ? [{ ...summary(rule), changes }] : [];
    }),
    addedTasks: [...toTasks].filter((t) => !fromTasks.has(t)).sort((a, b) => a - b),
    removedTasks: [...fromTasks].filter((t) => !toTasks.has(t)).sort((a, b) => a - b),
  };
}
