import { describe, expect, it } from "vitest";
import { isTaskServiceTarget } from "./services.ts";
import { isTaskRoleCode } from "./task-roles.ts";
import {
  RETIRED_TASKS,
  TASK_CATALOGUE,
  TASK_PHASES,
  isKnownTaskId,
  isTaskActiveOn,
  taskById,
  tasksForService,
} from "./task-catalogue.ts";

describe("task catalogue", () => {
  it("has exactly the 228 task ids of research Appendix A, each once", () => {
    expect(TASK_CATALOGUE).toHaveLength(228);
    expect(new Set(TASK_CATALOGUE.map((task) => task.id)).size).toBe(228);
  });

  it("names task 3718 and 3737 as the sources do", () => {
    expect(taskById(3718)).toMatchObject({
      name: "Deliver OneDrive Business Value Deck",
      nameVariants: ["OneDrive - Deliver OneDrive Business Value Deck"],
      mandatory: "M",
      role: "fasttrack_manager",
      services: ["onedrive"],
      inSeeds: true,
      phase: "assess",
    });
    expect(taskById(3737)).toMatchObject({
      name: "SharePoint Online Business Value Workshop",
      nameVariants: ["Data Points (SharePoint Service)"],
      mandatory: "M",
      role: "fasttrack_manager",
      services: ["sharepoint"],
      inSeeds: true,
    });
  });

  it("applies the reference's changes: 3690 mandatory, 1910 deprecated on 2020-01-31", () => {
    expect(taskById(3690)?.mandatory).toBe("M");
    expect(taskById(1910)?.deprecatedOn).toBe("2020-01-31");
    expect(isTaskActiveOn(1910, "2020-01-30")).toBe(true);
    expect(isTaskActiveOn(1910, "2020-01-31")).toBe(false);
    expect(isTaskActiveOn(1910, "2020-02-01")).toBe(false);
    expect(isTaskActiveOn(3690, "2030-01-01")).toBe(true);
  });

  it("knows retired task 4022 without listing it", () => {
    expect(isKnownTaskId(4022)).toBe(false);
    expect(RETIRED_TASKS.map((task) => task.id)).toEqual([4022]);
    expect(isTaskActiveOn(4022, "2019-12-05")).toBe(true);
    expect(isTaskActiveOn(4022, "2019-12-06")).toBe(false);
    expect(isTaskActiveOn(99999, "2019-01-01")).toBe(false);
  });

  it("rejects a malformed date", () => {
    expect(() => isTaskActiveOn(3718, "1/31/2020")).toThrow(RangeError);
  });

  it("uses only valid roles, services, phases and M/O values", () => {
    for (const task of TASK_CATALOGUE) {
      expect(isTaskRoleCode(task.role), `role of ${task.id}`).toBe(true);
      expect(task.services.length, `services of ${task.id}`).toBeGreaterThan(0);
      for (const target of task.services) expect(isTaskServiceTarget(target), `service ${target} of ${task.id}`).toBe(true);
      expect(["M", "O"]).toContain(task.mandatory);
      if (task.phase !== undefined) expect(TASK_PHASES).toContain(task.phase);
      expect(task.sources.length).toBeGreaterThan(0);
    }
  });

  it("marks exactly the seed tasks as in seeds", () => {
    const seeded = TASK_CATALOGUE.filter((task) => task.inSeeds).map((task) => task.id);
    expect(seeded.sort((a, b) => a - b)).toEqual(
      [983, 994, 1126, 1903, 1910, 2453, 3330, 3333, 3334, 3616, 3690, 3718, 3737, 3979, 3993, 3994, 3995, 4047],
    );
    for (const task of TASK_CATALOGUE) {
      expect(task.inSeeds, `seed flag of ${task.id}`).toBe(task.sources.some((source) => /^S00[0-4]$/.test(source)));
    }
  });

  it("keeps the union of services when sources disagree", () => {
    expect(taskById(3278)?.services).toEqual(["outlook_mobile", "exchange", "office_proplus", "intune", "aadp"]);
    expect(taskById(3734)?.services).toEqual(["office_proplus", "windows_10"]);
  });

  it("places tasks in the phase of their page", () => {
    expect(taskById(1699)?.phase).toBe("assess");
    expect(taskById(1700)?.phase).toBe("remediate");
    expect(taskById(1701)?.phase).toBe("enable");
    expect(taskById(1702)?.phase).toBe("migrate");
    expect(taskById(3735)?.phase).toBe("success");
    expect(taskById(2453)?.phase).toBeUndefined();
  });

  it("finds the Gateway DIBS tasks under Core Onboarding", () => {
    const ids = tasksForService("core_onboarding").map((task) => task.id);
    expect(ids).toEqual(expect.arrayContaining([3993, 3994, 3995, 2453]));
  });
});
