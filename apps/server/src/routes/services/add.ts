import { ZAddService, ZIdParams, ZService } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { addService } from "../../commands/add-service.ts";
import { presentService } from "../../presenters/services.ts";

export function addServiceRoute(app: App) {
  app.post(
    "/api/tenants/:id/services",
    {
      schema: {
        tags: ["services"],
        summary: "Add a workload to a tenant (its entitlements start in Status Unknown / New Subscription)",
        params: ZIdParams,
        body: ZAddService,
        response: { 201: ZService },
      },
      config: { permission: "service.update" },
    },
    async (request, reply) => {
      const service = await addService(app.deps, { actor: actorOf(request), tenantId: request.params.id, input: request.body });
      return reply.status(201).send(presentService(service, app.deps.now()));
    },
  );
}
