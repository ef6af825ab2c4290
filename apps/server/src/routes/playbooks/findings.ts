import { findTenant, listOpenFindings, listRuleEffects } from "@waymark/db";
import { ZExplanationList, ZExplanationQuery, ZFindingList, ZIdParams } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { notFound } from "../../errors.ts";
import { visibilityOf } from "../../policies/visibility.ts";

/** Open findings (data-quality gaps and prompts for a person's judgement) and the engine's recorded explanations. */
export function explanationRoutes(app: App) {
  app.get(
    "/api/tenants/:id/findings",
    {
      schema: { tags: ["playbooks"], summary: "A tenant's open findings: gaps to fill and decisions the playbooks ask a person for", params: ZIdParams, response: { 200: ZFindingList } },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findTenant(app.deps.db, request.params.id, visibilityOf(actorOf(request)));
      if (!tenant) throw notFound("The tenant");
      const rows = await listOpenFindings(app.deps.db, tenant.id);
      return {
        items: rows.map((f) => ({
          id: f.id,
          service: f.service,
          code: f.code,
          message: f.message,
          role: f.role,
          ruleId: f.ruleId,
          createdAt: f.createdAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    "/api/tenants/:id/explanations",
    {
      schema: {
        tags: ["playbooks"],
        summary: "Why a tenant's statuses, notes, tasks and findings are what they are: every change the playbooks made, newest first",
        params: ZIdParams,
        querystring: ZExplanationQuery,
        response: { 200: ZExplanationList },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findTenant(app.deps.db, request.params.id, visibilityOf(actorOf(request)));
      if (!tenant) throw notFound("The tenant");
      const rows = await listRuleEffects(app.deps.db, tenant.id, request.query);
      return {
        items: rows.map((e) => ({
          playbookId: e.playbookId,
          playbookVersion: e.playbookVersion,
          ruleId: e.ruleId,
          kind: e.kind,
          service: e.service,
          why: e.why,
          inputs: e.inputs as Record<string, unknown>,
          change: e.change,
          eventType: e.eventType,
          occurredAt: e.occurredAt.toISOString(),
        })),
      };
    },
  );
}
