import {
  closeFindings,
  enqueueOutboxMessage,
  type AssignmentRow,
  deleteAssignment,
  type Executor,
  findPrimaryFm,
  findServicesOfTenant,
  findTenant,
  insertAssignment,
  insertAuditEvents,
  listAssignmentsInRole,
  lockTenant,
  moveAssignmentToUser,
  type NewAuditEvent,
  type PrimaryFm,
  repointDuplicates,
  replaceSplitRows,
  setAssignmentPrimary,
  setDuplicateOf,
  type TenantRow,
  updateServiceIfVersion,
} from "@waymark/db";
import type { TConfirmDuplicate, TDuplicateConfirmed } from "@waymark/contracts";
import { checkEntitlementSplit, isServiceCode, serviceLabel } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";
import { reviewServiceChange } from "./review-service-change.ts";

/** The Gateway's prompts (seed 003) a confirmed duplicate answers: check for duplicates, compare in Viewpoint. */
const GATEWAY_DUPLICATE_PROMPTS = ["check_duplicate_tenants", "compare_in_viewpoint"];

const refuse = (path: string, message: string) => new AppError("validation_failed", message, { errors: [{ path, message }] });
const labelOf = (service: string) => (isServiceCode(service) ? serviceLabel(service) : service);

/**
 * Confirms a tenant as a duplicate of a winner tenant (seed 003): links it to the winner, sets every service's
 * entitlements to L1 Duplicate/Invalid (out of FastTrack reporting), and hands the tenant to the winner's primary FM.
 */
export async function confirmDuplicate(deps: Deps, options: { actor: UserActor; tenantId: string; input: TConfirmDuplicate }): Promise<TDuplicateConfirmed> {
  const { actor, tenantId, input } = options;
  return deps.db.transaction(async (tx) => {
    const found = await findTenant(tx, tenantId, visibilityOf(actor));
    if (!found) throw notFound("The tenant");
    if (actor.partnerId) {
      throw new AppError("forbidden", `Partner users cannot confirm duplicate tenants: the check belongs to the FastTrack Manager and moves ${found.name} to another FM. Ask its FastTrack Manager.`);
    }
    await assertMayWriteTenant(tx, actor, found);
    if (input.winnerTenantId === tenantId) throw refuse("/body/winnerTenantId", `${found.name} cannot be a duplicate of itself; pick the other tenant of the same organisation as the winner.`);
    const winnerFound = await findTenant(tx, input.winnerTenantId, visibilityOf(actor));
    if (!winnerFound) throw refuse("/body/winnerTenantId", `There is no tenant with id ${input.winnerTenantId} that you can see; pick the winner among the duplicate candidates.`);
    const { duplicate, winner } = await lockBoth(tx, tenantId, input.winnerTenantId);
    if (duplicate.duplicateOfTenantId) throw refuse("/params/id", `${duplicate.name} is already a confirmed duplicate of another tenant; it cannot be confirmed again.`);
    if (winner.duplicateOfTenantId === duplicate.id) {
      throw refuse("/body/winnerTenantId", `${winner.name} is already a confirmed duplicate of ${duplicate.name}: confirming this would make each a duplicate of the other. ${duplicate.name} is the winner.`);
    }
    if (winner.duplicateOfTenantId) {
      throw refuse("/body/winnerTenantId", `${winner.name} is itself a confirmed duplicate (of tenant ${winner.duplicateOfTenantId}); pick that tenant, the one that stays, as the winner.`);
    }
    const scope = { tenantId: duplicate.id, customerId: duplicate.customerId };
    const events: NewAuditEvent[] = [];
    const messages = [`${duplicate.name} is now a confirmed duplicate of ${winner.name}.`];
    const updated = await setDuplicateOf(tx, duplicate.id, winner.id);
    events.push(
      auditEvent(actor, "tenant.duplicate_confirmed", { type: "tenant", id: duplicate.id }, scope, {
        before: { duplicateOfTenantId: null },
        after: { duplicateOfTenantId: winner.id, winnerName: winner.name },
        reason: input.reason,
      }),
    );
    for (const moved of await repointDuplicates(tx, duplicate.id, winner.id)) {
      messages.push(`${moved.name}, a confirmed duplicate of ${duplicate.name}, now points at ${winner.name} too.`);
      events.push(
        auditEvent(actor, "tenant.duplicate_confirmed", { type: "tenant", id: moved.id }, { tenantId: moved.id, customerId: moved.customerId }, {
          before: { duplicateOfTenantId: duplicate.id },
          after: { duplicateOfTenantId: winner.id, winnerName: winner.name },
          reason: `${duplicate.name} became a duplicate of ${winner.name}: ${input.reason}`,
        }),
      );
    }
    const services = await markServicesDuplicate(tx, actor, duplicate, winner, input.reason, events);
    if (services.length > 0) {
      const list = services.map((s) => `${labelOf(s.service)} (${s.entitlements})`).join(", ");
      messages.push(`All entitlements of its ${services.length === 1 ? "service" : `${services.length} services`} are now Duplicate/Invalid, out of FastTrack reporting: ${list}.`);
    } else messages.push(`${duplicate.name} has no services to set to Duplicate/Invalid.`);
    const primaryFm = await handOverToWinnersFm(tx, actor, duplicate, winner, events, messages, deps.mailDomain);
    // The confirmation settles the Gateway's duplicate check: its prompts close, with the confirmation as the reason.
    for (const closed of await closeFindings(tx, duplicate.id, GATEWAY_DUPLICATE_PROMPTS, deps.now())) {
      events.push(
        auditEvent(actor, "finding.closed", { type: "finding", id: closed.id }, scope, {
          before: { code: closed.code, status: "open" },
          after: { code: closed.code, status: "closed" },
          reason: `${duplicate.name} is a confirmed duplicate of ${winner.name}: the duplicate check is settled.`,
        }),
      );
    }
    await insertAuditEvents(tx, events);
    for (const service of services) await reviewServiceChange(tx, deps, { actor, tenant: updated, service: service.service });
    return { tenant: { id: updated.id, name: updated.name, version: updated.version }, winner: { id: winner.id, name: winner.name }, services, primaryFm, messages };
  });
}

/** Locks both tenants in id order, so two confirmations crossing each other wait instead of deadlocking. */
async function lockBoth(tx: Executor, duplicateId: string, winnerId: string): Promise<{ duplicate: TenantRow; winner: TenantRow }> {
  const locked = new Map<string, TenantRow>();
  for (const id of [duplicateId, winnerId].sort()) {
    const row = await lockTenant(tx, id);
    if (!row) throw new Error("tenant vanished inside its own transaction");
    locked.set(id, row);
  }
  return { duplicate: locked.get(duplicateId) as TenantRow, winner: locked.get(winnerId) as TenantRow };
}

/** One Duplicate/Invalid row per service for its whole (effective) total, so the split still sums. */
async function markServicesDuplicate(tx: Executor, actor: UserActor, duplicate: TenantRow, winner: TenantRow, reason: string, events: NewAuditEvent[]) {
  const changed: { service: string; entitlements: number }[] = [];
  for (const current of await findServicesOfTenant(tx, duplicate.id)) {
    const total = current.entitlementOverride ?? current.totalEntitlements;
    const rows = [{ l1: "duplicate_invalid" as const, entitlements: total, l2: null, l3: null, targetDate: null, owner: null, engagementStartDate: null, notes: `Duplicate of ${winner.name} (tenant ${winner.tenantGuid}).` }];
    const problems = checkEntitlementSplit(total, rows);
    if (problems.length > 0) throw new Error(`a Duplicate/Invalid split breaks a rule: ${problems.map((p) => p.message).join(" ")}`);
    const updated = await updateServiceIfVersion(tx, current.id, current.version, {});
    if (!updated) throw new Error("service changed under the tenant's lock");
    const split = await replaceSplitRows(tx, updated, rows);
    events.push(auditEvent(actor, "service.split_replaced", { type: "service", id: current.id }, { tenantId: duplicate.id, customerId: duplicate.customerId }, { before: current.split, after: split, reason }));
    changed.push({ service: current.service, entitlements: total });
  }
  return changed;
}

/**
 * Gives the duplicate's whole-tenant primary FM assignment to the winner's primary FM ("reassign the tenant to the
 * existing FM"); when the winner has none, the duplicate's assignments stay as they are.
 */
async function handOverToWinnersFm(
  tx: Executor,
  actor: UserActor,
  duplicate: TenantRow,
  winner: TenantRow,
  events: NewAuditEvent[],
  messages: string[],
  mailDomain: string | undefined,
) {
  const winnerFm: PrimaryFm | null = await findPrimaryFm(tx, winner);
  const place = { customerId: duplicate.customerId, tenantId: duplicate.id };
  const fms = await listAssignmentsInRole(tx, place, "fm");
  const current = fms.find((row) => row.isPrimary);
  const ownFm = await findPrimaryFm(tx, duplicate);
  if (!winnerFm) {
    messages.push(`${winner.name} has no primary FastTrack Manager: ${duplicate.name}'s assignments are unchanged${ownFm ? ` (${ownFm.name} stays its primary FM)` : ""}. Assign the tenant yourself.`);
    return ownFm && { id: ownFm.userId, name: ownFm.name };
  }
  const fm = { id: winnerFm.userId, name: winnerFm.name };
  if (current?.userId === winnerFm.userId) {
    messages.push(`${winnerFm.name}, the primary FM of ${winner.name}, already is ${duplicate.name}'s primary FM.`);
    return fm;
  }
  const scope = { tenantId: duplicate.id, customerId: duplicate.customerId };
  const reason = `${duplicate.name} is a duplicate of ${winner.name}, worked by ${winnerFm.name}`;
  const held = fms.find((row) => row.userId === winnerFm.userId);
  const record = (action: string, entity: AssignmentRow, change: { before?: unknown; after?: unknown }) =>
    events.push(auditEvent(actor, action, { type: "assignment", id: entity.id }, scope, { ...change, reason }));
  if (current) {
    if (held || !current.userId) {
      await deleteAssignment(tx, current.id);
      record("assignment.removed", current, { before: current });
    } else {
      await moveAssignmentToUser(tx, current.id, winnerFm.userId);
      record("assignment.reassigned", current, { before: current, after: { ...current, userId: winnerFm.userId, assigneeName: winnerFm.name } });
    }
  }
  if (held) {
    await setAssignmentPrimary(tx, held.id, true);
    record("assignment.primary_changed", held, { before: held, after: { ...held, isPrimary: true } });
  } else if (!current?.userId) {
    const added = await insertAssignment(tx, { ...place, userId: winnerFm.userId, role: "fm", isPrimary: true, createdById: actor.userId });
    record("assignment.added", added, { after: { ...added, assigneeName: winnerFm.name } });
  }
  const from = ownFm && ownFm.userId !== winnerFm.userId ? `from ${ownFm.name} ` : "";
  // Seed 003: the existing FM is told an additional tenant of their customer was assigned to them.
  await enqueueOutboxMessage(tx, {
    tenant: duplicate,
    template: "duplicate_tenant_assigned",
    recipientUserId: winnerFm.userId,
    subject: `${duplicate.name} is a duplicate of ${winner.name} and is now yours`,
    body: `${actor.displayName} confirmed that ${duplicate.name} (tenant ${duplicate.tenantGuid}) is a duplicate of ${winner.name}, which you work. Its services are now Duplicate/Invalid and you are its primary FastTrack Manager.\n\nWhy: ${reason}.`,
    idempotencyKey: `${duplicate.id}/duplicate_tenant_assigned/${winnerFm.userId}`,
    ruleId: null,
    mailDomain,
  });
  messages.push(`${duplicate.name}'s primary FastTrack Manager changes ${from}to ${winnerFm.name}, the primary FM of ${winner.name}, who is sent a message about it.`);
  return fm;
}
