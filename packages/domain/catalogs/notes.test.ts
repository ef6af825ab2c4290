import { describe, expect, it } from "vitest";
import { NOTE_CATEGORIES, NOTE_LIMITS, isNoteCategory, noteCategoryLabel } from "./notes.ts";

describe("note categories", () => {
  it("has the six categories with their labels", () => {
    expect(NOTE_CATEGORIES.map((category) => [category.code, category.label])).toEqual([
      ["engagement_management", "Engagement Management"],
      ["technical_enablement", "Technical Enablement"],
      ["service_intent", "Service Intent"],
      ["environment", "Environment"],
      ["enterprise_status", "Enterprise Status"],
      ["entitlement_status", "Entitlement Status"],
    ]);
  });

  it("offers the editor's four categories in the editor", () => {
    const inEditor = NOTE_CATEGORIES.filter((category) => category.selectableInEditor).map((category) => category.code);
    expect(inEditor).toEqual(["engagement_management", "technical_enablement", "service_intent", "environment"]);
  });

  it("guards codes", () => {
    expect(isNoteCategory("environment")).toBe(true);
    expect(isNoteCategory("customer_satisfaction")).toBe(false);
    expect(noteCategoryLabel("enterprise_status")).toBe("Enterprise Status");
  });

  it("limits next action to 500 characters and drafts to 10", () => {
    expect(NOTE_LIMITS.nextActionMaxChars).toBe(500);
    expect(NOTE_LIMITS.maxDraftsPerUser).toBe(10);
  });
});
