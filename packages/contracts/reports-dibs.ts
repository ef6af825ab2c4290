import { DIBS_REPORT_ITEM_CODES, DIBS_ROW_CODES, DIBS_TIME_BUCKETS } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZUuid } from "./common.ts";
import { ZReportFilters } from "./reports.ts";
import { ZServiceCode } from "./services.ts";

const header = {
  filters: ZReportFilters,
  description: z.string().describe('The filters in words, e.g. "Region EMEA · Service Intune"'),
};
const ZPaging = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
const ZPercent = z.number().nullable().describe("Percent with one decimal; null when there is nothing to divide by");
const ZMonth = z.string().regex(/^\d{4}-\d{2}$/);

export const ZDibsRow = z.enum(DIBS_ROW_CODES).describe("A requirement row of the DIBS/SSAT matrix (seed 002 \"Measures\")");
export const ZDibsReportItem = z.enum(DIBS_REPORT_ITEM_CODES).describe("A DIBS or SSAT item");

// --- Completion by requirement row ---------------------------------------------------------------------------

export const DIBS_COMPLETION_TABLES = ["rows", "items", "missing"] as const;

export const ZDibsCompletionQuery = ZReportFilters.extend({
  missing: ZDibsReportItem.optional().describe("With `row`: list the services of the row that lack this item"),
  row: ZDibsRow.optional().describe("With `missing`: the requirement row whose services to list"),
  table: z.enum(DIBS_COMPLETION_TABLES).default("items").describe("Which table the .csv holds"),
  ...ZPaging,
});
export type TDibsCompletionQuery = z.infer<typeof ZDibsCompletionQuery>;

export const ZDibsCompletionReport = z.object({
  ...header,
  rows: z
    .array(z.object({ row: ZDibsRow, label: z.string(), services: z.number().int(), fullDibs: z.number().int(), fullDibsPercent: ZPercent }))
    .describe("Every requirement row: the services in scope under it and those with every DIBS item it requires (full DIBS)"),
  items: z
    .array(
      z.object({
        row: ZDibsRow,
        item: ZDibsReportItem,
        kind: z.enum(["dibs", "ssat"]),
        label: z.string(),
        required: z.number().int().describe("Services of the row that must record the item (all of them, or none when the row does not require it)"),
        recorded: z.number().int(),
        missing: z.number().int().describe("Required but not recorded"),
        percent: ZPercent,
      }),
    )
    .describe("Per row and DIBS/SSAT item: required, recorded, missing and % complete (recorded of required)"),
  missing: z
    .object({
      row: ZDibsRow,
      item: ZDibsReportItem,
      total: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
      items: z.array(z.object({ tenantId: ZUuid, tenantName: z.string(), service: ZServiceCode })).describe("By tenant name, then service"),
    })
    .nullable()
    .describe("The services of `row` lacking `missing`, a page at a time; null unless both are given"),
});
export type TDibsCompletionReport = z.infer<typeof ZDibsCompletionReport>;

// --- DIBS → active usage -------------------------------------------------------------------------------------

export const DIBS_USAGE_TABLES = ["services", "trend", "roles"] as const;
export const ZDibsGroup = z.enum(["full", "not_full"]).describe("Services with full DIBS (every DIBS item their row requires) or without");

export const ZDibsUsageQuery = ZReportFilters.extend({
  table: z.enum(DIBS_USAGE_TABLES).default("services").describe("Which table the .csv holds"),
});
export type TDibsUsageQuery = z.infer<typeof ZDibsUsageQuery>;

const usageFigures = {
  services: z.number().int(),
  withUsage: z.number().int().describe("Services with at least one usage day"),
  activeUsers: z.number().int(),
  entitlements: z.number().int(),
  auPercent: ZPercent,
};

export const ZDibsUsageReport = z.object({
  ...header,
  services: z
    .array(z.object({ service: ZServiceCode, label: z.string(), dibs: ZDibsGroup, ...usageFigures }))
    .describe("Per service and DIBS group: the latest AU % (each service's latest usage day, summed)"),
  trend: z
    .array(z.object({ service: ZServiceCode, dibs: ZDibsGroup, month: ZMonth, activeUsers: z.number().int(), entitlements: z.number().int(), auPercent: ZPercent }))
    .describe("AU % per service, DIBS group and month of the last 12: each service's last usage day of the month, summed"),
  roles: z
    .array(z.object({ role: z.string().nullable().describe("The success-owner role code; null: none recorded"), label: z.string(), ...usageFigures }))
    .describe("Per success-owner role: the services and their latest AU %, highest AU % first"),
});
export type TDibsUsageReport = z.infer<typeof ZDibsUsageReport>;

// --- Time to establish DIBS ----------------------------------------------------------------------------------

export const DIBS_TIME_TABLES = ["buckets", "factors", "services"] as const;
export const ZDibsTimeBucket = codesOf(DIBS_TIME_BUCKETS);

export const ZDibsTimeQuery = ZReportFilters.extend({
  table: z.enum(DIBS_TIME_TABLES).default("buckets").describe("Which table the .csv holds"),
  ...ZPaging,
});
export type TDibsTimeQuery = z.infer<typeof ZDibsTimeQuery>;

export const ZDibsTimeReport = z.object({
  ...header,
  source: z.string().describe("Where the days come from, in words"),
  buckets: z
    .array(z.object({ bucket: ZDibsTimeBucket, label: z.string(), services: z.number().int(), medianDays: z.number().nullable() }))
    .describe("Services by days from engagement start to full DIBS (< 30, 30–90, > 90, not yet: median days so far)"),
  factors: z
    .array(z.object({ item: ZDibsReportItem, label: z.string(), services: z.number().int(), medianDay: z.number().nullable() }))
    .describe("Per DIBS factor: the services that recorded it and the median day (from engagement start) it was first recorded; earliest first"),
  services: z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(
      z.object({ tenantId: ZUuid, tenantName: z.string(), service: ZServiceCode, startedOn: z.string(), completeOn: z.string().nullable(), days: z.number().int(), bucket: ZDibsTimeBucket }),
    ),
  }),
});
export type TDibsTimeReport = z.infer<typeof ZDibsTimeReport>;
