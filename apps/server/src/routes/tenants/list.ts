import { listTenants } from "@waymark/db";
import { ZTenantList, ZTenantListQuery } from "@waymark/contracts";
import { hashtagQuery } from "@waymark/domain";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { visibilityOf } from "../../policies/visibility.ts";
import { presentTenantSummary } from "../../presenters/tenants.ts";

export function listTenantsRoute(app: App) {
  app.get(
    "/api/tenants",
    {
      schema: { tags: ["tenants"], summary: "Tenants: filter, sort, page", querystring: ZTenantListQuery, response: { 200: ZTenantList } },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const { hashtag, ...query } = request.query;
      const filter = { ...query, ...(hashtag ? { hashtag: hashtagQuery(hashtag) } : {}) };
      const { rows, total } = await listTenants(app.deps.db, filter, visibilityOf(actorOf(request)));
      return { items: rows.map(presentTenantSummary), total, limit: query.limit, offset: query.offset };
    },
  );
}
