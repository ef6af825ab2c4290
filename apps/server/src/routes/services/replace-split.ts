import { ZIdParams, ZReplaceSplit, ZService } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { replaceEntitlementSplit } from "../../commands/replace-entitlement-split.ts";
import { presentService } from "../../presenters/services.ts";

export function replaceSplitRoute(app: App) {
  app.put(
    "/api/services/:id/split",
    {
      schema: {
        tags: ["services"],
        summary: "Replace the L1 split of a service; the rows must add up to its total",
        params: ZIdParams,
        body: ZReplaceSplit,
        response: { 200: ZService },
      },
      config: { permission: "service.update" },
    },
    async (request) =>
      presentService(await replaceEntitlementSplit(app.deps, { actor: actorOf(request), serviceId: request.params.id, input: request.body }), app.deps.now()),
  );
}
