import { ASSIGNMENT_OPTIONS, OVERALL_STATUSES, PRIORITIES, REGIONS, SEGMENTS } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZIsoDate, ZPage, ZPageOf, ZUuid, ZVersion } from "./common.ts";
import { ZService } from "./services.ts";

const ZPriority = codesOf(PRIORITIES);

export const ZTenantSummary = z.object({
  id: ZUuid,
  tenantGuid: ZUuid,
  name: z.string(),
  customerId: ZUuid,
  customerName: z.string(),
  tpid: z.number().int(),
  isWinner: z.boolean(),
  priority: ZPriority.describe("Automated priority"),
  priorityOverride: ZPriority.nullable(),
  effectivePriority: ZPriority,
  segment: codesOf(SEGMENTS),
  seats: z.number().int(),
  country: z.string(),
  timeZone: z.string(),
  region: codesOf(REGIONS),
  managed: z.boolean(),
  overallStatus: codesOf(OVERALL_STATUSES).nullable(),
  overallStatusDate: ZIsoDate.nullable(),
  engagementStartDate: ZIsoDate.nullable(),
  goBack: z.boolean(),
  serviceCount: z.number().int(),
  version: z.number().int(),
});
export type TTenantSummary = z.infer<typeof ZTenantSummary>;

/** What the reader may do on this tenant, so a screen shows only the controls that will work. */
export const ZTenantAccess = z.object({
  view: z
    .enum(["full", "assigned", "guest"])
    .describe("full: an administrator; assigned: the tenant is assigned to the reader (or their partner organisation); guest: readable, not assigned, so read-only"),
  canWrite: z.boolean().describe("May change the tenant, its services and notes"),
  editableTenantFields: z.array(z.string()).describe("Tenant fields the reader may change (a partner user: Overall Status and its date)"),
  assign: z.enum(["all", "partner_roles", "none"]).describe("Which assignments the reader may change"),
  explanation: z.string().describe("Why, in words"),
});
export type TTenantAccess = z.infer<typeof ZTenantAccess>;

export const ZTenant = ZTenantSummary.extend({
  priorityOverrideReason: z.string().nullable(),
  rfaSubmittedOn: ZIsoDate.nullable(),
  rfaApprovedOn: ZIsoDate.nullable(),
  rfaReference: z.string().nullable(),
  enterpriseLevel: z.number().int().nullable(),
  assignmentOption: codesOf(ASSIGNMENT_OPTIONS).nullable().describe("How the Gateway process assigned the tenant (seed 003), once it completed"),
  duplicateOf: z
    .object({ id: ZUuid, name: z.string().nullable().describe("Null when the reader may not see that tenant") })
    .nullable()
    .describe("The winner tenant when this one is a confirmed duplicate"),
  services: z.array(ZService),
  access: ZTenantAccess,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TTenant = z.infer<typeof ZTenant>;

export const ZTenantList = ZPageOf(ZTenantSummary);
export type TTenantList = z.infer<typeof ZTenantList>;

export const TENANT_SORTS = [
  "priority", "-priority", "name", "-name", "seats", "-seats", "country", "-country",
  "overallStatusDate", "-overallStatusDate", "createdAt", "-createdAt",
] as const;

export const ZTenantListQuery = z.object({
  q: z.string().trim().max(200).optional().describe("Tenant or customer name contains, tenant GUID, or TPID"),
  customerId: ZUuid.optional(),
  region: codesOf(REGIONS).optional(),
  priority: ZPriority.optional().describe("Effective priority (overrides included)"),
  segment: codesOf(SEGMENTS).optional(),
  overallStatus: codesOf(OVERALL_STATUSES).optional(),
  country: z.string().length(2).toUpperCase().optional(),
  minSeats: z.coerce.number().int().min(0).optional(),
  hashtag: z.string().trim().min(2).max(60).optional().describe("Tenants with a note carrying this tag, e.g. #Compete (any case, variants count)"),
  sort: z.enum(TENANT_SORTS).default("priority"),
  ...ZPage,
});
export type TTenantListQuery = z.infer<typeof ZTenantListQuery>;

const tenantFields = {
  name: z.string().trim().min(1).max(300),
  priority: ZPriority,
  priorityOverride: ZPriority.nullable(),
  priorityOverrideReason: z.string().trim().max(500).nullable(),
  segment: codesOf(SEGMENTS),
  seats: z.number().int().min(0).max(10_000_000),
  country: z.string().length(2).toUpperCase().describe("ISO 3166-1 alpha-2"),
  timeZone: z.string().min(1).max(64).describe("IANA time zone, e.g. Europe/Berlin"),
  region: codesOf(REGIONS),
  managed: z.boolean(),
  engagementStartDate: ZIsoDate.nullable(),
  overallStatus: codesOf(OVERALL_STATUSES).nullable(),
  overallStatusDate: ZIsoDate.nullable(),
  goBack: z.boolean(),
  rfaSubmittedOn: ZIsoDate.nullable(),
  rfaApprovedOn: ZIsoDate.nullable(),
  rfaReference: z.string().trim().max(100).nullable(),
  enterpriseLevel: z.number().int().min(1).max(4).nullable(),
};

export const ZCreateTenant = z.object({
  customerId: ZUuid,
  tenantGuid: ZUuid,
  ...tenantFields,
  priorityOverride: tenantFields.priorityOverride.optional(),
  priorityOverrideReason: tenantFields.priorityOverrideReason.optional(),
  managed: tenantFields.managed.default(false),
  engagementStartDate: tenantFields.engagementStartDate.optional(),
  overallStatus: tenantFields.overallStatus.optional(),
  overallStatusDate: tenantFields.overallStatusDate.optional(),
  goBack: tenantFields.goBack.default(false),
  rfaSubmittedOn: tenantFields.rfaSubmittedOn.optional(),
  rfaApprovedOn: tenantFields.rfaApprovedOn.optional(),
  rfaReference: tenantFields.rfaReference.optional(),
  enterpriseLevel: tenantFields.enterpriseLevel.optional(),
});
export type TCreateTenant = z.infer<typeof ZCreateTenant>;

export const ZUpdateTenant = z
  .object({ version: ZVersion })
  .extend(z.object(tenantFields).partial().shape);
export type TUpdateTenant = z.infer<typeof ZUpdateTenant>;
