import { describe, expect, it } from "vitest";
import { type RecipientContact, recipientsFor } from "./email-recipients.ts";

const ms = (name: string, role: string, partnerId: string | null = null): RecipientContact => ({ name, email: `${name.toLowerCase()}@microsoft.example`, type: "microsoft", role, partnerId });
const team = [ms("Ada", "ATS"), ms("Sid", "SSP"), ms("Pam", "PDM", "fabrikam"), ms("Pete", "PSE", "northwind")];
const partnerContact: RecipientContact = { name: "Fay", email: "fay@fabrikam.example", type: "partner", role: null, partnerId: "fabrikam" };
const otherPartner: RecipientContact = { name: "Nora", email: "nora@northwind.example", type: "partner", role: null, partnerId: "northwind" };
const customer: RecipientContact = { name: "Ines", email: "Ines@Contoso.example", type: "customer", role: "IT lead", partnerId: null };

describe("outreach e-mail recipients (seed 003)", () => {
  it("writes to the whole account team", () => {
    expect(recipientsFor("account_team", [...team, customer], { id: "fabrikam", partnerCount: 1 }).to).toEqual([
      "ada@microsoft.example",
      "sid@microsoft.example",
      "pam@microsoft.example",
      "pete@microsoft.example",
    ]);
  });

  it("leaves the PDM/PSEs out when there are several partners and several PDM/PSEs, and says why", () => {
    const r = recipientsFor("account_team", team, { id: "fabrikam", partnerCount: 2 });
    expect(r.to).toEqual(["ada@microsoft.example", "sid@microsoft.example"]);
    expect(r.notes[0]).toContain("ask the account team which one it is");
  });

  it("copies the account team on the partner's e-mail with only that partner's PDM/PSE", () => {
    const r = recipientsFor("partner", [...team, partnerContact, otherPartner, customer], { id: "fabrikam", partnerCount: 1 });
    expect(r.to).toEqual(["fay@fabrikam.example"]);
    expect(r.cc).toEqual(["ada@microsoft.example", "sid@microsoft.example", "pam@microsoft.example"]);
  });

  it("copies the account team without PDM/PSEs on the customer's e-mail, and never a partner", () => {
    const r = recipientsFor("customer", [...team, partnerContact, customer], { id: "fabrikam", partnerCount: 1 });
    expect(r).toEqual({ to: ["ines@contoso.example"], cc: ["ada@microsoft.example", "sid@microsoft.example"], notes: [] });
  });

  it("says who has no address", () => {
    expect(recipientsFor("customer", [{ ...customer, email: null }], null).notes).toEqual(["Ines (customer) has no e-mail address."]);
  });
});
