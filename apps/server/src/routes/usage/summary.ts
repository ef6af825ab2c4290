import { ZIdParams, ZUsageQuery, ZUsageSummary } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { summarizeUsage } from "../../commands/summarize-usage.ts";

export function usageSummaryRoute(app: App) {
  app.get(
    "/api/tenants/:id/usage",
    {
      schema: {
        tags: ["usage"],
        summary: "Usage per service: daily AU %, KPI, enablement milestone, Adoption/Operate suggestion, forecast; and the all-up AU",
        params: ZIdParams,
        querystring: ZUsageQuery,
        response: { 200: ZUsageSummary },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => summarizeUsage(app.deps, { actor: actorOf(request), tenantId: request.params.id, ...request.query }),
  );
}
