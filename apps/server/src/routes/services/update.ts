import { ZIdParams, ZService, ZUpdateService } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { updateService } from "../../commands/update-service.ts";
import { presentService } from "../../presenters/services.ts";

export function updateServiceRoute(app: App) {
  app.patch(
    "/api/services/:id",
    {
      schema: {
        tags: ["services"],
        summary: "Change a service (send the version you read; 409 if it changed since)",
        params: ZIdParams,
        body: ZUpdateService,
        response: { 200: ZService },
      },
      config: { permission: "service.update" },
    },
    async (request) =>
      presentService(await updateService(app.deps, { actor: actorOf(request), serviceId: request.params.id, input: request.body }), app.deps.now()),
  );
}
