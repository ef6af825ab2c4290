import type { EmailLanguageTexts } from "../email-templates.ts";

// The customer's organisation is addressed as "voi", as is usual in Italian business e-mail to a company.
export const ITALIAN: EmailLanguageTexts = {
  signature: "Cordiali saluti,\n{fm.name}\nFastTrack Manager\n{fm.email}",
  templates: {
    account_team_contact: {
      subject: "FastTrack per {customer.name} ({tenant.name}): a chi dobbiamo rivolgerci?",
      body: "Buongiorno,\n\nIn qualità di FastTrack Manager che segue {customer.name} ({tenant.name}), cliente idoneo a FastTrack per {services}, prima di contattare il cliente vi chiedo di indicarmi entro tre giorni lavorativi:\n\n- se un partner lavora con il cliente, e quale;\n- quali referenti del cliente devo contattare e cosa devo sapere sull'account;\n- la motivazione di business, il responsabile del successo e le date obiettivo per questi servizi, se li conoscete.",
    },
    partner_contact: {
      subject: "FastTrack per {customer.name}: state implementando {services}?",
      body: "Gentile team {partner.name},\n\nSecondo il team dell'account, lavorate con {customer.name} ({tenant.name}). State implementando attualmente uno di questi servizi per il cliente: {services}? Vi chiediamo di rispondere entro tre giorni lavorativi. In caso affermativo, registreremo il vostro coinvolgimento in modo che l'utilizzo del cliente vi venga attribuito; in caso contrario, vi rimuoveremo dalla scheda di questo cliente.",
    },
    customer_1st_contact: {
      subject: "Il vostro vantaggio FastTrack per {services}",
      body: "Buongiorno,\n\n{customer.name} ha diritto a FastTrack, il supporto di Microsoft per l'onboarding di {services}, senza costi aggiuntivi. Vi scrivo in qualità di vostro FastTrack Manager. Potremmo fissare 30 minuti nei prossimi giorni per conoscere i vostri progetti e concordare come aiutarvi a far utilizzare questi servizi ai vostri utenti?",
    },
    customer_2nd_contact: {
      subject: "Re: Il vostro vantaggio FastTrack per {services}",
      body: "Buongiorno,\n\nRiprendo il mio messaggio qui sotto su FastTrack per {services}. C'è un momento adatto per parlarne questa settimana, oppure un'altra persona di {customer.name} che dovrei contattare?",
    },
    customer_3rd_contact: {
      subject: "Re: Il vostro vantaggio FastTrack per {services}",
      body: "Buongiorno,\n\nQuesto è il mio ultimo messaggio per ora su FastTrack per {services}. Se non è il momento giusto, rispondete semplicemente indicando quando ricontattarvi e lo farò. Il vantaggio resta a disposizione di {customer.name}.",
    },
    sfb_escalation: {
      subject: "Escalation Skype for Business: {customer.name} ({tenant.name})",
      body: "Buongiorno,\n\nHo presentato l'approccio Teams First a {customer.name} ({tenant.name}), ma il cliente intende ancora implementare Skype for Business anziché Microsoft Teams. FastTrack lo sta supportando per {services}. Vi chiedo di indicarmi entro tre giorni lavorativi:\n\n- se siete al corrente di questa decisione e dei suoi motivi;\n- se potete partecipare a una call con il cliente sul passaggio a Teams, o chi dovrebbe farlo;\n- come deve procedere FastTrack con Skype for Business nel frattempo.",
    },
    acm_referral_notice: {
      subject: "Partner per l'adozione e la gestione del cambiamento per {customer.name}",
      body: "Buongiorno,\n\nCome concordato, tramite QuickLeads abbiamo segnalato {customer.name} a partner specializzati in adozione e gestione del cambiamento: {referral.partners}. Sono stati selezionati in base a località e specializzazione e vi contatteranno direttamente entro tre giorni lavorativi. I loro servizi sono a pagamento e vanno concordati direttamente con loro.",
    },
    partner_referral_notice: {
      subject: "Segnalazione a partner per {customer.name}: {referral.need}",
      body: "Buongiorno,\n\nCome concordato, abbiamo segnalato {customer.name} a partner in grado di supportarvi per la seguente esigenza: {referral.need}. Partner segnalati: {referral.partners}. Sono stati scelti in base alla località e all'esperienza in questo tipo di attività, e ciascuno vi contatterà direttamente entro tre giorni lavorativi. I servizi dei partner sono a pagamento e vanno concordati direttamente tra voi e il partner; il supporto FastTrack prosegue come previsto. Se entro tre giorni lavorativi nessun partner vi ha contattato, rispondete a questa e-mail e me ne occuperò.",
    },
    engagement_completion_account_team: {
      subject: "L'engagement FastTrack per {customer.name} ({tenant.name}) si è concluso",
      body: "Buongiorno,\n\n{customer.name} ha raggiunto la milestone FastTrack per {services}. Terrò il colloquio di chiusura con il cliente durante la nostra riunione periodica e, se desidera aiuto per un altro carico di lavoro, gli mostrerò come richiederlo.",
    },
    engagement_completion_customer: {
      subject: "Il vostro engagement FastTrack per {services} si è concluso",
      body: "Buongiorno,\n\nCongratulazioni: {customer.name} ha raggiunto la milestone per {services} e il nostro engagement FastTrack si conclude qui. Grazie per la collaborazione. Se desiderate aiuto per un altro carico di lavoro, rispondete a questa e-mail e vi aiuteremo a iniziare.",
    },
  },
};
