import { describe, expect, it } from "vitest";
import { linkedPartners, mpnText, removalReasonProblem } from "./partners.ts";

describe("the partners table", () => {
  it("shows N/A for a partner without an MPN ID", () => {
    expect(mpnText(null)).toBe("N/A");
    expect(mpnText(" ")).toBe("N/A");
    expect(mpnText("1234567")).toBe("1234567");
  });

  it("offers no removal on the No Partner Identified row", () => {
    const none = { tenantId: "t", noPartnerIdentified: true, items: [{ partnerId: null, name: "No Partner Identified", mpnId: "N/A", frpMember: false, desiresAssistance: false }] };
    expect(linkedPartners(none)).toEqual([]);
    const one = { tenantId: "t", noPartnerIdentified: false, items: [{ partnerId: "p", name: "Contoso", mpnId: "1234", frpMember: true, desiresAssistance: false }] };
    expect(linkedPartners(one).map((item) => item.name)).toEqual(["Contoso"]);
  });

  it("asks for a reason of at least 3 characters before removing a partner", () => {
    expect(removalReasonProblem(" no ")).toMatch(/at least 3/);
    expect(removalReasonProblem("Customer ended the contract")).toBeUndefined();
  });
});
