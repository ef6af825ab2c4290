import { type Assignee, type Executor, findTenant, isAssignedToCustomer, isAssignedToTenant, type Visibility } from "@waymark/db";
import type { UserActor } from "../actor.ts";
import { AppError, notFound } from "../errors.ts";
import { needsAssignmentToWrite, readScope } from "./permissions.ts";

/** Whose assignments count as the actor's own: theirs, and a partner user's partner organisation's. */
export const assigneeOf = (actor: UserActor): Assignee => ({ userId: actor.userId, partnerId: actor.partnerId });

export function visibilityOf(actor: UserActor): Visibility {
  return readScope(actor) === "all" ? { kind: "all" } : { kind: "assigned", ...assigneeOf(actor) };
}

/** A tenant the actor may read; 404 when it does not exist or is not theirs to see (no existence leak). */
export async function findVisibleTenant(db: Executor, actor: UserActor, tenantId: string) {
  const tenant = await findTenant(db, tenantId, visibilityOf(actor));
  if (!tenant) throw notFound("The tenant");
  return tenant;
}

/** True when the actor may change the tenant: administrators always, everyone else when it is assigned to them. */
export async function mayWriteTenant(db: Executor, actor: UserActor, tenantId: string): Promise<boolean> {
  return !needsAssignmentToWrite(actor) || isAssignedToTenant(db, assigneeOf(actor), tenantId);
}

/** Refuses a write to a tenant the actor is not assigned to (404 when they cannot even see it); returns the tenant. */
export async function assertMayWriteTenant<T extends { id: string; name: string }>(db: Executor, actor: UserActor, tenant: T | undefined): Promise<T> {
  if (!tenant) throw notFound("The tenant");
  if (await mayWriteTenant(db, actor, tenant.id)) return tenant;
  throw new AppError(
    "forbidden",
    actor.partnerId
      ? `${tenant.name} is not assigned to your partner organisation or to you: you cannot change it. Ask its FastTrack Partner Manager.`
      : `You are not assigned to ${tenant.name}: you can read it but not change it. Ask its primary FastTrack Manager to assign you.`,
  );
}

/**
 * Refuses a change to a customer the actor is not assigned to at customer (TPID) level: rbac-controls lets people "edit
 * the customers that you are assigned to"; a partner user never changes a customer.
 */
export async function assertMayWriteCustomer(db: Executor, actor: UserActor, customer: { id: string; name: string }) {
  if (actor.partnerId) throw new AppError("forbidden", `Partner users cannot change customers; ask ${customer.name}'s FastTrack Manager.`);
  if (!needsAssignmentToWrite(actor) || (await isAssignedToCustomer(db, assigneeOf(actor), customer.id))) return;
  throw new AppError(
    "forbidden",
    `You are not assigned to ${customer.name} at customer level: you can read it but not change it. Ask its primary FastTrack Manager to assign you at customer level.`,
  );
}
