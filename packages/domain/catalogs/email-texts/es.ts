import type { EmailLanguageTexts } from "../email-templates.ts";

// Written in neutral Spanish for Spain and Latin America; the customer is addressed as "usted", teams as "ustedes".
export const SPANISH: EmailLanguageTexts = {
  signature: "Saludos cordiales,\n{fm.name}\nFastTrack Manager\n{fm.email}",
  templates: {
    account_team_contact: {
      subject: "FastTrack para {customer.name} ({tenant.name}): ¿con quién debemos hablar?",
      body: "Hola:\n\nSoy FastTrack Manager y me encargo de {customer.name} ({tenant.name}), que tiene derecho a FastTrack para {services}. Antes de ponerme en contacto con el cliente, les agradecería que me indicaran en los próximos tres días hábiles:\n\n- si algún partner trabaja con el cliente, y cuál;\n- a qué contactos del cliente debo dirigirme y qué debo saber sobre la cuenta;\n- el motivo de negocio, el responsable del éxito y las fechas objetivo de estos servicios, si los conocen.",
    },
    partner_contact: {
      subject: "FastTrack para {customer.name}: ¿están implementando {services}?",
      body: "Hola, equipo de {partner.name}:\n\nSegún el equipo de cuenta, ustedes trabajan con {customer.name} ({tenant.name}). ¿Están implementando actualmente alguno de estos servicios para el cliente: {services}? Les rogamos que respondan en un plazo de tres días hábiles. Si es así, registraremos su participación para que el uso del cliente se les atribuya; si no, los retiraremos del registro de este cliente.",
    },
    customer_1st_contact: {
      subject: "Su beneficio FastTrack para {services}",
      body: "Hola:\n\n{customer.name} tiene derecho a FastTrack, la ayuda de Microsoft para la incorporación a {services}, sin cargo adicional. Soy su FastTrack Manager. ¿Podríamos reservar 30 minutos en los próximos días para conocer sus planes y acordar cómo podemos ayudarle a que sus usuarios empiecen a usar estos servicios?",
    },
    customer_2nd_contact: {
      subject: "RE: Su beneficio FastTrack para {services}",
      body: "Hola:\n\nLe escribo de nuevo en relación con mi mensaje anterior, más abajo, sobre FastTrack para {services}. ¿Le vendría bien hablar esta semana, o hay otra persona en {customer.name} con quien debería ponerme en contacto?",
    },
    customer_3rd_contact: {
      subject: "RE: Su beneficio FastTrack para {services}",
      body: "Hola:\n\nEste es mi último mensaje por ahora sobre FastTrack para {services}. Si no es buen momento, indíqueme simplemente cuándo volver a contactarle y así lo haré. El beneficio sigue disponible para {customer.name}.",
    },
    sfb_escalation: {
      subject: "Escalado de Skype for Business: {customer.name} ({tenant.name})",
      body: "Hola:\n\nHe presentado el enfoque Teams First a {customer.name} ({tenant.name}), pero el cliente sigue queriendo implementar Skype for Business en lugar de Microsoft Teams. FastTrack le está ayudando con {services}. Les agradecería que me indicaran en los próximos tres días hábiles:\n\n- si conocen esta decisión y sus motivos;\n- si pueden participar en una llamada con el cliente sobre el paso a Teams, o quién debería hacerlo;\n- cómo debe proceder FastTrack con Skype for Business mientras tanto.",
    },
    acm_referral_notice: {
      subject: "Partners de adopción y gestión del cambio para {customer.name}",
      body: "Hola:\n\nTal como acordamos, a través de QuickLeads hemos derivado a {customer.name} a partners especializados en adopción y gestión del cambio: {referral.partners}. Se han seleccionado por ubicación y especialidad, y se pondrán en contacto con usted directamente en un plazo de tres días hábiles. Sus servicios son de pago y se acuerdan directamente con ellos.",
    },
    partner_referral_notice: {
      subject: "Derivación a partners para {customer.name}: {referral.need}",
      body: "Hola:\n\nTal como acordamos, hemos derivado a {customer.name} a partners que pueden ayudarle con la siguiente necesidad: {referral.need}. Partners recomendados: {referral.partners}. Se han elegido por su ubicación y su experiencia en este tipo de trabajo, y cada uno se pondrá en contacto con usted directamente en un plazo de tres días hábiles. Los servicios de los partners son de pago y se acuerdan directamente entre usted y cada partner; la ayuda de FastTrack continúa según lo previsto. Si en tres días hábiles ningún partner se ha puesto en contacto con usted, responda a este correo y haré el seguimiento.",
    },
    engagement_completion_account_team: {
      subject: "La colaboración FastTrack con {customer.name} ({tenant.name}) ha finalizado",
      body: "Hola:\n\n{customer.name} ha alcanzado su hito de FastTrack para {services}. Mantendré la conversación de cierre con el cliente en nuestra reunión periódica y, si quiere ayuda con otra carga de trabajo, le mostraré cómo solicitarla.",
    },
    engagement_completion_customer: {
      subject: "Su colaboración FastTrack para {services} ha finalizado",
      body: "Hola:\n\nEnhorabuena: {customer.name} ha alcanzado su hito para {services}, y nuestra colaboración FastTrack termina aquí. Gracias por trabajar con nosotros. Si desea ayuda con otra carga de trabajo, responda a este correo y le ayudaremos a empezar.",
    },
  },
};
