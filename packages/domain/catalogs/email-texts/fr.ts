import type { EmailLanguageTexts } from "../email-templates.ts";

export const FRENCH: EmailLanguageTexts = {
  signature: "Cordialement,\n{fm.name}\nFastTrack Manager\n{fm.email}",
  templates: {
    account_team_contact: {
      subject: "FastTrack pour {customer.name} ({tenant.name}) : à qui devons-nous nous adresser ?",
      body: "Bonjour,\n\nJe suis FastTrack Manager pour {customer.name} ({tenant.name}), client éligible à FastTrack pour {services}. Avant de contacter le client, pourriez-vous m'indiquer d'ici trois jours ouvrés :\n\n- si un partenaire travaille avec le client, et lequel ;\n- les interlocuteurs à joindre chez le client, et ce que je dois savoir sur le compte ;\n- la raison métier, le responsable de la réussite et les dates cibles pour ces services, si vous les connaissez.",
    },
    partner_contact: {
      subject: "FastTrack pour {customer.name} : déployez-vous {services} ?",
      body: "Bonjour à l'équipe {partner.name},\n\nSelon l'équipe de compte, vous travaillez avec {customer.name} ({tenant.name}). Déployez-vous actuellement l'un des services suivants pour ce client : {services} ? Merci de nous répondre sous trois jours ouvrés. Si c'est le cas, nous enregistrerons votre intervention afin que l'utilisation du client vous soit attribuée ; sinon, nous vous retirerons du dossier de ce client.",
    },
    customer_1st_contact: {
      subject: "Votre avantage FastTrack pour {services}",
      body: "Bonjour,\n\n{customer.name} bénéficie de FastTrack, l'accompagnement de Microsoft pour bien démarrer avec {services}, sans frais supplémentaires. Je suis votre FastTrack Manager. Pourrions-nous prévoir 30 minutes dans les prochains jours pour parler de vos projets et convenir de la façon dont nous pouvons aider vos équipes à adopter ces services ?",
    },
    customer_2nd_contact: {
      subject: "RE : Votre avantage FastTrack pour {services}",
      body: "Bonjour,\n\nJe reviens vers vous au sujet de mon message ci-dessous concernant FastTrack pour {services}. Auriez-vous un moment pour en parler cette semaine, ou y a-t-il une autre personne chez {customer.name} que je devrais contacter ?",
    },
    customer_3rd_contact: {
      subject: "RE : Votre avantage FastTrack pour {services}",
      body: "Bonjour,\n\nCeci est mon dernier message pour le moment au sujet de FastTrack pour {services}. Si le moment n'est pas opportun, indiquez-moi simplement quand revenir vers vous, et je le ferai. L'avantage reste disponible pour {customer.name}.",
    },
    sfb_escalation: {
      subject: "Escalade Skype for Business : {customer.name} ({tenant.name})",
      body: "Bonjour,\n\nJ'ai présenté l'approche Teams First à {customer.name} ({tenant.name}), mais le client souhaite toujours déployer Skype for Business plutôt que Microsoft Teams. FastTrack l'accompagne pour {services}. Pourriez-vous m'indiquer d'ici trois jours ouvrés :\n\n- si vous avez connaissance de cette décision et de ses raisons ;\n- si vous pouvez participer à un échange avec le client sur le passage à Teams, ou qui devrait le faire ;\n- comment FastTrack doit procéder avec Skype for Business d'ici là.",
    },
    acm_referral_notice: {
      subject: "Partenaires en adoption et conduite du changement pour {customer.name}",
      body: "Bonjour,\n\nComme convenu, nous avons mis {customer.name} en relation, via QuickLeads, avec des partenaires spécialisés en adoption et conduite du changement : {referral.partners}. Ils ont été sélectionnés selon leur localisation et leur spécialité, et vous contacteront directement sous trois jours ouvrés. Leurs services sont payants et font l'objet d'un accord direct avec eux.",
    },
    partner_referral_notice: {
      subject: "Mise en relation avec des partenaires pour {customer.name} : {referral.need}",
      body: "Bonjour,\n\nComme convenu, nous avons mis {customer.name} en relation avec des partenaires qui peuvent vous accompagner pour le besoin suivant : {referral.need}. Partenaires recommandés : {referral.partners}. Ils ont été choisis pour leur localisation et leur expérience de ce type de travaux, et chacun vous contactera directement sous trois jours ouvrés. Leurs services sont payants et font l'objet d'un accord direct entre vous et le partenaire ; l'accompagnement FastTrack se poursuit comme prévu. Si aucun partenaire ne vous a contacté d'ici trois jours ouvrés, répondez simplement à cet e-mail et je ferai le suivi.",
    },
    engagement_completion_account_team: {
      subject: "Accompagnement FastTrack terminé pour {customer.name} ({tenant.name})",
      body: "Bonjour,\n\n{customer.name} a atteint son jalon FastTrack pour {services}. Je mènerai l'entretien de clôture avec le client lors de notre réunion régulière et, s'il souhaite de l'aide pour une autre charge de travail, je lui montrerai comment la demander.",
    },
    engagement_completion_customer: {
      subject: "Votre accompagnement FastTrack pour {services} est terminé",
      body: "Bonjour,\n\nFélicitations : {customer.name} a atteint son jalon pour {services}, et notre accompagnement FastTrack s'achève ici. Merci pour votre collaboration. Si vous souhaitez de l'aide pour une autre charge de travail, répondez à cet e-mail et nous vous aiderons à démarrer.",
    },
  },
};
