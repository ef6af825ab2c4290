import { describe, expect, it } from "vitest";
import type { UserActor } from "../actor.ts";
import { can, isReadPermission, needsAssignmentToWrite, PERMISSIONS, readScope } from "./permissions.ts";

const user = (roles: string[], isAdministrator = false, partnerId: string | null = null): UserActor => ({
  kind: "user",
  userId: "u",
  username: "u",
  displayName: "U",
  roles,
  isAdministrator,
  partnerId,
});

/** Everyone signed in manages their own API tokens and saved Portfolio views, whatever their roles. */
const OWN_TOKENS = ["api_token.read", "api_token.manage", "portfolio_view.manage"] as const;

const allowed = (actor: UserActor) => PERMISSIONS.filter((p) => can(actor, p));

describe("permissions by access level (FTOP rbac-controls)", () => {
  it.each([
    ["FastTrack Manager (Assigned)", ["fasttrack_manager"], ["catalog.read", "customer.read", "customer.update", "tenant.read", "tenant.update", "contact.write", "meeting.write", "service.update", "note.write", "audit.read", "clock.read", "assignment.manage", "user.read", "partner.read", ...OWN_TOKENS], "assigned"],
    ["Team Manager (Assigned and Assignment)", ["team_manager"], PERMISSIONS.filter((p) => p !== "clock.adjust" && p !== "audit.export" && p !== "user.manage"), "all"],
    ["Senior Leadership (Privileged)", ["senior_leadership"], ["catalog.read", "customer.read", "tenant.read", "audit.read", "clock.read", "user.read", "partner.read", ...OWN_TOKENS], "all"],
    ["no FastTrack role", [], [...OWN_TOKENS], "assigned"],
    ["an unknown role name", ["wizard"], [...OWN_TOKENS], "assigned"],
  ])("%s", (_name, roles, permissions, scope) => {
    const actor = user(roles);
    expect(allowed(actor).sort()).toEqual([...permissions].sort());
    expect(readScope(actor)).toBe(scope);
  });

  it("gives an administrator everything, everywhere, without assignment", () => {
    const admin = user([], true);
    expect(allowed(admin)).toEqual([...PERMISSIONS]);
    expect(readScope(admin)).toBe("all");
    expect(needsAssignmentToWrite(admin)).toBe(false);
  });

  it("takes the highest level among several roles", () => {
    expect(readScope(user(["fasttrack_manager", "team_manager"]))).toBe("all");
    expect(can(user(["fasttrack_manager", "team_manager"]), "tenant.create")).toBe(true);
  });

  it("lets only the leads and managers (and administrators) change a service's engagement scenario", () => {
    expect(can(user(["fasttrack_manager"]), "service.change_engagement_scenario")).toBe(false);
    expect(can(user(["fasttrack_engineer"]), "service.change_engagement_scenario")).toBe(false);
    expect(can(user(["team_manager"]), "service.change_engagement_scenario")).toBe(true);
    expect(can(user(["fasttrack_team_lead"]), "service.change_engagement_scenario")).toBe(true);
    expect(can(user([], true), "service.change_engagement_scenario")).toBe(true);
  });

  it("lets FMs (checked per tenant), managers and administrators manage assignments, never the Privileged level", () => {
    expect(can(user(["fasttrack_manager"]), "assignment.manage")).toBe(true);
    expect(can(user(["team_manager"]), "assignment.manage")).toBe(true);
    expect(can(user([], true), "assignment.manage")).toBe(true);
    expect(can(user(["senior_leadership"]), "assignment.manage")).toBe(false);
  });

  it("makes everyone but administrators hold an assignment to write to a tenant", () => {
    expect(needsAssignmentToWrite(user(["team_manager"]))).toBe(true);
  });

  it("keeps a partner user at the Assigned level whatever other roles they hold", () => {
    const partner = user(["partner_user", "team_manager", "administrator"], false, "p1");
    expect(readScope(partner)).toBe("assigned");
    expect(needsAssignmentToWrite(partner)).toBe(true);
    expect(can(partner, "tenant.create")).toBe(false);
    expect(can(partner, "audit.export")).toBe(false);
    expect(can(partner, "service.change_engagement_scenario")).toBe(false);
    expect(can(partner, "note.write")).toBe(true);
    expect(allowed(user([], false, "p1")).sort()).toEqual([...OWN_TOKENS].sort());
  });

  it("lets a read-only API token list tokens but not create or revoke them", () => {
    expect(isReadPermission("api_token.read")).toBe(true);
    expect(isReadPermission("tenant.read")).toBe(true);
    expect(isReadPermission("api_token.manage")).toBe(false);
    expect(isReadPermission("note.write")).toBe(false);
  });
});
