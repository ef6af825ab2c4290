import { ASSIGNMENT_ROLES, TASK_ROLES } from "@waymark/domain";
import { describe, expect, it } from "vitest";
import { TASK_ROLE_CHOICES, TASK_ROLE_OF_ASSIGNMENT, taskRoleLabel, taskRoleOptions } from "./task-roles.ts";

describe("the web's copy of the assignment roles' task roles", () => {
  it("is the domain's, so the Playbook tab's 'mine' finds the tasks of the roles a person holds", () => {
    const domain = Object.fromEntries(ASSIGNMENT_ROLES.flatMap((role) => (role.taskRole ? [[role.code, role.taskRole]] : [])));
    expect(TASK_ROLE_OF_ASSIGNMENT).toEqual(domain);
  });
});

describe("the task dialog's responsible role choices", () => {
  it("are FTOP's drop-down in its order, Any Role first, each with the catalogue's label", () => {
    const dropdown = TASK_ROLES.filter((role) => role.inUserGuideDropdown);
    expect(TASK_ROLE_CHOICES).toEqual(dropdown.map((role) => role.code));
    expect(TASK_ROLE_CHOICES.map(taskRoleLabel)).toEqual(dropdown.map((role) => role.label));
  });

  it("keep a task's role that the drop-down lacks, so opening the task never shows a different role", () => {
    expect(taskRoleOptions("fasttrack_manager")).toHaveLength(11);
    const options = taskRoleOptions("getmodern_fta");
    expect(options).toHaveLength(12);
    expect(options.at(-1)).toEqual({ value: "getmodern_fta", label: "GetModern FTA" });
  });
});
