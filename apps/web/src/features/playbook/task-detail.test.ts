import type { TTaskWithWhy } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { taskTree } from "./playbook-view.ts";
import { createNoteSearch, describeTaskChange, mandatoryText, taskDescriptionView, tasksInOrder } from "./task-detail.ts";

const task = (over: Partial<TTaskWithWhy>): TTaskWithWhy => ({
  id: crypto.randomUUID(),
  catalogTaskId: 1,
  name: "Task",
  mandatory: false,
  service: null,
  status: "not_started",
  percentComplete: 0,
  responsibleRole: "fasttrack_manager",
  dueDate: null,
  version: 1,
  why: [],
  phase: "assess",
  process: null,
  step: null,
  ...over,
});

describe("the order j and k move through", () => {
  it("is the table's: process by process, step by step, as the rows are shown", () => {
    const tasks = [
      task({ catalogTaskId: 30, process: "B", step: "b1" }),
      task({ catalogTaskId: 10, process: "A", step: "a1" }),
      task({ catalogTaskId: 40, process: "A", step: "a2" }),
      task({ catalogTaskId: 20, process: "B", step: "b1" }),
    ];
    expect(tasksInOrder(taskTree(tasks)).map((t) => t.catalogTaskId)).toEqual([10, 40, 20, 30]);
  });
});

describe("the task detail's words", () => {
  it("says mandatory or optional in words, not as M/O", () => {
    expect(mandatoryText(true)).toMatch(/^Mandatory/);
    expect(mandatoryText(false)).toBe("Optional");
  });

  it("names every part of a change that was not saved, the role by its label", () => {
    const label = (code: string) => (code === "in_progress" ? "In Progress" : code);
    expect(describeTaskChange({ status: "in_progress", percentComplete: 50 }, label)).toBe("In Progress, 50 %");
    expect(describeTaskChange({ responsibleRole: "fasttrack_architect_v2" }, label)).toBe("role FastTrack Architect v2");
    expect(describeTaskChange({ percentComplete: 0 }, label)).toBe("0 %");
  });
});

describe("Create note from a task", () => {
  it("opens the Notes tab with the task's catalogue id in the URL, so a reload keeps it", () => {
    expect(createNoteSearch({ catalogTaskId: 2453, service: null })).toEqual({ tab: "notes", noteTask: "2453" });
    expect(createNoteSearch({ catalogTaskId: 3718, service: "onedrive" })).toEqual({ tab: "notes", noteTask: "3718", noteService: "onedrive" });
  });
});

describe("the task's description", () => {
  it("shows the text and cites its source by name", () => {
    const bvd = task({ description: "FastTrack Managers (FM) deliver the OneDrive pitch/BVD deck linked to task 3718.", descriptionSource: "OneDrive BVD playbook" });
    expect(taskDescriptionView(bvd)).toEqual({ text: "FastTrack Managers (FM) deliver the OneDrive pitch/BVD deck linked to task 3718.", from: "From OneDrive BVD playbook" });
  });

  it("says there is none when no source says what the task asks (null, missing or blank)", () => {
    expect(taskDescriptionView(task({ description: null, descriptionSource: null }))).toBeNull();
    expect(taskDescriptionView(task({}))).toBeNull();
    expect(taskDescriptionView(task({ description: "  ", descriptionSource: "Partner playbook: Migration" }))).toBeNull();
  });
});
