// The data-quality checks: what is missing, contradictory or out of date on one tenant, each finding saying what
// is wrong (which date, how many days), what to do, and where the field is. Pure: one tenant's facts and today's date
// in the tenant's time zone. This file holds the catalogue, the facts and the tenant-wide checks; the service checks
// (Target Date, DIBS/SSAT per requirement row, unexplained rows, next actions) are in data-quality-services.ts.
// Note ages, from the notes guidance:
// - Overall Status and its notes (Engagement Management): bi-weekly; the FRP dashboard lists tenants whose Overall
//   Status notes were "not updated for more than 14 days" (reference/ftop-partner-user-guide/required-data.md,
//   power-bi-reporting-guide/overall-status-notes-updates-tab.md; research/ftop-features.md "Overall Status cadence").
// - Enterprise Status: "every 2 weeks, not to exceed 21 days between updates", written only on tenants whose
//   Enterprise flag is Level 3 or 4 (reference/partner-playbook/guidance-fta-notes-partner.md; research
//   "Enterprise Status cadence").
// - Entitlement Status notes "as needed" and time-entry notes per interaction have no age limit
//   (reference/partner-playbook/guidance-ftop-notes-guidance-partner.md, guidance-fm-notes-partner.md).
import { type OverallStatus, OVERALL_STATUSES, type Priority, type Segment } from "../catalogs/engagement.ts";
import type { NoteCategory } from "../catalogs/notes.ts";
import type { ServiceCode } from "../catalogs/services.ts";
import { calendarDaysBetween } from "../calendar/business-days.ts";
import type { EngineService } from "../engine/model.ts";
import { serviceFindings } from "./data-quality-services.ts";

export const OVERALL_STATUS_MAX_AGE_DAYS = 14;
export const ENTERPRISE_STATUS_MAX_AGE_DAYS = 21;
const ENTERPRISE_STATUS_MIN_LEVEL = 3;

export type DataQualitySeverity = "high" | "medium" | "low";
export const DATA_QUALITY_SEVERITIES: readonly DataQualitySeverity[] = ["high", "medium", "low"];

const CHECK_DATA = [
  { code: "in_progress_without_target_date", label: "In Progress without a Target Date", severity: "high" },
  { code: "target_date_past", label: "In Progress with a Target Date in the past", severity: "high" },
  { code: "unexplained_row", label: "Blocked or No Intent without L2, L3 or note", severity: "high" },
  { code: "dibs_missing", label: "DIBS items missing for the requirement row", severity: "medium" },
  { code: "next_action_date_past", label: "Next action date in the past", severity: "medium" },
  { code: "overall_status_stale", label: `Overall Status older than ${OVERALL_STATUS_MAX_AGE_DAYS} days`, severity: "medium" },
  { code: "overall_status_note_stale", label: `Overall Status note older than ${OVERALL_STATUS_MAX_AGE_DAYS} days`, severity: "medium" },
  { code: "enterprise_status_note_stale", label: `Enterprise Status note older than ${ENTERPRISE_STATUS_MAX_AGE_DAYS} days`, severity: "medium" },
  { code: "ssat_missing", label: "SSAT items missing for the requirement row", severity: "low" },
  { code: "other_without_details", label: "\"Other\" picked without details in the entitlement notes", severity: "low" },
  { code: "target_date_probe", label: "Target Date to probe", severity: "low" },
] as const satisfies readonly { code: string; label: string; severity: DataQualitySeverity }[];

export type DataQualityCheck = (typeof CHECK_DATA)[number]["code"];
export type DataQualityCheckEntry = { readonly code: DataQualityCheck; readonly label: string; readonly severity: DataQualitySeverity };
/** Every check, worst severity first; the codes are stable (reports, filters and links use them). */
export const DATA_QUALITY_CHECKS: readonly DataQualityCheckEntry[] = CHECK_DATA;

const CHECK_BY_CODE = new Map<string, DataQualityCheckEntry>(DATA_QUALITY_CHECKS.map((check) => [check.code, check]));

export function dataQualityCheck(code: DataQualityCheck): DataQualityCheckEntry {
  const entry = CHECK_BY_CODE.get(code);
  if (!entry) throw new Error(`Unknown data-quality check: ${code}`);
  return entry;
}

// --- Where a finding is fixed ---------------------------------------------------------------------------

export type ServiceFieldAnchor =
  | "split" | "dibs-target-date" | "dibs-business-reason" | "dibs-success-owner"
  | "ssat-stakeholders" | "ssat-scenarios" | "ssat-awareness" | "ssat-training" | "next-action-date";
export type StatusFieldAnchor = "overall-status" | "overall-status-note" | "enterprise-status";
export type FieldTarget = { tab: "services"; service: ServiceCode; field: ServiceFieldAnchor } | { tab: "status"; field: StatusFieldAnchor };

/** The page and anchor where a person fixes a finding: a stable web path, so exported links keep working. */
export function fieldLink(tenantId: string, target: FieldTarget): string {
  if (target.tab === "services") return `/tenants/${tenantId}?tab=services&service=${target.service}#${target.field}`;
  return `/tenants/${tenantId}?tab=status#${target.field}`;
}

// --- Facts and findings ---------------------------------------------------------------------------------

type SplitFact = EngineService["split"][number] & { nextActionDate: string | null };
export type DataQualityService = Pick<EngineService, "code" | "status" | "engagementScenario" | "nextActionDate" | "adoption"> & {
  split: SplitFact[];
};
export type LatestNoteFact = { category: NoteCategory; writtenOn: string; nextActionDate: string | null };

export type DataQualityFacts = {
  tenantId: string;
  segment: Segment;
  priority: Priority;
  priorityOverride: Priority | null;
  overallStatus: OverallStatus | null;
  overallStatusDate: string | null;
  /** The Enterprise flag, 1–4; null when the tenant is not flagged. */
  enterpriseLevel: number | null;
  services: DataQualityService[];
  /** The newest saved note of each category (the latest version of its line), dated in the tenant's time zone. */
  latestNotes: LatestNoteFact[];
};

export type DataQualityFinding = {
  check: DataQualityCheck;
  severity: DataQualitySeverity;
  service: ServiceCode | null;
  /** What is wrong, concretely: which field, which date, how many days. */
  message: string;
  /** What to do about it. */
  action: string;
  /** Where to do it (see fieldLink). */
  field: string;
};

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);
const overallStatusLabel = (status: OverallStatus) => OVERALL_STATUSES.find((s) => s.code === status)?.label ?? status;
const SEVERITY_RANK: Record<DataQualitySeverity, number> = { high: 0, medium: 1, low: 2 };

/** Every finding on one tenant, worst severity first (tenant-wide ones, then services in the order given). */
export function checkDataQuality(facts: DataQualityFacts, today: string): DataQualityFinding[] {
  const found: DataQualityFinding[] = [];
  const raise: RaiseFinding = (check, service, message, action, target) =>
    found.push({ check, severity: dataQualityCheck(check).severity, service, message, action, field: fieldLink(facts.tenantId, target) });
  tenantFindings(facts, today, raise);
  for (const service of facts.services) serviceFindings(facts, service, today, raise);
  return found.length > 1 ? found.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]) : found;
}

export type RaiseFinding = (check: DataQualityCheck, service: ServiceCode | null, message: string, action: string, target: FieldTarget) => void;

function tenantFindings(facts: DataQualityFacts, today: string, raise: RaiseFinding) {
  const status = { tab: "status", field: "overall-status" } as const;
  const confirm = "Confirm or change the Overall Status with the customer and set its Status Date to today.";
  if (!facts.overallStatus) {
    raise("overall_status_stale", null, "No Overall Status is set.", "Set the Overall Status (Active, Blocked or Paused) and its Status Date.", status);
  } else if (!facts.overallStatusDate) {
    raise("overall_status_stale", null, `The Overall Status (${overallStatusLabel(facts.overallStatus)}) has no Status Date.`, confirm, status);
  } else {
    const age = calendarDaysBetween(facts.overallStatusDate, today);
    if (age > OVERALL_STATUS_MAX_AGE_DAYS) {
      raise(
        "overall_status_stale",
        null,
        `The Overall Status (${overallStatusLabel(facts.overallStatus)}) was last stated on ${facts.overallStatusDate}, ${days(age)} ago; it is reviewed at least every ${OVERALL_STATUS_MAX_AGE_DAYS} days.`,
        confirm,
        status,
      );
    }
  }

  const noteTarget = { tab: "status", field: "overall-status-note" } as const;
  const overallNote = facts.latestNotes.find((note) => note.category === "engagement_management");
  const writeOverall = "Write an Overall Status note (Engagement Management): progress since the last one, the next action, its date and owner.";
  if (!overallNote) {
    raise("overall_status_note_stale", null, "No Overall Status note (Engagement Management) has been written.", writeOverall, noteTarget);
  } else {
    const age = calendarDaysBetween(overallNote.writtenOn, today);
    if (age > OVERALL_STATUS_MAX_AGE_DAYS) {
      raise(
        "overall_status_note_stale",
        null,
        `The latest Overall Status note (Engagement Management) was written on ${overallNote.writtenOn}, ${days(age)} ago; one is due at least every ${OVERALL_STATUS_MAX_AGE_DAYS} days.`,
        writeOverall,
        noteTarget,
      );
    }
    const due = overallNote.nextActionDate;
    if (due && due < today) {
      raise(
        "next_action_date_past",
        null,
        `The next action date ${due} of the latest Overall Status note passed ${days(calendarDaysBetween(due, today))} ago.`,
        "Write an Overall Status note saying what came of that action and what the next one is, with its date and owner.",
        noteTarget,
      );
    }
  }

  if ((facts.enterpriseLevel ?? 0) >= ENTERPRISE_STATUS_MIN_LEVEL) {
    const enterprise = { tab: "status", field: "enterprise-status" } as const;
    const note = facts.latestNotes.find((n) => n.category === "enterprise_status");
    const update = "Update the Enterprise Status: R/Y/G status, exec summary, deployment overview and the next update date.";
    const age = note ? calendarDaysBetween(note.writtenOn, today) : null;
    if (!note) {
      raise("enterprise_status_note_stale", null, `No Enterprise Status has been written, though the tenant is flagged Enterprise Level ${facts.enterpriseLevel}.`, update, enterprise);
    } else if (age !== null && age > ENTERPRISE_STATUS_MAX_AGE_DAYS) {
      raise(
        "enterprise_status_note_stale",
        null,
        `The latest Enterprise Status was written on ${note.writtenOn}, ${days(age)} ago; it is updated every 2 weeks and never more than ${ENTERPRISE_STATUS_MAX_AGE_DAYS} days apart.`,
        update,
        enterprise,
      );
    }
  }
}

/** Findings per severity, the order reports sort tenants by (most high, then medium, then low). */
export function severityCounts(findings: readonly DataQualityFinding[]): Record<DataQualitySeverity, number> {
  const counts = { high: 0, medium: 0, low: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
