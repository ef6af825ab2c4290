import { type CustomerScopeFilter, listCustomers } from "@waymark/db";
import { type CustomerListScope, ZCustomerList, ZCustomerListQuery } from "@waymark/contracts";
import type { UserActor } from "../../actor.ts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { AppError } from "../../errors.ts";
import { assigneeOf, visibilityOf } from "../../policies/visibility.ts";
import { presentCustomer } from "../../presenters/customers.ts";

const NOT_ALL =
  'The scope "all" lists every customer and needs read access to every tenant; you can read only what is assigned to you (or your partner organisation), so use scope=primary or scope=assigned.';

/** The scope checked for the reader: "all" only for readers of every tenant (422 otherwise). */
function scopeFilterOf(actor: UserActor, scope: CustomerListScope | undefined): CustomerScopeFilter | undefined {
  if (!scope) return undefined;
  if (scope !== "all") return { kind: scope, assignee: assigneeOf(actor) };
  if (visibilityOf(actor).kind !== "all") {
    throw new AppError("validation_failed", NOT_ALL, { errors: [{ path: "/querystring/scope", message: NOT_ALL }] });
  }
  return { kind: "all" };
}

export function listCustomersRoute(app: App) {
  app.get(
    "/api/customers",
    {
      schema: {
        tags: ["customers"],
        summary: "Customers: my primary / assigned / all, filter, sort, page; each with its visible and Blocked tenant counts, winner tenant and primary FM",
        querystring: ZCustomerListQuery,
        response: { 200: ZCustomerList },
      },
      config: { permission: "customer.read" },
    },
    async (request) => {
      const query = request.query;
      const actor = actorOf(request);
      const scope = scopeFilterOf(actor, query.scope);
      const { rows, total } = await listCustomers(app.deps.db, { ...query, scope }, visibilityOf(actor));
      return {
        items: rows.map((row) => ({
          ...presentCustomer(row),
          visibleTenantCount: row.visibleTenantCount,
          blockedTenantCount: row.blockedTenantCount,
          winnerTenantName: row.winnerTenantName,
          primaryFmName: row.primaryFmName,
        })),
        total,
        limit: query.limit,
        offset: query.offset,
      };
    },
  );
}
