import { describe, expect, it } from "vitest";
import { placeholders } from "../engine/templates.ts";
import { baseSubject } from "../rules/outreach-email.ts";
import { EMAIL_LANGUAGES, EMAIL_TEMPLATES, emailTemplateByCode, isEmailLanguage } from "./email-templates.ts";

const placeholderSet = (text: string) => [...new Set(placeholders(text))].sort();

describe("the outreach e-mail templates", () => {
  it("cover every step of seeds 003 and 004, including the SfB escalation and the partner referral notice", () => {
    expect(EMAIL_TEMPLATES.map((t) => t.code)).toEqual([
      "account_team_contact",
      "partner_contact",
      "customer_1st_contact",
      "customer_2nd_contact",
      "customer_3rd_contact",
      "sfb_escalation",
      "acm_referral_notice",
      "partner_referral_notice",
      "engagement_completion_account_team",
      "engagement_completion_customer",
    ]);
    expect(emailTemplateByCode("sfb_escalation")?.audience).toBe("account_team");
    expect(emailTemplateByCode("partner_referral_notice")?.audience).toBe("customer");
  });

  it("are offered in English, German, French, Spanish, Italian, Dutch, Portuguese and Japanese", () => {
    expect(EMAIL_LANGUAGES.map((l) => l.code)).toEqual(["en", "de", "fr", "es", "it", "nl", "pt", "ja"]);
    expect(isEmailLanguage("ja")).toBe(true);
    expect(isEmailLanguage("klingon")).toBe(false);
  });

  it("have a subject and a body in every language", () => {
    for (const template of EMAIL_TEMPLATES) {
      for (const { code } of EMAIL_LANGUAGES) {
        expect(template.text[code]?.subject.trim(), `${template.code} ${code} subject`).toBeTruthy();
        expect(template.text[code]?.body.trim(), `${template.code} ${code} body`).toBeTruthy();
      }
    }
  });

  it("use exactly the English placeholders in every language, so no translation drops or invents a fact", () => {
    for (const template of EMAIL_TEMPLATES) {
      const english = template.text.en;
      for (const { code } of EMAIL_LANGUAGES) {
        const text = template.text[code];
        expect(placeholderSet(text.subject), `${template.code} ${code} subject`).toEqual(placeholderSet(english.subject));
        expect(placeholderSet(text.body), `${template.code} ${code} body`).toEqual(placeholderSet(english.body));
      }
    }
  });

  it("are signed by the FastTrack Manager with name and address in every language", () => {
    for (const template of EMAIL_TEMPLATES) {
      for (const { code } of EMAIL_LANGUAGES) {
        expect(template.text[code].body, `${template.code} ${code}`).toMatch(/\n\{fm\.name\}\nFastTrack (Manager|マネージャー)\n\{fm\.email\}$/);
      }
    }
  });

  it("keep the follow-ups in the first customer e-mail's thread in every language", () => {
    const first = emailTemplateByCode("customer_1st_contact")!;
    for (const code of ["customer_2nd_contact", "customer_3rd_contact"]) {
      const followUp = emailTemplateByCode(code)!;
      for (const { code: language } of EMAIL_LANGUAGES) {
        expect(baseSubject(followUp.text[language].subject), `${code} ${language}`).toBe(baseSubject(first.text[language].subject));
        expect(followUp.text[language].subject, `${code} ${language}`).not.toBe(first.text[language].subject);
      }
    }
  });

  it("tell the customer who the referred partners are", () => {
    for (const code of ["acm_referral_notice", "partner_referral_notice"]) {
      expect(placeholders(emailTemplateByCode(code)!.text.en.body)).toContain("referral.partners");
    }
    expect(placeholders(emailTemplateByCode("partner_referral_notice")!.text.en.body)).toContain("referral.need");
  });
});
