import {
  attributeStatusChanges,
  findService,
  findTenant,
  insertAuditEvents,
  replaceSplitRows,
  type SplitRow,
  updateServiceIfVersion,
} from "@waymark/db";
import type { TUpdateService } from "@waymark/contracts";
import { adjustSplitToTotal, isL1Status, localDate } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound, staleVersion } from "../errors.ts";
import { assertMayChangeEngagementScenario } from "../policies/engagement-scenario.ts";
import { assertPartnerMayChange } from "../policies/partner.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { lockFoundTenant } from "./lock-tenant.ts";
import { reviewServiceChange } from "./review-service-change.ts";
import { auditEvent, changedFields } from "./audit.ts";

/** A stored split row as the domain rule reads it; the database's CHECK constraint guarantees a known L1. */
function toSplitRule(row: SplitRow) {
  if (!isL1Status(row.l1)) throw new Error(`stored split row ${row.id} has an unknown L1 ${row.l1}`);
  return { ...row, l1: row.l1 };
}

const effectiveTotal = (s: { totalEntitlements: number; entitlementOverride: number | null }) =>
  s.entitlementOverride ?? s.totalEntitlements;

export async function updateService(deps: Deps, options: { actor: UserActor; serviceId: string; input: TUpdateService }) {
  const { actor, serviceId, input } = options;
  const { version, ...patch } = input;
  assertPartnerMayChange(actor, "service", patch);
  return deps.db.transaction(async (tx) => {
    const current = await findService(tx, serviceId);
    if (!current) throw notFound("The service");
    const tenant = await findTenant(tx, current.tenantId, visibilityOf(actor));
    await assertMayWriteTenant(tx, actor, tenant);
    const locked = await lockFoundTenant(tx, current.tenantId);
    if (current.version !== version) throw staleVersion("The service", version, current);
    assertMayChangeEngagementScenario(actor, current.engagementScenario, patch.engagementScenario);
    const { split, ...currentFields } = current;
    const { before, after, changed } = changedFields(currentFields, patch);
    if (!changed) return current;
    const statusChanged = patch.serviceStatus !== undefined && patch.serviceStatus !== current.serviceStatus;
    if (statusChanged) await attributeStatusChanges(tx, { userId: actor.userId });
    const updated = await updateServiceIfVersion(tx, serviceId, version, {
      ...patch,
      ...(statusChanged ? { serviceStatusSince: localDate(deps.now(), locked.timeZone) } : {}),
    });
    if (statusChanged) await attributeStatusChanges(tx);
    if (!updated) throw staleVersion("The service", version, current);
    const events = [
      auditEvent(actor, "service.updated", { type: "service", id: serviceId }, { tenantId: current.tenantId, customerId: current.customerId }, {
        before,
        after,
      }),
    ];
    let rows = split;
    const outcome = adjustSplitToTotal(split.map(toSplitRule), effectiveTotal(current), effectiveTotal(updated));
    if (!outcome.ok) {
      throw new AppError("validation_failed", outcome.message, {
        errors: [{ path: "/body/totalEntitlements", message: outcome.message }],
      });
    }
    if (outcome.reason) {
      rows = await replaceSplitRows(tx, updated, outcome.rows);
      events.push(
        auditEvent(actor, "service.split_adjusted", { type: "service", id: serviceId }, { tenantId: current.tenantId, customerId: current.customerId }, {
          before: split,
          after: rows,
          reason: outcome.reason,
        }),
      );
    }
    await insertAuditEvents(tx, events);
    await reviewServiceChange(tx, deps, { actor, tenant: locked, service: current.service });
    // Read back: the status history is written by the database, and the playbooks may have changed the service.
    const reviewed = await findService(tx, serviceId);
    if (!reviewed) throw new Error("service vanished inside its own transaction");
    return reviewed;
  });
}
