import { findService, findTenant, insertAuditEvents, replaceSplitRows, type SplitRow, updateServiceIfVersion } from "@waymark/db";
import type { TMoveEntitlements } from "@waymark/contracts";
import { isL1Status, l1Label, type MovableSplitRow, moveEntitlements as moveBetweenRows, type ServiceCode } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound, staleVersion } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { lockFoundTenant } from "./lock-tenant.ts";
import { reviewServiceChange } from "./review-service-change.ts";
import { auditEvent } from "./audit.ts";
import { changedSplitNotes, gateNoteQuality, qualityOverrideEvents } from "./note-quality-gate.ts";

function toMovable(row: SplitRow): MovableSplitRow {
  if (!isL1Status(row.l1)) throw new Error(`stored split row ${row.id} has an unknown L1 ${row.l1}`);
  const { l1, entitlements, l2, l3, targetDate, owner, notes, nextActionDate, engagementStartDate } = row;
  return { l1, entitlements, l2, l3, targetDate, owner, notes, nextActionDate, engagementStartDate };
}

/**
 * Moves entitlements from one L1 row of a service to another in one step: the split keeps its sum, the destination
 * row's fields pass the same rules as a whole-split replace, and the rows keep their ids.
 */
export async function moveEntitlements(deps: Deps, options: { actor: UserActor; serviceId: string; input: TMoveEntitlements }) {
  const { actor, serviceId, input } = options;
  const { version, from, to, entitlements, qualityOverride, ...fields } = input;
  return deps.db.transaction(async (tx) => {
    const current = await findService(tx, serviceId);
    if (!current) throw notFound("The service");
    await assertMayWriteTenant(tx, actor, await findTenant(tx, current.tenantId, visibilityOf(actor)));
    const locked = await lockFoundTenant(tx, current.tenantId);
    if (current.version !== version) throw staleVersion("The service", version, current);
    const outcome = moveBetweenRows(
      current.service as ServiceCode,
      current.entitlementOverride ?? current.totalEntitlements,
      current.split.map(toMovable),
      { from, to, entitlements, fields },
    );
    if (!outcome.ok) {
      throw new AppError("validation_failed", outcome.problems.map((p) => p.message).join(" "), {
        errors: outcome.problems.map((p) => ({ path: p.path === "/" ? "/body" : `/body${p.path}`, message: p.message })),
      });
    }
    // Only the destination row's note can be new here; it is rated as the split replace rates its notes.
    const notes = changedSplitNotes(current.split, outcome.rows).map((note) => ({ ...note, path: "/body/notes" }));
    const overridden = gateNoteQuality(notes, qualityOverride);
    const updated = await updateServiceIfVersion(tx, serviceId, version, {});
    if (!updated) throw staleVersion("The service", version, current);
    const rows = await replaceSplitRows(
      tx,
      updated,
      outcome.rows.map((row) => ({ ...row, id: current.split.find((old) => old.l1 === row.l1)?.id })),
    );
    await insertAuditEvents(tx, [
      auditEvent(actor, "service.entitlements_moved", { type: "service", id: serviceId }, { tenantId: current.tenantId, customerId: current.customerId }, {
        before: current.split,
        after: rows,
        reason: `${entitlements} moved from ${l1Label(from)} to ${l1Label(to)}`,
      }),
      ...qualityOverrideEvents(actor, { type: "service", id: serviceId }, { tenantId: current.tenantId, customerId: current.customerId }, overridden),
    ]);
    await reviewServiceChange(tx, deps, { actor, tenant: locked, service: current.service });
    const reviewed = await findService(tx, serviceId);
    if (!reviewed) throw new Error("service vanished inside its own transaction");
    return reviewed;
  });
}
