import type { LatestUsage, ServiceRow, ServiceWithSplit } from "@waymark/db";
import type { TService } from "@waymark/contracts";
import { activeUsersPercent, auKpi, serviceByCode } from "@waymark/domain";
import { presentMigration, presentStatusHistory } from "./service-sections.ts";

/** `now` is Waymark's clock: days in status are counted to today in the tenant's time zone. */
export function presentService(row: ServiceWithSplit, now: Date): TService {
  return {
    id: row.id,
    tenantId: row.tenantId,
    service: row.service as TService["service"],
    serviceLabel: serviceByCode(row.service as TService["service"])?.label ?? row.service,
    totalEntitlements: row.totalEntitlements,
    entitlementOverride: row.entitlementOverride,
    effectiveEntitlements: row.entitlementOverride ?? row.totalEntitlements,
    serviceStatus: row.serviceStatus as TService["serviceStatus"],
    serviceStatusSince: row.serviceStatusSince,
    deploymentOrder: row.deploymentOrder,
    engagementScenario: row.engagementScenario as TService["engagementScenario"],
    engagementStartDate: row.engagementStartDate,
    nextActionDate: row.nextActionDate,
    adoption: {
      dibsTargetDate: row.dibsTargetDate,
      dibsBusinessReason: row.dibsBusinessReason,
      dibsSuccessOwnerRole: row.dibsSuccessOwnerRole,
      ssatStakeholders: row.ssatStakeholders,
      ssatScenarios: row.ssatScenarios,
      ssatAwareness: row.ssatAwareness,
      ssatTraining: row.ssatTraining,
    },
    split: row.split.map((s) => ({
      id: s.id,
      l1: s.l1 as TService["split"][number]["l1"],
      entitlements: s.entitlements,
      l2: s.l2,
      l3: s.l3,
      targetDate: s.targetDate,
      owner: s.owner,
      notes: s.notes,
      nextActionDate: s.nextActionDate,
      engagementStartDate: s.engagementStartDate,
    })),
    usage: row.usage && presentUsage(row.usage),
    version: row.version,
    forecast: presentForecast(row),
    ...presentStatusHistory(row, now),
    migration: presentMigration(row),
  };
}

function presentUsage(usage: LatestUsage): TService["usage"] {
  const percent = activeUsersPercent(usage.activeUsers, usage.entitlements);
  return { ...usage, activeUsersPercent: percent, kpi: auKpi(percent) };
}

export function presentForecast(row: ServiceRow): TService["forecast"] {
  return {
    submittedOn: row.forecastSubmittedOn,
    forecast15On: row.forecast15On,
    forecast40On: row.forecast40On,
    forecastMaxOn: row.forecastMaxOn,
  };
}
