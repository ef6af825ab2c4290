import {
  type AdoptionOptionField,
  ENGAGEMENT_SCENARIOS,
  L1_STATUSES,
  MIGRATION_REJECTION_REASONS,
  MIGRATION_TYPES,
  SERVICE_STATUSES,
  SERVICES,
  selectableOptions,
} from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZIsoDate, ZUuid, ZVersion } from "./common.ts";
import { ZQualityOverride } from "./note-quality.ts";

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

export const ZServiceMigration = z
  .object({
    microsoftMigrating: z.boolean().nullable().describe("Microsoft performing migration?; null until decided"),
    rejectionReason: codesOf(MIGRATION_REJECTION_REASONS).nullable(),
    rejectionReasonLabel: z.string().nullable(),
    rejectionNote: z.string().nullable(),
    startDate: ZIsoDate.nullable(),
    endDate: ZIsoDate.nullable(),
    scenarios: z.array(
      z.object({
        id: ZUuid,
        migrationType: codesOf(MIGRATION_TYPES),
        migrationTypeLabel: z.string(),
        entitlements: z.number().int(),
        estimatedMigrationDate: ZIsoDate.nullable(),
        dataSizeGb: z.number().int().nullable(),
        status: z.string().nullable().describe("Set by the Migration SME"),
        notes: z.string().nullable(),
      }),
    ),
    scenarioEntitlements: z.number().int().describe("The scenarios' entitlements added up"),
    inProgressEntitlements: z.number().int().describe("The service's In Progress count, which the scenarios must equal"),
    warning: z
      .string()
      .nullable()
      .describe("Set when the In Progress count changed after the scenarios were saved and they no longer add up to it"),
  })
  .describe("The Data Migration section: who migrates the service's data, and how many entitlements per scenario");

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
  forecast: z
    .object({
      submittedOn: ZIsoDate.nullable().describe("The day the forecast was last submitted"),
      forecast15On: ZIsoDate.nullable().describe("When the service is expected to reach 15 % AU"),
      forecast40On: ZIsoDate.nullable().describe("When the service is expected to reach 40 % AU"),
      forecastMaxOn: ZIsoDate.nullable().describe("When the service is expected to reach its highest AU"),
    })
    .describe("The FastTrack-Ready Partner forecast of AU milestones; all null until one is submitted"),
  statusHistory: z
    .array(
      z.object({
        status: codesOf(SERVICE_STATUSES),
        statusLabel: z.string(),
        enteredOn: ZIsoDate.describe("The tenant's local date the service entered the status"),
        leftOn: ZIsoDate.nullable().describe("The tenant's local date it left the status; null for the current status"),
        days: z.number().int().describe("Calendar days in the status (until today for the current status)"),
        changedByUserId: ZUuid.nullable().describe("The person who set the status, when a person did"),
        changedByRule: z.string().nullable().describe("The playbook rule (playbook@version/rule) that set the status, when one did"),
      }),
    )
    .describe("Every status the service has been in, oldest first; the last one is the current status"),
  daysInStatus: z.number().int().describe("Days since the service entered its current status, in the tenant's time zone"),
  migration: ZServiceMigration,
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
  qualityOverride: ZQualityOverride.optional().describe("Saves new or changed row notes rated poor anyway, with the reason why (audited)"),
});
export type TReplaceSplit = z.infer<typeof ZReplaceSplit>;

const moveField = <T extends z.ZodType>(schema: T, what: string) =>
  schema.nullable().optional().describe(`${what} of the destination row; left out = kept, null = cleared`);

export const ZMoveEntitlements = z.object({
  version: ZVersion,
  from: ZL1Status.describe("The L1 row the entitlements leave"),
  to: ZL1Status.describe("The L1 row they join (added when the split has none)"),
  entitlements: z.number().int().min(1).max(10_000_000).describe("How many to move; at most what the from row holds"),
  l2: moveField(z.string(), "L2 reason"),
  l3: moveField(z.string(), "L3 reason (changing the L2 drops the old L3)"),
  targetDate: moveField(ZIsoDate, "Target date"),
  owner: moveField(z.string().trim().max(200), "Owner"),
  notes: moveField(z.string().max(4000), "Notes"),
  nextActionDate: moveField(ZIsoDate, "Next action date"),
  engagementStartDate: moveField(ZIsoDate, "Engagement start date"),
  qualityOverride: ZQualityOverride.optional().describe("Saves a new or changed destination note rated poor anyway, with the reason why (audited)"),
});
export type TMoveEntitlements = z.infer<typeof ZMoveEntitlements>;

export const ZMigrationScenarioInput = z.object({
  migrationType: codesOf(MIGRATION_TYPES),
  entitlements: z.number().int().min(1).max(10_000_000),
  estimatedMigrationDate: ZIsoDate.nullable().default(null),
  dataSizeGb: z.number().int().min(0).max(100_000_000).nullable().default(null),
  notes: z.string().max(4000).nullable().default(null),
});

export const ZSetMigration = z.object({
  version: ZVersion,
  microsoftMigrating: z.boolean().nullable().describe("true: list the scenarios; false: give a rejection reason; null: not decided"),
  rejectionReason: codesOf(MIGRATION_REJECTION_REASONS).nullable().default(null),
  rejectionNote: z.string().trim().max(2000).nullable().default(null),
  startDate: ZIsoDate.nullable().default(null),
  endDate: ZIsoDate.nullable().default(null),
  scenarios: z
    .array(ZMigrationScenarioInput)
    .max(20)
    .default([])
    .describe("Their entitlements must add up to exactly the service's In Progress count"),
});
export type TSetMigration = z.infer<typeof ZSetMigration>;
