import type { EngineService } from "../engine/model.ts";

/**
 * The data points a BVD task leaves on the service for reporting (seed 001 "Task 3737 Statuses", rule 29): a
 * Target Date when entitlements are In Progress, the service Next Action Date and an Entitlement Status Note. The
 * Service Status always has a value. Returns the missing ones, in the seed's words.
 */
export function missingDataPoints(service: EngineService): string[] {
  const inProgress = service.split.filter((row) => row.l1 === "in_progress" && row.entitlements > 0);
  return [
    ...(inProgress.some((row) => !row.targetDate) ? ["Service Target Date"] : []),
    ...(service.nextActionDate ? [] : ["Service Next Action Date"]),
    ...(service.split.some((row) => row.notes?.trim()) ? [] : ["Service Entitlement Notes"]),
  ];
}
