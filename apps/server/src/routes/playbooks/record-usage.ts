import { ZIdParams, ZUsageReport, ZUsageReportResult } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { recordUsage } from "../../commands/record-usage.ts";

export function recordUsageRoute(app: App) {
  app.post(
    "/api/tenants/:id/usage",
    {
      schema: {
        tags: ["playbooks"],
        summary: "Report daily active users per service; the playbooks act on the new AU % at once",
        params: ZIdParams,
        body: ZUsageReport,
        response: { 200: ZUsageReportResult },
      },
      config: { permission: "service.update" },
    },
    async (request) => recordUsage(app.deps, { actor: actorOf(request), tenantId: request.params.id, input: request.body }),
  );
}
