import type { TNote, TProblem, TTenant, TUpdateTenant } from "@waymark/contracts";

/** How many of the latest notes the Status tab reads (it shows those of the last 30 days). */
export const STATUS_TAB_NOTES = 100;

/** The fields the Status tab edits, as the form holds them ("" = not set). */
export type StatusForm = {
  overallStatus: string;
  overallStatusDate: string;
  engagementStartDate: string;
  enterpriseLevel: string;
};
export type StatusField = keyof StatusForm;
export const STATUS_FIELDS: readonly StatusField[] = ["overallStatus", "overallStatusDate", "engagementStartDate", "enterpriseLevel"];

export function formOf(tenant: TTenant): StatusForm {
  return {
    overallStatus: tenant.overallStatus ?? "",
    overallStatusDate: tenant.overallStatusDate ?? "",
    engagementStartDate: tenant.engagementStartDate ?? "",
    enterpriseLevel: tenant.enterpriseLevel === null ? "" : String(tenant.enterpriseLevel),
  };
}

/** A field is offered for editing only when the server says this reader may change it (a partner: the overall status and its date). */
export function editableFields(tenant: Pick<TTenant, "access">): Set<StatusField> {
  return new Set(STATUS_FIELDS.filter((field) => tenant.access.editableTenantFields.includes(field)));
}

/**
 * The PATCH body: the tenant's current version and only the editable fields this user changed from `base` (the values
 * the editing started from) that the tenant does not already have, so a re-apply after a conflict keeps the other
 * person's changes to fields this user left alone.
 */
export function patchOf(form: StatusForm, base: StatusForm, tenant: TTenant, editable: Set<StatusField>): TUpdateTenant | null {
  const now = formOf(tenant);
  const patch: TUpdateTenant = { version: tenant.version };
  let changed = false;
  for (const field of STATUS_FIELDS) {
    if (!editable.has(field) || form[field] === base[field] || form[field] === now[field]) continue;
    changed = true;
    const value = form[field];
    if (field === "enterpriseLevel") patch.enterpriseLevel = value === "" ? null : Number(value);
    else if (field === "overallStatus") patch.overallStatus = value === "" ? null : (value as NonNullable<TTenant["overallStatus"]>);
    else patch[field] = value === "" ? null : value;
  }
  return changed ? patch : null;
}

/** Checks made while typing, so Save is never the first to say a date is missing. */
export function formProblems(form: StatusForm): Partial<Record<StatusField, string>> {
  const problems: Partial<Record<StatusField, string>> = {};
  if (form.overallStatus !== "" && form.overallStatusDate === "") problems.overallStatusDate = "Give the date the status took effect.";
  return problems;
}

/** The server's 422 field errors ("/body/overallStatusDate") by form field; errors of other fields are left for a panel. */
export function fieldErrorsOf(problem: Pick<TProblem, "errors">): { byField: Partial<Record<StatusField, string>>; other: string[] } {
  const byField: Partial<Record<StatusField, string>> = {};
  const other: string[] = [];
  for (const error of problem.errors ?? []) {
    const field = error.path.replace(/^\/body\//, "").split("/")[0] as StatusField;
    if (STATUS_FIELDS.includes(field)) byField[field] = byField[field] ? `${byField[field]}; ${error.message}` : error.message;
    else other.push(error.path ? `${error.path}: ${error.message}` : error.message);
  }
  return { byField, other };
}

const DAY = 24 * 3600 * 1000;

/** Notes written in the last `days` days, newest first. */
export function recentNotes(notes: readonly TNote[], now: Date, days = 30): TNote[] {
  const since = now.getTime() - days * DAY;
  return notes.filter((note) => new Date(note.createdAt).getTime() >= since).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Overall Status notes are Engagement Management notes (FTOP writes them from the Status tab with that category). */
export const OVERALL_STATUS_NOTE_CATEGORY = "engagement_management";
export const OVERALL_STATUS_NOTE_MAX_AGE_DAYS = 14;

/**
 * What the reader should know about the Overall Status note. The tenant API saves Blocked or Paused without a note; the
 * data-quality check then asks for an Overall Status note at least every 14 days, and a Blocked or Paused status needs its reason.
 */
export function statusNoteAdvice(status: string, notes: readonly TNote[], now: Date): { tone: "ok" | "due"; text: string } {
  const latest = notes.filter((note) => note.category === OVERALL_STATUS_NOTE_CATEGORY).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const age = latest ? Math.floor((now.getTime() - new Date(latest.createdAt).getTime()) / DAY) : null;
  const needsWhy = status === "blocked" || status === "paused";
  const reason = needsWhy ? ` ${status === "blocked" ? "Blocked" : "Paused"} needs its reason: write an Overall Status note saying why, and what would unblock it.` : "";
  if (age === null) return { tone: "due", text: `No Overall Status note (Engagement Management) yet; one is expected at least every ${OVERALL_STATUS_NOTE_MAX_AGE_DAYS} days.${reason}` };
  const when = age === 0 ? "today" : age === 1 ? "yesterday" : `${age} days ago`;
  if (age > OVERALL_STATUS_NOTE_MAX_AGE_DAYS) return { tone: "due", text: `The latest Overall Status note was written ${when}; one is due at least every ${OVERALL_STATUS_NOTE_MAX_AGE_DAYS} days.${reason}` };
  return { tone: needsWhy ? "due" : "ok", text: `The latest Overall Status note was written ${when}.${reason}` };
}
