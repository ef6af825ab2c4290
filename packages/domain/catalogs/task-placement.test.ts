import { describe, expect, it } from "vitest";
import { TASK_CATALOGUE } from "./task-catalogue.ts";
import { PLACED_TASK_IDS, taskPlacement } from "./task-placement.ts";

describe("where each task sits in the playbook tree", () => {
  it("places every catalogue task under a process and a step, and places nothing else", () => {
    const catalogue = new Set<number>(TASK_CATALOGUE.map((task) => task.id));
    expect(PLACED_TASK_IDS.filter((id) => !catalogue.has(id))).toEqual([]);
    expect(new Set(PLACED_TASK_IDS).size).toBe(PLACED_TASK_IDS.length);
    const unplaced = TASK_CATALOGUE.filter((task) => !taskPlacement(task.id).process || !taskPlacement(task.id).step).map((task) => task.id);
    expect(unplaced).toEqual([]);
  });

  it("puts a task in the step whose FTOP Tasks table lists it, with the phase from the catalogue", () => {
    expect(taskPlacement(4072)).toEqual({ phase: "assess", process: "Conduct Technical Assessment", step: "Run Network Onboarding Tool" });
    expect(taskPlacement(3718)).toEqual({ phase: "assess", process: "Conduct Adoption & Change Management Conversation", step: "Value-Add Discussions" });
  });

  it("places the tasks only the seeds list by their seed section, the Gateway ones before the lifecycle", () => {
    expect(taskPlacement(2453)).toEqual({ phase: null, process: "Gateway", step: "Complete Engagement Process" });
    expect(taskPlacement(3995)).toEqual({ phase: null, process: "Gateway", step: "Complete Engagement Process" });
    expect(taskPlacement(3330)).toMatchObject({ process: "Land the Benefit", step: "Capture Outcome of Land the Benefit" });
    expect(taskPlacement(1910)).toMatchObject({ process: "Enable Services", step: "Customer Survey Eligibility" });
  });

  it("finds the rows whose id the page writes as a link or glues onto another row", () => {
    expect(taskPlacement(3268).step).toBe("Perform Assessments");
    expect(taskPlacement(4099).step).toBe("Migration Assessment");
    expect(taskPlacement(1328).step).toBe("Manage Velocity Migration");
  });

  it("answers nulls for an id the catalogue does not know", () => {
    expect(taskPlacement(1)).toEqual({ phase: null, process: null, step: null });
  });
});
