import type { TDraft, TProblem } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import {
  draftsOfTenant,
  emptyForm,
  evidenceLines,
  excerpt,
  formFrom,
  formProblems,
  isQualityRefusal,
  overrideReasonProblem,
  refusalText,
  toNoteInput,
  WRITABLE_CATEGORY_OPTIONS,
} from "./notes.ts";

const draft = (id: string, tenantId: string): TDraft => ({
  id,
  tenantId,
  tenantName: "Contoso",
  category: "service_intent",
  services: ["exchange"],
  taskId: 1042,
  body: "Half a note",
  hashtags: [],
  escalated: true,
  nextAction: "Call the CIO",
  nextActionDate: "2026-12-01",
  nextActionOwnerId: null,
  authorId: null,
  authorName: null,
  createdAt: "2026-11-23T09:00:00.000Z",
});

describe("the composer's categories", () => {
  it("offers the Notes Editor's categories and Entitlement Status, not Enterprise Status", () => {
    expect(WRITABLE_CATEGORY_OPTIONS.map((option) => option.label)).toEqual([
      "Engagement Management",
      "Technical Enablement",
      "Service Intent",
      "Environment",
      "Entitlement Status",
    ]);
  });
});

describe("formProblems", () => {
  it("asks for the note text, a whole-number task id and a date for a next action", () => {
    const form = { ...emptyForm(), body: "  ", taskId: "12a", nextAction: "Call" };
    expect(formProblems(form, "note")).toEqual({
      body: "Write the note.",
      taskId: expect.stringMatching(/whole number/),
      nextActionDate: "A next action needs the date it is due.",
    });
  });

  it("lets a draft be half written, but counts the next action against its 500 characters", () => {
    const form = { ...emptyForm(), nextAction: "x".repeat(501) };
    expect(formProblems(form, "draft")).toEqual({ nextAction: "Keep the next action to 500 characters (501 now)." });
    expect(formProblems({ ...form, nextAction: "x".repeat(500) }, "draft")).toEqual({});
  });
});

describe("toNoteInput", () => {
  it("sends trimmed text, nulls for empty fields and the override reason only when given", () => {
    const form = { ...emptyForm("entitlement_status"), body: " No intent. ", taskId: " 1042 ", services: ["onedrive"] };
    expect(toNoteInput(form)).toEqual({
      category: "entitlement_status",
      services: ["onedrive"],
      taskId: 1042,
      body: "No intent.",
      nextAction: null,
      nextActionDate: null,
      nextActionOwnerId: null,
      escalated: false,
    });
    expect(toNoteInput(form, "  Customer said so on the call  ").qualityOverride).toEqual({ reason: "Customer said so on the call" });
  });

  it("round-trips a draft through the form", () => {
    expect(toNoteInput(formFrom(draft("d1", "t1")))).toMatchObject({ taskId: 1042, nextAction: "Call the CIO", nextActionDate: "2026-12-01", escalated: true });
  });
});

describe("overrideReasonProblem", () => {
  it("needs at least 10 characters of reason", () => {
    expect(overrideReasonProblem("too short")).toMatch(/at least 10 characters .*\(9 now\)/);
    expect(overrideReasonProblem("Customer confirmed by mail")).toBeUndefined();
  });
});

describe("isQualityRefusal", () => {
  const problem = (status: number, path: string): TProblem => ({ type: "x", title: "t", status, detail: "d", code: "validation_failed", errors: [{ path, message: "m" }] });
  it("is a 422 on the note's body, not on another field", () => {
    expect(isQualityRefusal(problem(422, "/body/body"))).toBe(true);
    expect(isQualityRefusal(problem(422, "/body/taskId"))).toBe(false);
    expect(isQualityRefusal(problem(409, "/body/body"))).toBe(false);
  });
});

describe("evidenceLines", () => {
  it("names matched words and missing parts with their explanations", () => {
    const lines = evidenceLines([
      { kind: "matched", words: ["no", "intent"], explanation: "says there is no intent" },
      { kind: "missing", part: "reason", explanation: "say why" },
    ]);
    expect(lines.map(({ label, explanation }) => `${label}: ${explanation}`)).toEqual([
      "Matched “no”, “intent”: says there is no intent",
      "Missing reason: say why",
    ]);
  });
});

describe("drafts and excerpts", () => {
  it("keeps this tenant's drafts in their order", () => {
    expect(draftsOfTenant([draft("a", "t1"), draft("b", "t2"), draft("c", "t1")], "t1").map((d) => d.id)).toEqual(["a", "c"]);
  });

  it("names a note by its first line, cut with an ellipsis", () => {
    expect(excerpt("First line\nsecond")).toBe("First line");
    expect(excerpt("abcdefghij", 5)).toBe("abcd…");
    expect(excerpt("   ")).toBe("(empty)");
  });
});

describe("refusalText", () => {
  it("keeps the message for people and the body's evidence without field paths", () => {
    const problem: TProblem = {
      type: "x",
      title: "The change breaks a rule",
      status: 422,
      code: "validation_failed",
      detail: "This Entitlement Status note is rated poor, so it cannot be added. Say why. Rewrite it (the errors list what drove the rating), or save it anyway with qualityOverride.",
      errors: [
        { path: "/body/body", message: "Missing reason: Say why." },
        { path: "/body/body", message: "Missing reason: Say why." },
        { path: "/body/taskId", message: "unrelated" },
      ],
    };
    expect(refusalText(problem)).toEqual({
      message: "This Entitlement Status note is rated poor, so it cannot be added. Say why.",
      evidence: ["Missing reason: Say why."],
    });
  });
});
