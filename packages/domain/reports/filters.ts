// The filters every report shares, and how a report page names them in its header.
// Sources: reference/ftop-partner-user-guide/power-bi-reporting-guide/report-level-filters-tab.md (Region, Team, RM;
// Engagement Status, Engagement Scenario, Service Status; Service filters), issue 8 (FM, priority, segment).
import { type EngagementScenario, engagementScenarioLabel, OVERALL_STATUSES, type OverallStatus, PRIORITIES, type Priority, REGIONS, type Region, SEGMENTS, type Segment } from "../catalogs/engagement.ts";
import { ASSIGNMENT_FUNCTION_TABS, type AssignmentFunctionTab } from "../catalogs/people.ts";
import { type ServiceStatus, serviceStatusLabel } from "../catalogs/service-statuses.ts";
import { type ServiceCode, serviceLabel } from "../catalogs/services.ts";

/**
 * What a report covers. Tenant filters (region, team, manager, fm, engagementStatus, priority, segment) pick tenants;
 * service filters (service, serviceStatus, scenario) pick services, and a tenant-level measure counts a tenant when one
 * of its services matches them.
 * - team: a function tab of the assignment roles (Onboarding, Enterprise, Migration, Partner): the tenants someone in
 *   one of that team's roles is assigned to.
 * - manager: the user id of a Regional Manager (RM or P-RM): the tenants they are RM of.
 * - fm: the user id of a FastTrack Manager (FM or P-FM): the tenants they are FM of.
 * - engagementStatus: the tenant's overall status; priority: the effective one (the override when set).
 */
export type ReportFilters = {
  region?: Region | undefined;
  team?: AssignmentFunctionTab | undefined;
  manager?: string | undefined;
  fm?: string | undefined;
  engagementStatus?: OverallStatus | undefined;
  scenario?: EngagementScenario | undefined;
  serviceStatus?: ServiceStatus | undefined;
  service?: ServiceCode | undefined;
  priority?: Priority | undefined;
  segment?: Segment | undefined;
};

export const REPORT_FILTER_KEYS = [
  "region",
  "team",
  "manager",
  "fm",
  "engagementStatus",
  "scenario",
  "serviceStatus",
  "service",
  "priority",
  "segment",
] as const satisfies readonly (keyof ReportFilters)[];

const labelOf = (entries: readonly { code: string; label: string }[], code: string) => entries.find((entry) => entry.code === code)?.label ?? code;

/**
 * The filters in words for a report's header, in a fixed order: "Region EMEA · Service Intune". People are named by
 * `personName` (their display name) or, when unknown, by their id. "All tenants" when nothing is filtered.
 */
export function describeReportFilters(filters: ReportFilters, personName: (userId: string) => string | undefined = () => undefined): string {
  const person = (id: string) => personName(id) ?? id;
  const parts: string[] = [];
  if (filters.region) parts.push(`Region ${labelOf(REGIONS, filters.region)}`);
  if (filters.team) parts.push(`Team ${labelOf(ASSIGNMENT_FUNCTION_TABS, filters.team)}`);
  if (filters.manager) parts.push(`RM ${person(filters.manager)}`);
  if (filters.fm) parts.push(`FM ${person(filters.fm)}`);
  if (filters.engagementStatus) parts.push(`Engagement status ${labelOf(OVERALL_STATUSES, filters.engagementStatus)}`);
  if (filters.scenario) parts.push(`Scenario ${engagementScenarioLabel(filters.scenario)}`);
  if (filters.serviceStatus) parts.push(`Service status ${serviceStatusLabel(filters.serviceStatus)}`);
  if (filters.service) parts.push(`Service ${serviceLabel(filters.service)}`);
  if (filters.priority) parts.push(`Priority ${labelOf(PRIORITIES, filters.priority)}`);
  if (filters.segment) parts.push(`Segment ${labelOf(SEGMENTS, filters.segment)}`);
  return parts.length === 0 ? "All tenants" : parts.join(" · ");
}

/** Whether any filter narrows the services (and so a tenant-level measure to tenants with a matching service). */
export function filtersServices(filters: ReportFilters): boolean {
  return filters.service !== undefined || filters.serviceStatus !== undefined || filters.scenario !== undefined;
}
