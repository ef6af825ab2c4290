import { ZIdParams, ZPlaybookEvent, ZPlaybookEventResult } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { recordPlaybookEvent } from "../../commands/record-playbook-event.ts";

export function recordPlaybookEventRoute(app: App) {
  app.post(
    "/api/tenants/:id/playbook-events",
    {
      schema: {
        tags: ["playbooks"],
        summary: "Record what happened (a BVD delivered, declined, …); returns what the playbooks did, each with its why",
        params: ZIdParams,
        body: ZPlaybookEvent,
        response: { 200: ZPlaybookEventResult },
      },
      config: { permission: "service.update" },
    },
    async (request) => ({
      effects: await recordPlaybookEvent(app.deps, { actor: actorOf(request), tenantId: request.params.id, event: request.body }),
    }),
  );
}
