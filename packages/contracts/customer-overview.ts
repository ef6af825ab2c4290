import { CONTACT_TYPES, OVERALL_STATUSES } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZUuid } from "./common.ts";
import { ZCustomer } from "./customers.ts";

const ZHealthLevel = z.enum(["at_risk", "needs_attention", "on_track"]);
const ZFindingCounts = z.object({ high: z.number().int(), medium: z.number().int(), low: z.number().int() });

export const ZCustomerOverviewTenant = z.object({
  id: ZUuid,
  name: z.string(),
  tenantGuid: ZUuid,
  isWinner: z.boolean().describe("The reference tenant that carries customer-level activity"),
  isDuplicate: z.boolean().describe("Confirmed a duplicate of another tenant: left out of the customer's health"),
  priority: z.enum(["high", "medium", "low"]).describe("Effective priority (the override when set)"),
  priorityOverridden: z.boolean(),
  overallStatus: codesOf(OVERALL_STATUSES).nullable(),
  overallStatusDate: z.iso.date().nullable(),
  serviceCount: z.number().int(),
  primaryFm: z.object({ id: ZUuid, displayName: z.string() }).nullable(),
  auPercent: z.number().int().nullable().describe("Latest active users over entitlements across the tenant's services"),
  openFindings: ZFindingCounts,
  daysSinceOverallStatusNote: z.number().int().nullable(),
  health: z.object({ level: ZHealthLevel, reasons: z.array(z.string()) }),
});
export type TCustomerOverviewTenant = z.infer<typeof ZCustomerOverviewTenant>;

export const ZCustomerOverviewContact = z.object({
  id: ZUuid,
  type: codesOf(CONTACT_TYPES),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  role: z.string().nullable(),
  doNotCall: z.boolean(),
  /** Null: recorded for the whole customer. */
  tenant: z.object({ id: ZUuid, name: z.string() }).nullable(),
});
export type TCustomerOverviewContact = z.infer<typeof ZCustomerOverviewContact>;

export const ZCustomerHealth = z.object({
  level: z.enum(["at_risk", "needs_attention", "on_track", "no_tenants"]),
  label: z.string(),
  summary: z.string(),
  reasons: z.array(z.object({ level: z.enum(["at_risk", "needs_attention"]), tenantId: ZUuid, text: z.string() })),
  figures: z.object({
    tenantsCounted: z.number().int(),
    services: z.number().int(),
    servicesOperating: z.number().int(),
    auPercent: z.number().int().nullable(),
    openFindings: ZFindingCounts,
    oldestOverallStatusNoteDays: z.number().int().nullable(),
    tenantsWithoutOverallStatusNote: z.number().int(),
  }),
  rules: z.string().describe("What the levels mean, in words"),
});
export type TCustomerHealth = z.infer<typeof ZCustomerHealth>;

export const ZCustomerOverview = z.object({
  customer: ZCustomer,
  /** The customer's tenants you may see, winner first. */
  tenants: z.array(ZCustomerOverviewTenant),
  /** Tenants of this customer that are not assigned to you (not listed, not counted in health). */
  hiddenTenantCount: z.number().int(),
  contacts: z.array(ZCustomerOverviewContact),
  health: ZCustomerHealth,
  asOf: z.iso.datetime(),
});
export type TCustomerOverview = z.infer<typeof ZCustomerOverview>;
