import { describe, expect, it } from "vitest";
import { specialtiesNeeded } from "../catalogs/referrals.ts";
import { type MatchablePartner, matchReferralPartners } from "./referral-match.ts";

let counter = 0;
const partner = (name: string, over: Partial<MatchablePartner> = {}): MatchablePartner => ({
  id: `p${++counter}`,
  name,
  frpMember: false,
  country: "DE",
  city: "Berlin",
  specialties: ["advisory_planning"],
  ...over,
});
const MUNICH = { country: "DE", city: "Munich" };
const names = (partners: { name: string }[]) => partners.map((p) => p.name);

describe("matching partners for a referral", () => {
  it("prefers the customer's city, then FastTrack Ready Partners, and says why each was matched", () => {
    const result = matchReferralPartners(
      [partner("Alpha"), partner("Bravo", { frpMember: true }), partner("Charlie", { city: "munich" }), partner("Delta")],
      MUNICH,
      specialtiesNeeded("acm", "advisory_planning"),
    );
    expect(result.state).toBe("enough");
    expect(names(result.partners)).toEqual(["Charlie", "Bravo", "Alpha"]);
    expect(result.partners[0]?.reasons).toEqual(["offers Advisory and Planning", "in munich, as the customer"]);
    expect(result.partners[1]?.reasons).toEqual(["offers Advisory and Planning", "in Germany, as the customer", "on the FastTrack Ready Partner list"]);
  });

  it("leaves out partners in another country and partners without the specialty", () => {
    const result = matchReferralPartners(
      [partner("Abroad", { country: "AT", city: "Munich" }), partner("Trainer", { specialties: ["training_enablement"] }), partner("Nowhere", { country: null }), partner("Fit")],
      MUNICH,
      ["advisory_planning"],
    );
    expect(names(result.partners)).toEqual(["Fit"]);
  });

  it("for both ACM services ranks partners offering both first and says what the others lack", () => {
    const result = matchReferralPartners(
      [partner("Advisor", { city: "Munich", frpMember: true }), partner("Both", { specialties: ["training_enablement", "advisory_planning"] }), partner("Trainer", { specialties: ["training_enablement"] })],
      MUNICH,
      specialtiesNeeded("acm", "both"),
    );
    expect(names(result.partners)).toEqual(["Both", "Advisor", "Trainer"]);
    expect(result.partners[0]?.reasons[0]).toBe("offers Advisory and Planning and Training and Enablement");
    expect(result.partners[1]?.reasons[0]).toBe("offers Advisory and Planning only, not Training and Enablement");
    expect(result.state).toBe("enough");
    expect(result.message).toContain("Advisor and Trainer cover only part");
  });

  it("returns at most 3 partners", () => {
    const many = ["A", "B", "C", "D", "E"].map((n) => partner(n));
    expect(matchReferralPartners(many, MUNICH, ["advisory_planning"]).partners).toHaveLength(3);
  });

  it("says how many fewer than 3 were found and why, and goes ahead with them", () => {
    const result = matchReferralPartners([partner("Alpha"), partner("Bravo")], MUNICH, ["advisory_planning"]);
    expect(result).toMatchObject({ state: "fewer_than_three", available: 2 });
    expect(result.message).toContain("Only 2 partners offer Advisory and Planning in Germany, not the usual 3");
    expect(names(result.partners)).toEqual(["Alpha", "Bravo"]);
  });

  it("says when no partner fits, and what to do", () => {
    const result = matchReferralPartners([partner("Abroad", { country: "FR" })], { country: "DE" }, specialtiesNeeded("project_management"));
    expect(result).toEqual({ state: "none", partners: [], available: 0, message: expect.stringContaining("No partner offers Project Management in Germany") });
    expect(result.message).toContain("ask the Account Team");
  });
});
