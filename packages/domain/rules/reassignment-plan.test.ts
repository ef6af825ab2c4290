import { describe, expect, it } from "vitest";
import { type HeldAssignment, planReassignment } from "./reassignment-plan.ts";

const held = (id: string, tenantId: string | null, extra: Partial<HeldAssignment> = {}): HeldAssignment => ({
  id,
  customerId: `c-${tenantId ?? id}`,
  tenantId,
  service: null,
  role: "fm",
  isPrimary: false,
  ...extra,
});

describe("planning a bulk reassignment", () => {
  it("moves every assignment on one tenant to the same colleague", () => {
    const moves = planReassignment(
      [held("a1", "t1"), held("a2", "t1", { service: "exchange" }), held("a3", "t2")],
      [{ userId: "u1", currentLoad: 0 }, { userId: "u2", currentLoad: 0 }],
      new Map(),
    );
    const byAssignment = Object.fromEntries(moves.map((m) => [m.assignmentId, m.toUserId]));
    expect(byAssignment.a1).toBe(byAssignment.a2);
    expect(byAssignment.a3).not.toBe(byAssignment.a1);
  });

  it("evens out the load, counting what each colleague already holds", () => {
    const tenants = Array.from({ length: 6 }, (_, i) => held(`a${i}`, `t${i}`));
    const moves = planReassignment(tenants, [{ userId: "busy", currentLoad: 4 }, { userId: "free", currentLoad: 0 }], new Map());
    const count = (user: string) => moves.filter((m) => m.toUserId === user).length;
    expect(count("free")).toBe(5);
    expect(count("busy")).toBe(1);
  });

  it("keeps a customer-level assignment whole as its own unit", () => {
    const moves = planReassignment([held("c1", null, { customerId: "cust" }), held("c2", null, { customerId: "cust", role: "rm" })], [{ userId: "u1", currentLoad: 0 }, { userId: "u2", currentLoad: 0 }], new Map());
    expect(new Set(moves.map((m) => m.toUserId)).size).toBe(1);
  });

  it("merges into an assignment the colleague already holds instead of doubling it", () => {
    const moves = planReassignment([held("a1", "t1")], [{ userId: "u1", currentLoad: 0 }], new Map([["u1", new Set(["c-t1|t1||fm"])]]));
    expect(moves).toEqual([{ assignmentId: "a1", toUserId: "u1", merge: true }]);
  });

  it("needs someone to take over", () => {
    expect(() => planReassignment([held("a1", "t1")], [], new Map())).toThrow("at least one colleague");
  });
});
