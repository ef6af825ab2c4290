// What seed 002 asks an FM to check on every workload's "4+4": which DIBS and SSAT items the tenant's requirement
// row needs and which are missing, whether the Target Date shows urgency, and whether the L1 split, the notes
// and the service status tell one consistent story. Pure: the engine reads the answers as facts
// (`service.review.*`); each is an empty string when all is well, or the words a finding shows.
// Sources: seeds/002_bf93d9a6382d93a5.txt ("How to Capture Status", "Measures"), research §3.3 rules 40–58.
import { adoptionOptionLabel, type AdoptionOptionField, requiresNoteDetails } from "../catalogs/adoption-indicators.ts";
import { effectivePriority, engagementScenarioByCode, type Priority, type Segment } from "../catalogs/engagement.ts";
import { l1Label } from "../catalogs/l1-statuses.ts";
import { serviceByCode } from "../catalogs/services.ts";
import { addCalendarDays, calendarDaysBetween } from "../calendar/business-days.ts";
import type { EngineService } from "../engine/model.ts";
import { DIBS_ITEMS, type DibsItem, dibsRequirementsFor, missingItems, SSAT_ITEMS, type SsatItem } from "./dibs-requirements.ts";

export type AdoptionReview = {
  /** The seed row whose requirements apply; empty when the engagement scenario carries no FTC requirement. */
  row: string;
  missingDibs: string;
  missingSsat: string;
  /** Why the Target Date needs more probing: "there is no Target Date", "it is more than 180 days away", ... */
  targetDateProbe: string;
  /** L1 rows with entitlements whose L2, L3 or note is missing, e.g. "Blocked (L3, note)". */
  unexplainedRows: string;
  /** "Adoption" while the service is not enabled (no active users) or nobody intends to use it. */
  adoptionWithoutUse: string;
  /** "Other" picked without details in the entitlement notes. */
  otherWithoutDetails: string;
};

const PROBE_HORIZON_DAYS = 180;
const label = (items: readonly { code: string; label: string }[], codes: readonly string[]) =>
  codes.map((code) => items.find((i) => i.code === code)?.label ?? code).join(", ");

const isMonthEnd = (date: string) => addCalendarDays(date, 1).endsWith("-01");

/** Rule 48: no date, more than 180 days away, or 31 December / a month end all signal a lack of urgency. */
export function targetDateProbe(targetDate: string | null, today: string): string {
  if (!targetDate) return "there is no Target Date";
  if (calendarDaysBetween(today, targetDate) > PROBE_HORIZON_DAYS) return `it is more than ${PROBE_HORIZON_DAYS} days away`;
  if (targetDate.endsWith("-12-31")) return "it is 31 December";
  if (isMonthEnd(targetDate)) return "it is the last day of a month";
  return "";
}

function inProgress(service: EngineService) {
  return service.split.find((row) => row.l1 === "in_progress" && row.entitlements > 0);
}

/** The Target Date the DIBS counts: the In Progress row's, else the service's; none when nothing is In Progress (rule 47). */
export function dibsTargetDate(service: EngineService): string | null {
  const row = inProgress(service);
  if (!row) return null;
  return row.targetDate ?? service.adoption.targetDate ?? null;
}

export function recordedDibs(service: EngineService): DibsItem[] {
  const items: DibsItem[] = [];
  if (dibsTargetDate(service)) items.push("target_date");
  if (inProgress(service)) items.push("intent");
  if (service.adoption.businessReason) items.push("business_reason");
  if (service.adoption.successOwnerRole) items.push("success_owner");
  return items;
}

export function recordedSsat(service: EngineService): SsatItem[] {
  const { stakeholders, scenarios, awareness, training } = service.adoption;
  return [
    ...(stakeholders ? (["stakeholders"] as const) : []),
    ...(scenarios.length ? (["scenarios"] as const) : []),
    ...(awareness.length ? (["awareness"] as const) : []),
    ...(training.length ? (["training"] as const) : []),
  ];
}

function unexplainedRows(service: EngineService): string {
  return service.split
    .filter((row) => (row.l1 === "blocked" || row.l1 === "no_intent") && row.entitlements > 0)
    .map((row) => {
      const missing = [!row.l2 && "L2", !row.l3 && "L3", !row.notes?.trim() && "note"].filter(Boolean);
      return missing.length ? `${l1Label(row.l1)} (${missing.join(", ")})` : "";
    })
    .filter(Boolean)
    .join("; ");
}

function adoptionWithoutUse(service: EngineService): string {
  if (service.status !== "adoption") return "";
  if (!inProgress(service)) return "no entitlements are In Progress, so the customer has no intent";
  if (!service.activeUsers) return "the service has no active users, so it is not enabled";
  return "";
}

function otherWithoutDetails(service: EngineService): string {
  const notes = service.split.map((row) => row.notes ?? "").join("\n");
  if (notes.trim()) return "";
  const picked: [AdoptionOptionField, string[], string][] = [
    ["success_owner", service.adoption.successOwnerRole ? [service.adoption.successOwnerRole] : [], "Success Owner Role"],
    ["scenarios", service.adoption.scenarios, "Scenarios"],
    ["awareness", service.adoption.awareness, "Awareness"],
    ["training", service.adoption.training, "Training"],
  ];
  return picked
    .filter(([field, codes]) => codes.some((code) => requiresNoteDetails(field, code)))
    .map(([field, , name]) => `${name} (${adoptionOptionLabel(field, "other") ?? "Other"})`)
    .join(", ");
}

export function reviewAdoption(
  tenant: { segment: Segment; priority: Priority; priorityOverride: Priority | null },
  service: EngineService,
  today: string,
): AdoptionReview {
  const track = engagementScenarioByCode(service.engagementScenario).dibsTrack;
  const requirements = track
    ? dibsRequirementsFor({
        segment: tenant.segment,
        effectivePriority: effectivePriority(tenant.priority, tenant.priorityOverride),
        family: serviceByCode(service.code).family,
        ledBy: track,
      })
    : null;
  const missingDibs = requirements ? missingItems(requirements.dibs, recordedDibs(service)) : [];
  const missingSsat = requirements ? missingItems(requirements.ssat, recordedSsat(service)) : [];
  const probe = inProgress(service) ? targetDateProbe(dibsTargetDate(service), today) : "";
  return {
    row: requirements?.row ?? "",
    missingDibs: label(DIBS_ITEMS, missingDibs),
    missingSsat: label(SSAT_ITEMS, missingSsat),
    targetDateProbe: probe,
    unexplainedRows: unexplainedRows(service),
    adoptionWithoutUse: adoptionWithoutUse(service),
    otherWithoutDetails: otherWithoutDetails(service),
  };
}
