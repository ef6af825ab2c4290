import { describe, expect, it } from "vitest";
import { adjustSplitToTotal } from "./entitlement-total-change.ts";

const row = (l1: "status_unknown" | "in_progress" | "blocked", entitlements: number, l2: string | null = null) => ({
  l1,
  entitlements,
  l2,
  l3: null,
  targetDate: null,
  owner: null,
  notes: null,
  nextActionDate: null,
  engagementStartDate: null,
});

describe("adjustSplitToTotal", () => {
  it("puts bought entitlements into Status Unknown / New Subscription or Workload", () => {
    const outcome = adjustSplitToTotal([row("in_progress", 300)], 300, 350);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.rows).toEqual([row("in_progress", 300), row("status_unknown", 50, "new_subscription_or_workload")]);
    expect(outcome.reason).toContain("50 new entitlements");
  });

  it("adds to an existing New Subscription row instead of making a second one", () => {
    const outcome = adjustSplitToTotal([row("status_unknown", 5, "new_subscription_or_workload")], 5, 6);
    expect(outcome.ok && outcome.rows).toEqual([row("status_unknown", 6, "new_subscription_or_workload")]);
  });

  it("takes removed entitlements out of Status Unknown only", () => {
    const outcome = adjustSplitToTotal([row("in_progress", 300), row("status_unknown", 20, "customer_unresponsive")], 320, 310);
    expect(outcome.ok && outcome.rows).toEqual([row("in_progress", 300), row("status_unknown", 10, "customer_unresponsive")]);
  });

  it("refuses a drop that would need classified entitlements moved", () => {
    const outcome = adjustSplitToTotal([row("in_progress", 300), row("status_unknown", 5)], 305, 200);
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining("only 5 entitlements are in Status Unknown") });
  });

  it("changes nothing when the total is unchanged", () => {
    expect(adjustSplitToTotal([row("blocked", 3)], 3, 3)).toEqual({ ok: true, rows: [row("blocked", 3)], reason: null });
  });
});
