import { listDrafts } from "@waymark/db";
import { ZDraft, ZDraftInput, ZDraftList, ZIdParams, ZNote, ZPublishDraft } from "@waymark/contracts";
import { NOTE_LIMITS } from "@waymark/domain";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { changeDraft, discardDraft, publishDraft, saveDraft } from "../../commands/drafts.ts";
import { presentDraft, presentNote } from "../../presenters/notes.ts";

/** A person's draft notes: private to them, at most ten, changed in place, published as notes or deleted. */
export function draftRoutes(app: App) {
  app.post(
    "/api/tenants/:id/drafts",
    {
      schema: { tags: ["notes"], summary: "Keep a draft note on a tenant (private to you; at most ten)", params: ZIdParams, body: ZDraftInput, response: { 201: ZDraft } },
      config: { permission: "note.write" },
    },
    async (request, reply) =>
      reply.status(201).send(presentDraft(await saveDraft(app.deps, { actor: actorOf(request), tenantId: request.params.id, input: request.body }))),
  );

  app.get(
    "/api/drafts",
    {
      schema: { tags: ["notes"], summary: "Your draft notes on every tenant, newest first", response: { 200: ZDraftList } },
      config: { permission: "note.write" },
    },
    async (request) => ({ items: (await listDrafts(app.deps.db, actorOf(request).userId)).map(presentDraft), max: NOTE_LIMITS.maxDraftsPerUser }),
  );

  app.put(
    "/api/drafts/:id",
    {
      schema: { tags: ["notes"], summary: "Change one of your drafts", params: ZIdParams, body: ZDraftInput, response: { 200: ZDraft } },
      config: { permission: "note.write" },
    },
    async (request) => presentDraft(await changeDraft(app.deps, { actor: actorOf(request), draftId: request.params.id, input: request.body })),
  );

  app.delete(
    "/api/drafts/:id",
    {
      schema: { tags: ["notes"], summary: "Delete one of your drafts (saved notes are never deleted)", params: ZIdParams },
      config: { permission: "note.write" },
    },
    async (request, reply) => {
      await discardDraft(app.deps, { actor: actorOf(request), draftId: request.params.id });
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/drafts/:id/publish",
    {
      schema: {
        tags: ["notes"],
        summary: "Save a draft as a note, checked like any new note (a poor Entitlement Status note needs qualityOverride); the draft is removed",
        params: ZIdParams,
        body: ZPublishDraft.optional(),
        response: { 201: ZNote },
      },
      config: { permission: "note.write" },
    },
    async (request, reply) => {
      const qualityOverride = request.body?.qualityOverride;
      const note = await publishDraft(app.deps, { actor: actorOf(request), draftId: request.params.id, ...(qualityOverride ? { qualityOverride } : {}) });
      return reply.status(201).send(presentNote(note));
    },
  );
}
