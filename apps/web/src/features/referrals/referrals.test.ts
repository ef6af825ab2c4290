import type { TContact, TSubmittedReferral } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { isMissingConsent, kindOfNeed, matchParams, referableContacts, referralBody, referralProblems, submittedLines } from "./referrals.ts";

const form = { need: "project_management", serviceType: "", contactId: "c1", city: " Berlin " };

describe("the referral form", () => {
  it("makes an ACM referral only for the ACM need", () => {
    expect(kindOfNeed("acm")).toBe("acm");
    expect(kindOfNeed("complex_design")).toBe("quickleads");
  });

  it("previews once the need is known, and for ACM once the service type is", () => {
    expect(matchParams(form)).toEqual({ need: "project_management", serviceType: undefined, city: "Berlin", contactId: "c1" });
    expect(matchParams({ ...form, need: "acm" })).toBeUndefined();
    expect(matchParams({ ...form, need: "acm", serviceType: "both", city: "" })).toEqual({ need: "acm", serviceType: "both", city: undefined, contactId: "c1" });
  });

  it("sends the kind with the need, the service type only for ACM and the city only when given", () => {
    expect(referralBody({ ...form, serviceType: "both" })).toEqual({ kind: "quickleads", need: "project_management", contactId: "c1", city: "Berlin" });
    expect(referralBody({ ...form, need: "acm", serviceType: "both", city: "" })).toEqual({ kind: "acm", need: "acm", serviceType: "both", contactId: "c1" });
  });

  it("asks for the contact and, for ACM, the service type", () => {
    expect(Object.keys(referralProblems({ ...form, need: "acm", contactId: "" })).sort()).toEqual(["contactId", "serviceType"]);
  });

  it("refers only customer contacts with an e-mail address", () => {
    const base = { type: "customer", email: "a@b.example" } as TContact;
    const contacts = [base, { ...base, email: null }, { ...base, type: "partner" }] as TContact[];
    expect(referableContacts(contacts)).toEqual([base]);
  });

  it("recognises the refusal for a missing consent, and only that one", () => {
    expect(isMissingConsent({ code: "consent_required" })).toBe(true);
    expect(isMissingConsent({ code: "validation_failed" })).toBe(false);
  });

  it("says whom the referral went to, whether the customer's notice is queued, and the notes", () => {
    const result = {
      referral: { partners: [{ partnerId: "p", name: "Contoso Partners", reasons: [] }], followUpDueOn: "2026-11-27" },
      match: { state: "fewer_than_three", message: "Only 1 partner offers Project Management in Germany, not the usual 3." },
      notice: { messageId: "m", to: ["jonas@fabrikam.example"], status: "queued" },
      notes: ["Only 1 partner matched."],
    } as unknown as TSubmittedReferral;
    expect(submittedLines(result)).toEqual([
      "Referral made to Contoso Partners. A partner should contact the customer by 27 Nov 2026.",
      "Only 1 partner offers Project Management in Germany, not the usual 3.",
      "The customer's notice is queued to jonas@fabrikam.example.",
      "Only 1 partner matched.",
    ]);
    expect(submittedLines({ ...result, notice: { ...result.notice, status: "failed" } })[2]).toMatch(/failed: tell the customer yourself/);
  });
});
