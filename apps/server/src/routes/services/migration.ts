import { ZIdParams, ZService, ZSetMigration } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { setMigration } from "../../commands/set-migration.ts";
import { presentService } from "../../presenters/services.ts";

export function setMigrationRoute(app: App) {
  app.put(
    "/api/services/:id/migration",
    {
      schema: {
        tags: ["services"],
        summary: "Save the Data Migration section: Microsoft migrating (scenarios adding up to the In Progress count) or not (why)",
        params: ZIdParams,
        body: ZSetMigration,
        response: { 200: ZService },
      },
      config: { permission: "service.update" },
    },
    async (request) =>
      presentService(await setMigration(app.deps, { actor: actorOf(request), serviceId: request.params.id, input: request.body }), app.deps.now()),
  );
}
