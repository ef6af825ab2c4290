import { describe, expect, it } from "vitest";
import { ACM_SERVICE_TYPES, CONSENT_METHODS, CONSENT_SCOPES, isAcmServiceType, isConsentScope, isReferralNeed, PARTNER_SPECIALTIES, REFERRAL_NEEDS, specialtiesNeeded } from "./referrals.ts";

describe("referral catalogues", () => {
  it("offers the seed's three ACM service types with their labels", () => {
    expect(ACM_SERVICE_TYPES.map((t) => [t.code, t.label])).toEqual([
      ["advisory_planning", "Advisory and Planning"],
      ["training_enablement", "Training and Enablement"],
      ["both", "Advisory and Planning, and Training and Enablement"],
    ]);
    expect(isAcmServiceType("staffing")).toBe(false);
  });

  it("maps every need to the specialties a partner must offer", () => {
    expect(REFERRAL_NEEDS.map((n) => n.code)).toEqual(["project_management", "complex_design", "out_of_scope", "acm"]);
    expect(specialtiesNeeded("complex_design")).toEqual(["complex_design"]);
    expect(specialtiesNeeded("acm", "both")).toEqual(["advisory_planning", "training_enablement"]);
    expect(specialtiesNeeded("acm")).toEqual([]);
    const specialties = new Set(PARTNER_SPECIALTIES.map((s) => s.code) as string[]);
    for (const need of REFERRAL_NEEDS) for (const s of specialtiesNeeded(need.code, "both")) expect(specialties.has(s), need.code).toBe(true);
    expect(isReferralNeed("acm")).toBe(true);
  });

  it("records consent to share contact details with referral partners, verbally among other ways", () => {
    expect(isConsentScope("share_contact_with_referral_partners")).toBe(true);
    expect(CONSENT_SCOPES.length).toBeGreaterThan(1);
    expect(CONSENT_METHODS.map((m) => m.code)).toEqual(["verbal", "written", "email"]);
  });
});
