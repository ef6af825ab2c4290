import { listFindings, listOutboxMessages, listRuleEffects } from "@waymark/db";
import {
  ZAcceptFinding,
  ZExplanationList,
  ZExplanationQuery,
  ZFinding,
  ZFindingList,
  ZFindingParams,
  ZFindingQuery,
  ZIdParams,
  ZOutboxMessageList,
} from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { acceptFinding } from "../../commands/accept-finding.ts";
import { findVisibleTenant } from "../../policies/visibility.ts";
import { presentFinding, presentOutboxMessage, presentRuleEffect } from "../../presenters/playbooks.ts";

/** Findings (data-quality gaps and prompts for a person's judgement), the engine's explanations, and its outbox. */
export function explanationRoutes(app: App) {
  app.get(
    "/api/tenants/:id/findings",
    {
      schema: {
        tags: ["playbooks"],
        summary: "A tenant's findings: gaps to fill and decisions the playbooks ask a person for (open by default, or the accepted ones)",
        params: ZIdParams,
        querystring: ZFindingQuery,
        response: { 200: ZFindingList },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findVisibleTenant(app.deps.db, actorOf(request), request.params.id);
      return { items: (await listFindings(app.deps.db, tenant.id, request.query.status)).map(presentFinding) };
    },
  );

  app.post(
    "/api/tenants/:id/findings/:findingId/accept",
    {
      schema: {
        tags: ["playbooks"],
        summary: "Accept an open finding as it stands, with the reason; the playbooks do not raise it again unless what they see changes",
        params: ZFindingParams,
        body: ZAcceptFinding,
        response: { 200: ZFinding },
      },
      config: { permission: "service.update" },
    },
    async (request) =>
      presentFinding(
        await acceptFinding(app.deps, { actor: actorOf(request), tenantId: request.params.id, findingId: request.params.findingId, input: request.body }),
      ),
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
      const tenant = await findVisibleTenant(app.deps.db, actorOf(request), request.params.id);
      return { items: (await listRuleEffects(app.deps.db, tenant.id, request.query)).map(presentRuleEffect) };
    },
  );

  app.get(
    "/api/tenants/:id/messages",
    {
      schema: {
        tags: ["playbooks"],
        summary: "The messages the playbooks put in the outbox for a tenant, newest first, with whether each was sent",
        params: ZIdParams,
        response: { 200: ZOutboxMessageList },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findVisibleTenant(app.deps.db, actorOf(request), request.params.id);
      return { items: (await listOutboxMessages(app.deps.db, tenant.id)).map(presentOutboxMessage) };
    },
  );
}
