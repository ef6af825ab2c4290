import type { EmailLanguageTexts } from "../email-templates.ts";

// Brazilian Portuguese, under the code "pt" (the variant the FastTrack Center supports); teams are addressed as "vocês", the customer as "você".
export const PORTUGUESE_BRAZIL: EmailLanguageTexts = {
  signature: "Atenciosamente,\n{fm.name}\nFastTrack Manager\n{fm.email}",
  templates: {
    account_team_contact: {
      subject: "FastTrack para {customer.name} ({tenant.name}): com quem devemos falar?",
      body: "Olá,\n\nSou FastTrack Manager responsável por {customer.name} ({tenant.name}), cliente com direito ao FastTrack para {services}. Antes de entrar em contato com o cliente, peço que me informem nos próximos três dias úteis:\n\n- se algum parceiro trabalha com o cliente, e qual;\n- quais contatos do cliente devo procurar e o que devo saber sobre a conta;\n- o motivo de negócio, o responsável pelo sucesso e as datas-alvo desses serviços, se souberem.",
    },
    partner_contact: {
      subject: "FastTrack para {customer.name}: vocês estão implantando {services}?",
      body: "Olá, equipe {partner.name},\n\nSegundo a equipe de conta, vocês trabalham com {customer.name} ({tenant.name}). Vocês estão implantando atualmente algum destes serviços para o cliente: {services}? Por favor, respondam em até três dias úteis. Em caso afirmativo, registraremos a participação de vocês para que o uso do cliente seja atribuído a vocês; caso contrário, removeremos vocês do cadastro deste cliente.",
    },
    customer_1st_contact: {
      subject: "Seu benefício FastTrack para {services}",
      body: "Olá,\n\n{customer.name} tem direito ao FastTrack, o programa de integração da Microsoft para {services}, sem custo adicional. Sou seu FastTrack Manager. Podemos reservar 30 minutos nos próximos dias para conhecer seus planos e combinar como podemos ajudar sua equipe a começar a usar esses serviços?",
    },
    customer_2nd_contact: {
      subject: "RE: Seu benefício FastTrack para {services}",
      body: "Olá,\n\nEstou retomando minha mensagem abaixo sobre o FastTrack para {services}. Há um bom horário para conversarmos esta semana, ou outra pessoa na {customer.name} com quem eu deva falar?",
    },
    customer_3rd_contact: {
      subject: "RE: Seu benefício FastTrack para {services}",
      body: "Olá,\n\nEsta é minha última mensagem por enquanto sobre o FastTrack para {services}. Se o momento não for adequado, basta responder dizendo quando devo voltar a entrar em contato, e farei isso. O benefício continua disponível para {customer.name}.",
    },
    sfb_escalation: {
      subject: "Escalonamento de Skype for Business: {customer.name} ({tenant.name})",
      body: "Olá,\n\nApresentei a abordagem Teams First para {customer.name} ({tenant.name}), mas o cliente ainda pretende implantar o Skype for Business em vez do Microsoft Teams. O FastTrack está ajudando o cliente com {services}. Peço que me informem nos próximos três dias úteis:\n\n- se vocês conhecem essa decisão e os motivos dela;\n- se podem participar de uma conversa com o cliente sobre a mudança para o Teams, ou quem deveria fazer isso;\n- como o FastTrack deve proceder com o Skype for Business até lá.",
    },
    acm_referral_notice: {
      subject: "Parceiros de adoção e gestão de mudanças para {customer.name}",
      body: "Olá,\n\nConforme combinado, encaminhamos a solicitação de {customer.name}, por meio do QuickLeads, a parceiros especializados em adoção e gestão de mudanças: {referral.partners}. Eles foram selecionados por localização e especialidade e entrarão em contato diretamente com você em até três dias úteis. Os serviços deles são pagos e contratados diretamente com eles.",
    },
    partner_referral_notice: {
      subject: "Indicação de parceiros para {customer.name}: {referral.need}",
      body: "Olá,\n\nConforme combinado, encaminhamos a solicitação de {customer.name} a parceiros que podem ajudar com a seguinte necessidade: {referral.need}. Parceiros indicados: {referral.partners}. Eles foram escolhidos pela localização e pela experiência nesse tipo de trabalho, e cada um entrará em contato diretamente com você em até três dias úteis. Os serviços dos parceiros são pagos e combinados diretamente entre você e o parceiro; a ajuda do FastTrack continua conforme planejado. Se nenhum parceiro entrar em contato em até três dias úteis, basta responder a este e-mail e eu farei o acompanhamento.",
    },
    engagement_completion_account_team: {
      subject: "O engajamento FastTrack de {customer.name} ({tenant.name}) foi concluído",
      body: "Olá,\n\n{customer.name} atingiu seu marco do FastTrack para {services}. Farei a conversa de encerramento com o cliente em nossa reunião regular e, se ele quiser ajuda com outra carga de trabalho, mostrarei como solicitá-la.",
    },
    engagement_completion_customer: {
      subject: "Seu engajamento FastTrack para {services} foi concluído",
      body: "Olá,\n\nParabéns: {customer.name} atingiu seu marco para {services}, e nosso engajamento FastTrack termina aqui. Obrigado pela parceria. Se quiser ajuda com outra carga de trabalho, responda a este e-mail e ajudaremos você a começar.",
    },
  },
};
