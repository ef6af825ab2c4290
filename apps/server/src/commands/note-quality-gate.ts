import type { NewAuditEvent } from "@waymark/db";
import type { TQualityOverride } from "@waymark/contracts";
import { classifyNote, type L1Status, type NoteClassification, type NoteEvidence } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import { AppError, type FieldProblem } from "../errors.ts";
import { auditEvent } from "./audit.ts";

/** An Entitlement Status note about to be saved; `path` names its field in the request. */
export type NoteToRate = { path: string; body: string; l1: L1Status | null };
export type OverriddenNote = NoteToRate & { classification: NoteClassification; reason: string };

/**
 * FTOP does not let a poor Entitlement Status note be added (DESIGN decision 21). Refuses every note rated poor
 * unless the request carries a quality override with the reason to save it anyway; returns the overridden notes, to
 * be audited with the rating and evidence. Other ratings pass untouched.
 */
export function gateNoteQuality(notes: readonly NoteToRate[], override: TQualityOverride | undefined): OverriddenNote[] {
  const poor = notes
    .map((note) => ({ ...note, classification: classifyNote({ body: note.body, l1: note.l1 }) }))
    .filter((note) => note.classification.rating === "poor");
  if (poor.length === 0) return [];
  if (override) return poor.map((note) => ({ ...note, reason: override.reason }));
  throw refusal(poor);
}

/**
 * The split-row notes to rate: written or changed in this request (a note kept on its L1 row was rated when it was
 * written; moved to another L1 it is rated again) and not blank (a Blocked or No Intent row without a note is
 * refused by the split's own rules, and the other L1s may have none).
 */
export function changedSplitNotes(stored: readonly { l1: string; notes: string | null }[], rows: readonly { l1: L1Status; notes: string | null }[]): NoteToRate[] {
  const kept = new Set(stored.map((row) => `${row.l1}:${(row.notes ?? "").trim()}`));
  return rows.flatMap((row, index) => {
    const body = (row.notes ?? "").trim();
    return body === "" || kept.has(`${row.l1}:${body}`) ? [] : [{ path: `/body/rows/${index}/notes`, body, l1: row.l1 }];
  });
}

export function qualityOverrideEvents(
  actor: UserActor,
  entity: { type: string; id: string },
  scope: { tenantId: string; customerId: string },
  overridden: readonly OverriddenNote[],
): NewAuditEvent[] {
  return overridden.map(({ path, body, l1, classification, reason }) =>
    auditEvent(actor, "note.quality_overridden", entity, scope, {
      after: { field: path, l1, body, rating: classification.rating, suggested: classification.suggested, evidence: classification.evidence },
      reason,
    }),
  );
}

function refusal(poor: (NoteToRate & { classification: NoteClassification })[]): AppError {
  const errors: FieldProblem[] = poor.flatMap(({ path, classification }) => classification.evidence.map((item) => ({ path, message: describe(item) })));
  const fixes = [...new Set(poor.flatMap(({ classification }) => classification.evidence.flatMap((e) => (e.kind === "missing" ? [e.explanation] : []))))];
  const which = poor.length === 1 ? "This Entitlement Status note is rated poor" : `${poor.length} Entitlement Status notes are rated poor`;
  return new AppError(
    "validation_failed",
    `${which}, so it cannot be added: an Entitlement Status note states the customer's intent (or lack of it) and the reason why. ` +
      `${fixes.join(" ")} Rewrite it (the errors list what drove the rating), or save it anyway with qualityOverride: { reason } — ` +
      "at least 10 characters saying why; the override is recorded in the tenant's history.",
    { errors },
  );
}

function describe(item: NoteEvidence): string {
  if (item.kind === "missing") return `Missing ${item.part}: ${item.explanation}`;
  return `${item.words.map((w) => `"${w}"`).join(", ")}: ${item.explanation}`;
}
