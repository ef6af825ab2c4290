import { ZIdParams, ZSimulation, ZSimulationQuery } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { simulateTenant } from "../../commands/simulate-tenant.ts";

export function simulateTenantRoute(app: App) {
  app.get(
    "/api/tenants/:id/simulation",
    {
      schema: {
        tags: ["playbooks"],
        summary: "What the playbooks would do in the next N business days if nobody acted (waits running out); changes nothing",
        params: ZIdParams,
        querystring: ZSimulationQuery,
        response: { 200: ZSimulation },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => simulateTenant(app.deps, { actor: actorOf(request), tenantId: request.params.id, days: request.query.days }),
  );
}
