import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { resolveResponsibleRole, resolveTaskProgress } from "./update-task.ts";

describe("the responsible role a task is saved with", () => {
  it("keeps the role when none is sent, and takes any role of the task roles catalogue", () => {
    expect(resolveResponsibleRole("fasttrack_manager", undefined)).toBe("fasttrack_manager");
    expect(resolveResponsibleRole("fasttrack_manager", "app_assure_manager")).toBe("app_assure_manager");
    expect(resolveResponsibleRole("fasttrack_manager", "getmodern_fta")).toBe("getmodern_fta");
  });

  it("refuses a label or an unknown code with a 422 that lists every allowed code with its label", () => {
    for (const sent of ["FastTrack Manager", "chief_wizard", ""]) {
      const error = (() => {
        try {
          resolveResponsibleRole("fasttrack_manager", sent);
        } catch (thrown) {
          return thrown;
        }
        throw new Error(`${sent} was accepted`);
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
      const [problem] = (error as AppError).errors ?? [];
      expect(problem?.path).toBe("/body/responsibleRole");
      expect(problem?.message).toContain(`"${sent}" is not a task role`);
      expect(problem?.message).toContain("migration_engagement_lead (Migration Engagement Lead)");
    }
  });
});

describe("status and % complete as saved", () => {
  it("is unchanged by a role-only change", () => {
    expect(resolveTaskProgress({ status: "warning", percentComplete: 30 }, { responsibleRole: "sme" })).toEqual({ status: "warning", percentComplete: 30 });
  });
});
