import { findCustomer } from "@waymark/db";
import { ZCustomer, ZIdParams } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { notFound } from "../../errors.ts";
import { visibilityOf } from "../../policies/visibility.ts";
import { presentCustomer } from "../../presenters/customers.ts";

export function getCustomerRoute(app: App) {
  app.get(
    "/api/customers/:id",
    {
      schema: { tags: ["customers"], summary: "One customer", params: ZIdParams, response: { 200: ZCustomer } },
      config: { permission: "customer.read" },
    },
    async (request) => {
      const customer = await findCustomer(app.deps.db, request.params.id, visibilityOf(actorOf(request)));
      if (!customer) throw notFound("The customer");
      return presentCustomer(customer);
    },
  );
}
