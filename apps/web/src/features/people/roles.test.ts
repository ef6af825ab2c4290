import { ACCESS_LEVELS, accessLevelForRoles, ASSIGNMENT_ROLES, FASTTRACK_ROLES, type FastTrackRole, ROLE_ACCESS_LEVEL } from "@waymark/domain";
import { describe, expect, it } from "vitest";
import { ACCESS_LEVEL_LABELS, ACCESS_LEVEL_ORDER, accessLevelOf, ASSIGNMENT_ROLE_INFO, FASTTRACK_ROLE_INFO, mayReassignWork, rolesByLevel } from "./roles.ts";

describe("the role catalog the People page shows", () => {
  it("names every FastTrack role with the domain's label and access level, so the picker grants what it says", () => {
    expect(Object.keys(FASTTRACK_ROLE_INFO)).toEqual(FASTTRACK_ROLES.map((role) => role.code));
    for (const role of FASTTRACK_ROLES) {
      expect(FASTTRACK_ROLE_INFO[role.code]).toEqual({
        label: role.label,
        level: ROLE_ACCESS_LEVEL[role.code],
        ...(role.abbreviation ? { abbreviation: role.abbreviation } : {}),
      });
    }
  });

  it("lists the access levels least privilege first with the domain's labels", () => {
    const byRank = [...ACCESS_LEVELS].sort((a, b) => a.rank - b.rank);
    expect(ACCESS_LEVEL_ORDER).toEqual(byRank.map((level) => level.code));
    for (const level of ACCESS_LEVELS) expect(ACCESS_LEVEL_LABELS[level.code]).toBe(level.label);
  });

  it("offers the reassignment filter every assignment role, labelled as on the tenant page", () => {
    expect(Object.keys(ASSIGNMENT_ROLE_INFO)).toEqual(ASSIGNMENT_ROLES.map((role) => role.code));
    for (const role of ASSIGNMENT_ROLES) expect(ASSIGNMENT_ROLE_INFO[role.code]).toEqual({ abbreviation: role.abbreviation, label: role.label });
  });

  it("groups every role under exactly one level, naming the abbreviation", () => {
    const groups = rolesByLevel();
    expect(groups.map((group) => group.level)).toEqual(ACCESS_LEVEL_ORDER);
    expect(groups.flatMap((group) => group.roles.map((role) => role.code)).sort()).toEqual(FASTTRACK_ROLES.map((role) => role.code).sort());
    expect(groups[1]?.roles.find((role) => role.code === "team_manager")?.label).toBe("Team Manager (TM)");
  });
});

describe("who may reassign work and which level applies", () => {
  it("takes the highest level among the roles, as the domain does", () => {
    const samples: FastTrackRole[][] = [[], ["fasttrack_manager"], ["fasttrack_manager", "team_manager"], ["senior_leadership", "team_manager"], ["administrator"]];
    for (const roles of samples) expect(accessLevelOf({ roles, isAdministrator: false })).toBe(accessLevelForRoles(roles));
  });

  it("lets administrators and the Assigned and Assignment roles reassign, not FMs or read-only leaders", () => {
    expect(mayReassignWork({ roles: [], isAdministrator: true })).toBe(true);
    expect(mayReassignWork({ roles: ["team_manager"], isAdministrator: false })).toBe(true);
    expect(mayReassignWork({ roles: ["fasttrack_manager"], isAdministrator: false })).toBe(false);
    expect(mayReassignWork({ roles: ["senior_leadership"], isAdministrator: false })).toBe(false);
  });

  it("keeps a partner's person at Assigned whatever else they hold", () => {
    expect(accessLevelOf({ roles: ["partner_user", "team_manager"], isAdministrator: false })).toBe("assigned");
    expect(mayReassignWork({ roles: ["partner_user", "team_manager"], isAdministrator: false })).toBe(false);
  });

  it("ignores role names it does not know", () => {
    expect(accessLevelOf({ roles: ["retired_role"], isAdministrator: false })).toBeNull();
  });
});
