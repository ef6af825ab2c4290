import {
  type Executor,
  findNote,
  findServicesOfTenant,
  findSuccessor,
  findTenant,
  findUserById,
  insertAuditEvents,
  insertNoteVersion,
  type NoteRow,
} from "@waymark/db";
import type { TNoteInput } from "@waymark/contracts";
import { extractHashtags, isKnownTaskId, serviceLabel } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";
import { gateNoteQuality, qualityOverrideEvents } from "./note-quality-gate.ts";

/** Saves a note on a tenant: linked to some of its services and optionally an FTOP task, hashtags extracted. */
export async function createNote(deps: Deps, options: { actor: UserActor; tenantId: string; input: TNoteInput }) {
  const { actor, tenantId, input } = options;
  return deps.db.transaction(async (tx) => {
    const tenant = await assertMayWriteTenant(tx, actor, await findTenant(tx, tenantId, visibilityOf(actor)));
    return saveCheckedNote(tx, actor, tenant, input, deps.now());
  });
}

/** Checks what a new note links to, saves it and audits it, in the caller's transaction. */
export async function saveCheckedNote(tx: Executor, actor: UserActor, tenant: { id: string; name: string; customerId: string }, input: TNoteInput, now: Date) {
  await checkNoteInput(tx, tenant, input);
  const overridden = checkNoteQuality(input, null);
  const note = await insertNoteVersion(tx, noteRow(tenant, actor, input, null, now));
  if (!note) throw new Error("a new note cannot conflict");
  const scope = { tenantId: tenant.id, customerId: tenant.customerId };
  await insertAuditEvents(tx, [
    auditEvent(actor, "note.created", { type: "note", id: note.id }, scope, { after: note }),
    ...qualityOverrideEvents(actor, { type: "note", id: note.id }, scope, overridden),
  ]);
  return note;
}

/**
 * Edits a note: the new text is a new version that supersedes the one the person read; the old one is kept. Editing
 * a version someone else already replaced is refused (409) with the current one, so no edit is lost silently.
 */
export async function reviseNote(deps: Deps, options: { actor: UserActor; noteId: string; input: TNoteInput }) {
  const { actor, noteId, input } = options;
  return deps.db.transaction(async (tx) => {
    const previous = await findNote(tx, noteId);
    const tenant = previous ? await findTenant(tx, previous.tenantId, visibilityOf(actor)) : undefined;
    if (!previous || !tenant || previous.isDraft) throw notFound("The note");
    await assertMayWriteTenant(tx, actor, tenant);
    const successor = await findSuccessor(tx, noteId);
    if (successor) throw staleNote(successor);
    await checkNoteInput(tx, tenant, input);
    const overridden = checkNoteQuality(input, previous);
    const note = await insertNoteVersion(tx, noteRow(tenant, actor, input, noteId, deps.now()));
    if (!note) throw staleNote((await findSuccessor(tx, noteId)) ?? previous);
    const scope = { tenantId: tenant.id, customerId: tenant.customerId };
    await insertAuditEvents(tx, [
      auditEvent(actor, "note.revised", { type: "note", id: note.id }, scope, { before: previous, after: note }),
      ...qualityOverrideEvents(actor, { type: "note", id: note.id }, scope, overridden),
    ]);
    return note;
  });
}

function staleNote(current: NoteRow) {
  return new AppError("version_conflict", "This note was edited meanwhile: read the current version and apply your change to it.", { current });
}

/** The row of a note version; dated by the server's clock, so a demo or test that moves time dates notes with it. */
export function noteRow(tenant: { id: string; customerId: string }, actor: UserActor, input: TNoteInput, supersedes: string | null, now: Date) {
  return {
    createdAt: now,
    tenantId: tenant.id,
    customerId: tenant.customerId,
    category: input.category,
    services: input.services,
    catalogTaskId: input.taskId,
    body: input.body,
    hashtags: extractHashtags(input.body),
    escalated: input.escalated,
    nextAction: input.nextAction || null,
    nextActionDate: input.nextActionDate,
    nextActionOwnerId: input.nextActionOwnerId,
    authorId: actor.userId,
    supersedesNoteId: supersedes,
  };
}

/**
 * Entitlement Status notes are rated like FTOP's "Suggest" and a poor one is refused unless overridden; an edit that
 * keeps the text of the version it replaces (a flag or a date changed) is not rated again.
 */
function checkNoteQuality(input: TNoteInput, previous: { category: string; body: string } | null) {
  if (input.category !== "entitlement_status") return [];
  if (previous?.category === "entitlement_status" && previous.body.trim() === input.body.trim()) return [];
  return gateNoteQuality([{ path: "/body/body", body: input.body, l1: null }], input.qualityOverride);
}

/** Everything a note links to must exist: the tenant's services, a catalogue task, an active user as owner. */
async function checkNoteInput(tx: Executor, tenant: { id: string; name: string }, input: TNoteInput) {
  const problems: { path: string; message: string }[] = [];
  if (input.taskId !== null && !isKnownTaskId(input.taskId)) {
    problems.push({ path: "/body/taskId", message: `Task ${input.taskId} is not in the FTOP task catalogue; pick a task id from the tenant's playbook or leave it empty.` });
  }
  if (input.services.length > 0) {
    const own = new Set((await findServicesOfTenant(tx, tenant.id)).map((s) => s.service));
    input.services.forEach((code, index) => {
      if (!own.has(code)) problems.push({ path: `/body/services/${index}`, message: `${tenant.name} has no ${serviceLabel(code)} service; link the note to one of its services.` });
    });
  }
  if (input.nextActionOwnerId !== null) {
    const owner = await findUserById(tx, input.nextActionOwnerId);
    if (!owner || owner.disabledAt) problems.push({ path: "/body/nextActionOwnerId", message: "The next action's owner is not an active Waymark user; choose someone who can act on it." });
  }
  if (input.nextAction && !input.nextActionDate) {
    problems.push({ path: "/body/nextActionDate", message: "A next action needs the date it is due." });
  }
  if (problems.length > 0) throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), { errors: problems });
}
