import { type Executor, findTenant, insertAuditEvents, listPlaybookRuns, repinPlaybookRun } from "@waymark/db";
import type { TUpgradePlaybook } from "@waymark/contracts";
import { findVersion, type PlaybookLibrary, type UpgradePreview, upgradePreview } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import { assertMayWriteTenant, findVisibleTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";
import { lockFoundTenant } from "./lock-tenant.ts";
import { libraryOf } from "./run-playbooks.ts";

async function previewFor(tx: Executor, library: PlaybookLibrary, tenantId: string, playbookId: string, toVersion?: number): Promise<UpgradePreview> {
  const run = (await listPlaybookRuns(tx, tenantId)).find((r) => r.playbookId === playbookId);
  if (!run) throw notFound(`A running ${playbookId} playbook on this tenant`);
  const latest = library.latest.find((p) => p.id === playbookId);
  const target = toVersion ?? latest?.version;
  const from = findVersion(library, playbookId, run.playbookVersion);
  const to = target === undefined ? undefined : findVersion(library, playbookId, target);
  if (!from) throw new Error(`the tenant runs ${playbookId} version ${run.playbookVersion}, which this deployment no longer has`);
  if (!to) {
    const known = library.versions.filter((p) => p.id === playbookId).map((p) => p.version);
    throw new AppError("validation_failed", `${playbookId} has no version ${target}; known versions: ${known.join(", ")}.`, {
      errors: [{ path: "/querystring/toVersion", message: "unknown version" }],
    });
  }
  return upgradePreview(from, to);
}

/** What moving the tenant's running playbook to another version (the latest by default) would change. Reads only. */
export async function previewPlaybookUpgrade(deps: Deps, options: { actor: UserActor; tenantId: string; playbookId: string; toVersion?: number }) {
  const tenant = await findVisibleTenant(deps.db, options.actor, options.tenantId);
  return previewFor(deps.db, libraryOf(deps), tenant.id, options.playbookId, options.toVersion);
}

/**
 * Moves the tenant's running playbook to another version: an explicit step, refused when the run moved since the
 * preview (fromVersion), audited with the preview and the person's reason.
 */
export async function upgradePlaybook(deps: Deps, options: { actor: UserActor; tenantId: string; playbookId: string; input: TUpgradePlaybook }) {
  const { actor, tenantId, playbookId, input } = options;
  return deps.db.transaction(async (tx) => {
    await assertMayWriteTenant(tx, actor, await findTenant(tx, tenantId, visibilityOf(actor)));
    const tenant = await lockFoundTenant(tx, tenantId);
    const preview = await previewFor(tx, libraryOf(deps), tenantId, playbookId, input.toVersion);
    if (preview.fromVersion !== input.fromVersion) {
      throw new AppError("version_conflict", `The tenant runs ${playbookId} version ${preview.fromVersion} now, not ${input.fromVersion}; look at the preview again.`, {
        current: preview,
      });
    }
    if (preview.fromVersion === preview.toVersion) {
      throw new AppError("validation_failed", `The tenant already runs ${playbookId} version ${preview.toVersion}.`, {
        errors: [{ path: "/body/toVersion", message: "same as the running version" }],
      });
    }
    if (!(await repinPlaybookRun(tx, tenantId, playbookId, preview.fromVersion, preview.toVersion))) {
      throw new AppError("version_conflict", `The ${playbookId} run changed while upgrading; look at the preview again.`, { current: preview });
    }
    await insertAuditEvents(tx, [
      auditEvent(actor, "playbook.upgraded", { type: "tenant", id: tenantId }, { tenantId, customerId: tenant.customerId }, {
        before: { playbookId, version: preview.fromVersion },
        after: { playbookId, version: preview.toVersion, preview },
        reason: input.reason,
      }),
    ]);
    return preview;
  });
}
