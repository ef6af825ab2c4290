import { describe, expect, it } from "vitest";
import { ONEDRIVE_BVD } from "../packs/fasttrack/onedrive-bvd.ts";
import { loadPlaybook, type PlaybookDefinition, PlaybookError } from "./playbook.ts";

const broken: PlaybookDefinition = {
  ...ONEDRIVE_BVD,
  processes: [
    {
      id: "p",
      name: "P",
      steps: [
        { id: "s", name: "S", role: "fasttrack_manager", tasks: [3718, 99999] },
        { id: "never", name: "Never reached", role: "fasttrack_manager", tasks: [3740] },
      ],
    },
  ],
  rules: [
    { id: "r1", on: "x", then: [{ kind: "set_task_status", taskId: 3718, status: "finished" }], why: "A sentence long enough.", source: "test" },
    { id: "r1", on: "x", then: [{ kind: "teleport" }], why: "A sentence long enough.", source: "test" },
    { id: "r3", on: "x", then: [{ kind: "set_task_status", taskId: 3737, status: "complete" }], why: "A sentence long enough.", source: "test" },
    { id: "r4", on: "x", then: [{ kind: "set_service_status", status: "done" }], why: "Uses {secret.value} here.", source: "test" },
  ],
};

describe("loadPlaybook", () => {
  it("accepts the seed playbooks", () => {
    expect(loadPlaybook(ONEDRIVE_BVD)).toBe(ONEDRIVE_BVD);
  });

  it("says everything that is wrong at once, in words that point at the fix", () => {
    let problems: string[] = [];
    try {
      loadPlaybook(broken);
    } catch (error) {
      expect(error).toBeInstanceOf(PlaybookError);
      problems = (error as PlaybookError).problems;
    }
    expect(problems).toEqual(
      expect.arrayContaining([
        "step s: task 99999 is not in the task catalogue",
        'rule r1: "finished" is not a task status',
        "rule r1 is defined twice",
        expect.stringMatching(/^rule r1: unknown action kind "teleport"; known: set_task_status, create_task/),
        "rule r3: task 3737 is in no step of the playbook (unreachable)",
        "step never: no rule creates task 3740 (the step is unreachable)",
        'rule r4: "done" is not a service status',
        "rule r4: unknown placeholder {secret.value} in why",
      ]),
    );
  });
});
