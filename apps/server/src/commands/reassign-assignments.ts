import { createHash } from "node:crypto";
import {
  assignmentHoldingsOf,
  deleteAssignment,
  type Executor,
  findUserById,
  type HeldAssignmentRow,
  insertAuditEvents,
  listAssignmentsOfUser,
  lockTenantsInOrder,
  makeSlotPrimaryForUser,
  moveAssignmentToUser,
  type UserRow,
} from "@waymark/db";
import type { TReassignmentCommit, TReassignmentInput, TReassignmentPlan } from "@waymark/contracts";
import { accessLevelByCode, assignmentRoleLabel, isAssignmentRole, planReassignment } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { accessLevelOf } from "../policies/permissions.ts";
import { auditEvent } from "./audit.ts";

type Problem = { path: string; message: string };
type Plan = { plan: TReassignmentPlan; held: HeldAssignmentRow[] };

/** Moving a whole book of business is for the levels that assign on every tenant (FTOP rbac-controls). */
function assertMayReassign(actor: UserActor) {
  const level = accessLevelOf(actor);
  if (level !== null && accessLevelByCode(level).assign === "all") return;
  throw new AppError(
    "forbidden",
    "Bulk reassignment is for the Assigned and Assignment roles (such as Team Manager or FastTrack Team Lead) and administrators; a primary FM changes their tenants' assignments one by one.",
  );
}

/** The leaver and the colleagues must exist; colleagues must be active and on the same side of the partner boundary. */
async function people(tx: Executor, input: TReassignmentInput): Promise<{ from: UserRow; to: UserRow[] }> {
  const problems: Problem[] = [];
  const from = await findUserById(tx, input.fromUserId);
  if (!from) problems.push({ path: "/body/fromUserId", message: `There is no user with id ${input.fromUserId}.` });
  const to: UserRow[] = [];
  for (const [index, id] of input.toUserIds.entries()) {
    const user = await findUserById(tx, id);
    const path = `/body/toUserIds/${index}`;
    if (!user) problems.push({ path, message: `There is no user with id ${id}.` });
    else if (user.disabledAt) problems.push({ path, message: `${user.displayName} is disabled; pick an active colleague.` });
    else if (from && user.partnerId !== from.partnerId) {
      problems.push({
        path,
        message: from.partnerId
          ? `${user.displayName} is not in ${from.displayName}'s partner organisation; a partner's assignments go to people of the same partner.`
          : `${user.displayName} is a partner user; ${from.displayName}'s assignments go to FastTrack colleagues.`,
      });
    } else to.push(user);
  }
  if (problems.length > 0 || !from) throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), { errors: problems });
  return { from, to };
}

const fingerprintOf = (held: HeldAssignmentRow[], toUserIds: string[]) =>
  createHash("sha256")
    .update(JSON.stringify([held.map((a) => `${a.id}:${a.isPrimary}`).sort(), toUserIds]))
    .digest("base64url")
    .slice(0, 24);

async function planFor(tx: Executor, input: TReassignmentInput): Promise<Plan> {
  const { from, to } = await people(tx, input);
  const held = await listAssignmentsOfUser(tx, from.id, input);
  const holdings = await assignmentHoldingsOf(tx, to.map((u) => u.id));
  const moves = planReassignment(
    held,
    to.map((u) => ({ userId: u.id, currentLoad: holdings.get(u.id)?.load ?? 0 })),
    new Map(to.map((u) => [u.id, holdings.get(u.id)?.slots ?? new Set<string>()])),
  );
  const byId = new Map(held.map((a) => [a.id, a]));
  const names = new Map(to.map((u) => [u.id, u.displayName]));
  const planned = moves.map((move) => {
    const a = byId.get(move.assignmentId) as HeldAssignmentRow;
    return {
      assignmentId: a.id,
      level: a.tenantId === null ? ("customer" as const) : a.service === null ? ("tenant" as const) : ("service" as const),
      tenantId: a.tenantId,
      tenantName: a.tenantName,
      customerId: a.customerId,
      customerName: a.customerName,
      service: a.service,
      role: a.role,
      roleLabel: isAssignmentRole(a.role) ? assignmentRoleLabel(a.role) : a.role,
      isPrimary: a.isPrimary,
      to: { id: move.toUserId, name: names.get(move.toUserId) ?? "" },
      merge: move.merge,
    };
  });
  const unitsOf = (list: typeof planned) => new Set(list.map((m) => m.tenantId ?? `customer:${m.customerId}`)).size;
  const plan: TReassignmentPlan = {
    from: { id: from.id, name: from.displayName },
    to: to.map((u) => {
      const mine = planned.filter((m) => m.to.id === u.id);
      return { id: u.id, name: u.displayName, currentLoad: holdings.get(u.id)?.load ?? 0, units: unitsOf(mine), assignments: mine.length, primaries: mine.filter((m) => m.isPrimary).length };
    }),
    counts: {
      tenants: new Set(planned.flatMap((m) => (m.tenantId ? [m.tenantId] : []))).size,
      customers: new Set(planned.flatMap((m) => (m.tenantId ? [] : [m.customerId]))).size,
      assignments: planned.length,
      primaries: planned.filter((m) => m.isPrimary).length,
      merged: planned.filter((m) => m.merge).length,
    },
    moves: planned,
    previewFingerprint: fingerprintOf(held, input.toUserIds),
    applied: false,
  };
  return { plan, held };
}

/** What the reassignment would do, changing nothing. */
export async function previewReassignment(deps: Deps, options: { actor: UserActor; input: TReassignmentInput }): Promise<TReassignmentPlan> {
  assertMayReassign(options.actor);
  return deps.db.transaction(async (tx) => (await planFor(tx, options.input)).plan, { accessMode: "read only" });
}

/**
 * Carries out the previewed reassignment in one transaction: every assignment moves (or merges into the colleague's
 * own), each move audited with the reason, or nothing moves. A preview that no longer matches is refused with the new one.
 */
export async function reassignAssignments(deps: Deps, options: { actor: UserActor; input: TReassignmentCommit }): Promise<TReassignmentPlan> {
  const { actor, input } = options;
  assertMayReassign(actor);
  return deps.db.transaction(async (tx) => {
    const before = await listAssignmentsOfUser(tx, input.fromUserId, input);
    await lockTenantsInOrder(tx, [...new Set(before.flatMap((a) => (a.tenantId ? [a.tenantId] : [])))]);
    const { plan, held } = await planFor(tx, input);
    if (plan.previewFingerprint !== input.previewFingerprint) {
      throw new AppError(
        "version_conflict",
        `${plan.from.name}'s assignments changed since the preview (they now come to ${plan.counts.assignments}); review the new preview and confirm again.`,
        { current: plan },
      );
    }
    const byId = new Map(held.map((a) => [a.id, a]));
    const events = [];
    for (const move of plan.moves) {
      const a = byId.get(move.assignmentId) as HeldAssignmentRow;
      const scope = { tenantId: a.tenantId, customerId: a.customerId };
      const reason = `Reassigned from ${plan.from.name} to ${move.to.name}: ${input.reason}`;
      if (move.merge) {
        await deleteAssignment(tx, a.id);
        if (a.isPrimary) await makeSlotPrimaryForUser(tx, a, move.to.id);
      } else {
        await moveAssignmentToUser(tx, a.id, move.to.id);
      }
      events.push(
        auditEvent(actor, "assignment.reassigned", { type: "assignment", id: a.id }, scope, {
          before: { userId: a.userId, role: a.role, service: a.service, isPrimary: a.isPrimary },
          after: { userId: move.to.id, merged: move.merge, isPrimary: a.isPrimary },
          reason,
        }),
      );
    }
    events.push(
      auditEvent(actor, "assignment.bulk_reassigned", { type: "user", id: plan.from.id }, {}, {
        after: { counts: plan.counts, to: plan.to.map((t) => ({ id: t.id, units: t.units, assignments: t.assignments })) },
        reason: input.reason,
      }),
    );
    await insertAuditEvents(tx, events);
    return { ...plan, applied: true };
  });
}
