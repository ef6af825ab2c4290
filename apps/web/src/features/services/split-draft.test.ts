import type { TService } from "@waymark/contracts";
import { checkEntitlementSplit, DEFAULT_L3_REASONS, L1_STATUSES, L2_REASONS } from "@waymark/domain";
import { describe, expect, it } from "vitest";
import { parseDraft, serializeDraft } from "../../lib/session-draft.ts";
import type { TCatalogEntry } from "../../lib/api.ts";
import {
  allocationOf,
  countOf,
  draftOf,
  l2OptionsFor,
  meterText,
  newDraftRow,
  reviveSplitDraft,
  splitBody,
  splitProblemsOf,
  splitSessionStart,
  splitUntouched,
  withL1,
  withL2,
} from "./split-draft.ts";

const l1Statuses = L1_STATUSES as unknown as TCatalogEntry[];
const l2Reasons = L2_REASONS as unknown as TCatalogEntry[];
const l3Reasons = DEFAULT_L3_REASONS as unknown as TCatalogEntry[];

const row = (l1: TService["split"][number]["l1"], entitlements: number, extra: Partial<TService["split"][number]> = {}): TService["split"][number] => ({
  id: `${l1}-id`,
  l1,
  entitlements,
  l2: null,
  l3: null,
  targetDate: null,
  owner: null,
  notes: null,
  nextActionDate: null,
  engagementStartDate: null,
  ...extra,
});

describe("the live allocation meter of the split editor", () => {
  it("says how many of the total are unassigned, over-allocated or all assigned", () => {
    const rows = draftOf([row("in_progress", 200), row("status_unknown", 100)]);
    expect(meterText(allocationOf(rows, 305))).toBe("Allocated 300 / 305 entitlements, 5 unassigned");
    expect(meterText(allocationOf(rows, 300))).toBe("Allocated 300 / 300 entitlements, all assigned");
    expect(meterText(allocationOf(rows, 290))).toBe("Allocated 300 / 290 entitlements, 10 over-allocated");
    expect(meterText(allocationOf(rows, 1_500))).toBe("Allocated 300 / 1,500 entitlements, 1,200 unassigned");
  });

  it("names the rows whose count is not a whole number and leaves them out of the sum", () => {
    const rows = draftOf([row("in_progress", 200), row("status_unknown", 100)]).map((draft, index) => (index === 1 ? { ...draft, count: "12.5" } : draft));
    const allocation = allocationOf(rows, 305);
    expect(allocation.allocated).toBe(200);
    expect(meterText(allocation)).toBe("Allocated 200 / 305 entitlements, 105 unassigned; row 2 needs a whole number");
    expect(splitBody(rows, 3)).toBeNull();
  });

  it("accepts only whole, non-negative counts", () => {
    expect(countOf(" 42 ")).toBe(42);
    expect(countOf("0")).toBe(0);
    for (const bad of ["", "-3", "1e3", "4.0", "abc"]) expect(countOf(bad)).toBeNull();
  });

  it("agrees with the server's sum rule: a body the meter calls all assigned passes it, any other is refused", () => {
    const rows = draftOf([row("in_progress", 250, { l2: "migration" }), row("status_unknown", 50)]);
    const body = splitBody(rows, 7);
    expect(body?.version).toBe(7);
    expect(checkEntitlementSplit(300, body?.rows ?? [])).toEqual([]);
    expect(checkEntitlementSplit(305, body?.rows ?? []).map((problem) => problem.message)).toEqual([
      "Allocated 300 of 305 entitlements: 5 unassigned. The L1 rows must add up to the service's total (including any override).",
    ]);
  });
});

describe("editing a split row", () => {
  it("offers only the L2 reasons of the row's L1 and none for Duplicate/Invalid", () => {
    expect(l2OptionsFor("in_progress", l2Reasons).map((entry) => entry.code)).toEqual(["technical_onboarding", "migration", "solution_or_user_adoption"]);
    expect(l2OptionsFor("duplicate_invalid", l2Reasons)).toEqual([]);
  });

  it("drops what the new L1 cannot carry when the L1 changes, so the server never refuses a hidden field", () => {
    const [blocked] = draftOf([row("blocked", 10, { l2: "legal_regulatory", l3: null, owner: "A. Lee", targetDate: "2027-01-15", notes: "Works council" })]);
    if (!blocked) throw new Error("no row");
    const moved = withL1(blocked, "in_progress", l1Statuses, l2Reasons);
    expect(moved).toMatchObject({ l1: "in_progress", l2: "", l3: "", owner: "", targetDate: "2027-01-15", notes: "Works council" });
    const body = splitBody([moved], 1);
    expect(checkEntitlementSplit(10, body?.rows ?? [])).toEqual([]);
  });

  it("keeps the L3 only when it belongs to the newly chosen L2", () => {
    const [draft] = draftOf([row("in_progress", 5, { l2: "migration", l3: "migration_by_partner" })]);
    if (!draft) throw new Error("no row");
    expect(withL2(draft, "migration", l3Reasons).l3).toBe("migration_by_partner");
    expect(withL2(draft, "technical_onboarding", l3Reasons).l3).toBe("");
  });

  it("adds a row for an L1 the split does not use yet, with no entitlements", () => {
    const rows = draftOf([row("status_unknown", 300)]);
    expect(newDraftRow(rows, l1Statuses)).toMatchObject({ l1: "in_progress", count: "0" });
  });
});

describe("the server's refusal, placed on the rows", () => {
  it("puts field errors on their row and keeps the sum message general", () => {
    const problems = splitProblemsOf({
      type: "/problems/validation-failed",
      title: "The change breaks a rule",
      status: 422,
      code: "validation_failed",
      detail: "…",
      errors: [
        { path: "/body/rows/1/l3", message: "Blocked entitlements need an L3 reason." },
        { path: "/body/rows", message: "Allocated 300 of 305 entitlements: 5 unassigned." },
      ],
    });
    expect(problems.rows).toEqual({ 1: { l3: "Blocked entitlements need an L3 reason." } });
    expect(problems.general).toEqual(["Allocated 300 of 305 entitlements: 5 unassigned."]);
    expect(problems.noteRefusal).toBe(false);
  });

  it("recognises a note refused for its rating, words it for people and lets it be sent again with a reason", () => {
    const problems = splitProblemsOf({
      type: "/problems/validation-failed",
      title: "The change breaks a rule",
      status: 422,
      code: "validation_failed",
      detail: "This Entitlement Status note is rated poor, so it cannot be added: say why. Rewrite it (the errors list what drove the rating), or save it anyway with qualityOverride: { reason }.",
      errors: [{ path: "/body/rows/0/notes", message: "Missing reason: say what blocks the customer." }],
    });
    expect(problems.noteRefusal).toBe(true);
    expect(problems.general).toEqual(["This Entitlement Status note is rated poor, so it cannot be added: say why. Rewrite the note, or save it anyway with a reason."]);
    expect(problems.rows).toEqual({ 0: { notes: "Missing reason: say what blocks the customer." } });
    const body = splitBody(draftOf([row("blocked", 5)]), 2, "  Customer confirmed on the call  ");
    expect(body?.qualityOverride).toEqual({ reason: "Customer confirmed on the call" });
  });
});

describe("the split kept in the tab while typing", () => {
  it("keeps nothing until a row changes, and forgets it once the rows are back as they were", () => {
    const start = splitSessionStart([row("status_unknown", 305)]);
    expect(splitUntouched(start)).toBe(true);
    const typed = { ...start, rows: start.rows.map((draft) => ({ ...draft, count: "105" })) };
    expect(splitUntouched(typed)).toBe(false);
    expect(splitUntouched({ ...typed, rows: start.rows })).toBe(true);
    // An added row that is then removed leaves the draft as untouched as before.
    const added = { ...start, rows: [...start.rows, newDraftRow(start.rows, l1Statuses)] };
    expect(splitUntouched(added)).toBe(false);
    expect(splitUntouched({ ...added, rows: added.rows.slice(0, 1) })).toBe(true);
    expect(splitUntouched({ ...start, overrideReason: "Customer confirmed on the call" })).toBe(false);
  });

  it("reads the typed rows back after a reload, with fresh keys for added rows so they never collide with new ones", () => {
    const start = splitSessionStart([row("status_unknown", 305)]);
    const added = newDraftRow(start.rows, l1Statuses);
    const typed = { ...start, rows: [{ ...start.rows[0]!, count: "105" }, { ...added, count: "200" }] };
    const kept = parseDraft(serializeDraft(typed, 1), 1, start);
    expect(kept).toEqual(typed);
    const revived = reviveSplitDraft(kept!);
    expect(revived.rows.map((draft) => draft.count)).toEqual(["105", "200"]);
    expect(revived.rows[0]?.key).toBe("status_unknown-id");
    expect(revived.rows[1]?.key).not.toBe(added.key);
    expect(splitBody(revived.rows, 3)?.rows.map((out) => [out.l1, out.entitlements])).toEqual([
      ["status_unknown", 105],
      ["in_progress", 200],
    ]);
  });
});
