import { describe, expect, it } from "vitest";
import { awaitsCustomerStep, type ContactFacts, contactProblems } from "./contact-rules.ts";

const customer: ContactFacts = {
  type: "customer",
  email: "it.lead@contoso.example",
  isEngaged: true,
  doNotCall: false,
  doNotCallReason: null,
  surveyEligible: true,
  surveyLanguage: "English",
  country: "DE",
  servicesDeployed: ["exchange"],
  partnerId: null,
  role: null,
};

describe("contact rules", () => {
  it("accepts the partner guide's properly filled survey-eligible contact", () => {
    expect(contactProblems(customer)).toEqual([]);
  });

  it("names every missing survey field", () => {
    const problems = contactProblems({ ...customer, isEngaged: false, email: null, country: null, surveyLanguage: null, servicesDeployed: [] });
    expect(problems.map((p) => p.field)).toEqual(["isEngaged", "email", "country", "surveyLanguage", "servicesDeployed"]);
  });

  it("keeps surveys and do-not-call to customer contacts, and asks why not to call", () => {
    expect(contactProblems({ ...customer, type: "microsoft" }).map((p) => p.field)).toEqual(["type"]);
    expect(contactProblems({ ...customer, surveyEligible: false, type: "partner", doNotCall: true, doNotCallReason: "x" }).map((p) => p.field)).toEqual(["doNotCall"]);
    expect(contactProblems({ ...customer, doNotCall: true, doNotCallReason: " " })[0]?.message).toBe("Say why this person must not be called.");
  });

  it("ties a partner organisation to partner contacts and to the PDM or PSE who looks after it", () => {
    expect(contactProblems({ ...customer, partnerId: "p" }).map((p) => p.field)).toEqual(["partnerId"]);
    expect(contactProblems({ ...customer, surveyEligible: false, type: "partner", partnerId: "p" })).toEqual([]);
    expect(contactProblems({ ...customer, surveyEligible: false, type: "microsoft", role: "pdm", partnerId: "p" })).toEqual([]);
    expect(contactProblems({ ...customer, surveyEligible: false, type: "microsoft", role: "ATS", partnerId: "p" }).map((p) => p.field)).toEqual(["partnerId"]);
  });
});

describe("a customer contact given before the Contact Customer step", () => {
  it("waits for that step while the Gateway engages the tenant, and only then", () => {
    expect(awaitsCustomerStep("customer", { engaging: true, customerStepTaken: false })).toBe(true);
    expect(awaitsCustomerStep("customer", { engaging: true, customerStepTaken: true })).toBe(false);
    expect(awaitsCustomerStep("customer", { engaging: false, customerStepTaken: false })).toBe(false);
    expect(awaitsCustomerStep("microsoft", { engaging: true, customerStepTaken: false })).toBe(false);
    expect(awaitsCustomerStep("partner", { engaging: true, customerStepTaken: false })).toBe(false);
  });
});
