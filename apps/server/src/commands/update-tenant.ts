import { findTenant, insertAuditEvents, updateTenantIfVersion } from "@waymark/db";
import type { TUpdateTenant } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, staleVersion } from "../errors.ts";
import { assertPartnerMayChange } from "../policies/partner.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent, changedFields } from "./audit.ts";
import { assertValidTimeZone } from "./time-zone.ts";

export async function updateTenant(deps: Deps, options: { actor: UserActor; tenantId: string; input: TUpdateTenant }) {
  const { actor, tenantId, input } = options;
  const { version, ...patch } = input;
  assertPartnerMayChange(actor, "tenant", patch);
  assertValidTimeZone(patch.timeZone);
  return deps.db.transaction(async (tx) => {
    const current = await assertMayWriteTenant(tx, actor, await findTenant(tx, tenantId, visibilityOf(actor)));
    if (current.version !== version) throw staleVersion("The tenant", version, current);
    if (patch.priorityOverride === null) patch.priorityOverrideReason = null;
    const overrideAfter = patch.priorityOverride !== undefined ? patch.priorityOverride : current.priorityOverride;
    const reasonAfter = patch.priorityOverrideReason !== undefined ? patch.priorityOverrideReason : current.priorityOverrideReason;
    if (overrideAfter && !reasonAfter?.trim()) {
      throw new AppError("validation_failed", "Say why the priority is overridden.", {
        errors: [{ path: "/body/priorityOverrideReason", message: "required with a priority override" }],
      });
    }
    const { before, after, changed } = changedFields(current, patch);
    if (!changed) return current;
    const updated = await updateTenantIfVersion(tx, tenantId, version, patch);
    if (!updated) throw staleVersion("The tenant", version, current);
    await insertAuditEvents(tx, [
      auditEvent(actor, "tenant.updated", { type: "tenant", id: tenantId }, { tenantId, customerId: current.customerId }, {
        before,
        after,
      }),
    ]);
    return { ...current, ...updated };
  });
}
