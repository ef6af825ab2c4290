import { describe, expect, it } from "vitest";
import { isTaskRoleCode } from "./task-roles.ts";
import {
  ACCESS_LEVELS,
  ASSIGNMENT_ROLES,
  CONTACT_TYPES,
  FASTTRACK_ROLES,
  ROLE_ACCESS_LEVEL,
  accessLevelForRoles,
  assignmentRolesOnTab,
} from "./people.ts";

describe("contacts", () => {
  it("has the three contact types", () => {
    expect(CONTACT_TYPES.map((type) => type.label)).toEqual(["Customer", "Partner", "Microsoft"]);
  });
});

describe("access levels and FastTrack roles", () => {
  it("orders the levels by increasing privilege", () => {
    expect(ACCESS_LEVELS.map((level) => level.code)).toEqual(["assigned", "assigned_and_assignment", "privileged", "administrator"]);
    expect(ACCESS_LEVELS.map((level) => level.rank)).toEqual([1, 2, 3, 4]);
  });

  it("describes what each level may do", () => {
    expect(ACCESS_LEVELS.find((level) => level.code === "privileged")).toMatchObject({ read: "all", write: "none", assign: "none" });
    expect(ACCESS_LEVELS.find((level) => level.code === "assigned_and_assignment")).toMatchObject({ read: "all", write: "assigned", assign: "all" });
  });

  it("maps every role to a level, as rbac-controls.md does", () => {
    expect(new Set(FASTTRACK_ROLES.map((role) => role.code)).size).toBe(FASTTRACK_ROLES.length);
    for (const role of FASTTRACK_ROLES) expect(ROLE_ACCESS_LEVEL[role.code], role.code).toBeDefined();
    expect(ROLE_ACCESS_LEVEL.fasttrack_manager).toBe("assigned");
    expect(ROLE_ACCESS_LEVEL.fasttrack_engineer).toBe("assigned");
    expect(ROLE_ACCESS_LEVEL.team_manager).toBe("assigned_and_assignment");
    expect(ROLE_ACCESS_LEVEL.gateway).toBe("assigned_and_assignment");
    expect(ROLE_ACCESS_LEVEL.fasttrack_architect_lead).toBe("assigned_and_assignment");
    expect(ROLE_ACCESS_LEVEL.senior_leadership).toBe("privileged");
    expect(ROLE_ACCESS_LEVEL.cxp_fte).toBe("privileged");
  });

  it("lets the greater privilege win for users in several groups", () => {
    expect(accessLevelForRoles(["fasttrack_engineer", "gateway"])).toBe("assigned_and_assignment");
    expect(accessLevelForRoles(["senior_leadership", "fasttrack_manager"])).toBe("privileged");
    expect(accessLevelForRoles([])).toBeNull();
  });
});

describe("assignment roles", () => {
  it("has the 16 roles with unique codes and abbreviations", () => {
    expect(ASSIGNMENT_ROLES).toHaveLength(16);
    expect(new Set(ASSIGNMENT_ROLES.map((role) => role.code)).size).toBe(16);
    expect(new Set(ASSIGNMENT_ROLES.map((role) => role.abbreviation)).size).toBe(16);
  });

  it("groups them by function tab", () => {
    expect(assignmentRolesOnTab("onboarding").map((role) => role.abbreviation)).toEqual(["RM", "FM", "FE", "FPM", "SME", "AAM", "G-RM", "G-TM"]);
    expect(assignmentRolesOnTab("enterprise").map((role) => role.abbreviation)).toEqual(["FTA v2", "FSA", "GMFTA"]);
    expect(assignmentRolesOnTab("migration").map((role) => role.abbreviation)).toEqual(["MVM", "MEL"]);
    expect(assignmentRolesOnTab("partner").map((role) => role.abbreviation)).toEqual(["P-RM", "P-FM", "P-FE"]);
  });

  it("requires a tenant primary for RM and FM only, and links valid task roles", () => {
    const primary = ASSIGNMENT_ROLES.filter((role) => role.requiresTenantPrimary).map((role) => role.code);
    expect(primary).toEqual(["rm", "fm"]);
    for (const role of ASSIGNMENT_ROLES) if (role.taskRole !== null) expect(isTaskRoleCode(role.taskRole)).toBe(true);
  });
});
