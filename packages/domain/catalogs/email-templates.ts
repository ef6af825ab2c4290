// The outreach e-mails of seeds 003 (Initial Customer Engagement) and 004 (General Engagement). FTOP keeps the texts
// in a document library ("also available for the additional FTC-supported languages"); these are Waymark's own
// wording of the same steps. Placeholders are filled from the tenant's facts: {customer.name}, {tenant.name},
// {services}, {fm.name}, {fm.email}, {partner.name}.
import type { Audience } from "../rules/email-recipients.ts";

export const EMAIL_LANGUAGES = [
  { code: "en", label: "English" },
  { code: "de", label: "Deutsch" },
] as const;
export type EmailLanguage = (typeof EMAIL_LANGUAGES)[number]["code"];

type Text = { subject: string; body: string };

type EmailTemplateShape = {
  readonly code: string;
  readonly label: string;
  readonly audience: Audience;
  /** Sent as a reply in the thread this template started ("reply all" to the first e-mail). */
  readonly repliesTo?: string;
  readonly seed: string;
  readonly text: Readonly<Record<EmailLanguage, Text>>;
};

const SIGNATURE = { en: "\n\nKind regards,\n{fm.name}\nFastTrack Manager\n{fm.email}", de: "\n\nFreundliche Grüße\n{fm.name}\nFastTrack Manager\n{fm.email}" };

const EMAIL_TEMPLATE_DATA = [
  {
    code: "account_team_contact",
    label: "Account Team Contact",
    audience: "account_team",
    seed: "003 Contact Account Team",
    text: {
      en: {
        subject: "FastTrack for {customer.name} ({tenant.name}): who should we talk to?",
        body: `Hello,\n\nI am the FastTrack Manager for {customer.name} ({tenant.name}), which is eligible for FastTrack for {services}. Before I contact the customer, could you tell me within the next three business days:\n\n- whether a partner is working with the customer, and who;\n- the customer contacts I should reach, and anything I should know about the account;\n- the customer's business reason, success owner and target dates for these services, if you know them.${SIGNATURE.en}`,
      },
      de: {
        subject: "FastTrack für {customer.name} ({tenant.name}): Wer ist unser Ansprechpartner?",
        body: `Hallo,\n\nich bin der FastTrack Manager für {customer.name} ({tenant.name}); der Kunde hat Anspruch auf FastTrack für {services}. Bevor ich den Kunden kontaktiere, sagen Sie mir bitte in den nächsten drei Werktagen:\n\n- ob ein Partner mit dem Kunden arbeitet, und welcher;\n- welche Ansprechpartner beim Kunden ich kontaktieren soll und was ich über den Account wissen sollte;\n- den geschäftlichen Grund, den Verantwortlichen für den Erfolg und die Zieltermine für diese Dienste, falls bekannt.${SIGNATURE.de}`,
      },
    },
  },
  {
    code: "partner_contact",
    label: "Partner Contact",
    audience: "partner",
    seed: "003 Contact Partner",
    text: {
      en: {
        subject: "FastTrack for {customer.name}: are you deploying {services}?",
        body: `Hello {partner.name} team,\n\nThe account team tells us you work with {customer.name} ({tenant.name}). Are you deploying any of {services} for them now? Please reply within three business days. If you are, we will record your engagement so the customer's usage counts for you; if not, we will take you off this customer's record.${SIGNATURE.en}`,
      },
      de: {
        subject: "FastTrack für {customer.name}: Stellen Sie {services} bereit?",
        body: `Hallo {partner.name}-Team,\n\nlaut Account-Team arbeiten Sie mit {customer.name} ({tenant.name}). Stellen Sie derzeit einen der Dienste {services} für den Kunden bereit? Bitte antworten Sie innerhalb von drei Werktagen. Falls ja, erfassen wir Ihr Engagement, damit die Nutzung des Kunden Ihnen zugerechnet wird; falls nein, nehmen wir Sie aus dem Datensatz dieses Kunden.${SIGNATURE.de}`,
      },
    },
  },
  {
    code: "customer_1st_contact",
    label: "Customer 1st Contact",
    audience: "customer",
    seed: "003 Contact Customer",
    text: {
      en: {
        subject: "Your FastTrack benefit for {services}",
        body: `Hello,\n\n{customer.name} is entitled to FastTrack, Microsoft's onboarding help for {services}, at no extra cost. I am your FastTrack Manager. Could we find 30 minutes in the next days to hear your plans and agree how we can help you get people using these services?${SIGNATURE.en}`,
      },
      de: {
        subject: "Ihr FastTrack-Vorteil für {services}",
        body: `Hallo,\n\n{customer.name} hat Anspruch auf FastTrack, die Onboarding-Unterstützung von Microsoft für {services}, ohne zusätzliche Kosten. Ich bin Ihr FastTrack Manager. Können wir in den nächsten Tagen 30 Minuten finden, um Ihre Pläne zu hören und zu vereinbaren, wie wir Ihnen helfen, diese Dienste in die Nutzung zu bringen?${SIGNATURE.de}`,
      },
    },
  },
  {
    code: "customer_2nd_contact",
    label: "Customer 2nd Contact",
    audience: "customer",
    repliesTo: "customer_1st_contact",
    seed: "003 Contact Customer",
    text: {
      en: {
        subject: "Re: Your FastTrack benefit for {services}",
        body: `Hello,\n\nI am following up on my message below about FastTrack for {services}. Is there a good time to talk this week, or someone else at {customer.name} I should contact?${SIGNATURE.en}`,
      },
      de: {
        subject: "AW: Ihr FastTrack-Vorteil für {services}",
        body: `Hallo,\n\nich komme auf meine Nachricht unten zu FastTrack für {services} zurück. Passt Ihnen diese Woche ein Termin, oder gibt es bei {customer.name} jemand anderen, den ich ansprechen sollte?${SIGNATURE.de}`,
      },
    },
  },
  {
    code: "customer_3rd_contact",
    label: "Customer 3rd Contact",
    audience: "customer",
    repliesTo: "customer_1st_contact",
    seed: "003 Contact Customer",
    text: {
      en: {
        subject: "Re: Your FastTrack benefit for {services}",
        body: `Hello,\n\nThis is my last note for now about FastTrack for {services}. If the timing is not right, just reply with when to come back, and I will. The benefit stays available to {customer.name}.${SIGNATURE.en}`,
      },
      de: {
        subject: "AW: Ihr FastTrack-Vorteil für {services}",
        body: `Hallo,\n\ndies ist vorerst meine letzte Nachricht zu FastTrack für {services}. Wenn der Zeitpunkt nicht passt, antworten Sie einfach, wann ich mich wieder melden soll. Der Vorteil bleibt für {customer.name} verfügbar.${SIGNATURE.de}`,
      },
    },
  },
  {
    code: "acm_referral_notice",
    label: "ACM partner referral notice",
    audience: "customer",
    seed: "004 Request an ACM Partner",
    text: {
      en: {
        subject: "Adoption and change management partners for {customer.name}",
        body: `Hello,\n\nAs agreed, we have referred {customer.name} to adoption and change management partners through QuickLeads. Up to three partners near you with the right specialties will contact you within a few business days. Their services are offered for a fee and agreed directly with them.${SIGNATURE.en}`,
      },
      de: {
        subject: "Partner für Adoption und Change Management für {customer.name}",
        body: `Hallo,\n\nwie vereinbart haben wir {customer.name} über QuickLeads an Partner für Adoption und Change Management vermittelt. Bis zu drei Partner in Ihrer Nähe mit passenden Schwerpunkten melden sich in den nächsten Werktagen bei Ihnen. Ihre Leistungen sind kostenpflichtig und werden direkt mit ihnen vereinbart.${SIGNATURE.de}`,
      },
    },
  },
  {
    code: "engagement_completion_account_team",
    label: "Engagement completion (account team)",
    audience: "account_team",
    seed: "004 Engagement completion",
    text: {
      en: {
        subject: "FastTrack engagement for {customer.name} ({tenant.name}) is complete",
        body: `Hello,\n\n{customer.name} has reached its FastTrack milestone for {services}. I will hold the completion discussion with the customer in our regular meeting and, if they want help with another workload, show them how to request it.${SIGNATURE.en}`,
      },
      de: {
        subject: "FastTrack-Engagement für {customer.name} ({tenant.name}) ist abgeschlossen",
        body: `Hallo,\n\n{customer.name} hat den FastTrack-Meilenstein für {services} erreicht. Ich führe das Abschlussgespräch mit dem Kunden in unserem regelmäßigen Termin und zeige ihm, wie er Hilfe für einen weiteren Dienst anfordern kann, falls gewünscht.${SIGNATURE.de}`,
      },
    },
  },
  {
    code: "engagement_completion_customer",
    label: "Engagement completion (customer)",
    audience: "customer",
    seed: "004 Engagement completion",
    text: {
      en: {
        subject: "Your FastTrack engagement for {services} is complete",
        body: `Hello,\n\nCongratulations: {customer.name} has reached its milestone for {services}, and our FastTrack engagement for them ends here. Thank you for working with us. If you want help with another workload, reply to this e-mail and we will get you started.${SIGNATURE.en}`,
      },
      de: {
        subject: "Ihr FastTrack-Engagement für {services} ist abgeschlossen",
        body: `Hallo,\n\nherzlichen Glückwunsch: {customer.name} hat den Meilenstein für {services} erreicht, und unser FastTrack-Engagement endet hier. Danke für die Zusammenarbeit. Wenn Sie Hilfe bei einem weiteren Dienst möchten, antworten Sie auf diese E-Mail, und wir legen los.${SIGNATURE.de}`,
      },
    },
  },
] as const satisfies readonly EmailTemplateShape[];

export type EmailTemplateCode = (typeof EMAIL_TEMPLATE_DATA)[number]["code"];
export type EmailTemplate = Omit<EmailTemplateShape, "code"> & { readonly code: EmailTemplateCode };
export const EMAIL_TEMPLATES: readonly EmailTemplate[] = EMAIL_TEMPLATE_DATA;

export function emailTemplateByCode(code: string): EmailTemplate | undefined {
  return EMAIL_TEMPLATES.find((template) => template.code === code);
}

export function isEmailLanguage(code: string): code is EmailLanguage {
  return EMAIL_LANGUAGES.some((language) => language.code === code);
}
