import { type Executor } from "@waymark/db";
import { type TTenantAccess, ZUpdateTenant } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import { assignmentRightOn } from "./assignment-rights.ts";
import { PARTNER_TENANT_FIELDS } from "./partner.ts";
import { accessLevelOf, can } from "./permissions.ts";
import { mayWriteTenant } from "./visibility.ts";

const TENANT_FIELDS = Object.keys(ZUpdateTenant.shape).filter((field) => field !== "version");

/** What the actor may do on a tenant they can read: write or only read (the guest view), and which assignments. */
export async function tenantAccessOf(db: Executor, actor: UserActor, tenant: { id: string; customerId: string }): Promise<TTenantAccess> {
  const level = accessLevelOf(actor);
  const canWrite = can(actor, "tenant.update") && (await mayWriteTenant(db, actor, tenant.id));
  const assign = can(actor, "assignment.manage") ? await assignmentRightOn(db, actor, { customerId: tenant.customerId, tenantId: tenant.id }) : "none";
  const editableTenantFields = !canWrite ? [] : actor.partnerId ? [...PARTNER_TENANT_FIELDS] : TENANT_FIELDS;
  if (level === "administrator") return { view: "full", canWrite, editableTenantFields, assign, explanation: "Administrators may change every tenant." };
  if (canWrite) {
    const explanation = actor.partnerId
      ? "Assigned to your partner organisation: you may update the Overall Status, notes and service data, and the Partner assignments."
      : "Assigned to you (or to its customer): you may change it.";
    return { view: "assigned", canWrite, editableTenantFields, assign, explanation };
  }
  const explanation =
    level === "privileged"
      ? "Your role reads every tenant but changes none: this is a read-only view."
      : "You are not assigned to this tenant: this is a read-only guest view. Ask its primary FastTrack Manager to assign you to change it.";
  return { view: "guest", canWrite, editableTenantFields, assign, explanation };
}
