import type { EmailLanguageTexts } from "../email-templates.ts";

export const DUTCH: EmailLanguageTexts = {
  signature: "Met vriendelijke groet,\n{fm.name}\nFastTrack Manager\n{fm.email}",
  templates: {
    account_team_contact: {
      subject: "FastTrack voor {customer.name} ({tenant.name}): met wie kunnen we contact opnemen?",
      body: "Hallo,\n\nIk ben de FastTrack Manager voor {customer.name} ({tenant.name}); deze klant komt in aanmerking voor FastTrack voor {services}. Voordat ik contact opneem met de klant, hoor ik graag binnen drie werkdagen van u:\n\n- of er een partner met de klant werkt, en zo ja welke;\n- welke contactpersonen bij de klant ik moet benaderen en wat ik over het account moet weten;\n- de zakelijke aanleiding, wie verantwoordelijk is voor het succes en de streefdata voor deze diensten, als u die kent.",
    },
    partner_contact: {
      subject: "FastTrack voor {customer.name}: implementeert u {services}?",
      body: "Beste {partner.name}-team,\n\nVolgens het accountteam werkt u met {customer.name} ({tenant.name}). Implementeert u op dit moment een van deze diensten voor de klant: {services}? Graag uw antwoord binnen drie werkdagen. Zo ja, dan leggen we uw betrokkenheid vast, zodat het gebruik van de klant aan u wordt toegerekend; zo nee, dan verwijderen we u uit het dossier van deze klant.",
    },
    customer_1st_contact: {
      subject: "Uw FastTrack-voordeel voor {services}",
      body: "Hallo,\n\n{customer.name} heeft zonder extra kosten recht op FastTrack, de onboardingondersteuning van Microsoft voor {services}. Ik ben uw FastTrack Manager. Kunnen we de komende dagen een halfuur afspreken om uw plannen te horen en samen te bepalen hoe we uw medewerkers helpen deze diensten te gaan gebruiken?",
    },
    customer_2nd_contact: {
      subject: "RE: Uw FastTrack-voordeel voor {services}",
      body: "Hallo,\n\nIk kom terug op mijn onderstaande bericht over FastTrack voor {services}. Komt het u deze week uit om even te praten, of is er iemand anders bij {customer.name} met wie ik contact kan opnemen?",
    },
    customer_3rd_contact: {
      subject: "RE: Uw FastTrack-voordeel voor {services}",
      body: "Hallo,\n\nDit is voorlopig mijn laatste bericht over FastTrack voor {services}. Komt het nu niet goed uit, laat me dan gewoon weten wanneer ik weer contact met u kan opnemen, dan doe ik dat. Het voordeel blijft beschikbaar voor {customer.name}.",
    },
    sfb_escalation: {
      subject: "Escalatie Skype for Business: {customer.name} ({tenant.name})",
      body: "Hallo,\n\nIk heb de Teams First-aanpak aan {customer.name} ({tenant.name}) gepresenteerd, maar de klant wil nog steeds Skype for Business implementeren in plaats van Microsoft Teams. FastTrack ondersteunt de klant bij {services}. Graag hoor ik binnen drie werkdagen van u:\n\n- of u op de hoogte bent van deze beslissing en de redenen ervoor;\n- of u kunt deelnemen aan een gesprek met de klant over de overstap naar Teams, of wie dat zou moeten doen;\n- hoe FastTrack tot die tijd met Skype for Business moet omgaan.",
    },
    acm_referral_notice: {
      subject: "Partners voor adoptie en verandermanagement voor {customer.name}",
      body: "Hallo,\n\nZoals afgesproken hebben we {customer.name} via QuickLeads doorverwezen naar partners die gespecialiseerd zijn in adoptie en verandermanagement: {referral.partners}. Ze zijn geselecteerd op locatie en specialisme en nemen binnen drie werkdagen rechtstreeks contact met u op. Aan hun diensten zijn kosten verbonden; die spreekt u rechtstreeks met hen af.",
    },
    partner_referral_notice: {
      subject: "Doorverwijzing naar partners voor {customer.name}: {referral.need}",
      body: "Hallo,\n\nZoals afgesproken hebben we {customer.name} doorverwezen naar partners die u kunnen helpen met het volgende: {referral.need}. Doorverwezen partners: {referral.partners}. Ze zijn gekozen op basis van hun locatie en hun ervaring met dit soort werk, en nemen elk binnen drie werkdagen rechtstreeks contact met u op. Aan de diensten van de partners zijn kosten verbonden; die spreekt u rechtstreeks met de partner af. De FastTrack-ondersteuning gaat gewoon door zoals gepland. Heeft binnen drie werkdagen geen partner contact met u opgenomen, beantwoord dan deze e-mail, dan zoek ik het voor u uit.",
    },
    engagement_completion_account_team: {
      subject: "FastTrack-traject voor {customer.name} ({tenant.name}) is afgerond",
      body: "Hallo,\n\n{customer.name} heeft de FastTrack-mijlpaal voor {services} bereikt. Ik voer het afsluitende gesprek met de klant in ons vaste overleg en laat, als de klant hulp wil bij een andere workload, zien hoe die aan te vragen.",
    },
    engagement_completion_customer: {
      subject: "Uw FastTrack-traject voor {services} is afgerond",
      body: "Hallo,\n\nGefeliciteerd: {customer.name} heeft de mijlpaal voor {services} bereikt, en ons FastTrack-traject eindigt hier. Bedankt voor de samenwerking. Wilt u hulp bij een andere workload, beantwoord dan deze e-mail en we helpen u op weg.",
    },
  },
};
