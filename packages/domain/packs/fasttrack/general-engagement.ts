import type { PlaybookDefinition } from "../../engine/playbook.ts";
import { create, done, FM, isOpen, prompt, refuse, type Rule, status } from "./rule-helpers.ts";

/**
 * FastTrack Playbook – General Engagement (seeds/004_72f9e3b46335f5c8.txt, research §3.5 rules 98–124).
 *
 * Steps are numbered in seed order: 1 Prepare for Kickoff Meeting, 2 Schedule and Conduct Kickoff Meeting,
 * 3 Confirm DIBS, 4 Capture Available SSAT, 5 Prepare for the customer session with ATU, 6 Deliver and Land the
 * Enterprise benefit, 7 Capture Outcome of Land the Benefit, 8 Schedule FastTrack Program Governance Reviews,
 * 9 Schedule Customer-facing Health Reviews, 10 Schedule Microsoft internal Health Reviews, 11 All Meetings
 * Scheduled, 12 Schedule and Conduct ACM Conversation, 13 Request an ACM Partner, 14 ACM Conversation Complete,
 * 15 Conduct Checkpoint Meetings, 16 Assist with Enablement, 17 Customer Survey Eligibility.
 *
 * Events an FM records, the server reports, or a timer fires (data in brackets):
 * - `engagement.started`   [origin: rfa | customer_health | targeting]
 * - `handover.completed`   the Gateway/GRT → delivery FM handover is done (3979)
 * - `account_team.engaged` the Account Team of a managed account was engaged before the kickoff
 * - `customer.contacted`   the initial customer outreach is done (3616)
 * - `kickoff.held`         [risks: string[], wantsPartner: boolean, knowledgeGaps?: string[]]
 * - `dibs.confirmed`, `ssat.capture_started`, `sme_follow_up.offered`   the kickoff's follow-ups are done
 * - `benefit.landed`       [engagementStartDate?: YYYY-MM-DD]  Land the Benefit delivered (3330)
 * - `enterprise_status.updated`   DIBS and Enterprise Status updated after Land the Benefit
 * - `governance.established`, `governance.cadence_changed`   [cadenceWeeks: 1 | 2]
 * - `governance.review_due` [cadenceWeeks]   fired by the governance timer; `governance.review_held`
 * - `health_review.onsite_requested` [reason: secure_government | restricted_network]
 * - `acm.conversation_held`   the ACM conversation is concluded (4047)
 * - `acm.partner_needed`   [currentPartnerOffersAcm: boolean]  the customer lacks adoption skills or bandwidth
 * - `acm.referral_submitted` [serviceType: advisory_planning | training_enablement | both, piiConsent: boolean,
 *                             partners: names of the partners matched, 1 to 3]
 * - `acm.partner_contacted_customer`; `acm.partner_contact_overdue` fired 3 business days after a referral
 * - `remediation.started`  [cadenceWeeks: 1 | 2]; `checkpoint.due` [cadenceWeeks] fired by the checkpoint timer;
 *   `checkpoint.held`; `remediation.completed`
 * - `enablement.sync_held` (1126); `survey.contact_identified` (3690)
 * - `engagement.disengaged` the FM disengaged from the customer: the reminders stop
 * ENGAGEMENT_COMPLETION (per service, RFA tenants) adds `usage.reported` [service, activeUsersPercent, day] from
 * the server (rules read the stored usage: `service.activeUsers`, `service.activeUsersPercent`), and
 * `migration.completed` [service], `engagement.completion_discussion_held` [service?: none = every due service].
 *
 * Tasks: the kickoff's tasks and the mandatory tasks of later steps are created when the engagement starts, so the
 * playbook tab shows the whole engagement at once and no "step reached" events are needed; 983 only when a
 * partner referral is wanted, 3330 only for Customer Health (its motion), 3333/3334 when governance is set up,
 * 4058/4060 when disengagement is due. Guidance a person must act on is a finding (a prompt) for the step's role,
 * closed by the event that says it was done.
 * Not modelled: the S500 / >500–1500 split of rule 110 (undefined bands, research §4 item 28) and the decks,
 * agendas and resource lists, which are guidance with no state to change.
 */

const FTA = "fasttrack_architect_v2";
const FE = "fasttrack_engineer";

const ORIGINS = ["rfa", "customer_health", "targeting"];
const ONSITE_REASONS = ["secure_government", "restricted_network"];
const ACM_SERVICE_TYPES = ["advisory_planning", "training_enablement", "both"];

/** "Every 1 - 2 weeks" (seed steps 8–10, 15) as business days between reminders. */
const CADENCE_BUSINESS_DAYS = { 1: 5, 2: 10 } as const;
/** "Partners will contact the customer directly within 3 business days after referrals are made." */
export const ACM_PARTNER_CONTACT_BUSINESS_DAYS = 3;


/**
 * A meeting cadence of every 1 or 2 weeks as a repeating timer: the start event arms it, each firing re-arms it
 * (and the caller's rule raises the prompt), and recording the start event again with another cadence moves it.
 */
function cadenceRules(o: { prefix: string; on: string[]; key: string; due: string; meetings: string; source: string }): Rule[] {
  return [
    {
      id: `${o.prefix}-cadence-unknown`,
      on: o.on,
      if: { not: { fact: "event.data.cadenceWeeks", in: [1, 2] } },
      then: [refuse(`Say how often the ${o.meetings} meet: cadenceWeeks 1 (every week) or 2 (every two weeks), by lifecycle phase.`)],
      why: `The seed sets the ${o.meetings} every 1–2 weeks, so the cadence must be one of those.`,
      source: o.source,
    },
    ...([1, 2] as const).map((weeks) => ({
      id: `${o.prefix}-every-${weeks}-week${weeks === 1 ? "" : "s"}`,
      on: o.on,
      if: { fact: "event.data.cadenceWeeks", eq: weeks },
      then: [{ kind: "start_timer", key: o.key, businessDays: CADENCE_BUSINESS_DAYS[weeks], fire: { type: o.due, data: { cadenceWeeks: weeks } } }],
      why: `The ${o.meetings} meet every ${weeks === 1 ? "week" : "two weeks"}, so the next reminder comes in ${CADENCE_BUSINESS_DAYS[weeks]} business days.`,
      source: o.source,
    })),
  ];
}

export const GENERAL_ENGAGEMENT: PlaybookDefinition = {
  id: "general-engagement",
  version: 1,
  title: "General Engagement",
  source: "seeds/004_72f9e3b46335f5c8.txt",
  service: null,
  processes: [
    {
      id: "kickoff",
      name: "Conduct Custom Kickoff",
      steps: [
        { id: "prepare-kickoff", name: "Prepare for Kickoff Meeting", role: FM, tasks: [3979, 3616] },
        { id: "conduct-kickoff", name: "Schedule and Conduct Kickoff Meeting", role: FM, tasks: [994, 983, 1903] },
        { id: "confirm-dibs", name: "Confirm DIBS (Kickoff Meeting)", role: FM, tasks: [] },
        { id: "capture-ssat", name: "Capture Available SSAT (Kickoff Meeting)", role: FM, tasks: [] },
      ],
    },
    {
      id: "land-the-benefit",
      name: "Land the Benefit",
      steps: [
        { id: "prepare-atu-session", name: "Prepare for the customer session with ATU", role: FTA, tasks: [] },
        { id: "deliver-benefit", name: "Deliver and Land the Enterprise benefit with Customers and Partners", role: FTA, tasks: [] },
        { id: "capture-benefit-outcome", name: "Capture Outcome of Land the Benefit", role: FTA, tasks: [3330] },
      ],
    },
    {
      id: "governance",
      name: "Setup Governance Review Meeting Cadence",
      steps: [
        { id: "program-governance-reviews", name: "Schedule FastTrack Program Governance Reviews", role: FM, tasks: [] },
        { id: "customer-health-reviews", name: "Schedule Customer-facing Health Reviews", role: FM, tasks: [] },
        { id: "internal-health-reviews", name: "Schedule Microsoft internal Health Reviews", role: FM, tasks: [] },
        { id: "all-meetings-scheduled", name: "All Meetings Scheduled", role: FM, tasks: [3333, 3334] },
      ],
    },
    {
      id: "acm",
      name: "Conduct Adoption and Change Management Conversation",
      steps: [
        { id: "conduct-acm-conversation", name: "Schedule and Conduct Adoption & Change Management Conversation", role: FM, tasks: [] },
        { id: "request-acm-partner", name: "Request an ACM Partner", role: FM, tasks: [] },
        { id: "acm-conversation-complete", name: "Adoption & Change Management Customer Conversation Complete", role: FM, tasks: [4047] },
      ],
    },
    { id: "technical-gaps", name: "Address Technical Gaps", steps: [{ id: "checkpoint-meetings", name: "Conduct Checkpoint Meetings", role: FE, tasks: [] }] },
    {
      id: "enable-services",
      name: "Enable Services",
      steps: [
        // The step's Primary Role is the FM, the catalogue gives task 1126 to the FE: the FM owns the step (DESIGN
        // decision 7) and the task keeps its catalogue role.
        { id: "assist-enablement", name: "Assist with Enablement", role: FM, tasks: [1126] },
        // The seed also lists 1910 here; the reference deprecated it on 2020-01-31 (DESIGN decision 6).
        { id: "survey-eligibility", name: "Customer Survey Eligibility", role: FM, tasks: [3690] },
      ],
    },
  ],
  rules: [
    // --- Kickoff (steps 1–4) ---------------------------------------------------------------------------------
    {
      id: "ge-start-origin-unknown",
      on: "engagement.started",
      if: { not: { fact: "event.data.origin", in: ORIGINS } },
      then: [refuse("Say where the engagement comes from: origin rfa, customer_health or targeting.")],
      why: "The seed's steps differ by motion (RFA, Customer Health, Targeting), so the origin of the engagement must be known.",
      source: "004 Step 1 (Motions)",
    },
    {
      id: "ge-start-kickoff",
      on: "engagement.started",
      then: [
        ...create(3979, 3616, 994, 1903),
        prompt("prepare_kickoff", FM, "Prepare the kickoff: review the customer's context, licences and activity to date, complete the handover from the Gateway/GRT team (task 3979) before reaching out to the customer, and research the customer's industry and business."),
      ],
      why: "The engagement started ({event.data.origin}), so the FM prepares and holds the kickoff: handover (3979), initial outreach (3616), kickoff meeting (994) and, if required, the Terms and Conditions link (1903).",
      source: "004 Steps 1–2; rules 98, 104",
    },
    {
      id: "ge-start-later-steps",
      on: "engagement.started",
      then: create(4047, 1126, 3690),
      why: "The mandatory tasks of the later steps (ACM conversation 4047, enablement meeting 1126, survey contact 3690) are created up-front; 1910 Survey Eligibility is not, because the reference's change log (enable-enable-services-partner) deprecated it on 31 January 2020 and made 3690 mandatory.",
      source: "004 Steps 12, 16, 17; rules 115, 123, 124; DESIGN decision 6",
    },
    {
      id: "ge-start-rfa",
      on: "engagement.started",
      if: { fact: "event.data.origin", eq: "rfa" },
      then: [
        prompt(
          "set_rfa_expectations",
          FM,
          "Set expectations with the customer about the FastTrack Benefit and the completion of a workload or service, and tell them you will disengage once the engagement is complete: when enablement is complete (100 active users, or 10% for customers with fewer than 1,000 seats), or when the agreed number of users is migrated if migration is required.",
        ),
      ],
      why: "The engagement comes from a Request for Assistance, so the FM sets expectations and explains that the FM disengages once the engagement is complete.",
      source: "004 Step 1 (RFA); rules 99–102",
    },
    {
      id: "ge-start-managed",
      on: "engagement.started",
      if: { fact: "tenant.managed", eq: true },
      then: [
        prompt(
          "engage_account_team",
          FM,
          "Before the kickoff, engage the Account Team: the customer's business, latest activities, Microsoft 365 strategy, blockers and issues, their objectives for the account this financial year, and the customer's organisation and project roles. At a minimum, tell them you will schedule the kickoff and invite the relevant person.",
        ),
      ],
      why: "The account is managed, so the Account Team is engaged, or at least told, before the kickoff is scheduled.",
      source: "004 Step 1 (managed account); rule 103",
    },
    {
      id: "ge-start-governance",
      on: "engagement.started",
      if: { fact: "event.data.origin", in: ["customer_health", "targeting"] },
      then: [
        prompt(
          "set_up_governance",
          FM,
          "Set up the governance reviews with the identified FastTrack Architect, every 1–2 weeks by lifecycle phase: FastTrack Program Governance Reviews (FastTrack only; decide whether the FE/SME attend), Customer-facing Health Reviews (customer, partners and account team; remote) and, unless a regular Microsoft internal deployment call exists, a Microsoft internal Health Review with the ATU.",
        ),
      ],
      why: "Governance reviews belong to the Customer Health and Targeting motions, and this engagement comes from {event.data.origin}.",
      source: "004 Steps 8–10; rules 110, 111, 113",
    },
    {
      id: "ge-start-land-benefit",
      on: "engagement.started",
      if: { fact: "event.data.origin", eq: "customer_health" },
      then: [
        ...create(3330),
        prompt("prepare_land_the_benefit", FTA, "Meet the ATU and the FM about the customer and the Land the Benefit presentation, and agree who schedules the customer meeting: you are accountable, but the ATS, the SSP or another role may schedule it."),
      ],
      why: "Land the Benefit is part of the Customer Health motion; the FastTrack Architect prepares it with the ATU.",
      source: "004 Steps 5–6; rule 107",
    },
    {
      id: "ge-handover-completed",
      on: "handover.completed",
      then: [status(3979, "complete")],
      why: "The handover between the Gateway/GRT team and the delivery FM is done, so task 3979 is complete.",
      source: "004 Step 1; rule 98",
    },
    {
      id: "ge-account-team-engaged",
      on: "account_team.engaged",
      then: done("engage_account_team"),
      why: "The Account Team was engaged and knows the kickoff is coming.",
      source: "004 Step 1 (managed account); rule 103",
    },
    {
      id: "ge-customer-contacted",
      on: "customer.contacted",
      then: [status(3616, "complete"), ...done("prepare_kickoff")],
      why: "The FM reached out to the customer, so the initial customer outreach (task 3616) is complete.",
      source: "004 Step 1; rule 98",
    },
    {
      id: "ge-kickoff-held",
      on: "kickoff.held",
      then: [
        status(994, "complete"),
        ...done("prepare_kickoff", "set_rfa_expectations"),
        prompt("confirm_dibs", FM, "Confirm DIBS with the customer (Date, Intent, Business reason, Success owner) for each workload; see Guide: Adoption 4+4 Pre-reqs and Success Factors."),
        prompt("capture_ssat", FM, "Start capturing SSAT (Stakeholders, Scenarios, Awareness and Training) for each workload."),
      ],
      why: "The kickoff meeting was held, so task 994 is complete; at the kickoff the FM confirms DIBS and starts capturing SSAT.",
      source: "004 Steps 2–4; rules 104, 106",
    },
    {
      id: "ge-kickoff-outreach-done",
      on: "kickoff.held",
      if: isOpen(3616),
      then: [status(3616, "complete")],
      why: "A kickoff is only held after reaching the customer, so the initial customer outreach (task 3616) is complete too.",
      source: "004 Steps 1–2; rule 98",
    },
    {
      id: "ge-kickoff-partner",
      on: "kickoff.held",
      if: { all: [{ fact: "event.data.risks.0", present: true }, { fact: "event.data.wantsPartner", eq: true }] },
      then: create(983),
      why: "The kickoff revealed project risks and the customer would like a FastTrack Ready Partner to complement the benefit, so the FM sends a partner referral through QuickLeads (task 983).",
      source: "004 Step 2; rule 105",
    },
    {
      id: "ge-kickoff-knowledge-gaps",
      on: "kickoff.held",
      if: { fact: "event.data.knowledgeGaps.0", present: true },
      then: [prompt("offer_sme_follow_up", FM, "Offer the customer follow-up meetings or workshops with subject matter experts for the knowledge gaps captured at the kickoff.")],
      why: "The kickoff showed gaps in the customer's knowledge, which follow-up meetings with subject matter experts address.",
      source: "004 Step 2; rule 104",
    },
    { id: "ge-dibs-confirmed", on: "dibs.confirmed", then: done("confirm_dibs"), why: "The FM confirmed DIBS with the customer.", source: "004 Step 3; rule 106" },
    { id: "ge-ssat-capture-started", on: "ssat.capture_started", then: done("capture_ssat"), why: "The FM started capturing SSAT.", source: "004 Step 4; rule 106" },
    {
      id: "ge-sme-follow-up-offered",
      on: "sme_follow_up.offered",
      then: done("offer_sme_follow_up"),
      why: "The FM offered follow-up meetings with subject matter experts for the customer's knowledge gaps.",
      source: "004 Step 2; rule 104",
    },

    // --- Land the Benefit (steps 5–7) --------------------------------------------------------------------------
    {
      id: "ge-benefit-landed",
      on: "benefit.landed",
      then: [
        status(3330, "complete"),
        ...done("prepare_land_the_benefit"),
        prompt("update_dibs_enterprise_status", FTA, "Update DIBS and the Enterprise Status with notes and FTC Next Steps from the Land the Benefit meeting; where DIBS are missing, work with the customer to put them in place, and plan SSAT to track in the Health Reviews."),
      ],
      why: "The Land the Benefit workshop was delivered, so task 3330 is complete and its outcome is captured.",
      source: "004 Steps 6–7; rules 108, 109",
    },
    {
      id: "ge-benefit-start-date",
      on: "benefit.landed",
      if: { fact: "event.data.engagementStartDate", present: true },
      then: [{ kind: "set_engagement_start_date", date: "{event.data.engagementStartDate}" }, ...done("capture_engagement_start_date")],
      why: "The customer wants to start working with FastTrack on {event.data.engagementStartDate}, captured as the Engagement Start Date.",
      source: "004 Step 7; rule 109",
    },
    {
      id: "ge-benefit-start-date-missing",
      on: "benefit.landed",
      if: { all: [{ fact: "event.data.engagementStartDate", present: false }, { fact: "tenant.engagementStartDate", present: false }] },
      then: [prompt("capture_engagement_start_date", FTA, "Capture the Engagement Start Date: the date the customer wants to start working with the FastTrack team (the first day of the anticipated month when only the month is known).")],
      why: "Land the Benefit was delivered, but neither the event nor the tenant has an Engagement Start Date, which new customers need.",
      source: "004 Steps 6–7; rules 108, 109",
    },
    {
      id: "ge-enterprise-status-updated",
      on: "enterprise_status.updated",
      then: done("update_dibs_enterprise_status"),
      why: "DIBS and the Enterprise Status were updated after Land the Benefit.",
      source: "004 Step 7; rule 109",
    },

    // --- Governance (steps 8–11) ------------------------------------------------------------------------------
    ...cadenceRules({
      prefix: "ge-governance",
      on: ["governance.established", "governance.cadence_changed", "governance.review_due"],
      key: "governance-review",
      due: "governance.review_due",
      meetings: "governance reviews",
      source: "004 Steps 8–10 (Cadence); rules 110, 111, 113",
    }),
    {
      id: "ge-governance-established",
      on: "governance.established",
      then: [status(3334, "complete"), status(3333, "in_progress"), ...done("set_up_governance")],
      why: "The FastTrack, Microsoft and customer governance meetings are established: the CxO governance cadence is set (task 3334 complete) and the customer program health meetings are under way (task 3333 in progress).",
      source: "004 Step 11; rule 114",
    },
    {
      id: "ge-governance-review-due",
      on: "governance.review_due",
      then: [
        prompt(
          "governance_review_due",
          FM,
          "Governance reviews are due: the FastTrack Program Governance Review (FastTrack only), the Customer-facing Health Review (customer and partners, remote) and, unless a regular Microsoft internal deployment call covers it, the Microsoft internal Health Review with the ATU: program health, blockers and action items.",
        ),
      ],
      why: "The governance cadence came round: the FastTrack, customer and Microsoft internal reviews are due again.",
      source: "004 Steps 8–10; rules 110, 111, 113",
    },
    {
      id: "ge-governance-review-held",
      on: "governance.review_held",
      then: done("governance_review_due", "onsite_approval"),
      why: "The governance reviews of this round were held.",
      source: "004 Steps 8–10",
    },
    {
      id: "ge-onsite-refused",
      on: "health_review.onsite_requested",
      if: { not: { fact: "event.data.reason", in: ONSITE_REASONS } },
      then: [refuse("Customer-facing Health Reviews are held remotely. Onsite attendance is allowed only for a highly secure government customer (reason secure_government) or when the customer's network restricts remote tools such as Skype or Teams (reason restricted_network).")],
      why: "The seed allows onsite health reviews for two reasons only.",
      source: "004 Step 9; rule 112",
    },
    {
      id: "ge-onsite-approval",
      on: "health_review.onsite_requested",
      if: { fact: "event.data.reason", in: ONSITE_REASONS },
      then: [prompt("onsite_approval", FM, "Onsite attendance needs specific outcomes and approval: request it through Request an OnSite Enterprise Resource, following the Enterprise SME guidance to Request a Subject Matter Expert.")],
      why: "Onsite attendance is possible for this customer ({event.data.reason}), but only with specific outcomes and approval.",
      source: "004 Step 9; rule 112",
    },

    // --- Adoption & Change Management (steps 12–14) ----------------------------------------------------------
    {
      id: "ge-acm-conversation-held",
      on: "acm.conversation_held",
      then: [status(4047, "complete"), ...done("acm_partner_via_current", "acm_partner_via_account_team")],
      why: "The Adoption & Change Management conversation is concluded (resources reviewed, an ACM partner requested if needed), so task 4047 is complete.",
      source: "004 Step 14; rules 115, 116",
    },
    {
      id: "ge-acm-partner-ask-first",
      on: "acm.partner_needed",
      if: { not: { fact: "event.data.currentPartnerOffersAcm", in: [true, false] } },
      then: [refuse("Ask the customer first whether one of their current partners offers the ACM services they need, and record the answer (currentPartnerOffersAcm: true or false).")],
      why: "The seed prefers a partner the customer already works with, so that question comes before any referral.",
      source: "004 Step 13; rule 117",
    },
    {
      id: "ge-acm-partner-current",
      on: "acm.partner_needed",
      if: { fact: "event.data.currentPartnerOffersAcm", eq: true },
      then: [prompt("acm_partner_via_current", FM, "One of the customer's current partners offers the ACM services they need: connect them. This is the preferred path; partners can also team up with others (P2P) for services they lack.")],
      why: "The customer lacks the skills or bandwidth to drive adoption and a current partner offers ACM services, which the seed prefers to a referral.",
      source: "004 Step 13; rule 117",
    },
    {
      id: "ge-acm-partner-account-team",
      on: "acm.partner_needed",
      if: { all: [{ fact: "event.data.currentPartnerOffersAcm", eq: false }, { fact: "tenant.managed", eq: true }] },
      then: [prompt("acm_partner_via_account_team", FM, "Ask the Account Team to find local ACM partners from the Co-Sell ACM list that match the customer's needs; they should offer several partners to choose from and connect the customer with the Partner Customer Success Manager.")],
      why: "No current partner offers ACM services and the customer has an Account Team, which finds ACM partners in its geography.",
      source: "004 Step 13; rule 118",
    },
    {
      id: "ge-acm-partner-quickleads",
      on: "acm.partner_needed",
      if: { all: [{ fact: "event.data.currentPartnerOffersAcm", eq: false }, { not: { fact: "tenant.managed", eq: true } }] },
      then: [
        ...create(983),
        prompt(
          "acm_referral_request",
          FM,
          "Submit a FastTrack Partner Referral Request through QuickLeads (task 983): say whether the customer needs Advisory and Planning, Training and Enablement, or both, and get the customer's verbal approval to share their contact details with the referred partners.",
        ),
      ],
      why: "No current partner offers ACM services and the customer has no Account Team, so the FM requests an ACM partner through the QuickLeads process (task 983).",
      source: "004 Step 13; rules 119, 120",
    },
    {
      id: "ge-acm-referral-no-consent",
      on: "acm.referral_submitted",
      if: { not: { fact: "event.data.piiConsent", eq: true } },
      then: [refuse("An ACM partner referral shares the customer's contact details with the partners, so it needs the customer's verbal approval first: ask the customer, record their approval (piiConsent: true) and submit the referral again.")],
      why: "The seed requires the customer's verbal approval to share PII with the referred partners.",
      source: "004 Step 13; rule 120; DESIGN decision 22",
    },
    {
      id: "ge-acm-referral-service-type",
      on: "acm.referral_submitted",
      if: { not: { fact: "event.data.serviceType", in: ACM_SERVICE_TYPES } },
      then: [refuse("Say which ACM service the customer needs: serviceType advisory_planning (Advisory and Planning), training_enablement (Training and Enablement) or both.")],
      why: "A Partner Referral Request names the type of service the customer needs.",
      source: "004 Step 13; rule 120",
    },
    {
      id: "ge-acm-referral-no-partner",
      on: "acm.referral_submitted",
      if: { fact: "event.data.partners.0", present: false },
      then: [refuse("Name the partners QuickLeads matched for the customer (partners, at most 3); when none was matched, no referral has been made yet.")],
      why: "A referral is made to the partners matched by location and specialty.",
      source: "004 Step 13; rule 121",
    },
    {
      id: "ge-acm-referral-too-many",
      on: "acm.referral_submitted",
      if: { fact: "event.data.partners.3", present: true },
      then: [refuse("At most 3 partners are referred to the customer: name only the 3 selected.")],
      why: "The referral process selects 3 partners for the customer to choose from.",
      source: "004 Step 13; rule 121",
    },
    {
      id: "ge-acm-referral-submitted",
      on: "acm.referral_submitted",
      then: [
        status(983, "complete"),
        ...done("acm_referral_request"),
        { kind: "start_timer", key: "acm-partner-contact", businessDays: ACM_PARTNER_CONTACT_BUSINESS_DAYS, fire: { type: "acm.partner_contact_overdue" } },
      ],
      why: "The ACM partner referral ({event.data.serviceType}) was submitted with the customer's consent; the partners should contact the customer within 3 business days.",
      source: "004 Step 13; rules 119–121",
    },
    {
      id: "ge-acm-referral-fewer-partners",
      on: "acm.referral_submitted",
      if: { fact: "event.data.partners.2", present: false },
      then: [prompt("acm_fewer_partners", FM, "Only {event.data.partners.length} of the usual 3 ACM partners were matched by location and specialty: tell the customer, and ask QuickLeads or the Account Team for more if they want a wider choice.")],
      why: "The referral process selects 3 partners, but only {event.data.partners.length} were matched; the referral goes ahead with them.",
      source: "004 Step 13; rule 121",
    },
    {
      id: "ge-acm-partner-contacted",
      on: "acm.partner_contacted_customer",
      then: [{ kind: "cancel_timer", key: "acm-partner-contact" }, ...done("acm_partner_follow_up", "acm_fewer_partners")],
      why: "A referred ACM partner contacted the customer, so the wait for it stops.",
      source: "004 Step 13; rule 121",
    },
    {
      id: "ge-acm-partner-contact-overdue",
      on: "acm.partner_contact_overdue",
      then: [prompt("acm_partner_follow_up", FM, "No referred ACM partner has contacted the customer within 3 business days of the referral: follow up with the customer and the partners.")],
      why: "Partners contact the customer within 3 business days of a referral, and that time has run out.",
      source: "004 Step 13; rule 121",
    },

    // --- Technical gaps, enablement, survey (steps 15–17) ----------------------------------------------------
    ...cadenceRules({
      prefix: "ge-checkpoint",
      on: ["remediation.started", "checkpoint.due"],
      key: "checkpoint-meeting",
      due: "checkpoint.due",
      meetings: "remediation checkpoint meetings",
      source: "004 Step 15; rule 122",
    }),
    {
      id: "ge-checkpoint-due",
      on: "checkpoint.due",
      then: [prompt("checkpoint_meeting_due", FE, "Hold the checkpoint meeting with the customer to review progress on the remediation steps.")],
      why: "The FastTrack Engineer reviews remediation progress in regular checkpoint meetings, and the next one is due.",
      source: "004 Step 15; rule 122",
    },
    { id: "ge-checkpoint-held", on: "checkpoint.held", then: done("checkpoint_meeting_due"), why: "The remediation checkpoint meeting was held.", source: "004 Step 15; rule 122" },
    {
      id: "ge-remediation-completed",
      on: "remediation.completed",
      then: [{ kind: "cancel_timer", key: "checkpoint-meeting" }, ...done("checkpoint_meeting_due")],
      why: "The technical gaps are remediated, so the checkpoint meetings stop.",
      source: "004 Step 15; rule 122",
    },
    {
      id: "ge-enablement-sync-held",
      on: "enablement.sync_held",
      then: [status(1126, "complete")],
      why: "The enablement meeting with the customer's PM and technical leads was held, so task 1126 (the FastTrack Engineer's, as the catalogue says) is complete.",
      source: "004 Step 16; rule 123",
    },
    {
      id: "ge-survey-contact-identified",
      on: "survey.contact_identified",
      then: [status(3690, "complete")],
      why: "The customer survey contact is identified, so task 3690 is complete (the deprecated 1910 Survey Eligibility is not used).",
      source: "004 Step 17; rule 124; DESIGN decision 6",
    },

    // --- Disengagement -----------------------------------------------------------------------------------------
    {
      id: "ge-disengaged",
      on: "engagement.disengaged",
      then: [
        { kind: "cancel_timer", key: "governance-review" },
        { kind: "cancel_timer", key: "checkpoint-meeting" },
        ...done("governance_review_due", "checkpoint_meeting_due"),
        { kind: "unassign_queue", queueKind: "air" },
        { kind: "assign_queue", queueKind: "inactive", role: "rm" },
        { kind: "unassign_user", role: "fm" },
      ],
      why: "The FM disengaged from the customer, so the governance and checkpoint reminders stop, the tenant moves to the region's FTCQ Inactive queue and only then is the FM unassigned.",
      source: "004 Step 1 (RFA: the FM disengages once the engagement is complete); rule 102; partner playbook, Conduct Engagement Completion Discussion (FTCQ Inactive, then unassign the FM)",
    },
    {
      id: "ge-disengaged-health-meetings",
      on: "engagement.disengaged",
      if: isOpen(3333),
      then: [status(3333, "complete")],
      why: "The FM disengaged from the customer, so the customer program health meetings (task 3333) are over.",
      source: "004 Step 11; rule 114",
    },
  ],
};

/** "Partners will contact the customer directly within 3 business days after referrals are made", for QuickLeads too. */
export const QUICKLEADS_PARTNER_CONTACT_BUSINESS_DAYS = 3;

/**
 * A QuickLeads partner referral for the kickoff's risks (rule 105: project management, complex design, work beyond
 * the FastTrack scope) follows the ACM referral's process: the customer's consent to share their contact details,
 * up to 3 partners, and a 3-business-day wait for a partner to call.
 * Events: `quickleads.referral_submitted` [need, piiConsent, partners: names 1..3], `quickleads.partner_contacted_customer`,
 * `quickleads.partner_contact_overdue` fired by the timer.
 */
const QUICKLEADS_REFERRAL_RULES: Rule[] = [
  {
    id: "ge-quickleads-referral-no-consent",
    on: "quickleads.referral_submitted",
    if: { not: { fact: "event.data.piiConsent", eq: true } },
    then: [refuse("A partner referral shares the customer's contact details with the partners, so it needs the customer's approval first: ask the customer, record their consent (piiConsent: true) and submit the referral again.")],
    why: "A referral shares the customer's contact details with the partners, which needs the customer's approval.",
    source: "004 Steps 2 and 13; rules 105, 120; research §4 item 27",
  },
  {
    id: "ge-quickleads-referral-no-partner",
    on: "quickleads.referral_submitted",
    if: { fact: "event.data.partners.0", present: false },
    then: [refuse("Name the partners QuickLeads matched for the customer (partners, at most 3); when none was matched, no referral has been made yet.")],
    why: "A referral is made to the partners matched by location and specialty.",
    source: "004 Steps 2 and 13; rules 105, 121",
  },
  {
    id: "ge-quickleads-referral-too-many",
    on: "quickleads.referral_submitted",
    if: { fact: "event.data.partners.3", present: true },
    then: [refuse("At most 3 partners are referred to the customer: name only the 3 selected.")],
    why: "The referral process selects 3 partners for the customer to choose from.",
    source: "004 Steps 2 and 13; rules 105, 121",
  },
  {
    id: "ge-quickleads-referral-submitted",
    on: "quickleads.referral_submitted",
    then: [
      status(983, "complete"),
      { kind: "start_timer", key: "quickleads-partner-contact", businessDays: QUICKLEADS_PARTNER_CONTACT_BUSINESS_DAYS, fire: { type: "quickleads.partner_contact_overdue" } },
    ],
    why: "The QuickLeads partner referral ({event.data.need}) was submitted with the customer's consent, so task 983 is complete; the partners should contact the customer within 3 business days.",
    source: "004 Steps 2 and 13; rules 105, 121",
  },
  {
    id: "ge-quickleads-referral-fewer-partners",
    on: "quickleads.referral_submitted",
    if: { fact: "event.data.partners.2", present: false },
    then: [prompt("quickleads_fewer_partners", FM, "Only {event.data.partners.length} of the usual 3 partners were matched by location and specialty: tell the customer, and ask QuickLeads or the Account Team for more if they want a wider choice.")],
    why: "The referral process selects 3 partners, but only {event.data.partners.length} were matched; the referral goes ahead with them.",
    source: "004 Steps 2 and 13; rules 105, 121",
  },
  {
    id: "ge-quickleads-partner-contacted",
    on: "quickleads.partner_contacted_customer",
    then: [{ kind: "cancel_timer", key: "quickleads-partner-contact" }, ...done("quickleads_partner_follow_up", "quickleads_fewer_partners")],
    why: "A referred partner contacted the customer, so the wait for it stops.",
    source: "004 Steps 2 and 13; rules 105, 121",
  },
  {
    id: "ge-quickleads-partner-contact-overdue",
    on: "quickleads.partner_contact_overdue",
    then: [prompt("quickleads_partner_follow_up", FM, "No referred partner has contacted the customer within 3 business days of the QuickLeads referral: follow up with the customer and the partners.")],
    why: "Partners contact the customer within 3 business days of a referral, and that time has run out.",
    source: "004 Steps 2 and 13; rules 105, 121",
  },
];

/** Version 2 adds QuickLeads referrals for the kickoff's risks; tenants running version 1 move to it by an upgrade. */
export const GENERAL_ENGAGEMENT_V2: PlaybookDefinition = {
  ...GENERAL_ENGAGEMENT,
  version: 2,
  rules: [...GENERAL_ENGAGEMENT.rules, ...QUICKLEADS_REFERRAL_RULES],
};
