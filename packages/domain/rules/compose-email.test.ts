import { describe, expect, it } from "vitest";
import { emailTemplateByCode } from "../catalogs/email-templates.ts";
import { composeEmail, listInWords } from "./compose-email.ts";

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
});
