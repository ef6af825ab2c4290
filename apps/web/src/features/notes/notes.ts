import type { TDraft, TDraftInput, TNote, TNoteClassification, TNoteInput, TProblem } from "@waymark/contracts";

export type NoteCategory = TNoteInput["category"];

export const NEXT_ACTION_MAX = 500;
export const OVERRIDE_REASON_MIN = 10;
export const OVERRIDE_REASON_MAX = 1000;

const CATEGORY_LABELS: Record<NoteCategory, string> = {
  engagement_management: "Engagement Management",
  technical_enablement: "Technical Enablement",
  service_intent: "Service Intent",
  environment: "Environment",
  enterprise_status: "Enterprise Status",
  entitlement_status: "Entitlement Status",
};

/** Every category, for the list's filter (Enterprise Status notes are written on the Status tab but listed here). */
export const CATEGORY_OPTIONS = (Object.keys(CATEGORY_LABELS) as NoteCategory[]).map((value) => ({ value, label: CATEGORY_LABELS[value] }));

/** What the composer offers: the Notes Editor's categories plus Entitlement Status, which is rated by "Suggest". */
export const WRITABLE_CATEGORY_OPTIONS = CATEGORY_OPTIONS.filter((option) => option.value !== "enterprise_status");

export function categoryLabel(code: string): string {
  return CATEGORY_LABELS[code as NoteCategory] ?? code;
}

export function isCategory(code: string | undefined): code is NoteCategory {
  return code !== undefined && code in CATEGORY_LABELS;
}

/** What the composer holds: text exactly as typed, so nothing is lost when a save fails. */
export type NoteForm = {
  category: NoteCategory;
  services: string[];
  taskId: string;
  body: string;
  nextAction: string;
  nextActionDate: string;
  escalated: boolean;
  /** Only sent to "Suggest": the L1 an Entitlement Status note is filed under. */
  l1: string | null;
};

export const emptyForm = (category: NoteCategory = "engagement_management"): NoteForm => ({
  category,
  services: [],
  taskId: "",
  body: "",
  nextAction: "",
  nextActionDate: "",
  escalated: false,
  l1: null,
});

/** A saved note or a draft, back in the composer. */
export function formFrom(note: TNote | TDraft): NoteForm {
  return {
    category: note.category,
    services: [...note.services],
    taskId: note.taskId === null ? "" : String(note.taskId),
    body: note.body,
    nextAction: note.nextAction ?? "",
    nextActionDate: note.nextActionDate ?? "",
    escalated: note.escalated,
    l1: null,
  };
}

export type FormProblems = Partial<Record<"body" | "taskId" | "nextAction" | "nextActionDate", string>>;

const TASK_ID = /^\d{1,9}$/;

/** What must change before the form can be saved as a note (a draft needs none of it except a valid task id). */
export function formProblems(form: NoteForm, purpose: "note" | "draft"): FormProblems {
  const problems: FormProblems = {};
  const taskId = form.taskId.trim();
  if (taskId && (!TASK_ID.test(taskId) || Number(taskId) === 0)) problems.taskId = "A task id is a whole number, e.g. 1042; leave it empty for none.";
  const nextAction = form.nextAction.trim();
  if (nextAction.length > NEXT_ACTION_MAX) {
    problems.nextAction = `Keep the next action to ${NEXT_ACTION_MAX} characters (${nextAction.length} now).`;
  }
  if (purpose === "draft") return problems;
  if (!form.body.trim()) problems.body = "Write the note.";
  if (nextAction && !form.nextActionDate) problems.nextActionDate = "A next action needs the date it is due.";
  return problems;
}

export function toDraftInput(form: NoteForm): TDraftInput {
  const taskId = form.taskId.trim();
  const nextAction = form.nextAction.trim();
  return {
    category: form.category,
    services: form.services as TDraftInput["services"],
    taskId: TASK_ID.test(taskId) && Number(taskId) > 0 ? Number(taskId) : null,
    body: form.body,
    nextAction: nextAction || null,
    nextActionDate: form.nextActionDate || null,
    nextActionOwnerId: null,
    escalated: form.escalated,
  };
}

export function toNoteInput(form: NoteForm, overrideReason?: string): TNoteInput {
  return { ...toDraftInput(form), body: form.body.trim(), ...(overrideReason ? { qualityOverride: { reason: overrideReason.trim() } } : {}) };
}

export function overrideReasonProblem(reason: string): string | undefined {
  const length = reason.trim().length;
  if (length < OVERRIDE_REASON_MIN) return `Say in at least ${OVERRIDE_REASON_MIN} characters why this note should be saved as it is (${length} now).`;
  if (length > OVERRIDE_REASON_MAX) return `Keep the reason to ${OVERRIDE_REASON_MAX} characters (${length} now).`;
  return undefined;
}

/** True when the server refused an Entitlement Status note for its rating (and "Save anyway" may resend it). */
export function isQualityRefusal(problem: TProblem): boolean {
  return problem.status === 422 && (problem.errors ?? []).some((error) => error.path === "/body/body");
}

/**
 * The server's refusal of a poor note, for people: its message without the part addressed to API clients
 * ("… save it anyway with qualityOverride …", which the "Save anyway" button stands for) and its evidence without field paths.
 */
export function refusalText(problem: TProblem): { message: string; evidence: string[] } {
  const apiAdvice = problem.detail.indexOf(" Rewrite it (");
  return {
    message: apiAdvice > 0 ? problem.detail.slice(0, apiAdvice) : problem.detail,
    evidence: [...new Set((problem.errors ?? []).filter((error) => error.path === "/body/body").map((error) => error.message))],
  };
}

export const RATING_TEXT: Record<TNoteClassification["rating"], { icon: string; word: string; meaning: string }> = {
  great: { icon: "✓", word: "Great", meaning: "states the intent and the reason" },
  marginal: { icon: "!", word: "Marginal", meaning: "could say more" },
  poor: { icon: "✕", word: "Poor", meaning: "cannot be saved without a reason" },
};

/** One line per piece of evidence, e.g. `"acquisition": a reason …` or `Missing reason: …`. */
export function evidenceLines(evidence: TNoteClassification["evidence"]): { key: string; label: string; explanation: string }[] {
  return evidence.map((item, index) =>
    item.kind === "matched"
      ? { key: `m${index}`, label: `Matched ${item.words.map((word) => `“${word}”`).join(", ")}`, explanation: item.explanation }
      : { key: `x${index}`, label: `Missing ${item.part}`, explanation: item.explanation },
  );
}

/** This tenant's drafts, newest first (the server lists the person's drafts on every tenant). */
export function draftsOfTenant(drafts: readonly TDraft[], tenantId: string): TDraft[] {
  return drafts.filter((draft) => draft.tenantId === tenantId);
}

/** The first line of a note, cut to `max` characters, to name it in lists and messages. */
export function excerpt(body: string, max = 80): string {
  const line = body.trim().split(/\r?\n/)[0] ?? "";
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line || "(empty)";
}
