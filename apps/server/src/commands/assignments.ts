import {
  type AssignmentListRow,
  type AssignmentRow,
  type AssignmentPlace,
  deleteAssignment,
  demotePrimaryInSlot,
  type Executor,
  findAssignment,
  findCustomer,
  findPartnerById,
  findQueueById,
  findSameAssignment,
  findServicesOfTenant,
  findTenant,
  findUserById,
  insertAssignment,
  insertAuditEvents,
  isAssignedToTenant,
  listAssignmentsAt,
  listAssignmentsInRole,
  lockCustomer,
  lockTenant,
  type NewAuditEvent,
  setAssignmentPrimary,
} from "@waymark/db";
import type { TAssignmentInput } from "@waymark/contracts";
import { assignmentRoleLabel, isAssignmentRole, isPartnerAssignmentRole, isServiceCode, serviceLabel } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import { assignmentRightOn } from "../policies/assignment-rights.ts";
import { visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";

/** A tenant, or a customer at TPID level (`tenantId` null), with its name for messages. */
type Place = AssignmentPlace & { name: string };
/** Which tenant or customer a change is asked for. */
export type PlaceRef = { kind: "tenant" | "customer"; id: string };

const PARTNER_ROLES = "the Partner roles (P-RM, P-FM, P-FE)";

/** What an assignment change did, with names, for the response. */
export type AssignmentChangeResult = {
  assignment: AssignmentListRow;
  demotedPrimary: AssignmentListRow[];
  promotedPrimary: AssignmentListRow | null;
  messages: string[];
};

/** The role an RM assignment has; the tenant's only RM is its primary (reporting needs a tenant primary RM). */
const LONE_PRIMARY_ROLE = "rm";

const roleLabel = (role: string) => (isAssignmentRole(role) ? assignmentRoleLabel(role) : role);
const where = (service: string | null) => (service && isServiceCode(service) ? ` on ${serviceLabel(service)}` : "");

/** Refuses a change the actor's assignment right does not cover, saying who can make it. */
async function assertMayAssign(tx: Executor, actor: UserActor, place: Place, role: string) {
  const right = await assignmentRightOn(tx, actor, place);
  if (right === "all") return;
  if (right === "partner_roles") {
    if (isPartnerAssignmentRole(role)) return;
    throw new AppError("forbidden", `Partner users change only ${PARTNER_ROLES} on ${place.name}; the other assignments are for the FastTrack team.`);
  }
  if (actor.partnerId) {
    throw new AppError("forbidden", `${place.name} is not assigned to your partner organisation or to you: you cannot change its assignments.`);
  }
  throw new AppError(
    "forbidden",
    `You cannot change who is assigned to ${place.name}: only its primary FastTrack Manager, the Assigned and Assignment roles (such as Team Manager or FastTrack Team Lead) and administrators can. Ask one of them.`,
  );
}

/** The tenant or customer the actor may see, locked for the change, once they may change its assignments in `role`. */
async function placeForChange(tx: Executor, actor: UserActor, at: PlaceRef, role: string): Promise<Place> {
  let place: Place;
  if (at.kind === "tenant") {
    const tenant = await findTenant(tx, at.id, visibilityOf(actor));
    if (!tenant) throw notFound("The tenant");
    await lockTenant(tx, tenant.id);
    place = { customerId: tenant.customerId, tenantId: tenant.id, name: tenant.name };
  } else {
    const customer = await findCustomer(tx, at.id, visibilityOf(actor));
    if (!customer) throw notFound("The customer");
    await lockCustomer(tx, customer.id);
    place = { customerId: customer.id, tenantId: null, name: customer.name };
  }
  await assertMayAssign(tx, actor, place, role);
  return place;
}

const scopeOf = (place: Place) => ({ tenantId: place.tenantId, customerId: place.customerId });

/** Adds an assignment; a new primary demotes the previous one of the same role (and service), in one transaction. */
export async function addAssignment(deps: Deps, options: { actor: UserActor; at: PlaceRef; input: TAssignmentInput }): Promise<AssignmentChangeResult> {
  const { actor, input } = options;
  return deps.db.transaction(async (tx) => {
    const place = await placeForChange(tx, actor, options.at, input.role);
    const { name: assigneeName, partnerId: assigneePartnerId } = await checkAssignee(tx, actor, place, input);
    const key = {
      customerId: place.customerId,
      tenantId: place.tenantId,
      service: input.service,
      role: input.role,
      userId: input.userId ?? null,
      queueId: input.queueId ?? null,
      partnerId: input.partnerId ?? null,
    };
    const label = `${roleLabel(input.role)}${where(input.service)}`;
    const existing = await findSameAssignment(tx, key);
    if (existing) {
      throw new AppError(
        "already_exists",
        `${assigneeName} is already assigned to ${place.name} as ${label}${existing.isPrimary ? " (primary)" : ""}; remove that assignment first to change it.`,
        { current: { id: existing.id, isPrimary: existing.isPrimary } },
      );
    }
    const names = await namesOf(tx, place);
    const demoted = input.isPrimary ? (await demotePrimaryInSlot(tx, key)).map(names) : [];
    const inserted = await insertAssignment(tx, {
      customerId: place.customerId,
      tenantId: place.tenantId,
      service: key.service,
      userId: key.userId,
      queueId: key.queueId,
      partnerId: key.partnerId,
      role: input.role,
      isPrimary: input.isPrimary,
      createdById: actor.userId,
      createdAt: deps.now(),
    });
    const assignment: AssignmentListRow = { ...inserted, assigneeName, assignedByName: actor.displayName, assigneePartnerId };
    const scope = scopeOf(place);
    const level = place.tenantId ? "" : ` of ${place.name} at customer (TPID) level, covering all its tenants`;
    const messages = [`${assigneeName} was assigned as ${input.isPrimary ? "primary " : ""}${label}${level}.`];
    const events: NewAuditEvent[] = [auditEvent(actor, "assignment.added", { type: "assignment", id: inserted.id }, scope, { after: { ...assignment, demotedPrimaryIds: demoted.map((d) => d.id) } })];
    for (const old of demoted) {
      const message = `${old.assigneeName ?? "The previous primary"} is no longer primary ${label}: ${assigneeName} replaces them.`;
      messages.push(message);
      events.push(auditEvent(actor, "assignment.primary_changed", { type: "assignment", id: old.id }, scope, { before: { ...old, isPrimary: true }, after: { ...old, isPrimary: false }, reason: message }));
    }
    const promoted = await promoteLoneRm(tx, actor, place, names, events, messages, assignment);
    await insertAuditEvents(tx, events);
    return { assignment: promoted?.id === assignment.id ? promoted : assignment, demotedPrimary: demoted, promotedPrimary: promoted, messages };
  });
}

/** Removes a tenant, service or customer-level (TPID) assignment. */
export async function removeAssignment(deps: Deps, options: { actor: UserActor; assignmentId: string }): Promise<AssignmentChangeResult> {
  const { actor } = options;
  return deps.db.transaction(async (tx) => {
    const found = await findAssignment(tx, options.assignmentId);
    if (!found) throw notFound("The assignment");
    const at: PlaceRef = found.tenantId ? { kind: "tenant", id: found.tenantId } : { kind: "customer", id: found.customerId };
    const visible = at.kind === "tenant" ? await findTenant(tx, at.id, visibilityOf(actor)) : await findCustomer(tx, at.id, visibilityOf(actor));
    if (!visible) throw notFound("The assignment");
    const names = await namesOf(tx, { customerId: found.customerId, tenantId: found.tenantId });
    const current = names(found);
    if (actor.partnerId && current.assigneePartnerId !== actor.partnerId) throw notFound("The assignment");
    const place = await placeForChange(tx, actor, at, found.role);
    if (actor.partnerId && found.partnerId === actor.partnerId) {
      throw new AppError(
        "forbidden",
        `This assignment is what links ${place.name} to ${current.assigneeName ?? "your partner organisation"}: without it the tenant leaves your organisation (and its AU credit with it). Ask the tenant's FastTrack Partner Manager if it really must go.`,
      );
    }
    const removed = names((await deleteAssignment(tx, found.id)) ?? found);
    const messages = [`${removed.assigneeName ?? "The assignee"} is no longer ${removed.isPrimary ? "primary " : ""}${roleLabel(removed.role)}${where(removed.service)}.`];
    if (removed.userId && place.tenantId && !(await isAssignedToTenant(tx, { userId: removed.userId }, place.tenantId))) {
      messages.push(`${removed.assigneeName ?? "The assignee"} has no other assignment on ${place.name} and is removed from it: it leaves their tenant lists and they can no longer change it.`);
    }
    const events: NewAuditEvent[] = [auditEvent(actor, "assignment.removed", { type: "assignment", id: removed.id }, scopeOf(place), { before: removed, reason: messages.slice(1).join(" ") || null })];
    const promoted = await promoteLoneRm(tx, actor, place, names, events, messages, null);
    await insertAuditEvents(tx, events);
    return { assignment: removed, demotedPrimary: [], promotedPrimary: promoted, messages };
  });
}

/** When the tenant (or customer) has exactly one whole RM after a change, that RM is its primary. */
async function promoteLoneRm(
  tx: Executor,
  actor: UserActor,
  place: Place,
  names: (row: AssignmentRow) => AssignmentListRow,
  events: NewAuditEvent[],
  messages: string[],
  added: AssignmentListRow | null,
): Promise<AssignmentListRow | null> {
  const rms = await listAssignmentsInRole(tx, place, LONE_PRIMARY_ROLE);
  const [only] = rms;
  if (rms.length !== 1 || !only || only.isPrimary) return null;
  const updated = await setAssignmentPrimary(tx, only.id, true);
  if (!updated) return null;
  const promoted = added?.id === updated.id ? { ...added, isPrimary: true } : names(updated);
  const message = `${promoted.assigneeName ?? "The only Regional Manager"} is now primary ${roleLabel(LONE_PRIMARY_ROLE)}, being the ${place.tenantId ? "tenant" : "customer"}'s only one.`;
  messages.push(message);
  events.push(
    auditEvent(actor, "assignment.primary_changed", { type: "assignment", id: updated.id }, scopeOf(place), {
      before: { ...promoted, isPrimary: false },
      after: promoted,
      reason: message,
    }),
  );
  return promoted;
}

/** Adds the names of assignee and assigner to rows of the place, read before they change. */
async function namesOf(tx: Executor, place: AssignmentPlace) {
  const byId = new Map((await listAssignmentsAt(tx, place)).map((row) => [row.id, row]));
  return (row: AssignmentRow): AssignmentListRow => ({
    ...row,
    assigneeName: byId.get(row.id)?.assigneeName ?? null,
    assignedByName: byId.get(row.id)?.assignedByName ?? null,
    assigneePartnerId: byId.get(row.id)?.assigneePartnerId ?? row.partnerId,
  });
}

/**
 * The assignee must exist (an active user, a queue, or a partner organisation), fit the role (partner people and
 * organisations in the Partner roles, Microsoft people and queues in the others) and, for a partner user making the
 * change, belong to their organisation; the service must be one of the tenant's. Returns the assignee's name.
 */
async function checkAssignee(tx: Executor, actor: UserActor, place: Place, input: TAssignmentInput): Promise<{ name: string; partnerId: string | null }> {
  const problems: { path: string; message: string }[] = [];
  const partnerRole = isPartnerAssignmentRole(input.role);
  const inRole = `as ${roleLabel(input.role)}`;
  let name = "";
  let partnerId: string | null = null;
  if (input.userId) {
    const user = await findUserById(tx, input.userId);
    if (!user || (actor.partnerId && user.partnerId !== actor.partnerId)) {
      const yours = actor.partnerId ? " in your partner organisation" : "";
      problems.push({ path: "/body/userId", message: `There is no user with id ${input.userId}${yours}; pick an existing Waymark user${yours}.` });
    } else if (user.disabledAt) problems.push({ path: "/body/userId", message: `${user.displayName} is disabled; assign an active user.` });
    else if (partnerRole && !user.partnerId) {
      problems.push({ path: "/body/role", message: `${user.displayName} is not a partner user: ${PARTNER_ROLES} are for partner people. Pick an Onboarding, Enterprise or Migration role.` });
    } else if (!partnerRole && user.partnerId) {
      problems.push({ path: "/body/role", message: `${user.displayName} is a partner user: assign them in ${PARTNER_ROLES}, not ${inRole}.` });
    } else {
      name = user.displayName;
      partnerId = user.partnerId;
    }
  } else if (input.queueId) {
    const queue = await findQueueById(tx, input.queueId);
    if (!queue) problems.push({ path: "/body/queueId", message: `There is no queue with id ${input.queueId}; pick one of the routing queues.` });
    else if (partnerRole) problems.push({ path: "/body/role", message: `${queue.name} is a FastTrack routing queue: it cannot hold ${PARTNER_ROLES}.` });
    else name = queue.name;
  } else if (input.partnerId) {
    const partner = actor.partnerId && input.partnerId !== actor.partnerId ? undefined : await findPartnerById(tx, input.partnerId);
    if (!partner) problems.push({ path: "/body/partnerId", message: `There is no partner organisation with id ${input.partnerId}; pick one from the partner list.` });
    else if (!partnerRole) problems.push({ path: "/body/role", message: `${partner.name} is a partner organisation: assign it in ${PARTNER_ROLES}, not ${inRole}.` });
    else {
      name = partner.name;
      partnerId = partner.id;
    }
  }
  if (input.service && !place.tenantId) {
    problems.push({ path: "/body/service", message: `A customer-level (TPID) assignment covers the whole of ${place.name}; assign to a service on one of its tenants instead.` });
  } else if (input.service && place.tenantId) {
    const own = new Set((await findServicesOfTenant(tx, place.tenantId)).map((s) => s.service));
    if (!own.has(input.service)) {
      problems.push({ path: "/body/service", message: `${place.name} has no ${serviceLabel(input.service)} service; assign to one of its services or to the whole tenant.` });
    }
  }
  if (problems.length > 0) throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), { errors: problems });
  return { name, partnerId };
}
