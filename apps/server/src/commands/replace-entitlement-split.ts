import { findService, findTenant, insertAuditEvents, replaceSplitRows, updateServiceIfVersion } from "@waymark/db";
import type { TReplaceSplit } from "@waymark/contracts";
import { checkEntitlementSplit } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound, staleVersion } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { lockFoundTenant } from "./lock-tenant.ts";
import { reviewServiceChange } from "./review-service-change.ts";
import { auditEvent } from "./audit.ts";
import { changedSplitNotes, gateNoteQuality, qualityOverrideEvents } from "./note-quality-gate.ts";

/** Replaces a service's L1 split in one step, so entitlements move between rows without the sum ever breaking. */
export async function replaceEntitlementSplit(
  deps: Deps,
  options: { actor: UserActor; serviceId: string; input: TReplaceSplit },
) {
  const { actor, serviceId, input } = options;
  return deps.db.transaction(async (tx) => {
    const current = await findService(tx, serviceId);
    if (!current) throw notFound("The service");
    const tenant = await findTenant(tx, current.tenantId, visibilityOf(actor));
    await assertMayWriteTenant(tx, actor, tenant);
    const locked = await lockFoundTenant(tx, current.tenantId);
    if (current.version !== input.version) throw staleVersion("The service", input.version, current);
    const total = current.entitlementOverride ?? current.totalEntitlements;
    const problems = checkEntitlementSplit(total, input.rows);
    if (problems.length > 0) {
      throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), {
        errors: problems.map((p) => ({ path: `/body${p.path}`, message: p.message })),
      });
    }
    const overridden = gateNoteQuality(changedSplitNotes(current.split, input.rows), input.qualityOverride);
    const updated = await updateServiceIfVersion(tx, serviceId, input.version, {});
    if (!updated) throw staleVersion("The service", input.version, current);
    const rows = await replaceSplitRows(tx, updated, input.rows);
    await insertAuditEvents(tx, [
      auditEvent(actor, "service.split_replaced", { type: "service", id: serviceId }, { tenantId: current.tenantId, customerId: current.customerId }, {
        before: current.split,
        after: rows,
      }),
      ...qualityOverrideEvents(actor, { type: "service", id: serviceId }, { tenantId: current.tenantId, customerId: current.customerId }, overridden),
    ]);
    const effects = await reviewServiceChange(tx, deps, { actor, tenant: locked, service: current.service });
    if (effects.length === 0) return { ...updated, split: rows, usage: current.usage };
    const reviewed = await findService(tx, serviceId);
    if (!reviewed) throw new Error("service vanished inside its own transaction");
    return reviewed;
  });
}
