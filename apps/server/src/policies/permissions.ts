import type { AccessLevel } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import { accessLevelOfRoles } from "./access-level.ts";

/** Every permission a route can require, as `resource.action`. */
export const PERMISSIONS = [
  "catalog.read",
  "customer.read",
  "customer.create",
  "customer.update",
  "tenant.read",
  "tenant.create",
  "tenant.update",
  "service.update",
  "note.write",
  "playbook.upgrade",
  "audit.read",
  "clock.read",
  "clock.adjust",
  "audit.export",
  "service.change_engagement_scenario",
  "api_token.read",
  "api_token.manage",
  /** Changing who is assigned to a tenant; at the Assigned level the command allows only the tenant's primary FM. */
  "assignment.manage",
  /** Listing accounts (to pick assignees); a partner user sees only their organisation's people. */
  "user.read",
  /** Creating and changing accounts, resetting passwords. */
  "user.manage",
  /** Adding, changing and removing a tenant's contacts (partner users too, on their organisation's tenants). */
  "contact.write",
  /** Scheduling, changing and cancelling a tenant's meetings and sending their invitations (on tenants assigned to them). */
  "meeting.write",
  /** Listing partner organisations; a partner user sees only their own. */
  "partner.read",
  /** Registering partner organisations: the portfolio-managing levels (FastTrack Partner Managers among them). */
  "partner.manage",
  /** Saving, changing and removing one's own Portfolio views (the command limits each person to their own). */
  "portfolio_view.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READS: ReadonlySet<Permission> = new Set(["catalog.read", "customer.read", "tenant.read", "audit.read", "clock.read", "api_token.read", "user.read", "partner.read"]);
/** Each signed-in person manages their own things (the route limits them to their own), whatever their roles. */
const SELF_SERVICE: ReadonlySet<Permission> = new Set(["api_token.read", "api_token.manage", "portfolio_view.manage"]);
/** Only administrators move time. */
const ADMINISTRATION: ReadonlySet<Permission> = new Set(["clock.adjust", "audit.export", "user.manage"]);
// Creating records is for the levels that manage assignment across the portfolio; changing a customer needs a
// customer-level assignment (checked by the command), at either Assigned level.
// Moving a tenant's running playbook to a new version is a deliberate, audited step for the same levels.
// "The engagement scenario field is controlled by security role" (Services tab, Delivery): the guide names no role,
// and others request the change through FTC Help, so it sits with the same leads and managers (research §2.16).
const MANAGES: ReadonlySet<Permission> = new Set(["customer.create", "tenant.create", "playbook.upgrade", "service.change_engagement_scenario", "partner.manage"]);

/** Permissions an API token with only the "read" scope may use. */
export const isReadPermission = (permission: Permission) => READS.has(permission);

/**
 * What an actor may do at all. Whether they may touch one particular tenant (assignment) is decided by
 * `tenantAccess` below, with the assignment looked up by the command.
 */
export function can(actor: UserActor, permission: Permission): boolean {
  const level = accessLevelOf(actor);
  if (level === "administrator") return true;
  if (SELF_SERVICE.has(permission)) return true;
  if (level === null) return false;
  if (ADMINISTRATION.has(permission)) return false;
  if (READS.has(permission)) return true;
  if (level === "privileged") return false;
  if (MANAGES.has(permission)) return level === "assigned_and_assignment";
  return true;
}

/** Which tenants a user may read: administrators and the read-all levels see every tenant, the Assigned level only theirs. */
export function readScope(actor: UserActor): "all" | "assigned" {
  const level = accessLevelOf(actor);
  return level === "assigned" || level === null ? "assigned" : "all";
}

/** Writing to a tenant needs an assignment to it (or its customer), except for administrators. */
export function needsAssignmentToWrite(actor: UserActor): boolean {
  return accessLevelOf(actor) !== "administrator";
}

/**
 * The access level that applies to the actor: the highest among their roles (FTOP: "the one with greater privilege
 * will win"). A partner user never goes beyond Assigned, whatever else they hold: the partner boundary comes first.
 */
export function accessLevelOf(actor: UserActor): AccessLevel | null {
  if (actor.partnerId) return accessLevelOfRoles(actor.roles) === null ? null : "assigned";
  if (actor.isAdministrator) return "administrator";
  return accessLevelOfRoles(actor.roles);
}
