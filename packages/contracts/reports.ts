import {
  ASSIGNMENT_FUNCTION_TABS,
  ENGAGEMENT_SCENARIOS,
  FORECAST_MILESTONES,
  HYGIENE_CHECKS,
  NEW_SUBSCRIPTION_DEFAULT_DAYS,
  OVERALL_STATUSES,
  PRIORITIES,
  REGIONS,
  SEGMENTS,
  SERVICE_STATUSES,
} from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZIsoDate, ZUuid } from "./common.ts";
import { ZServiceCode } from "./services.ts";

/** The filters every report takes from its query string (the URL holds them). */
export const ZReportFilters = z.object({
  region: codesOf(REGIONS).optional(),
  team: codesOf(ASSIGNMENT_FUNCTION_TABS)
    .optional()
    .describe("A team by its function tab: the tenants someone in one of its assignment roles is assigned to (Partner: P-RM, P-FM, P-FE)"),
  manager: ZUuid.optional().describe("User id of a Regional Manager: the tenants they are RM (or P-RM) of, on the tenant or its customer"),
  fm: ZUuid.optional().describe("User id of a FastTrack Manager: the tenants they are FM (or P-FM) of, on the tenant, one of its services or its customer"),
  engagementStatus: codesOf(OVERALL_STATUSES).optional().describe("The tenant's overall status"),
  scenario: codesOf(ENGAGEMENT_SCENARIOS).optional().describe("A service's engagement scenario"),
  serviceStatus: codesOf(SERVICE_STATUSES).optional(),
  service: ZServiceCode.optional(),
  priority: codesOf(PRIORITIES).optional().describe("The effective priority: the override when one is set"),
  segment: codesOf(SEGMENTS).optional(),
});
export type TReportFilters = z.infer<typeof ZReportFilters>;

const ZPaging = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

const header = {
  filters: ZReportFilters,
  description: z.string().describe('The filters in words, e.g. "Region EMEA · Service Intune"'),
};

const ZTenantRef = { tenantId: ZUuid, tenantName: z.string() };

// --- Hygiene ------------------------------------------------------------------------------------------------

export const ZHygieneCheck = codesOf(HYGIENE_CHECKS);
export const HYGIENE_TABLES = ["checks", "tenants"] as const;

export const ZHygieneQuery = ZReportFilters.extend({
  check: ZHygieneCheck.default("stale_overall_status").describe("Whose tenants to list"),
  newWithinDays: z.coerce.number().int().min(1).max(365).default(NEW_SUBSCRIPTION_DEFAULT_DAYS).describe("How recent a service counts as a new subscription"),
  table: z.enum(HYGIENE_TABLES).default("checks").describe("Which table the .csv holds"),
  ...ZPaging,
});
export type THygieneQuery = z.infer<typeof ZHygieneQuery>;

export const ZHygieneReport = z.object({
  ...header,
  checks: z.array(
    z.object({
      check: ZHygieneCheck,
      label: z.string(),
      tenants: z.number().int().describe("Tenants with at least one finding of the check"),
      items: z.number().int().describe("What is counted: tenants, services or entitlement rows (see `counts`)"),
      counts: z.string(),
    }),
  ),
  tenants: z.object({
    check: ZHygieneCheck,
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(z.object({ ...ZTenantRef, items: z.number().int().describe("The tenant's findings of the check") })).describe("Most findings first, then by name"),
  }),
});
export type THygieneReport = z.infer<typeof ZHygieneReport>;

// --- Service status funnel ----------------------------------------------------------------------------------

export const SERVICE_STATUS_TABLES = ["stages", "longest"] as const;

export const ZServiceStatusQuery = ZReportFilters.extend({
  table: z.enum(SERVICE_STATUS_TABLES).default("stages").describe("Which table the .csv holds"),
});
export type TServiceStatusQuery = z.infer<typeof ZServiceStatusQuery>;

const ZDays = z.number().nullable().describe("Days, interpolated between the two nearest services (percentile_cont), one decimal; null without services");

export const ZServiceStatusReport = z.object({
  ...header,
  stages: z
    .array(z.object({ status: codesOf(SERVICE_STATUSES), label: z.string(), services: z.number().int(), medianDays: ZDays, p90Days: ZDays }))
    .describe("Every service status in catalog order, with the services in it and how long they have been there"),
  days: z.object({ services: z.number().int(), medianDays: ZDays, p90Days: ZDays }).describe("Days in the current service status, all stages"),
  longest: z
    .array(z.object({ ...ZTenantRef, service: ZServiceCode, status: codesOf(SERVICE_STATUSES), since: ZIsoDate, days: z.number().int() }))
    .describe("The 10 services longest in their current status"),
});
export type TServiceStatusReport = z.infer<typeof ZServiceStatusReport>;

// --- Conversion ---------------------------------------------------------------------------------------------

export const CONVERSION_TABLES = ["services", "trend", "forecasts", "forecast_items"] as const;
export const ZForecastMilestone = z.union(FORECAST_MILESTONES.map((m) => z.literal(m)) as [z.ZodLiteral<15>, z.ZodLiteral<40>]);
export const ZForecastOutcome = z.enum(["on_time", "late", "not_yet"]);

export const ZConversionQuery = ZReportFilters.extend({
  table: z.enum(CONVERSION_TABLES).default("services").describe("Which table the .csv holds"),
  ...ZPaging,
});
export type TConversionQuery = z.infer<typeof ZConversionQuery>;

export const ZConversionReport = z.object({
  ...header,
  services: z
    .array(z.object({ service: ZServiceCode, label: z.string(), services: z.number().int(), over10: z.number().int(), over40: z.number().int() }))
    .describe("Per service, in catalog order: the services in scope, and those whose latest AU % (active users / entitlements of their latest usage day) is above 10 % and above 40 %; a service without usage counts in neither"),
  trend: z
    .array(z.object({ service: ZServiceCode, month: z.string().regex(/^\d{4}-\d{2}$/), activeUsers: z.number().int(), entitlements: z.number().int(), auPercent: z.number().nullable() }))
    .describe("AU % per service per month of the last 12: each service's last usage day of the month, summed"),
  forecasts: z
    .array(z.object({ milestone: ZForecastMilestone, forecasts: z.number().int(), onTime: z.number().int(), late: z.number().int(), notYet: z.number().int() }))
    .describe("Forecast 15 % / 40 % dates against the first usage day that reached them"),
  forecastItems: z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(
      z.object({ ...ZTenantRef, service: ZServiceCode, milestone: ZForecastMilestone, forecastOn: ZIsoDate, reachedOn: ZIsoDate.nullable(), outcome: ZForecastOutcome }),
    ),
  }),
});
export type TConversionReport = z.infer<typeof ZConversionReport>;
