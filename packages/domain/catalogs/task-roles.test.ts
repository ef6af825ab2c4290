import { describe, expect, it } from "vitest";
import { TASK_ROLES, isTaskRoleCode, taskRoleByLabel, taskRoleLabel } from "./task-roles.ts";

describe("task roles", () => {
  it("has unique codes and labels", () => {
    expect(new Set(TASK_ROLES.map((role) => role.code)).size).toBe(TASK_ROLES.length);
    expect(new Set(TASK_ROLES.map((role) => role.label)).size).toBe(TASK_ROLES.length);
  });

  it("covers both guides' dropdowns", () => {
    expect(TASK_ROLES.filter((role) => role.inUserGuideDropdown)).toHaveLength(11);
    expect(TASK_ROLES.filter((role) => role.inPartnerGuideDropdown)).toHaveLength(11);
  });

  it("treats All Roles and Any Role as one role", () => {
    expect(taskRoleByLabel("All Roles")?.code).toBe("any_role");
    expect(taskRoleByLabel("Any Role")?.code).toBe("any_role");
  });

  it("knows the task-table spellings", () => {
    expect(taskRoleByLabel("GetModern FTA")?.code).toBe("getmodern_fta");
    expect(taskRoleByLabel("Get Modern FTA")?.code).toBe("getmodern_fta");
    expect(taskRoleLabel("fasttrack_ready_partner")).toBe("FastTrack Ready Partner");
    expect(taskRoleLabel("fasttrack_architect_v2")).toBe("FastTrack Architect v2");
  });

  it("guards codes", () => {
    expect(isTaskRoleCode("sme")).toBe(true);
    expect(isTaskRoleCode("SME")).toBe(false);
  });
});
