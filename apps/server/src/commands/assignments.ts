import {
  type AssignmentListRow,
  type AssignmentRow,
  deleteAssignment,
  demoteTenantPrimary,
  type Executor,
  findAssignment,
  findPartnerById,
  findQueueById,
  findSameAssignment,
  findServicesOfTenant,
  findTenant,
  findUserById,
  insertAssignment,
  insertAuditEvents,
  isAssignedToTenant,
  listAssignmentsOfTenant,
  listTenantAssignmentsInRole,
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

type Tenant = { id: string; name: string; customerId: string };

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
async function assertMayAssign(tx: Executor, actor: UserActor, tenant: Tenant, role: string) {
  const right = await assignmentRightOn(tx, actor, tenant);
  if (right === "all") return;
  if (right === "partner_roles") {
    if (isPartnerAssignmentRole(role)) return;
    throw new AppError("forbidden", `Partner users change only ${PARTNER_ROLES} on ${tenant.name}; the other assignments are for the FastTrack team.`);
  }
  if (actor.partnerId) {
    throw new AppError("forbidden", `${tenant.name} is not assigned to your partner organisation or to you: you cannot change its assignments.`);
  }
  throw new AppError(
    "forbidden",
    `You cannot change who is assigned to ${tenant.name}: only its primary FastTrack Manager, the Assigned and Assignment roles (such as Team Manager or FastTrack Team Lead) and administrators can. Ask one of them.`,
  );
}

async function visibleTenantForChange(tx: Executor, actor: UserActor, tenantId: string, role: string): Promise<Tenant> {
  const tenant = await findTenant(tx, tenantId, visibilityOf(actor));
  if (!tenant) throw notFound("The tenant");
  await lockTenant(tx, tenant.id);
  await assertMayAssign(tx, actor, tenant, role);
  return tenant;
}

/** Adds an assignment; a new primary demotes the previous one of the same role (and service), in one transaction. */
export async function addAssignment(deps: Deps, options: { actor: UserActor; tenantId: string; input: TAssignmentInput }): Promise<AssignmentChangeResult> {
  const { actor, input } = options;
  return deps.db.transaction(async (tx) => {
    const tenant = await visibleTenantForChange(tx, actor, options.tenantId, input.role);
    const { name: assigneeName, partnerId: assigneePartnerId } = await checkAssignee(tx, actor, tenant, input);
    const key = {
      tenantId: tenant.id,
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
        `${assigneeName} is already assigned to ${tenant.name} as ${label}${existing.isPrimary ? " (primary)" : ""}; remove that assignment first to change it.`,
        { current: { id: existing.id, isPrimary: existing.isPrimary } },
      );
    }
    const names = await namesOf(tx, tenant);
    const demoted = input.isPrimary ? (await demoteTenantPrimary(tx, key)).map(names) : [];
    const inserted = await insertAssignment(tx, {
      customerId: tenant.customerId,
      tenantId: tenant.id,
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
    const scope = { tenantId: tenant.id, customerId: tenant.customerId };
    const messages = [`${assigneeName} was assigned as ${input.isPrimary ? "primary " : ""}${label}.`];
    const events: NewAuditEvent[] = [auditEvent(actor, "assignment.added", { type: "assignment", id: inserted.id }, scope, { after: { ...assignment, demotedPrimaryIds: demoted.map((d) => d.id) } })];
    for (const old of demoted) {
      const message = `${old.assigneeName ?? "The previous primary"} is no longer primary ${label}: ${assigneeName} replaces them.`;
      messages.push(message);
      events.push(auditEvent(actor, "assignment.primary_changed", { type: "assignment", id: old.id }, scope, { before: { ...old, isPrimary: true }, after: { ...old, isPrimary: false }, reason: message }));
    }
    const promoted = await promoteLoneRm(tx, actor, tenant, names, events, messages, assignment);
    await insertAuditEvents(tx, events);
    return { assignment: promoted?.id === assignment.id ? promoted : assignment, demotedPrimary: demoted, promotedPrimary: promoted, messages };
  });
}

/** Removes a tenant-level or service assignment (customer-level ones belong to the customer). */
export async function removeAssignment(deps: Deps, options: { actor: UserActor; assignmentId: string }): Promise<AssignmentChangeResult> {
  const { actor } = options;
  return deps.db.transaction(async (tx) => {
    const found = await findAssignment(tx, options.assignmentId);
    if (!found) throw notFound("The assignment");
    if (!found.tenantId) {
      throw new AppError("validation_failed", "This assignment is at customer (TPID) level and covers all its tenants; change it on the customer, not on a tenant.", {
        errors: [{ path: "/params/id", message: "a customer-level assignment cannot be removed here" }],
      });
    }
    const tenant = await findTenant(tx, found.tenantId, visibilityOf(actor));
    if (!tenant) throw notFound("The assignment");
    const names = await namesOf(tx, tenant);
    const current = names(found);
    if (actor.partnerId && current.assigneePartnerId !== actor.partnerId) throw notFound("The assignment");
    await visibleTenantForChange(tx, actor, tenant.id, found.role);
    if (actor.partnerId && found.partnerId === actor.partnerId) {
      throw new AppError(
        "forbidden",
        `This assignment is what links ${tenant.name} to ${current.assigneeName ?? "your partner organisation"}: without it the tenant leaves your organisation (and its AU credit with it). Ask the tenant's FastTrack Partner Manager if it really must go.`,
      );
    }
    const removed = names((await deleteAssignment(tx, found.id)) ?? found);
    const scope = { tenantId: tenant.id, customerId: tenant.customerId };
    const messages = [`${removed.assigneeName ?? "The assignee"} is no longer ${removed.isPrimary ? "primary " : ""}${roleLabel(removed.role)}${where(removed.service)}.`];
    if (removed.userId && !(await isAssignedToTenant(tx, { userId: removed.userId }, tenant.id))) {
      messages.push(`${removed.assigneeName ?? "The assignee"} has no other assignment on ${tenant.name} and is removed from it: it leaves their tenant lists and they can no longer change it.`);
    }
    const events: NewAuditEvent[] = [auditEvent(actor, "assignment.removed", { type: "assignment", id: removed.id }, scope, { before: removed, reason: messages.slice(1).join(" ") || null })];
    const promoted = await promoteLoneRm(tx, actor, tenant, names, events, messages, null);
    await insertAuditEvents(tx, events);
    return { assignment: removed, demotedPrimary: [], promotedPrimary: promoted, messages };
  });
}

/** When the tenant has exactly one (whole-tenant) RM after a change, that RM is its primary. */
async function promoteLoneRm(
  tx: Executor,
  actor: UserActor,
  tenant: Tenant,
  names: (row: AssignmentRow) => AssignmentListRow,
  events: NewAuditEvent[],
  messages: string[],
  added: AssignmentListRow | null,
): Promise<AssignmentListRow | null> {
  const rms = await listTenantAssignmentsInRole(tx, tenant.id, LONE_PRIMARY_ROLE);
  const [only] = rms;
  if (rms.length !== 1 || !only || only.isPrimary) return null;
  const updated = await setAssignmentPrimary(tx, only.id, true);
  if (!updated) return null;
  const promoted = added?.id === updated.id ? { ...added, isPrimary: true } : names(updated);
  const message = `${promoted.assigneeName ?? "The only Regional Manager"} is now primary ${roleLabel(LONE_PRIMARY_ROLE)}, being the tenant's only one.`;
  messages.push(message);
  events.push(
    auditEvent(actor, "assignment.primary_changed", { type: "assignment", id: updated.id }, { tenantId: tenant.id, customerId: tenant.customerId }, {
      before: { ...promoted, isPrimary: false },
      after: promoted,
      reason: message,
    }),
  );
  return promoted;
}

/** Adds the names of assignee and assigner to rows of the tenant, read before they change. */
async function namesOf(tx: Executor, tenant: Tenant) {
  const byId = new Map((await listAssignmentsOfTenant(tx, tenant)).map((row) => [row.id, row]));
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
async function checkAssignee(tx: Executor, actor: UserActor, tenant: Tenant, input: TAssignmentInput): Promise<{ name: string; partnerId: string | null }> {
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
  if (input.service) {
    const own = new Set((await findServicesOfTenant(tx, tenant.id)).map((s) => s.service));
    if (!own.has(input.service)) {
      problems.push({ path: "/body/service", message: `${tenant.name} has no ${serviceLabel(input.service)} service; assign to one of its services or to the whole tenant.` });
    }
  }
  if (problems.length > 0) throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), { errors: problems });
  return { name, partnerId };
}
