import { findTenant, isUserAssignedToTenant, type Executor, type Visibility } from "@waymark/db";
import type { UserActor } from "../actor.ts";
import { AppError, notFound } from "../errors.ts";
import { needsAssignmentToWrite, readScope } from "./permissions.ts";

export function visibilityOf(actor: UserActor): Visibility {
  return readScope(actor) === "all" ? { kind: "all" } : { kind: "assigned", userId: actor.userId };
}

/** A tenant the actor may read; 404 when it does not exist or is not theirs to see (no existence leak). */
export async function findVisibleTenant(db: Executor, actor: UserActor, tenantId: string) {
  const tenant = await findTenant(db, tenantId, visibilityOf(actor));
  if (!tenant) throw notFound("The tenant");
  return tenant;
}

/** Refuses a write to a tenant the actor is not assigned to (404 when they cannot even see it); returns the tenant. */
export async function assertMayWriteTenant<T extends { id: string; name: string }>(db: Executor, actor: UserActor, tenant: T | undefined): Promise<T> {
  if (!tenant) throw notFound("The tenant");
  if (!needsAssignmentToWrite(actor)) return tenant;
  if (!(await isUserAssignedToTenant(db, actor.userId, tenant.id))) {
    throw new AppError(
      "forbidden",
      `You are not assigned to ${tenant.name}: you can read it but not change it. Ask its primary FastTrack Manager to assign you.`,
    );
  }
  return tenant;
}
