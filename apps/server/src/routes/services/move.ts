import { ZIdParams, ZMoveEntitlements, ZService } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { moveEntitlements } from "../../commands/move-entitlements.ts";
import { presentService } from "../../presenters/services.ts";

export function moveEntitlementsRoute(app: App) {
  app.post(
    "/api/services/:id/split/moves",
    {
      schema: {
        tags: ["services"],
        summary: "Move entitlements from one L1 row to another in one step; the split keeps its sum",
        params: ZIdParams,
        body: ZMoveEntitlements,
        response: { 200: ZService },
      },
      config: { permission: "service.update" },
    },
    async (request) =>
      presentService(await moveEntitlements(app.deps, { actor: actorOf(request), serviceId: request.params.id, input: request.body }), app.deps.now()),
  );
}
