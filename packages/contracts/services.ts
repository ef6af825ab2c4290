import { type AdoptionOptionField, ENGAGEMENT_SCENARIOS, L1_STATUSES, SERVICE_STATUSES, SERVICES, selectableOptions } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZIsoDate, ZUuid, ZVersion } from "./common.ts";

export const ZServiceCode = codesOf(SERVICES);

/** A value a person may pick today for an adoption indicator (legacy values stay readable but are not offered). */
const adoptionOption = (field: AdoptionOptionField) => codesOf(selectableOptions(field));
export const ZL1Status = codesOf(L1_STATUSES);

export const ZSplitRow = z.object({
  l1: ZL1Status,
  entitlements: z.number().int().min(0),
  l2: z.string().nullable().default(null).describe("L2 reason code; allowed L2s depend on the L1"),
  l3: z.string().nullable().default(null).describe("L3 reason code; only with an L2"),
  targetDate: ZIsoDate.nullable().default(null).describe("In Progress and Blocked only"),
  owner: z.string().trim().max(200).nullable().default(null).describe("Not for In Progress"),
  notes: z.string().max(4000).nullable().default(null),
  nextActionDate: ZIsoDate.nullable().default(null),
  engagementStartDate: ZIsoDate.nullable().default(null).describe("In Progress only"),
});
export type TSplitRow = z.infer<typeof ZSplitRow>;

export const ZService = z.object({
  id: ZUuid,
  tenantId: ZUuid,
  service: ZServiceCode,
  serviceLabel: z.string(),
  totalEntitlements: z.number().int(),
  entitlementOverride: z.number().int().nullable(),
  effectiveEntitlements: z.number().int().describe("The override when set, otherwise the total"),
  serviceStatus: codesOf(SERVICE_STATUSES),
  serviceStatusSince: ZIsoDate.nullable(),
  deploymentOrder: z.number().int().nullable(),
  engagementScenario: codesOf(ENGAGEMENT_SCENARIOS),
  engagementStartDate: ZIsoDate.nullable(),
  nextActionDate: ZIsoDate.nullable(),
  adoption: z.object({
    dibsTargetDate: ZIsoDate.nullable(),
    dibsBusinessReason: z.string().nullable(),
    dibsSuccessOwnerRole: z.string().nullable(),
    ssatStakeholders: z.string().nullable(),
    ssatScenarios: z.array(z.string()),
    ssatAwareness: z.array(z.string()),
    ssatTraining: z.array(z.string()),
  }),
  split: z.array(ZSplitRow.extend({ id: ZUuid })),
  usage: z
    .object({
      day: ZIsoDate,
      activeUsers: z.number().int(),
      entitlements: z.number().int(),
      activeUsersPercent: z.number().nullable(),
      kpi: z.enum(["green", "yellow", "red"]).nullable().describe("AU KPI: Green > 40 %, Yellow 20–40 %, Red < 20 %"),
    })
    .nullable()
    .describe("The latest day of usage reported, with its AU % and KPI; null before any usage is reported"),
  version: z.number().int(),
});
export type TService = z.infer<typeof ZService>;

export const ZAddService = z.object({
  service: ZServiceCode,
  totalEntitlements: z.number().int().min(0).max(10_000_000),
  engagementScenario: codesOf(ENGAGEMENT_SCENARIOS).optional(),
});
export type TAddService = z.infer<typeof ZAddService>;

export const ZUpdateService = z.object({
  version: ZVersion,
  totalEntitlements: z.number().int().min(0).max(10_000_000).optional(),
  entitlementOverride: z.number().int().min(0).max(10_000_000).nullable().optional(),
  serviceStatus: codesOf(SERVICE_STATUSES).optional(),
  deploymentOrder: z.number().int().min(1).max(50).nullable().optional(),
  engagementScenario: codesOf(ENGAGEMENT_SCENARIOS).optional(),
  engagementStartDate: ZIsoDate.nullable().optional(),
  nextActionDate: ZIsoDate.nullable().optional(),
  dibsTargetDate: ZIsoDate.nullable().optional(),
  dibsBusinessReason: adoptionOption("business_reason").nullable().optional(),
  dibsSuccessOwnerRole: adoptionOption("success_owner").nullable().optional(),
  ssatStakeholders: adoptionOption("stakeholders").nullable().optional(),
  ssatScenarios: z.array(adoptionOption("scenarios")).max(20).optional(),
  ssatAwareness: z.array(adoptionOption("awareness")).max(20).optional(),
  ssatTraining: z.array(adoptionOption("training")).max(20).optional(),
});
export type TUpdateService = z.infer<typeof ZUpdateService>;

export const ZReplaceSplit = z.object({
  version: ZVersion,
  rows: z.array(ZSplitRow).min(1).max(50),
});
export type TReplaceSplit = z.infer<typeof ZReplaceSplit>;
