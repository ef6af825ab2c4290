import type { EmailLanguageTexts } from "../email-templates.ts";

export const GERMAN: EmailLanguageTexts = {
  signature: "Freundliche Grüße\n{fm.name}\nFastTrack Manager\n{fm.email}",
  templates: {
    account_team_contact: {
      subject: "FastTrack für {customer.name} ({tenant.name}): Wer ist unser Ansprechpartner?",
      body: "Hallo,\n\nich bin der FastTrack Manager für {customer.name} ({tenant.name}); der Kunde hat Anspruch auf FastTrack für {services}. Bevor ich den Kunden kontaktiere, sagen Sie mir bitte in den nächsten drei Werktagen:\n\n- ob ein Partner mit dem Kunden arbeitet, und welcher;\n- welche Ansprechpartner beim Kunden ich kontaktieren soll und was ich über den Account wissen sollte;\n- den geschäftlichen Grund, den Verantwortlichen für den Erfolg und die Zieltermine für diese Dienste, falls bekannt.",
    },
    partner_contact: {
      subject: "FastTrack für {customer.name}: Stellen Sie {services} bereit?",
      body: "Hallo {partner.name}-Team,\n\nlaut Account-Team arbeiten Sie mit {customer.name} ({tenant.name}). Stellen Sie derzeit einen der Dienste {services} für den Kunden bereit? Bitte antworten Sie innerhalb von drei Werktagen. Falls ja, erfassen wir Ihr Engagement, damit die Nutzung des Kunden Ihnen zugerechnet wird; falls nein, nehmen wir Sie aus dem Datensatz dieses Kunden.",
    },
    customer_1st_contact: {
      subject: "Ihr FastTrack-Vorteil für {services}",
      body: "Hallo,\n\n{customer.name} hat Anspruch auf FastTrack, die Onboarding-Unterstützung von Microsoft für {services}, ohne zusätzliche Kosten. Ich bin Ihr FastTrack Manager. Können wir in den nächsten Tagen 30 Minuten finden, um Ihre Pläne zu hören und zu vereinbaren, wie wir Ihnen helfen, diese Dienste in die Nutzung zu bringen?",
    },
    customer_2nd_contact: {
      subject: "AW: Ihr FastTrack-Vorteil für {services}",
      body: "Hallo,\n\nich komme auf meine Nachricht unten zu FastTrack für {services} zurück. Passt Ihnen diese Woche ein Termin, oder gibt es bei {customer.name} jemand anderen, den ich ansprechen sollte?",
    },
    customer_3rd_contact: {
      subject: "AW: Ihr FastTrack-Vorteil für {services}",
      body: "Hallo,\n\ndies ist vorerst meine letzte Nachricht zu FastTrack für {services}. Wenn der Zeitpunkt nicht passt, antworten Sie einfach, wann ich mich wieder melden soll. Der Vorteil bleibt für {customer.name} verfügbar.",
    },
    sfb_escalation: {
      subject: "Eskalation Skype for Business: {customer.name} ({tenant.name})",
      body: "Hallo,\n\nich habe {customer.name} ({tenant.name}) den Teams-First-Ansatz vorgestellt, der Kunde möchte aber weiterhin Skype for Business statt Microsoft Teams einführen. FastTrack unterstützt den Kunden bei {services}. Bitte geben Sie mir in den nächsten drei Werktagen Bescheid:\n\n- ob Ihnen diese Entscheidung und ihre Gründe bekannt sind;\n- ob Sie an einem Gespräch mit dem Kunden über den Umstieg auf Teams teilnehmen können, oder wer das übernehmen sollte;\n- wie FastTrack bis dahin mit Skype for Business verfahren soll.",
    },
    acm_referral_notice: {
      subject: "Partner für Adoption und Change Management für {customer.name}",
      body: "Hallo,\n\nwie vereinbart haben wir {customer.name} über QuickLeads an Partner für Adoption und Change Management vermittelt: {referral.partners}. Sie wurden nach Standort und Schwerpunkt ausgewählt und melden sich innerhalb von drei Werktagen direkt bei Ihnen. Ihre Leistungen sind kostenpflichtig und werden direkt mit ihnen vereinbart.",
    },
    partner_referral_notice: {
      subject: "Partnervermittlung für {customer.name}: {referral.need}",
      body: "Hallo,\n\nwie vereinbart haben wir {customer.name} an Partner vermittelt, die Sie bei folgendem Bedarf unterstützen können: {referral.need}. Vermittelt wurden {referral.partners}. Sie wurden nach Standort und Erfahrung mit solchen Aufgaben ausgewählt und melden sich innerhalb von drei Werktagen direkt bei Ihnen. Die Leistungen der Partner sind kostenpflichtig und werden direkt zwischen Ihnen und dem Partner vereinbart; die FastTrack-Unterstützung läuft wie geplant weiter. Falls sich innerhalb von drei Werktagen kein Partner gemeldet hat, antworten Sie einfach auf diese E-Mail, und ich kümmere mich darum.",
    },
    engagement_completion_account_team: {
      subject: "FastTrack-Engagement für {customer.name} ({tenant.name}) ist abgeschlossen",
      body: "Hallo,\n\n{customer.name} hat den FastTrack-Meilenstein für {services} erreicht. Ich führe das Abschlussgespräch mit dem Kunden in unserem regelmäßigen Termin und zeige ihm, wie er Hilfe für einen weiteren Dienst anfordern kann, falls gewünscht.",
    },
    engagement_completion_customer: {
      subject: "Ihr FastTrack-Engagement für {services} ist abgeschlossen",
      body: "Hallo,\n\nherzlichen Glückwunsch: {customer.name} hat den Meilenstein für {services} erreicht, und unser FastTrack-Engagement endet hier. Danke für die Zusammenarbeit. Wenn Sie Hilfe bei einem weiteren Dienst möchten, antworten Sie auf diese E-Mail, und wir legen los.",
    },
  },
};
