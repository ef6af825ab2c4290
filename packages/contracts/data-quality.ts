import { DATA_QUALITY_CHECKS, DATA_QUALITY_SEVERITIES, decodeDataQualityCursor, PRIORITIES, REGIONS } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZIsoDate, ZUuid } from "./common.ts";
import { ZServiceCode } from "./services.ts";

export const ZDataQualityCheck = codesOf(DATA_QUALITY_CHECKS);
const ZSeverity = z.enum(DATA_QUALITY_SEVERITIES as ["high", "medium", "low"]);

export const ZDataQualityFinding = z.object({
  check: ZDataQualityCheck,
  severity: ZSeverity,
  service: ZServiceCode.nullable().describe("The service the finding is about; null for the whole tenant"),
  message: z.string().describe("What is wrong: which field, which date, how many days"),
  action: z.string().describe("What to do about it"),
  field: z.string().describe("Web path and anchor of the field to fix, e.g. /tenants/{id}?tab=services&service=exchange#dibs-target-date"),
});
export type TDataQualityFinding = z.infer<typeof ZDataQualityFinding>;

export const ZTenantDataQuality = z.object({
  tenantId: ZUuid,
  tenantName: z.string(),
  today: ZIsoDate.describe("Today in the tenant's time zone: the date the checks ran for"),
  findings: z.array(ZDataQualityFinding).describe("Worst severity first"),
});
export type TTenantDataQuality = z.infer<typeof ZTenantDataQuality>;

export const DATA_QUALITY_SCOPES = ["mine", "team", "fm", "portfolio"] as const;

export const ZDataQualityQuery = z
  .object({
    scope: z.enum(DATA_QUALITY_SCOPES).default("portfolio")
      .describe("mine: tenants where you are an FM; team: tenants where you are a manager (Regional Manager or Partner Regional Manager), i.e. the tenants your team of FMs works; fm: where the user fmId is an FM; portfolio: every tenant you may read. Assignments count primary or not, on the tenant, a service or its customer"),
    fmId: ZUuid.optional().describe("With scope=fm: the FM whose tenants to report"),
    check: ZDataQualityCheck.optional().describe("List only this check's findings; the counts per check still cover every check"),
    service: ZServiceCode.optional().describe("Only this service's findings, in the counts and the list"),
    region: codesOf(REGIONS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z
      .string()
      .max(200)
      .transform((text, ctx) => {
        const position = decodeDataQualityCursor(text);
        if (!position) ctx.addIssue({ code: "custom", message: "is not a cursor of this report: pass the nextCursor of the previous page unchanged" });
        return position ?? z.NEVER;
      })
      .optional(),
  })
  .superRefine((query, ctx) => {
    if (query.scope === "fm" && !query.fmId) ctx.addIssue({ code: "custom", path: ["fmId"], message: "scope=fm needs the fmId of the FM whose tenants to report" });
    if (query.scope !== "fm" && query.fmId) ctx.addIssue({ code: "custom", path: ["fmId"], message: `fmId goes with scope=fm, not scope=${query.scope}` });
  });
export type TDataQualityQuery = z.infer<typeof ZDataQualityQuery>;

export const ZDataQualityReport = z.object({
  scope: z.enum(DATA_QUALITY_SCOPES),
  fmId: ZUuid.nullable(),
  tenantsChecked: z.number().int().describe("Tenants in scope after the region and service filters"),
  tenantsWithFindings: z.number().int().describe("Tenants with at least one finding that passes every filter"),
  checks: z
    .array(z.object({ check: ZDataQualityCheck, label: z.string(), severity: ZSeverity, findings: z.number().int(), tenants: z.number().int() }))
    .describe("Every check with its findings and tenants (region and service filters apply, the check filter does not)"),
  items: z
    .array(
      z.object({
        tenantId: ZUuid,
        tenantName: z.string(),
        customerName: z.string(),
        region: codesOf(REGIONS),
        effectivePriority: codesOf(PRIORITIES),
        today: ZIsoDate.describe("Today in the tenant's time zone: the date its findings were computed for"),
        findings: z.array(ZDataQualityFinding),
      }),
    )
    .describe("Worst first: most high findings, then medium, then low, then the higher priority"),
  nextCursor: z.string().nullable().describe("Pass as cursor for the next page; null on the last page"),
  asOf: z.iso.datetime().nullable().describe("When the oldest of the findings counted was computed; null when none were"),
  pending: z
    .number()
    .int()
    .describe("Tenants in scope whose findings changed or whose day moved since they were computed and are being recomputed; the report counts their last known findings meanwhile"),
});
export type TDataQualityReport = z.infer<typeof ZDataQualityReport>;
