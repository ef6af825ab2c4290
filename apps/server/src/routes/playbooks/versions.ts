import { listPlaybookRuns } from "@waymark/db";
import { ZIdParams, ZPlaybookParams, ZPlaybookRunList, ZUpgradePlaybook, ZUpgradePreview, ZUpgradeQuery } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { libraryOf } from "../../commands/run-playbooks.ts";
import { previewPlaybookUpgrade, upgradePlaybook } from "../../commands/upgrade-playbook.ts";
import { findVisibleTenant } from "../../policies/visibility.ts";

/** The playbooks running on a tenant, each pinned to its version, and the explicit, previewed step to a newer one. */
export function playbookVersionRoutes(app: App) {
  app.get(
    "/api/tenants/:id/playbooks",
    {
      schema: { tags: ["playbooks"], summary: "The playbooks running on a tenant, the version each is pinned to, and the latest", params: ZIdParams, response: { 200: ZPlaybookRunList } },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findVisibleTenant(app.deps.db, actorOf(request), request.params.id);
      const library = libraryOf(app.deps);
      const runs = await listPlaybookRuns(app.deps.db, tenant.id);
      return {
        items: runs.map((run) => {
          const latest = library.latest.find((p) => p.id === run.playbookId);
          return {
            playbookId: run.playbookId,
            title: latest?.title ?? run.playbookId,
            pinnedVersion: run.playbookVersion,
            latestVersion: latest?.version ?? run.playbookVersion,
            startedAt: run.startedAt.toISOString(),
          };
        }),
      };
    },
  );

  app.get(
    "/api/tenants/:id/playbooks/:playbookId/upgrade-preview",
    {
      schema: {
        tags: ["playbooks"],
        summary: "What moving the tenant's running playbook to another version would change (rules and tasks); changes nothing",
        params: ZPlaybookParams,
        querystring: ZUpgradeQuery,
        response: { 200: ZUpgradePreview },
      },
      config: { permission: "tenant.read" },
    },
    async (request) =>
      previewPlaybookUpgrade(app.deps, {
        actor: actorOf(request),
        tenantId: request.params.id,
        playbookId: request.params.playbookId,
        ...(request.query.toVersion ? { toVersion: request.query.toVersion } : {}),
      }),
  );

  app.post(
    "/api/tenants/:id/playbooks/:playbookId/upgrade",
    {
      schema: {
        tags: ["playbooks"],
        summary: "Move the tenant's running playbook to another version, with a reason; audited",
        params: ZPlaybookParams,
        body: ZUpgradePlaybook,
        response: { 200: ZUpgradePreview },
      },
      config: { permission: "playbook.upgrade" },
    },
    async (request) =>
      upgradePlaybook(app.deps, { actor: actorOf(request), tenantId: request.params.id, playbookId: request.params.playbookId, input: request.body }),
  );
}
