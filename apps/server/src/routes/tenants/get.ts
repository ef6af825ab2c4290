import { findServicesOfTenant, findTenant } from "@waymark/db";
import { ZIdParams, ZTenant } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { notFound } from "../../errors.ts";
import { visibilityOf } from "../../policies/visibility.ts";
import { presentTenant } from "../../presenters/tenants.ts";

export function getTenantRoute(app: App) {
  app.get(
    "/api/tenants/:id",
    {
      schema: { tags: ["tenants"], summary: "One tenant with its services and L1 split", params: ZIdParams, response: { 200: ZTenant } },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findTenant(app.deps.db, request.params.id, visibilityOf(actorOf(request)));
      if (!tenant) throw notFound("The tenant");
      return presentTenant(tenant, await findServicesOfTenant(app.deps.db, tenant.id));
    },
  );
}
