import { describe, expect, it } from "vitest";
import { l1FieldRules } from "./l1-statuses.ts";
import { L2_REASONS, isL2AllowedFor, l2ByLabel, l2Label, l2ReasonsFor } from "./l2-reasons.ts";

describe("L2 reasons", () => {
  it("has 18 unique codes", () => {
    expect(L2_REASONS).toHaveLength(18);
    expect(new Set(L2_REASONS.map((reason) => reason.code)).size).toBe(18);
  });

  it("belongs only to L1s that allow an L2", () => {
    for (const reason of L2_REASONS) expect(l1FieldRules(reason.l1).allowsL2, reason.code).toBe(true);
  });

  it("splits 2 / 3 / 3 / 10 over the L1s, none for Duplicate/Invalid", () => {
    expect(l2ReasonsFor("status_unknown")).toHaveLength(2);
    expect(l2ReasonsFor("in_progress")).toHaveLength(3);
    expect(l2ReasonsFor("no_intent")).toHaveLength(3);
    expect(l2ReasonsFor("blocked")).toHaveLength(10);
    expect(l2ReasonsFor("duplicate_invalid")).toHaveLength(0);
  });

  it("keeps the taxonomy's labels", () => {
    expect(l2Label("billing_licensing_subscription")).toBe("Billing, Licensing and Subscription");
    expect(l2Label("security_privacy")).toBe("Security/Privacy (Non-Product/Feature)");
    expect(l2Label("technical_onboarding")).toBe("Technical Onboarding and Deployment");
    expect(l2Label("using_microsoft_on_premises_solution")).toBe("Using Microsoft On-Premises Solution");
  });

  it("files Legal/Regulatory under Blocked (DESIGN decision 3)", () => {
    expect(isL2AllowedFor("blocked", "legal_regulatory")).toBe(true);
    expect(isL2AllowedFor("no_intent", "legal_regulatory")).toBe(false);
  });

  it("rejects an L2 of another L1 and unknown codes", () => {
    expect(isL2AllowedFor("in_progress", "migration")).toBe(true);
    expect(isL2AllowedFor("blocked", "migration")).toBe(false);
    expect(isL2AllowedFor("duplicate_invalid", "customer_unresponsive")).toBe(false);
    expect(isL2AllowedFor("blocked", "nonsense")).toBe(false);
  });

  it("reads the alternative labels of the example tables", () => {
    expect(l2ByLabel("Customer IT Infrastructure, Remediation")?.code).toBe("customer_it_infrastructure_and_remediation");
    expect(l2ByLabel("Product / Feature Capability")?.code).toBe("product_feature_capability");
    expect(l2ByLabel("Billing, Licensing, Subscription")?.code).toBe("billing_licensing_subscription");
  });
});
