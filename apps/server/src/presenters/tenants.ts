import type { ServiceWithSplit, TenantWithCustomer } from "@waymark/db";
import type { TTenant, TTenantSummary } from "@waymark/contracts";
import { presentService } from "./services.ts";

type S = TTenantSummary;

export function presentTenantSummary(row: TenantWithCustomer): TTenantSummary {
  const priority = row.priority as S["priority"];
  const priorityOverride = row.priorityOverride as S["priorityOverride"];
  return {
    id: row.id,
    tenantGuid: row.tenantGuid,
    name: row.name,
    customerId: row.customerId,
    customerName: row.customerName,
    tpid: row.tpid,
    isWinner: row.isWinner,
    priority,
    priorityOverride,
    effectivePriority: priorityOverride ?? priority,
    segment: row.segment as S["segment"],
    seats: row.seats,
    country: row.country,
    timeZone: row.timeZone,
    region: row.region as S["region"],
    managed: row.managed,
    overallStatus: row.overallStatus as S["overallStatus"],
    overallStatusDate: row.overallStatusDate,
    engagementStartDate: row.engagementStartDate,
    goBack: row.goBack,
    serviceCount: row.serviceCount,
    version: row.version,
  };
}

/** `now` is Waymark's clock, for the services' days in status. */
export function presentTenant(row: TenantWithCustomer, services: ServiceWithSplit[], now: Date, access: TTenant["access"], duplicateOf: TTenant["duplicateOf"] = null): TTenant {
  return {
    access,
    ...presentTenantSummary({ ...row, serviceCount: services.length }),
    priorityOverrideReason: row.priorityOverrideReason,
    rfaSubmittedOn: row.rfaSubmittedOn,
    rfaApprovedOn: row.rfaApprovedOn,
    rfaReference: row.rfaReference,
    enterpriseLevel: row.enterpriseLevel,
    assignmentOption: row.assignmentOption as TTenant["assignmentOption"],
    duplicateOf,
    services: services.map((service) => presentService(service, now)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
