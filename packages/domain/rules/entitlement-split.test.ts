import { describe, expect, it } from "vitest";
import { checkEntitlementSplit, type SplitRowInput } from "./entitlement-split.ts";

const row = (l1: SplitRowInput["l1"], entitlements: number, extra: Partial<SplitRowInput> = {}): SplitRowInput => ({
  l1,
  entitlements,
  l2: null,
  l3: null,
  targetDate: null,
  owner: null,
  notes: null,
  engagementStartDate: null,
  ...extra,
});

const blocked = (n: number) =>
  row("blocked", n, { l2: "adoption_readiness", l3: "adoption_readiness_other", notes: "Unable to train users before spring." });

describe("checkEntitlementSplit", () => {
  it("accepts FTOP's own example: 300 In Progress + 5 Blocked = 305", () => {
    expect(checkEntitlementSplit(305, [row("in_progress", 300, { targetDate: "2027-01-01" }), blocked(5)])).toEqual([]);
  });

  it("reports unassigned and over-allocated entitlements with the numbers", () => {
    expect(checkEntitlementSplit(305, [row("in_progress", 300)])[0]?.message).toMatch(/^Allocated 300 of 305 entitlements: 5 unassigned/);
    expect(checkEntitlementSplit(305, [row("in_progress", 310)])[0]?.message).toMatch(/^Allocated 310 of 305 entitlements: 5 too many/);
  });

  it("allows L2 on In Progress but none on Duplicate/Invalid", () => {
    expect(checkEntitlementSplit(1, [row("in_progress", 1, { l2: "migration" })])).toEqual([]);
    expect(checkEntitlementSplit(1, [row("duplicate_invalid", 1, { l2: "migration" })])).toEqual([
      { path: "/rows/0/l2", message: "Duplicate/Invalid takes no L2 reason; remove it." },
    ]);
  });

  it("refuses an L2 of another L1 and lists the right ones", () => {
    const [problem] = checkEntitlementSplit(1, [row("status_unknown", 1, { l2: "migration" })]);
    expect(problem?.path).toBe("/rows/0/l2");
    expect(problem?.message).toContain("customer_unresponsive, new_subscription_or_workload");
  });

  it("keeps target dates to In Progress and Blocked, owners off In Progress, start dates to In Progress", () => {
    const paths = checkEntitlementSplit(3, [
      row("status_unknown", 1, { targetDate: "2027-01-01" }),
      row("in_progress", 1, { owner: "Account Team" }),
      { ...blocked(1), engagementStartDate: "2027-01-01" },
    ]).map((p) => p.path);
    expect(paths).toEqual(["/rows/0/targetDate", "/rows/1/owner", "/rows/2/engagementStartDate"]);
  });

  it("needs L2, L3 and a note for Blocked and No Intent entitlements, but not for an empty row", () => {
    const paths = checkEntitlementSplit(2, [row("no_intent", 2)]).map((p) => p.path);
    expect(paths).toEqual(["/rows/0/l2", "/rows/0/l3", "/rows/0/notes"]);
    expect(checkEntitlementSplit(2, [row("in_progress", 2), row("no_intent", 0)])).toEqual([]);
  });

  it("needs an L2 before an L3, and an L3 of that L2", () => {
    expect(checkEntitlementSplit(1, [row("status_unknown", 1, { l3: "x" })])[0]?.message).toBe("An L3 reason needs an L2 reason first.");
    const [wrongL3] = checkEntitlementSplit(1, [{ ...blocked(1), l3: "network_limitations" }]);
    expect(wrongL3?.path).toBe("/rows/0/l3");
  });
});
