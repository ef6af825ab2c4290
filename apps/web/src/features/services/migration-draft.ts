import type { TService, TSetMigration } from "@waymark/contracts";
import { formatCount } from "../../lib/format.ts";
import { countOf } from "./split-draft.ts";

export type Decision = "undecided" | "yes" | "no";
export type ScenarioDraft = { key: string; migrationType: string; count: string; estimatedMigrationDate: string };
export type MigrationDraft = { decision: Decision; rejectionReason: string; rejectionNote: string; startDate: string; endDate: string; scenarios: ScenarioDraft[] };

let nextKey = 0;
const NEW_SCENARIO_KEY = "scenario-";
const newKey = () => `${NEW_SCENARIO_KEY}${++nextKey}`;
export const newScenario = (migrationType: string): ScenarioDraft => ({ key: newKey(), migrationType, count: "0", estimatedMigrationDate: "" });

export function migrationDraftOf(migration: TService["migration"]): MigrationDraft {
  return {
    decision: migration.microsoftMigrating === null ? "undecided" : migration.microsoftMigrating ? "yes" : "no",
    rejectionReason: migration.rejectionReason ?? "",
    rejectionNote: migration.rejectionNote ?? "",
    startDate: migration.startDate ?? "",
    endDate: migration.endDate ?? "",
    scenarios: migration.scenarios.map((scenario) => ({
      key: scenario.id,
      migrationType: scenario.migrationType,
      count: String(scenario.entitlements),
      estimatedMigrationDate: scenario.estimatedMigrationDate ?? "",
    })),
  };
}

/** "Scenarios cover 120 / 150 In Progress entitlements, 30 left": the sum the server insists on, before saving. */
export function scenarioMeterText(scenarios: ScenarioDraft[], inProgress: number): string {
  const covered = scenarios.reduce((sum, scenario) => sum + (countOf(scenario.count) ?? 0), 0);
  const gap = inProgress - covered;
  const state = gap === 0 ? "all covered" : gap > 0 ? `${formatCount(gap)} left` : `${formatCount(-gap)} too many`;
  return `Scenarios cover ${formatCount(covered)} / ${formatCount(inProgress)} In Progress entitlements, ${state}`;
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** The PUT body for the decision made: only the fields that decision keeps (the server refuses the others). */
export function migrationBody(draft: MigrationDraft, version: number): TSetMigration {
  const base = { version, rejectionReason: null, rejectionNote: null, startDate: null, endDate: null, scenarios: [] };
  if (draft.decision === "undecided") return { ...base, microsoftMigrating: null };
  if (draft.decision === "no") {
    return { ...base, microsoftMigrating: false, rejectionReason: orNull(draft.rejectionReason) as TSetMigration["rejectionReason"], rejectionNote: orNull(draft.rejectionNote) };
  }
  return {
    ...base,
    microsoftMigrating: true,
    startDate: orNull(draft.startDate),
    endDate: orNull(draft.endDate),
    scenarios: draft.scenarios.map((scenario) => ({
      migrationType: scenario.migrationType as TSetMigration["scenarios"][number]["migrationType"],
      // A count that is not a whole number goes as 0, which the server refuses with its own words.
      entitlements: countOf(scenario.count) ?? 0,
      estimatedMigrationDate: orNull(scenario.estimatedMigrationDate),
      dataSizeGb: null,
      notes: null,
    })),
  };
}

/** The tab's draft key of one service's data migration form. */
export const migrationDraftKey = (tenantId: string, serviceId: string) => `migration:${tenantId}:${serviceId}`;

/** What the form keeps in the tab while typing: the migration it started from and the typed values. */
export type MigrationSessionDraft = { base: MigrationDraft; form: MigrationDraft };

export function migrationSessionStart(migration: TService["migration"]): MigrationSessionDraft {
  const form = migrationDraftOf(migration);
  return { base: form, form };
}

/** Same decision and values, whatever keys the scenarios were given. */
export function sameMigration(a: MigrationDraft, b: MigrationDraft): boolean {
  const values = (draft: MigrationDraft) => JSON.stringify({ ...draft, scenarios: draft.scenarios.map((scenario) => ({ ...scenario, key: "" })) });
  return values(a) === values(b);
}

/** A draft read back after a reload: added scenarios get fresh keys, since the counter handing them out starts again. */
export function reviveMigrationDraft(draft: MigrationSessionDraft): MigrationSessionDraft {
  const rekey = (scenario: ScenarioDraft) => (scenario.key.startsWith(NEW_SCENARIO_KEY) ? { ...scenario, key: newKey() } : scenario);
  return { ...draft, form: { ...draft.form, scenarios: draft.form.scenarios.map(rekey) } };
}
