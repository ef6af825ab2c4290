// The outreach e-mails of seeds 003 (Initial Customer Engagement) and 004 (General Engagement). FTOP keeps the texts
// in a document library ("also available for the additional FTC-supported languages"); these are Waymark's own
// wording of the same steps, one file per language under email-texts/. Placeholders are filled from the tenant's
// facts: {customer.name}, {tenant.name}, {services}, {fm.name}, {fm.email}, {partner.name}, and for the referral
// notices {referral.partners} (the partners' names in words) and {referral.need} (what the customer needs them for).
import type { Audience } from "../rules/email-recipients.ts";
import { GERMAN } from "./email-texts/de.ts";
import { ENGLISH } from "./email-texts/en.ts";
import { SPANISH } from "./email-texts/es.ts";
import { FRENCH } from "./email-texts/fr.ts";
import { ITALIAN } from "./email-texts/it.ts";
import { JAPANESE } from "./email-texts/ja.ts";
import { DUTCH } from "./email-texts/nl.ts";
import { PORTUGUESE_BRAZIL } from "./email-texts/pt.ts";

export const EMAIL_LANGUAGES = [
  { code: "en", label: "English" },
  { code: "de", label: "Deutsch" },
  { code: "fr", label: "Français" },
  { code: "es", label: "Español" },
  { code: "it", label: "Italiano" },
  { code: "nl", label: "Nederlands" },
  { code: "pt", label: "Português (Brasil)" },
  { code: "ja", label: "日本語" },
] as const;
export type EmailLanguage = (typeof EMAIL_LANGUAGES)[number]["code"];

export type EmailText = { readonly subject: string; readonly body: string };

type EmailTemplateMeta = {
  readonly code: string;
  readonly label: string;
  readonly audience: Audience;
  /** Sent as a reply in the thread this template started ("reply all" to the first e-mail). */
  readonly repliesTo?: string;
  readonly seed: string;
};

const EMAIL_TEMPLATE_META = [
  { code: "account_team_contact", label: "Account Team Contact", audience: "account_team", seed: "003 Contact Account Team" },
  { code: "partner_contact", label: "Partner Contact", audience: "partner", seed: "003 Contact Partner" },
  { code: "customer_1st_contact", label: "Customer 1st Contact", audience: "customer", seed: "003 Contact Customer" },
  { code: "customer_2nd_contact", label: "Customer 2nd Contact", audience: "customer", repliesTo: "customer_1st_contact", seed: "003 Contact Customer" },
  { code: "customer_3rd_contact", label: "Customer 3rd Contact", audience: "customer", repliesTo: "customer_1st_contact", seed: "003 Contact Customer" },
  // Sent after the customer has heard the Teams First pitch and still intends to deploy Skype for Business: it raises
  // the customer's decision inside Microsoft (an escalation, not another pitch), so it goes to the account team, who own
  // the relationship and can bring the customer round or agree how FastTrack proceeds; the customer is not addressed.
  { code: "sfb_escalation", label: "SfB escalation", audience: "account_team", seed: "003 If the Customer Responds" },
  { code: "acm_referral_notice", label: "ACM partner referral notice", audience: "customer", seed: "004 Request an ACM Partner" },
  { code: "partner_referral_notice", label: "Partner referral notice (QuickLeads)", audience: "customer", seed: "004 Kickoff, task 983 QuickLeads" },
  { code: "engagement_completion_account_team", label: "Engagement completion (account team)", audience: "account_team", seed: "004 Engagement completion" },
  { code: "engagement_completion_customer", label: "Engagement completion (customer)", audience: "customer", seed: "004 Engagement completion" },
] as const satisfies readonly EmailTemplateMeta[];

export type EmailTemplateCode = (typeof EMAIL_TEMPLATE_META)[number]["code"];

/** One language's texts: every template's subject and body (without signature), and the signature under every body. */
export type EmailLanguageTexts = {
  readonly signature: string;
  readonly templates: Readonly<Record<EmailTemplateCode, EmailText>>;
};

const TEXTS: Readonly<Record<EmailLanguage, EmailLanguageTexts>> = {
  en: ENGLISH,
  de: GERMAN,
  fr: FRENCH,
  es: SPANISH,
  it: ITALIAN,
  nl: DUTCH,
  pt: PORTUGUESE_BRAZIL,
  ja: JAPANESE,
};

export type EmailTemplate = Omit<EmailTemplateMeta, "code"> & {
  readonly code: EmailTemplateCode;
  readonly text: Readonly<Record<EmailLanguage, EmailText>>;
};

function textsOf(code: EmailTemplateCode): Record<EmailLanguage, EmailText> {
  const entries = EMAIL_LANGUAGES.map(({ code: language }) => {
    const { signature, templates } = TEXTS[language];
    const { subject, body } = templates[code];
    return [language, { subject, body: `${body}\n\n${signature}` }] as const;
  });
  return Object.fromEntries(entries) as Record<EmailLanguage, EmailText>;
}

export const EMAIL_TEMPLATES: readonly EmailTemplate[] = EMAIL_TEMPLATE_META.map((meta) => ({ ...meta, text: textsOf(meta.code) }));

export function emailTemplateByCode(code: string): EmailTemplate | undefined {
  return EMAIL_TEMPLATES.find((template) => template.code === code);
}

export function isEmailLanguage(code: string): code is EmailLanguage {
  return EMAIL_LANGUAGES.some((language) => language.code === code);
}
