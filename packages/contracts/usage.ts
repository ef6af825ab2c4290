import { z } from "zod";
import { ZIsoDate, ZUuid, ZVersion } from "./common.ts";
import { ZEffect } from "./playbooks.ts";
import { ZService, ZServiceCode } from "./services.ts";

export const ZUsageReport = z.object({
  items: z
    .array(
      z.object({
        service: ZServiceCode,
        day: ZIsoDate,
        activeUsers: z.number().int().min(0),
        entitlements: z.number().int().min(0),
      }),
    )
    .min(1)
    .max(5000),
});
export type TUsageReport = z.infer<typeof ZUsageReport>;

export const ZUsageReportResult = z.object({ stored: z.number().int(), effects: z.array(ZEffect) });

/** The most data rows one usage import may hold; larger files are split. */
export const USAGE_IMPORT_MAX_ROWS = 100_000;
/** The columns of a usage CSV file, in any order; `tenant` is the tenant's id or its GUID. */
export const USAGE_CSV_COLUMNS = ["tenant", "service", "day", "active_users", "entitlements"] as const;

export const ZUsageImport = z.union([
  z.string().describe("The CSV file itself, sent with Content-Type: text/csv"),
  z.object({ csv: z.string().describe("The CSV file's text") }),
]);
export type TUsageImport = z.infer<typeof ZUsageImport>;

export const ZUsageImportResult = z.object({
  rows: z.number().int(),
  inserted: z.number().int().describe("Tenant, service and day not stored before"),
  updated: z.number().int().describe("Stored before with other figures, now replaced"),
  unchanged: z.number().int().describe("Stored before with the same figures: importing them again changes nothing"),
  summary: z.string(),
  playbooks: z
    .array(
      z.object({
        tenantId: ZUuid,
        service: ZServiceCode,
        day: ZIsoDate,
        activeUsersPercent: z.number().nullable(),
        effects: z.array(ZEffect),
      }),
    )
    .describe("Each tenant and service whose latest day changed: the AU % the playbooks were told and what they did"),
});
export type TUsageImportResult = z.infer<typeof ZUsageImportResult>;

/**
 * One progress line of the usage import's NDJSON answer (`Accept: application/x-ndjson`): the rows checked, then the
 * rows stored, so far. The stream ends with `{"type":"result",…}` (the JSON answer) or `{"type":"problem",…}` (the error).
 */
export const ZUsageImportProgress = z.object({
  type: z.literal("progress"),
  phase: z.enum(["checking", "storing"]),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type TUsageImportProgress = z.infer<typeof ZUsageImportProgress>;

export const ZUsageQuery = z.object({
  from: ZIsoDate.optional().describe("First day of the series; default 89 days before `to`"),
  to: ZIsoDate.optional().describe("Last day of the series; default the tenant's today"),
});

const ZKpi = z.enum(["green", "yellow", "red"]).nullable().describe("AU KPI: Green > 40 %, Yellow 20–40 %, Red < 20 %");
const ZUsageDay = z.object({
  day: ZIsoDate,
  activeUsers: z.number().int(),
  entitlements: z.number().int(),
  activeUsersPercent: z.number().nullable(),
});

export const ZServiceUsage = z.object({
  serviceId: ZUuid,
  service: ZServiceCode,
  serviceLabel: z.string(),
  serviceStatus: ZService.shape.serviceStatus,
  series: z.array(ZUsageDay).describe("Each reported day from `from` to `to`, oldest first"),
  latest: ZUsageDay.extend({ kpi: ZKpi }).nullable().describe("The latest day ever reported, whatever the range"),
  milestone: z
    .object({
      reached: z.boolean(),
      on: ZIsoDate.nullable().describe("The first day it was met"),
      by: z.enum(["active_users", "percent_of_seats"]).nullable(),
      missingActiveUsers: z.number().int().nullable().describe("Active users the latest day lacks, when not reached"),
      why: z.string(),
    })
    .describe("Enablement complete: ≥ 100 active users, or ≥ 10 % of seats with fewer than 1,000 seats, over all history"),
  suggestion: z
    .object({ status: z.enum(["adoption", "operate"]).nullable(), why: z.string() })
    .describe("The service status usage suggests: Adoption at 1–10 % AU, Operate above 10 %; only forward"),
  forecast: ZService.shape.forecast,
});

export const ZUsageSummary = z.object({
  tenantId: ZUuid,
  from: ZIsoDate,
  to: ZIsoDate,
  allUp: z
    .object({
      activeUsers: z.number().int(),
      entitlements: z.number().int(),
      activeUsersPercent: z.number().nullable(),
      kpi: ZKpi,
      services: z.number().int().describe("Services with usage that count towards it"),
    })
    .describe("AU – All up: active users over entitlements summed across services, each on its latest day"),
  services: z.array(ZServiceUsage),
});
export type TUsageSummary = z.infer<typeof ZUsageSummary>;

export const ZSetForecast = z.object({
  version: ZVersion,
  forecast15On: ZIsoDate.nullable().describe("Only if the customer will reach 15 % AU; after today"),
  forecast40On: ZIsoDate.nullable().describe("Only if the customer will reach 40 % AU; after the 15 % date"),
  forecastMaxOn: ZIsoDate.nullable().describe("Required; after today and not before the other dates"),
});
export type TSetForecast = z.infer<typeof ZSetForecast>;
