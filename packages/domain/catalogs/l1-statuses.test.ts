import { describe, expect, it } from "vitest";
import { L1_STATUSES, isL1Status, l1FieldRules, l1Label } from "./l1-statuses.ts";

describe("L1 statuses", () => {
  it("has the five L1s with their exact labels", () => {
    expect(L1_STATUSES.map((status) => [status.code, status.label])).toEqual([
      ["status_unknown", "Status Unknown"],
      ["in_progress", "In Progress"],
      ["blocked", "Blocked"],
      ["no_intent", "No Intent"],
      ["duplicate_invalid", "Duplicate/Invalid"],
    ]);
  });

  it("gives a target date only to In Progress and Blocked, and requires it on In Progress", () => {
    const withDate = L1_STATUSES.filter((status) => status.rules.allowsTargetDate).map((status) => status.code);
    expect(withDate).toEqual(["in_progress", "blocked"]);
    expect(l1FieldRules("in_progress").requiresTargetDate).toBe(true);
    expect(l1FieldRules("blocked").requiresTargetDate).toBe(false);
  });

  it("allows L2 on In Progress but not on Duplicate/Invalid (DESIGN decision 2)", () => {
    expect(l1FieldRules("in_progress").allowsL2).toBe(true);
    expect(l1FieldRules("duplicate_invalid").allowsL2).toBe(false);
    expect(l1FieldRules("duplicate_invalid").allowsL3).toBe(false);
  });

  it("offers L3 exactly where L2 is offered", () => {
    for (const status of L1_STATUSES) expect(status.rules.allowsL3).toBe(status.rules.allowsL2);
  });

  it("requires L2, L3 and a note on Blocked and No Intent only", () => {
    const required = L1_STATUSES.filter((status) => status.rules.requiresL2L3AndNote).map((status) => status.code);
    expect(required).toEqual(["blocked", "no_intent"]);
  });

  it("has no owner on In Progress, and an engagement start date on In Progress only", () => {
    expect(l1FieldRules("in_progress").allowsOwner).toBe(false);
    const withStart = L1_STATUSES.filter((status) => status.rules.allowsEngagementStartDate).map((status) => status.code);
    expect(withStart).toEqual(["in_progress"]);
    for (const status of L1_STATUSES) expect(status.rules.allowsNotes).toBe(true);
  });

  it("guards codes and labels them", () => {
    expect(isL1Status("blocked")).toBe(true);
    expect(isL1Status("Blocked")).toBe(false);
    expect(l1Label("duplicate_invalid")).toBe("Duplicate/Invalid");
  });
});
