import { listSavedViews, type SavedViewListRow } from "@waymark/db";
import { type TSavedView, ZCreateSavedView, ZDeleteSavedViewQuery, ZIdParams, ZSavedView, ZSavedViewList, ZUpdateSavedView } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { createSavedView, deleteSavedView, updateSavedView } from "../../commands/saved-views.ts";

const presentSavedView = (userId: string) => (row: SavedViewListRow): TSavedView => ({
  id: row.id,
  name: row.name,
  query: row.query,
  shared: row.shared,
  isDefault: row.isDefault,
  ownerId: row.ownerId,
  ownerName: row.ownerName,
  mine: row.ownerId === userId,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

/** Saved Portfolio views: each person's own, and the shared ones of others (read-only). */
export function savedViewRoutes(app: App) {
  app.get(
    "/api/portfolio/views",
    {
      schema: { tags: ["portfolio"], summary: "Your saved Portfolio views and everyone's shared ones, yours first", response: { 200: ZSavedViewList } },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      return { items: (await listSavedViews(app.deps.db, actor.userId)).map(presentSavedView(actor.userId)) };
    },
  );

  app.post(
    "/api/portfolio/views",
    {
      schema: {
        tags: ["portfolio"],
        summary: "Save a Portfolio view under a name of yours (unique per person); a default one replaces your previous default",
        body: ZCreateSavedView,
        response: { 201: ZSavedView },
      },
      config: { permission: "portfolio_view.manage" },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      return reply.status(201).send(presentSavedView(actor.userId)(await createSavedView(app.deps, { actor, input: request.body })));
    },
  );

  app.patch(
    "/api/portfolio/views/:id",
    {
      schema: {
        tags: ["portfolio"],
        summary: "Change one of your saved views; 409 when it changed since the version you read, 403 on someone else's shared view",
        params: ZIdParams,
        body: ZUpdateSavedView,
        response: { 200: ZSavedView },
      },
      config: { permission: "portfolio_view.manage" },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentSavedView(actor.userId)(await updateSavedView(app.deps, { actor, viewId: request.params.id, input: request.body }));
    },
  );

  app.delete(
    "/api/portfolio/views/:id",
    {
      schema: { tags: ["portfolio"], summary: "Delete one of your saved views (?version=N: 409 when stale)", params: ZIdParams, querystring: ZDeleteSavedViewQuery },
      config: { permission: "portfolio_view.manage" },
    },
    async (request, reply) => {
      await deleteSavedView(app.deps, { actor: actorOf(request), viewId: request.params.id, version: request.query.version });
      return reply.status(204).send();
    },
  );
}
