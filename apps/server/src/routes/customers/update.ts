import { ZCustomer, ZIdParams, ZUpdateCustomer } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { updateCustomer } from "../../commands/update-customer.ts";
import { presentCustomer } from "../../presenters/customers.ts";

export function updateCustomerRoute(app: App) {
  app.patch(
    "/api/customers/:id",
    {
      schema: {
        tags: ["customers"],
        summary: "Change a customer (send the version you read; 409 if it changed since)",
        params: ZIdParams,
        body: ZUpdateCustomer,
        response: { 200: ZCustomer },
      },
      config: { permission: "customer.update" },
    },
    async (request) => presentCustomer(await updateCustomer(app.deps, { actor: actorOf(request), customerId: request.params.id, input: request.body })),
  );
}
