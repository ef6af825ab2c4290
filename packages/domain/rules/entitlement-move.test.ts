import { describe, expect, it } from "vitest";
import { type MovableSplitRow, moveEntitlements } from "./entitlement-move.ts";

const row = (l1: MovableSplitRow["l1"], entitlements: number, extra: Partial<MovableSplitRow> = {}): MovableSplitRow => ({
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

const split = [
  row("status_unknown", 300, { l2: "new_subscription_or_workload", owner: "FM" }),
  row("in_progress", 5, { l2: "technical_onboarding", targetDate: "2027-02-01" }),
];
const blocked = {
  l2: "customer_it_infrastructure_and_remediation",
  l3: "network_limitations",
  notes: "Proxy upgrade first.",
};

describe("moving entitlements between L1 rows", () => {
  it("keeps the sum, adds the destination row when there is none, and keeps the other rows' fields", () => {
    const outcome = moveEntitlements("exchange", 305, split, { from: "status_unknown", to: "blocked", entitlements: 100, fields: blocked });
    expect(outcome).toEqual({
      ok: true,
      rows: [
        row("status_unknown", 200, { l2: "new_subscription_or_workload", owner: "FM" }),
        row("in_progress", 5, { l2: "technical_onboarding", targetDate: "2027-02-01" }),
        row("blocked", 100, blocked),
      ],
    });
  });

  it("keeps the destination's fields that are left out, and clears the ones sent as null", () => {
    const outcome = moveEntitlements("exchange", 305, split, { from: "status_unknown", to: "in_progress", entitlements: 300, fields: { targetDate: null, notes: "Wave 1" } });
    expect(outcome.ok && outcome.rows[1]).toEqual(row("in_progress", 305, { l2: "technical_onboarding", notes: "Wave 1" }));
    expect(outcome.ok && outcome.rows[0]?.entitlements).toBe(0);
  });

  it("refuses to move more than the row holds, saying how many it holds", () => {
    const outcome = moveEntitlements("exchange", 305, split, { from: "in_progress", to: "no_intent", entitlements: 6, fields: {} });
    expect(outcome).toEqual({
      ok: false,
      problems: [{ path: "/entitlements", message: "In Progress holds 5 entitlements; you cannot move 6. Move at most 5." }],
    });
    expect(moveEntitlements("exchange", 305, split, { from: "blocked", to: "no_intent", entitlements: 1, fields: {} })).toMatchObject({
      ok: false,
      problems: [{ message: "Blocked holds no entitlements to move." }],
    });
  });

  it("checks the destination with the split's own rules, at the move's own fields", () => {
    const outcome = moveEntitlements("exchange", 305, split, { from: "status_unknown", to: "no_intent", entitlements: 10, fields: { targetDate: "2027-01-01" } });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.map((p) => p.path)).toEqual(["/targetDate", "/l2", "/l3", "/notes"]);
  });

  it("drops the old L3 when the L2 changes, since an L3 belongs to its L2", () => {
    const from = [row("status_unknown", 5), row("blocked", 300, blocked)];
    const outcome = moveEntitlements("exchange", 305, from, { from: "status_unknown", to: "blocked", entitlements: 5, fields: { l2: "adoption_readiness" } });
    expect(!outcome.ok && outcome.problems).toEqual([{ path: "/l3", message: "Blocked entitlements need an L3 reason." }]);
  });

  it("refuses a move onto the same row, and a split with two rows of one L1", () => {
    expect(moveEntitlements("exchange", 305, split, { from: "in_progress", to: "in_progress", entitlements: 1, fields: {} })).toMatchObject({ ok: false, problems: [{ path: "/to" }] });
    const doubled = [...split, row("in_progress", 0)];
    expect(moveEntitlements("exchange", 305, doubled, { from: "status_unknown", to: "in_progress", entitlements: 1, fields: {} })).toMatchObject({
      ok: false,
      problems: [{ path: "/to", message: expect.stringContaining("2 In Progress rows") }],
    });
  });

  it("names a stored row's own problem as such, rather than blaming the move", () => {
    const broken = [row("status_unknown", 300), row("no_intent", 5)];
    const outcome = moveEntitlements("exchange", 305, broken, { from: "status_unknown", to: "in_progress", entitlements: 1, fields: {} });
    expect(!outcome.ok && outcome.problems[0]).toEqual({
      path: "/",
      message: "No Intent entitlements need an L2 reason. (the No Intent row, which this move leaves as it is; fix it by replacing the split.)",
    });
  });
});
