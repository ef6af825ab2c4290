import { deleteDraft, findDraft, findTenant, insertAuditEvents, insertNoteVersion, lockDraftsOf, updateDraft } from "@waymark/db";
import { type TDraftInput, type TQualityOverride, ZNoteInput } from "@waymark/contracts";
import { NOTE_LIMITS } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";
import { noteRow, saveCheckedNote } from "./write-note.ts";

/*
 * Drafts keep what a person typed until they publish it: private to the author (anyone else gets 404), at most
 * NOTE_LIMITS.maxDraftsPerUser of them, changed in place and deletable. The audit trail records that a draft was
 * saved, changed, published or deleted, not its text, which stays private.
 */

export async function saveDraft(deps: Deps, options: { actor: UserActor; tenantId: string; input: TDraftInput }) {
  const { actor, tenantId, input } = options;
  return deps.db.transaction(async (tx) => {
    const tenant = await assertMayWriteTenant(tx, actor, await findTenant(tx, tenantId, visibilityOf(actor)));
    if ((await lockDraftsOf(tx, actor.userId)) >= NOTE_LIMITS.maxDraftsPerUser) {
      throw new AppError(
        "validation_failed",
        `You already keep ${NOTE_LIMITS.maxDraftsPerUser} drafts, the most one person may: publish or delete one first.`,
      );
    }
    const draft = await insertNoteVersion(tx, { ...noteRow(tenant, actor, input, null, deps.now()), isDraft: true });
    if (!draft) throw new Error("a new draft cannot conflict");
    await insertAuditEvents(tx, [
      auditEvent(actor, "note.draft_saved", { type: "note", id: draft.id }, { tenantId, customerId: tenant.customerId }, { after: { category: draft.category } }),
    ]);
    return { ...draft, tenantName: tenant.name };
  });
}

export async function changeDraft(deps: Deps, options: { actor: UserActor; draftId: string; input: TDraftInput }) {
  const { actor, draftId, input } = options;
  return deps.db.transaction(async (tx) => {
    const draft = await findDraft(tx, draftId, actor.userId);
    const tenant = draft ? await findTenant(tx, draft.tenantId, visibilityOf(actor)) : undefined;
    if (!draft || !tenant) throw notFound("The draft");
    const { tenantId: _t, customerId: _c, authorId: _a, supersedesNoteId: _s, ...changes } = noteRow(tenant, actor, input, null, deps.now());
    const updated = await updateDraft(tx, draftId, changes);
    if (!updated) throw notFound("The draft");
    await insertAuditEvents(tx, [
      auditEvent(actor, "note.draft_changed", { type: "note", id: draftId }, { tenantId: tenant.id, customerId: tenant.customerId }, {
        before: { category: draft.category },
        after: { category: updated.category },
      }),
    ]);
    return { ...updated, tenantName: tenant.name };
  });
}

export async function discardDraft(deps: Deps, options: { actor: UserActor; draftId: string }) {
  return deps.db.transaction(async (tx) => {
    const draft = await findDraft(tx, options.draftId, options.actor.userId);
    if (!draft || !(await deleteDraft(tx, draft.id))) throw notFound("The draft");
    await insertAuditEvents(tx, [
      auditEvent(options.actor, "note.draft_deleted", { type: "note", id: draft.id }, { tenantId: draft.tenantId, customerId: draft.customerId }, {
        before: { category: draft.category },
      }),
    ]);
  });
}

/** Publishes a draft as a saved note (checked as any new note) and removes the draft, together. */
export async function publishDraft(deps: Deps, options: { actor: UserActor; draftId: string; qualityOverride?: TQualityOverride }) {
  const { actor, draftId, qualityOverride } = options;
  return deps.db.transaction(async (tx) => {
    const draft = await findDraft(tx, draftId, actor.userId);
    const tenant = draft ? await findTenant(tx, draft.tenantId, visibilityOf(actor)) : undefined;
    if (!draft || !tenant) throw notFound("The draft");
    await assertMayWriteTenant(tx, actor, tenant);
    const parsed = ZNoteInput.safeParse({
      category: draft.category,
      services: draft.services,
      taskId: draft.catalogTaskId,
      body: draft.body,
      nextAction: draft.nextAction,
      nextActionDate: draft.nextActionDate,
      nextActionOwnerId: draft.nextActionOwnerId,
      escalated: draft.escalated,
      ...(qualityOverride ? { qualityOverride } : {}),
    });
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ path: `/draft/${issue.path.join("/")}`, message: issue.message }));
      throw new AppError("validation_failed", `The draft is not a complete note yet: ${errors.map((e) => `${e.path.slice(7)}: ${e.message}`).join("; ")}.`, { errors });
    }
    const note = await saveCheckedNote(tx, actor, tenant, parsed.data, deps.now());
    await deleteDraft(tx, draft.id);
    await insertAuditEvents(tx, [
      auditEvent(actor, "note.draft_published", { type: "note", id: draft.id }, { tenantId: tenant.id, customerId: tenant.customerId }, {
        after: { noteId: note.id },
      }),
    ]);
    return note;
  });
}
