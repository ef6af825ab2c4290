import { type Executor, isPrimaryFmOfTenant } from "@waymark/db";
import { accessLevelByCode } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import { accessLevelOf } from "./permissions.ts";
import { mayWriteTenant } from "./visibility.ts";

/** Which assignments of a tenant an actor may change: all of them, only the Partner roles, or none. */
export type AssignmentRight = "all" | "partner_roles" | "none";

/**
 * FTOP rbac-controls: the Assigned and Assignment level and administrators assign on every tenant; at the Assigned
 * level only the tenant's primary FM does; the Privileged level never. A partner user changes only the Partner roles,
 * on tenants assigned to their organisation (partner guide, "Partner Tab").
 */
export async function assignmentRightOn(db: Executor, actor: UserActor, tenant: { id: string; customerId: string }): Promise<AssignmentRight> {
  if (actor.partnerId) return (await mayWriteTenant(db, actor, tenant.id)) ? "partner_roles" : "none";
  const level = accessLevelOf(actor);
  if (level !== null && accessLevelByCode(level).assign === "all") return "all";
  if (level === "assigned" && (await isPrimaryFmOfTenant(db, actor.userId, tenant))) return "all";
  return "none";
}
