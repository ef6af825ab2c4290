import type { TService, TTenant } from "@waymark/contracts";

// Mirrors the DIBS/SSAT requirement matrix of @waymark/domain (rules/dibs-requirements.ts, from seed 002 "Measures");
// importing the package's values would pull its engine into the browser bundle. adoption.test.ts keeps the copy
// equal to the domain's for every key of the matrix.

export const DIBS_LABELS = { target_date: "Target Date", intent: "Intent", business_reason: "Business Reason", success_owner: "Success Owner Role" } as const;
export const SSAT_LABELS = { stakeholders: "Stakeholders", scenarios: "Scenarios", awareness: "Awareness", training: "Training" } as const;
export type DibsItem = keyof typeof DIBS_LABELS;
export type SsatItem = keyof typeof SSAT_LABELS;

const ALL_DIBS = Object.keys(DIBS_LABELS) as DibsItem[];
const ALL_SSAT = Object.keys(SSAT_LABELS) as SsatItem[];

export type RequirementKey = { ledBy: "css" | "ftp"; segment: string; priority: string; family: string };

/** The DIBS and SSAT items a tenant's service must record (Windows services follow the EMS rows). */
export function requiredIndicators({ ledBy, segment, priority, family }: RequirementKey): { dibs: DibsItem[]; ssat: SsatItem[] } {
  if (ledBy === "ftp") return { dibs: ["target_date", "intent"], ssat: [] };
  if (family !== "office365") return { dibs: ALL_DIBS, ssat: [] };
  if (segment === "enterprise") return { dibs: ALL_DIBS, ssat: ALL_SSAT };
  return priority === "high" ? { dibs: ALL_DIBS, ssat: [] } : { dibs: ["intent"], ssat: [] };
}

function inProgressRow(service: TService) {
  return service.split.find((row) => row.l1 === "in_progress" && row.entitlements > 0);
}

/** Intent is In Progress entitlements; the Target Date is the In Progress row's, else the service's DIBS date. */
export function recordedDibs(service: TService): DibsItem[] {
  const row = inProgressRow(service);
  const items: DibsItem[] = [];
  if (row && (row.targetDate ?? service.adoption.dibsTargetDate)) items.push("target_date");
  if (row) items.push("intent");
  if (service.adoption.dibsBusinessReason) items.push("business_reason");
  if (service.adoption.dibsSuccessOwnerRole) items.push("success_owner");
  return items;
}

export function recordedSsat(service: TService): SsatItem[] {
  const { ssatStakeholders, ssatScenarios, ssatAwareness, ssatTraining } = service.adoption;
  const items: SsatItem[] = [];
  if (ssatStakeholders) items.push("stakeholders");
  if (ssatScenarios.length > 0) items.push("scenarios");
  if (ssatAwareness.length > 0) items.push("awareness");
  if (ssatTraining.length > 0) items.push("training");
  return items;
}

export type Indicator = { name: "DIBS" | "SSAT"; complete: boolean; text: string };

function indicator<Item extends string>(name: "DIBS" | "SSAT", required: Item[], recorded: Item[], labels: Record<Item, string>): Indicator | null {
  if (required.length === 0) return null;
  const missing = required.filter((item) => !recorded.includes(item));
  if (missing.length === 0) return { name, complete: true, text: `${name} complete` };
  return { name, complete: false, text: `${name} missing: ${missing.map((item) => labels[item]).join(", ")}` };
}

/**
 * The adoption indicators a service owes under its engagement scenario, in words: "DIBS complete", "DIBS missing:
 * Business Reason", "SSAT missing: …". Empty when the scenario carries no FTC requirement (dibsTrack null).
 */
export function adoptionIndicators(
  service: TService,
  tenant: Pick<TTenant, "segment" | "effectivePriority">,
  context: { family: string | undefined; dibsTrack: "css" | "ftp" | null | undefined },
): Indicator[] {
  if (!context.dibsTrack || !context.family) return [];
  const required = requiredIndicators({ ledBy: context.dibsTrack, segment: tenant.segment, priority: tenant.effectivePriority, family: context.family });
  return [indicator("DIBS", required.dibs, recordedDibs(service), DIBS_LABELS), indicator("SSAT", required.ssat, recordedSsat(service), SSAT_LABELS)].filter(
    (item): item is Indicator => item !== null,
  );
}
