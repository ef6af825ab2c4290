import type { EmailLanguageTexts } from "../email-templates.ts";

export const ENGLISH: EmailLanguageTexts = {
  signature: "Kind regards,\n{fm.name}\nFastTrack Manager\n{fm.email}",
  templates: {
    account_team_contact: {
      subject: "FastTrack for {customer.name} ({tenant.name}): who should we talk to?",
      body: "Hello,\n\nI am the FastTrack Manager for {customer.name} ({tenant.name}), which is eligible for FastTrack for {services}. Before I contact the customer, could you tell me within the next three business days:\n\n- whether a partner is working with the customer, and who;\n- the customer contacts I should reach, and anything I should know about the account;\n- the customer's business reason, success owner and target dates for these services, if you know them.",
    },
    partner_contact: {
      subject: "FastTrack for {customer.name}: are you deploying {services}?",
      body: "Hello {partner.name} team,\n\nThe account team tells us you work with {customer.name} ({tenant.name}). Are you deploying any of {services} for them now? Please reply within three business days. If you are, we will record your engagement so the customer's usage counts for you; if not, we will take you off this customer's record.",
    },
    customer_1st_contact: {
      subject: "Your FastTrack benefit for {services}",
      body: "Hello,\n\n{customer.name} is entitled to FastTrack, Microsoft's onboarding help for {services}, at no extra cost. I am your FastTrack Manager. Could we find 30 minutes in the next days to hear your plans and agree how we can help you get people using these services?",
    },
    customer_2nd_contact: {
      subject: "Re: Your FastTrack benefit for {services}",
      body: "Hello,\n\nI am following up on my message below about FastTrack for {services}. Is there a good time to talk this week, or someone else at {customer.name} I should contact?",
    },
    customer_3rd_contact: {
      subject: "Re: Your FastTrack benefit for {services}",
      body: "Hello,\n\nThis is my last note for now about FastTrack for {services}. If the timing is not right, just reply with when to come back, and I will. The benefit stays available to {customer.name}.",
    },
    sfb_escalation: {
      subject: "Skype for Business escalation: {customer.name} ({tenant.name})",
      body: "Hello,\n\nI presented the Teams First pitch to {customer.name} ({tenant.name}), but the customer still intends to deploy Skype for Business instead of Microsoft Teams. FastTrack is helping them with {services}. Please let me know within the next three business days:\n\n- whether you know of this decision and the reasons for it;\n- whether you can join a call with the customer about moving to Teams, or who should;\n- how FastTrack should proceed with Skype for Business until then.",
    },
    acm_referral_notice: {
      subject: "Adoption and change management partners for {customer.name}",
      body: "Hello,\n\nAs agreed, we have referred {customer.name} through QuickLeads to partners specializing in adoption and change management: {referral.partners}. They were matched by location and specialty and will contact you directly within three business days. Their services are offered for a fee and agreed directly with them.",
    },
    partner_referral_notice: {
      subject: "Partner referral for {customer.name}: {referral.need}",
      body: "Hello,\n\nAs agreed, we have referred {customer.name} to partners who can help with {referral.need}: {referral.partners}. They were chosen for their location and their experience with this kind of work, and each will contact you directly within three business days. Partner services are offered for a fee and agreed directly between you and the partner; our FastTrack help continues as planned. If no partner has contacted you within three business days, reply to this e-mail and I will follow up.",
    },
    engagement_completion_account_team: {
      subject: "FastTrack engagement for {customer.name} ({tenant.name}) is complete",
      body: "Hello,\n\n{customer.name} has reached its FastTrack milestone for {services}. I will hold the completion discussion with the customer in our regular meeting and, if they want help with another workload, show them how to request it.",
    },
    engagement_completion_customer: {
      subject: "Your FastTrack engagement for {services} is complete",
      body: "Hello,\n\nCongratulations: {customer.name} has reached its milestone for {services}, and our FastTrack engagement for them ends here. Thank you for working with us. If you want help with another workload, reply to this e-mail and we will get you started.",
    },
  },
};
