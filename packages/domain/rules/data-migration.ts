import {
  isMigrationRejectionReason,
  MIGRATION_REJECTION_REASONS,
  migrationTypeLabel,
  migrationTypesFor,
} from "../catalogs/migration-scenarios.ts";
import { serviceByCode, type ServiceCode } from "../catalogs/services.ts";
import type { SplitProblem } from "./entitlement-split.ts";

export type MigrationScenarioInput = {
  migrationType: string;
  entitlements: number;
  estimatedMigrationDate: string | null;
  dataSizeGb: number | null;
  notes: string | null;
};

export type DataMigrationInput = {
  /** null = not decided yet: the section is empty. */
  microsoftMigrating: boolean | null;
  rejectionReason: string | null;
  rejectionNote: string | null;
  startDate: string | null;
  endDate: string | null;
  scenarios: readonly MigrationScenarioInput[];
};

const sum = (scenarios: readonly { entitlements: number }[]) => scenarios.reduce((total, s) => total + s.entitlements, 0);

/**
 * Checks a service's Data Migration section (Services tab): when Microsoft performs the migration, one or more
 * scenarios of the workload's migration types whose entitlements add up to exactly the In Progress count; when it
 * does not, a rejection reason (and a note for "Other") and no scenarios. Returns every problem, each at its field.
 */
export function checkDataMigration(service: ServiceCode, inProgress: number, input: DataMigrationInput): SplitProblem[] {
  const { label, migrationEligible } = serviceByCode(service);
  const problems: SplitProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const isEmpty = input.scenarios.length === 0 && input.rejectionReason === null && input.rejectionNote === null && input.startDate === null && input.endDate === null;

  if (!migrationEligible && !(input.microsoftMigrating === null && isEmpty)) {
    add("/microsoftMigrating", `${label} has no data migration (Microsoft migrates Exchange, OneDrive and SharePoint data); leave the section empty.`);
    return problems;
  }
  if (input.microsoftMigrating === null) {
    if (!isEmpty) add("/microsoftMigrating", "Say whether Microsoft performs the migration (true or false) before giving scenarios, dates or a rejection reason.");
    return problems;
  }
  if (input.microsoftMigrating) {
    if (input.rejectionReason !== null) add("/rejectionReason", "Leave the rejection reason out: Microsoft performs the migration.");
    if (input.rejectionNote !== null) add("/rejectionNote", "Leave the rejection note out: Microsoft performs the migration.");
    if (input.startDate && input.endDate && input.endDate < input.startDate) add("/endDate", `The migration cannot end (${input.endDate}) before it starts (${input.startDate}).`);
    problems.push(...checkScenarios(service, label, inProgress, input.scenarios));
    return problems;
  }
  const choices = MIGRATION_REJECTION_REASONS.map((r) => r.code).join(", ");
  if (input.rejectionReason === null) add("/rejectionReason", `Say why Microsoft is not performing the migration: choose a rejection reason (${choices}).`);
  else if (!isMigrationRejectionReason(input.rejectionReason)) add("/rejectionReason", `"${input.rejectionReason}" is not a migration rejection reason; choose one of: ${choices}.`);
  else if (MIGRATION_REJECTION_REASONS.find((r) => r.code === input.rejectionReason)?.needsNote && !input.rejectionNote?.trim()) {
    add("/rejectionNote", "Say in the note why the customer declines Microsoft's migration.");
  }
  if (input.scenarios.length > 0) add("/scenarios", "Microsoft is not performing the migration, so there are no migration scenarios: remove them, or set microsoftMigrating to true.");
  if (input.startDate !== null) add("/startDate", "Leave the migration dates out: Microsoft is not performing the migration.");
  if (input.endDate !== null) add("/endDate", "Leave the migration dates out: Microsoft is not performing the migration.");
  return problems;
}

function checkScenarios(service: ServiceCode, label: string, inProgress: number, scenarios: readonly MigrationScenarioInput[]): SplitProblem[] {
  const problems: SplitProblem[] = [];
  const allowed = migrationTypesFor(service);
  if (scenarios.length === 0) {
    problems.push({ path: "/scenarios", message: `Add the migration scenarios (${allowed.map((t) => t.label).join(", ")}) with their entitlements.` });
    return problems;
  }
  scenarios.forEach((scenario, index) => {
    const path = `/scenarios/${index}/migrationType`;
    if (!allowed.some((t) => t.code === scenario.migrationType)) {
      problems.push({ path, message: `"${scenario.migrationType}" is not a migration type of ${label}; choose one of: ${allowed.map((t) => t.code).join(", ")}.` });
    } else if (scenarios.findIndex((s) => s.migrationType === scenario.migrationType) < index) {
      problems.push({ path, message: `${migrationTypeLabel(scenario.migrationType)} is listed twice; give each scenario once, with all of its entitlements.` });
    }
  });
  const total = sum(scenarios);
  if (total !== inProgress) problems.push({ path: "/scenarios", message: mismatchMessage(label, total, inProgress) });
  return problems;
}

const mismatchMessage = (label: string, scenarioTotal: number, inProgress: number) =>
  `The migration scenarios add up to ${scenarioTotal} entitlements but ${label} has ${inProgress} In Progress; they must add up to exactly the In Progress count.`;

/**
 * The warning a service shows when its In Progress count changed after the migration scenarios were saved. FTOP
 * saves the split and the scenarios on one page, so the rule is checked once for both; here they are separate
 * writes, and refusing a split change because of the scenarios would leave no order in which both could change.
 * So the split change goes through and the mismatch is shown until the scenarios are saved again to match.
 */
export function dataMigrationWarning(service: ServiceCode, microsoftMigrating: boolean | null, scenarios: readonly { entitlements: number }[], inProgress: number): string | null {
  if (microsoftMigrating !== true) return null;
  const total = sum(scenarios);
  return total === inProgress ? null : mismatchMessage(serviceByCode(service).label, total, inProgress);
}
