import { describe, expect, it } from "vitest";
import { emailTemplateByCode } from "../catalogs/email-templates.ts";
import { composeEmail, listInWords, referralNeedInWords } from "./compose-email.ts";

const facts = {
  customer: { name: "Contoso" },
  tenant: { name: "Contoso EU" },
  services: "Exchange, Teams and SharePoint",
  fm: { name: "Fiona Field", email: "fiona@waymark.example" },
};

describe("composing an outreach e-mail", () => {
  it("fills the template in the chosen language", () => {
    const mail = composeEmail(emailTemplateByCode("customer_1st_contact")!, "de", facts);
    expect(mail.subject).toBe("Ihr FastTrack-Vorteil für Exchange, Teams and SharePoint");
    expect(mail.body).toContain("Contoso hat Anspruch auf FastTrack");
    expect(mail.body).toContain("Fiona Field\nFastTrack Manager\nfiona@waymark.example");
    expect(mail.missing).toEqual([]);
  });

  it("shows and lists a fact the tenant does not have yet instead of failing", () => {
    const mail = composeEmail(emailTemplateByCode("partner_contact")!, "en", facts);
    expect(mail.missing).toEqual(["partner.name"]);
    expect(mail.body).toContain("Hello [partner.name] team");
  });

  it("answers the first customer e-mail in the same thread", () => {
    expect(emailTemplateByCode("customer_2nd_contact")?.repliesTo).toBe("customer_1st_contact");
    expect(composeEmail(emailTemplateByCode("customer_3rd_contact")!, "en", facts).subject).toBe("Re: Your FastTrack benefit for Exchange, Teams and SharePoint");
  });

  it("lists services in words", () => {
    expect(listInWords(["Exchange"], "en")).toBe("Exchange");
    expect(listInWords(["Exchange", "Teams", "SharePoint"], "en")).toBe("Exchange, Teams and SharePoint");
    expect(listInWords(["Exchange", "Teams"], "de")).toBe("Exchange und Teams");
  });

  it("lists in words the way each language does", () => {
    const three = ["Exchange", "Teams", "SharePoint"];
    expect(listInWords(three, "fr")).toBe("Exchange, Teams et SharePoint");
    expect(listInWords(three, "es")).toBe("Exchange, Teams y SharePoint");
    expect(listInWords(["Exchange", "Intune"], "es")).toBe("Exchange e Intune");
    expect(listInWords(three, "it")).toBe("Exchange, Teams e SharePoint");
    expect(listInWords(three, "nl")).toBe("Exchange, Teams en SharePoint");
    expect(listInWords(three, "pt")).toBe("Exchange, Teams e SharePoint");
    expect(listInWords(three, "ja")).toBe("Exchange、Teams と SharePoint");
    expect(listInWords([], "ja")).toBe("");
  });

  it("writes the partner referral notice with the partners and the need in the customer's language", () => {
    const referral = { partners: listInWords(["Fabrikam", "Northwind", "Litware"], "fr"), need: referralNeedInWords("project_management", "fr") };
    const mail = composeEmail(emailTemplateByCode("partner_referral_notice")!, "fr", { ...facts, referral });
    expect(mail.missing).toEqual([]);
    expect(mail.subject).toBe("Mise en relation avec des partenaires pour Contoso : gestion globale du projet");
    expect(mail.body).toContain("Partenaires recommandés : Fabrikam, Northwind et Litware.");
    expect(mail.body).toContain("sous trois jours ouvrés");
    expect(mail.body).toContain("Cordialement,\nFiona Field\nFastTrack Manager\nfiona@waymark.example");
  });

  it("asks for the referred partners before a referral notice can go", () => {
    const mail = composeEmail(emailTemplateByCode("acm_referral_notice")!, "ja", facts);
    expect(mail.missing).toEqual(["referral.partners"]);
    expect(mail.body).toContain("ご紹介したパートナーは [referral.partners] です。");
  });

  it("escalates Skype for Business to the account team", () => {
    const template = emailTemplateByCode("sfb_escalation")!;
    const mail = composeEmail(template, "en", facts);
    expect(template.audience).toBe("account_team");
    expect(mail.subject).toBe("Skype for Business escalation: Contoso (Contoso EU)");
    expect(mail.body).toContain("still intends to deploy Skype for Business instead of Microsoft Teams");
  });

  it("names a referral need in words, and nothing for a need it does not know", () => {
    expect(referralNeedInWords("complex_design", "en")).toBe("complex solution design and customization");
    expect(referralNeedInWords("acm", "de")).toBe("Adoption und Change Management");
    expect(referralNeedInWords("constructor", "en")).toBeUndefined();
  });
});
