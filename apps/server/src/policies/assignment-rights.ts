import { type AssignmentPlace, type Executor, isPrimaryFmAt } from "@waymark/db";
import { accessLevelByCode } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import { accessLevelOf } from "./permissions.ts";
import { mayWriteTenant } from "./visibility.ts";

/** Which assignments of a tenant (or a customer, at TPID level) an actor may change: all, only the Partner roles, or none. */
export type AssignmentRight = "all" | "partner_roles" | "none";

/**
 * FTOP rbac-controls: the Assigned and Assignment level and administrators assign everywhere; at the Assigned level
 * only the primary FM of the tenant or of its customer does ("unless you are an FM and Primary at the Tenant level",
 * "... at the Customer level"); the Privileged level never. A partner user changes only the Partner roles, on tenants
 * assigned to their organisation (partner guide, "Partner Tab"), never a customer's TPID-level assignments.
 */
export async function assignmentRightOn(db: Executor, actor: UserActor, place: AssignmentPlace): Promise<AssignmentRight> {
  if (actor.partnerId) return place.tenantId && (await mayWriteTenant(db, actor, place.tenantId)) ? "partner_roles" : "none";
  const level = accessLevelOf(actor);
  if (level !== null && accessLevelByCode(level).assign === "all") return "all";
  if (level === "assigned" && (await isPrimaryFmAt(db, actor.userId, place))) return "all";
  return "none";
}
