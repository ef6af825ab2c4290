import { ZIdParams, ZTenant, ZUpdateTenant } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { updateTenant } from "../../commands/update-tenant.ts";
import { presentTenantFor } from "./present.ts";

export function updateTenantRoute(app: App) {
  app.patch(
    "/api/tenants/:id",
    {
      schema: {
        tags: ["tenants"],
        summary: "Change a tenant (send the version you read; 409 if it changed since)",
        params: ZIdParams,
        body: ZUpdateTenant,
        response: { 200: ZTenant },
      },
      config: { permission: "tenant.update" },
    },
    async (request) => {
      const tenant = await updateTenant(app.deps, { actor: actorOf(request), tenantId: request.params.id, input: request.body });
      return presentTenantFor(app, actorOf(request), tenant);
    },
  );
}
