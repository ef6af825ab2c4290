import { ASSIGNMENT_ROLES } from "@waymark/domain";
import { describe, expect, it } from "vitest";
import { TASK_ROLE_OF_ASSIGNMENT } from "./task-roles.ts";

describe("the web's copy of the assignment roles' task roles", () => {
  it("is the domain's, so the Playbook tab's 'mine' finds the tasks of the roles a person holds", () => {
    const domain = Object.fromEntries(ASSIGNMENT_ROLES.flatMap((role) => (role.taskRole ? [[role.code, role.taskRole]] : [])));
    expect(TASK_ROLE_OF_ASSIGNMENT).toEqual(domain);
  });
});
