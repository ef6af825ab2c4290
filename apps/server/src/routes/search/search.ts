import { SEARCH_TOTAL_CAP, type TSearchResult, ZSearchQuery, ZSearchResult } from "@waymark/contracts";
import { type SearchRows, searchEverywhere } from "@waymark/db";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { visibilityOf } from "../../policies/visibility.ts";

function presentSearch(q: string, rows: SearchRows): TSearchResult {
  return {
    q,
    exact: rows.exact,
    tenants: rows.tenants,
    customers: rows.customers,
    contacts: {
      ...rows.contacts,
      items: rows.contacts.items.map((row) => ({
        id: row.id,
        name: row.name,
        email: row.email,
        type: row.type as TSearchResult["contacts"]["items"][number]["type"],
        role: row.role,
        tenant: row.tenantId && row.tenantName ? { id: row.tenantId, name: row.tenantName } : null,
        customer: { id: row.customerId, name: row.customerName },
      })),
    },
  };
}

export function searchRoute(app: App) {
  app.get(
    "/api/search",
    {
      schema: {
        tags: ["search"],
        summary:
          "Search everywhere: tenants (name contains, tenant GUID full or first characters, TPID), customers (name, TPID) and contacts (name or e-mail contains), only those you may see, a few per group with the count",
        querystring: ZSearchQuery,
        response: { 200: ZSearchResult },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const { q, limit } = request.query;
      const rows = await searchEverywhere(app.deps.db, { q, limit, totalCap: SEARCH_TOTAL_CAP, visibility: visibilityOf(actorOf(request)) });
      return presentSearch(q, rows);
    },
  );
}
