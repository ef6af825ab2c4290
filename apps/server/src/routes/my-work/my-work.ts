import { ZMyWork, ZMyWorkQuery } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { myWork } from "../../commands/my-work.ts";

export function myWorkRoute(app: App) {
  app.get(
    "/api/my-work",
    {
      schema: {
        tags: ["my-work"],
        summary:
          "What needs you today or this week on the tenants assigned to you: tasks due, next action dates, prompts and failed e-mails, data-quality findings, escalated notes; overdue first, each with why and where to act",
        querystring: ZMyWorkQuery,
        response: { 200: ZMyWork },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => myWork(app.deps, actorOf(request), request.query.horizon),
  );
}
