import { ZIdParams, ZTenant } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { findVisibleTenant } from "../../policies/visibility.ts";
import { presentTenantFor } from "./present.ts";

export function getTenantRoute(app: App) {
  app.get(
    "/api/tenants/:id",
    {
      schema: { tags: ["tenants"], summary: "One tenant with its services and L1 split", params: ZIdParams, response: { 200: ZTenant } },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findVisibleTenant(app.deps.db, actorOf(request), request.params.id);
      return presentTenantFor(app, actorOf(request), tenant);
    },
  );
}
