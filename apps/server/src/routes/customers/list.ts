import { listCustomers } from "@waymark/db";
import { ZCustomerList, ZCustomerListQuery } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { visibilityOf } from "../../policies/visibility.ts";
import { presentCustomer } from "../../presenters/customers.ts";

export function listCustomersRoute(app: App) {
  app.get(
    "/api/customers",
    {
      schema: { tags: ["customers"], summary: "Customers: filter, sort, page", querystring: ZCustomerListQuery, response: { 200: ZCustomerList } },
      config: { permission: "customer.read" },
    },
    async (request) => {
      const query = request.query;
      const { rows, total } = await listCustomers(app.deps.db, query, visibilityOf(actorOf(request)));
      return { items: rows.map(presentCustomer), total, limit: query.limit, offset: query.offset };
    },
  );
}
