import type { TService } from "@waymark/contracts";
import type { TCatalogEntry } from "../../lib/api.ts";
import { formatCount } from "../../lib/format.ts";

/** "Enable, stage 5 of 8", so the position on the Initiate → Operate path is readable without the stepper. */
export function stageText(status: string, serviceStatuses: TCatalogEntry[]): string {
  const index = serviceStatuses.findIndex((entry) => entry.code === status);
  if (index === -1) return status;
  return `${serviceStatuses[index]?.label ?? status}, stage ${index + 1} of ${serviceStatuses.length}`;
}

/** The Data Migration section in one line: who migrates, how much of the In Progress count the scenarios cover. */
export function migrationSummary(migration: TService["migration"], migrationEligible: boolean): string {
  if (!migrationEligible) return "No Microsoft migration for this service";
  if (migration.microsoftMigrating === null) return "Not decided";
  if (!migration.microsoftMigrating) {
    const why = migration.rejectionReasonLabel ?? "no reason given";
    return `Not by Microsoft: ${why}`;
  }
  const scenarios = migration.scenarios.length;
  const covered = `${formatCount(migration.scenarioEntitlements)} of ${formatCount(migration.inProgressEntitlements)} In Progress`;
  return `Microsoft migrating: ${scenarios === 1 ? "1 scenario" : `${scenarios} scenarios`}, ${covered}`;
}

/** The In Progress row's target date, which the DIBS Target Date reads first. */
export function targetDateOf(service: TService): string | null {
  const row = service.split.find((candidate) => candidate.l1 === "in_progress" && candidate.entitlements > 0);
  return row?.targetDate ?? service.adoption.dibsTargetDate;
}

export type ServiceGroup = { family: string; label: string; services: TService[] };

/** Services grouped Office 365 / EMS / Windows in the catalog's order; services the catalog does not know go last. */
export function groupServices(services: TService[], catalog: TCatalogEntry[], familyLabels: Record<string, string>): ServiceGroup[] {
  const order = (code: string) => {
    const index = catalog.findIndex((entry) => entry.code === code);
    return index === -1 ? catalog.length : index;
  };
  const groups = new Map<string, TService[]>();
  for (const service of [...services].sort((a, b) => order(a.service) - order(b.service))) {
    const family = String(catalog.find((entry) => entry.code === service.service)?.family ?? "other");
    groups.set(family, [...(groups.get(family) ?? []), service]);
  }
  return [...groups].map(([family, members]) => ({ family, label: familyLabels[family] ?? "Other services", services: members }));
}
