import { describe, expect, it } from "vitest";
import { SEED_SOURCES, TASK_CATALOGUE } from "./task-catalogue.ts";
import { DESCRIPTION_SOURCE_TITLES, descriptionSeedFile, descriptionSourceTitle, taskDescription } from "./task-descriptions.ts";

const described = TASK_CATALOGUE.flatMap((task) => {
  const description = taskDescription(task.id);
  return description ? [{ task, description }] : [];
});

describe("what each task asks", () => {
  it("takes the seed's sentence for task 3718 (OneDrive BVD, seed 000) and cites the seed by a readable name", () => {
    const bvd = taskDescription(3718);
    expect(bvd?.source).toBe("S000");
    expect(bvd?.text).toMatch(/^FastTrack Managers \(FM\) deliver the OneDrive pitch\/BVD deck linked to task 3718 to every OneDrive-eligible customer/);
    expect(descriptionSeedFile("S000")).toBe(SEED_SOURCES.S000);
    expect(descriptionSourceTitle("S000")).toBe("OneDrive BVD playbook");
  });

  it("takes the sentence of the step that names the task, else the step's text", () => {
    expect(taskDescription(1699)).toEqual({
      source: "assess-conduct-technical-assessment-partner",
      text: "Once all scoped Technical Assessments are delivered, mark (Task 1699 Technical Assessment Complete) as complete.",
    });
    expect(taskDescription(3981)?.text).toBe("Once all scoped service workshops are delivered, mark Task 3981 completed.");
    expect(taskDescription(4072)?.text).toMatch(/^Usage of the Network Onboarding Tool should follow delivery of the Principles of Network Connectivity guidance\./);
    expect(taskDescription(1330)).toEqual({
      source: "migrate-migration-partner",
      text: "Execute test migration and validate customer infrastructure is prepared for velocity migration.",
    });
    expect(descriptionSourceTitle("migrate-migration-partner")).toBe("Partner playbook: Migration");
  });

  it("gives the Gateway tasks the Initial Customer Engagement seed's words", () => {
    expect(taskDescription(2453)).toEqual({ source: "S003", text: "Complete Engagement Process (Task 2453); applicable to Gateway only." });
    expect(taskDescription(3994)?.text).toContain("Partner provided full DIBS");
  });

  it("leaves a task without a description when its step says nothing it asks", () => {
    expect(taskDescription(2550)).toBeNull();
    expect(taskDescription(1)).toBeNull();
  });

  it("describes nearly every task in plain text of at most three sentences, without links or markdown", () => {
    expect(described.length).toBeGreaterThan(220);
    for (const { task, description } of described) {
      expect(description.text.trim(), `task ${task.id}`).not.toBe("");
      expect(description.text, `task ${task.id}`).not.toMatch(/\]\(|https?:|\*\*|\|/);
      expect(description.text.split(/(?<=[.?!])\s+(?=[A-Z])/).length, `task ${task.id}`).toBeLessThanOrEqual(3);
    }
  });

  it("cites only real sources, with a readable title, and a page the task's catalogue entry cites unless the text names the task", () => {
    const known = new Set(TASK_CATALOGUE.flatMap((task) => task.sources));
    for (const { task, description } of described) {
      expect(known.has(description.source), `task ${task.id}: ${description.source}`).toBe(true);
      expect(DESCRIPTION_SOURCE_TITLES[description.source], `task ${task.id}`).toBeTruthy();
      const ownSource = (task.sources as readonly string[]).includes(description.source);
      // 4095 (Edge) is listed as a workshop, and the Enable Services page says what it is for.
      expect(ownSource || description.text.includes(String(task.id)) || task.id === 4095, `task ${task.id}`).toBe(true);
    }
  });
});
