import { ZCreateCustomer, ZCustomer } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { createCustomer } from "../../commands/create-customer.ts";
import { presentCustomer } from "../../presenters/customers.ts";

export function createCustomerRoute(app: App) {
  app.post(
    "/api/customers",
    {
      schema: { tags: ["customers"], summary: "Record a customer (TPID)", body: ZCreateCustomer, response: { 201: ZCustomer } },
      config: { permission: "customer.create" },
    },
    async (request, reply) => {
      const customer = await createCustomer(app.deps, { actor: actorOf(request), input: request.body });
      return reply.status(201).send(presentCustomer(customer));
    },
  );
}
