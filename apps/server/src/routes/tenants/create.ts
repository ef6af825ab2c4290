import { ZCreateTenant, ZTenant } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { createTenant } from "../../commands/create-tenant.ts";
import { presentTenantFor } from "./present.ts";

export function createTenantRoute(app: App) {
  app.post(
    "/api/tenants",
    {
      schema: { tags: ["tenants"], summary: "Record a tenant of a customer", body: ZCreateTenant, response: { 201: ZTenant } },
      config: { permission: "tenant.create" },
    },
    async (request, reply) => {
      const tenant = await createTenant(app.deps, { actor: actorOf(request), input: request.body });
      return reply.status(201).send(await presentTenantFor(app, actorOf(request), tenant));
    },
  );
}
