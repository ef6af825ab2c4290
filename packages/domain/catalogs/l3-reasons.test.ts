import { describe, expect, it } from "vitest";
import { L2_REASONS } from "./l2-reasons.ts";
import { DEFAULT_L3_REASONS, isL3AllowedFor, l3Label, l3ReasonsFor } from "./l3-reasons.ts";

describe("default L3 reasons", () => {
  it("has codes unique across all L2s", () => {
    const codes = DEFAULT_L3_REASONS.map((reason) => reason.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("gives every L2 between 3 and 6 reasons, one of them Other", () => {
    for (const l2 of L2_REASONS) {
      const reasons = l3ReasonsFor(l2.code);
      expect(reasons.length, l2.code).toBeGreaterThanOrEqual(3);
      expect(reasons.length, l2.code).toBeLessThanOrEqual(6);
      expect(reasons.filter((reason) => reason.label === "Other"), l2.code).toHaveLength(1);
    }
  });

  it("refers only to known L2s", () => {
    const l2Codes = new Set<string>(L2_REASONS.map((reason) => reason.code));
    for (const reason of DEFAULT_L3_REASONS) expect(l2Codes.has(reason.l2), reason.code).toBe(true);
  });

  it("has unique labels within each L2", () => {
    for (const l2 of L2_REASONS) {
      const labels = l3ReasonsFor(l2.code).map((reason) => reason.label);
      expect(new Set(labels).size, l2.code).toBe(labels.length);
    }
  });

  it("accepts an L3 only under its own L2", () => {
    expect(isL3AllowedFor("legal_regulatory", "data_residency_law")).toBe(true);
    expect(isL3AllowedFor("security_privacy", "data_residency_law")).toBe(false);
    expect(isL3AllowedFor("legal_regulatory", "made_up")).toBe(false);
    expect(l3Label("partner_unresponsive")).toBe("Partner not responding");
  });
});
