import { findNote, findTenant, listLatestNotes, NEXT_UPDATE, noteHistory, searchNotes } from "@waymark/db";
import { ZIdParams, ZLatestNoteList, ZLatestNotesQuery, ZNote, ZNoteInput, ZNoteList, ZNoteListQuery, ZNoteSearchQuery, ZNoteSearchResult } from "@waymark/contracts";
import { hashtagQuery, isNoteCategory, isServiceCode, localDate, noteCategoryLabel, serviceLabel } from "@waymark/domain";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { createNote, reviseNote } from "../../commands/write-note.ts";
import { notFound } from "../../errors.ts";
import { findVisibleTenant, visibilityOf } from "../../policies/visibility.ts";
import { presentNote } from "../../presenters/notes.ts";

const hashtagFilter = (hashtag: string | undefined) => (hashtag ? { hashtag: hashtagQuery(hashtag) } : {});


/** The Notes Library of a tenant: write, edit as new versions, list the latest, read a note's history. */
export function noteRoutes(app: App) {
  app.post(
    "/api/tenants/:id/notes",
    {
      schema: { tags: ["notes"], summary: "Save a note on a tenant (services, task, next action, escalation); hashtags are extracted", params: ZIdParams, body: ZNoteInput, response: { 201: ZNote } },
      config: { permission: "note.write" },
    },
    async (request, reply) => {
      const note = await createNote(app.deps, { actor: actorOf(request), tenantId: request.params.id, input: request.body });
      return reply.status(201).send(presentNote(note));
    },
  );

  app.get(
    "/api/tenants/:id/notes",
    {
      schema: { tags: ["notes"], summary: "A tenant's notes, the latest version of each, newest first, with filters", params: ZIdParams, querystring: ZNoteListQuery, response: { 200: ZNoteList } },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findVisibleTenant(app.deps.db, actorOf(request), request.params.id);
      const { hashtag, ...filter } = request.query;
      const rows = await listLatestNotes(app.deps.db, { tenantId: tenant.id }, { ...filter, ...hashtagFilter(hashtag) });
      return { items: rows.map(presentNote) };
    },
  );

  app.get(
    "/api/notes/latest",
    {
      schema: {
        tags: ["notes"],
        summary: "The latest notes of every tenant you may read, newest first: by age (0–30, 30–60, 60–90 days), category, service, escalated, hashtag, mine",
        querystring: ZLatestNotesQuery,
        response: { 200: ZLatestNoteList },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      const { hashtag, age, mine, ...filter } = request.query;
      const [from, to] = (age ?? "").split("-").map(Number);
      const rows = await listLatestNotes(app.deps.db, { visibility: visibilityOf(actor) }, {
        ...filter,
        ...hashtagFilter(hashtag),
        ...(age ? { age: { from: from ?? 0, to: to ?? 0, now: app.deps.now() } } : {}),
        ...(mine ? { authorId: actor.userId } : {}),
      });
      return { items: rows.map((row) => ({ ...presentNote(row), tenantName: row.tenantName })) };
    },
  );

  app.get(
    "/api/notes/search",
    {
      schema: {
        tags: ["notes"],
        summary: "Search the notes of every tenant you may read (full text, ranked) with facet counts: category, escalated, tenant, service, author, next update",
        querystring: ZNoteSearchQuery,
        response: { 200: ZNoteSearchResult },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      const { nextUpdate, mine, ...query } = request.query;
      const result = await searchNotes(app.deps.db, visibilityOf(actor), {
        ...query,
        today: localDate(app.deps.now(), "UTC"),
        ...(nextUpdate ? { nextUpdateDays: NEXT_UPDATE.find((b) => b.value === nextUpdate)?.days ?? 0 } : {}),
        ...(mine ? { authorId: actor.userId } : {}),
      });
      const labelled = (facet: typeof result.facets.category, label: (code: string) => string) => facet.map((f) => ({ ...f, label: label(f.value) }));
      return {
        total: result.total,
        totalIsExact: result.totalIsExact,
        order: result.order,
        items: result.items.map((hit) => ({ ...presentNote(hit), tenantName: hit.tenantName, headline: hit.headline })),
        facets: {
          ...result.facets,
          category: labelled(result.facets.category, (code) => (isNoteCategory(code) ? noteCategoryLabel(code) : code)),
          service: labelled(result.facets.service, (code) => (isServiceCode(code) ? serviceLabel(code) : code)),
        },
      };
    },
  );

  app.post(
    "/api/notes/:id/versions",
    {
      schema: {
        tags: ["notes"],
        summary: "Edit a note: the new text becomes a new version and the old one is kept; 409 when the version you read was edited meanwhile",
        params: ZIdParams,
        body: ZNoteInput,
        response: { 201: ZNote },
      },
      config: { permission: "note.write" },
    },
    async (request, reply) => {
      const note = await reviseNote(app.deps, { actor: actorOf(request), noteId: request.params.id, input: request.body });
      return reply.status(201).send(presentNote(note));
    },
  );

  app.get(
    "/api/notes/:id/history",
    {
      schema: { tags: ["notes"], summary: "Every version of a note, oldest first", params: ZIdParams, response: { 200: ZNoteList } },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const note = await findNote(app.deps.db, request.params.id);
      const tenant = note && !note.isDraft ? await findTenant(app.deps.db, note.tenantId, visibilityOf(actorOf(request))) : undefined;
      if (!note || !tenant) throw notFound("The note");
      return { items: (await noteHistory(app.deps.db, note.id)).map(presentNote) };
    },
  );
}
