import { ASSIGNMENT_OPTIONS, type AssignmentOption } from "../../catalogs/engagement.ts";
import type { Condition } from "../../engine/conditions.ts";
import type { PlaybookDefinition, Rule } from "../../engine/playbook.ts";
import { done, FM, prompt as promptFor } from "./rule-helpers.ts";

/**
 * FastTrack Playbook – Initial Customer Engagement, the Gateway process (seeds/003_809f2e51af102cc8.txt, research
 * §3.4 rules 60–97). Tenant level: tasks 2453, 3993, 3994 and 3995 belong to the tenant, not to a workload.
 *
 * Events an FM records, or a wait fires (data in brackets):
 * - `gateway.started`                    [rfaJustApproved?: boolean]  a tenant needing assignment (RM = FTCQ AiR)
 *                                        reaches the FM; without rfaJustApproved, `tenant.rfaApprovedOn` decides
 * - `gateway.duplicate_check_recorded`   [outcome: no_duplicate | possible_duplicate | different_organization |
 *                                        additional_tenant; for additional_tenant existingFmUserId: the Waymark user
 *                                        who works the customer (reassigned and e-mailed), or else existingFm: a name]
 * - `gateway.entitlement_check_recorded` [met: boolean]  the Current Entitlement Requirements
 * - `gateway.goback_check_recorded`      [frpAssigned: boolean, cssAssigned: boolean, cssActivityDaysAgo?: number]
 * - `gateway.account_team_contacted`     [pdmOnly: boolean, partnerListed: boolean, multiplePdmPse?: boolean]
 *                                        pdmOnly: the only Account Team member is a PDM; partnerListed: a partner is
 *                                        on the Partners tab (absent: treated as pdmOnly false, partnerListed true)
 * - `gateway.account_team_unanswered`    [attemptNumber, pdmOnly, partnerListed]  fired 3 business days later,
 *                                        carrying the contact's data
 * - `gateway.account_team_responded`     [providedDibs: boolean, frpEngaged: boolean]
 * - `gateway.partner_contacted`          the FM contacts the partner without waiting for the Account Team
 * - `gateway.partner_unanswered`         [attemptNumber]  fired 3 business days after the partner contact
 * - `gateway.partner_responded`          [deploying: boolean, onFrpList?: boolean]
 * - `gateway.customer_contacted`         the FM sends the Customer 1st Contact Template
 * - `gateway.customer_unanswered`        [attemptNumber: 1 | 2 | 3]  fired 3 business days after each contact
 * - `gateway.customer_responded`
 * - `gateway.teams_first_pitched`        [stillIntendsSfb: boolean]
 * - `gateway.dibs_obtained`              [source: account_team | partner | customer]  full DIBS, ≥ 1 workload
 * - `gateway.engagement_completed`       [engagementStartDate: YYYY-MM-DD (optional for unresponsive), option?:
 *                                        an assignment option code — or, to derive it, frpEngaged, partnerEngaged,
 *                                        dibsProvided, frpReferralEligible, meetsCssCriteria, wantsFtc: booleans]
 * Any `*_unanswered` event may also be recorded by hand, with the same data.
 *
 * Task 2453 carries where the process is: absent or Not Started while the requirements are checked; In Progress
 * once the duplicate check clears the tenant (only then may outreach start — contacting anyone earlier is
 * refused); Complete when the tenant has its assignment option; Cancelled when the FM must not work the tenant
 * (entitlements not met, GoBack tenant of an FRP or active CSS); Not Required on the RFA route.
 * Overall Status: the guidance the seed links is external (research §4.19) and the documented values are
 * Active/Blocked/Paused, so each outreach step asserts Active (the engine writes it only when it changes).
 * Where the seed asks for a judgement or a change the engine has no action for (search FTOP, compare in Viewpoint,
 * schedule a meeting, the DIBS Flowchart, IS ENGAGED and partner fields, or a reassignment to an FM who is not a
 * Waymark user), a finding prompts the FM; where
 * a later event settles a prompt (a check recorded, an answer, the completion), that event resolves it. Unanswered waits drive the next step themselves: Account Team → partner (or
 * the customer when no partner is listed) → customer 1st, 2nd, 3rd contact → the unresponsive option, which ends
 * the process (task 2453 Complete) without an Engagement Start Date (partner playbook, Engagement Start Date FAQ).
 * Not modelled as rules: rule 60's AiR queue is the input, not a change (the queue stays; the seed does not say
 * to remove it), and the entitlement and GoBack checks are prompts, not gates: a guard cannot read open findings.
 */

const STATUS_2453 = "task.2453.status";
const WAIT = 3;

/** Every prompt of the Gateway process is for the FM. */
const prompt = (code: string, message: string) => promptFor(code, FM, message);

const ENGAGING: Condition = { fact: STATUS_2453, eq: "in_progress" };
const NOT_OPENED: Condition = { any: [{ fact: STATUS_2453, present: false }, { fact: STATUS_2453, eq: "not_started" }] };
/** Why task 2453 is closed, in words for the person whose event is refused. */
const CLOSED_BECAUSE = [
  { status: "complete", label: "Complete", reason: "the engagement process is complete and the tenant has its assignment option" },
  { status: "cancelled", label: "Cancelled", reason: "the FM does not work this tenant, as its findings explain" },
  { status: "not_required", label: "Not Required", reason: "an RFA was just approved, so the tenant takes the RFA assignment option" },
] as const;
const CLOSED: Condition = { fact: STATUS_2453, in: CLOSED_BECAUSE.map((c) => c.status) };
const NOT_COMPLETE: Condition = { not: { fact: STATUS_2453, eq: "complete" } };
const RFA: Condition = {
  any: [
    { fact: "event.data.rfaJustApproved", eq: true },
    { all: [{ fact: "event.data.rfaJustApproved", present: false }, { fact: "tenant.rfaApprovedOn", present: true }] },
  ],
};
const is = (fact: string, value: unknown): Condition => ({ fact: `event.data.${fact}`, eq: value });
const isNot = (fact: string, value: unknown): Condition => ({ not: is(fact, value) });

/** The waits, one per audience, so an answer stops only its own. */
const WAITS = { accountTeam: "account-team-answer", partner: "partner-answer", customer: "customer-answer" } as const;
const STOP_WAITS = Object.values(WAITS).map((key) => ({ kind: "cancel_timer", key }));

const ACCOUNT_TEAM_STEP = [
  { kind: "create_outreach_step", audience: "account_team", template: "Account Team Contact Template", attemptNumber: 1 },
  {
    kind: "start_timer",
    key: WAITS.accountTeam,
    businessDays: WAIT,
    fire: {
      type: "gateway.account_team_unanswered",
      data: { attemptNumber: 1, pdmOnly: "{event.data.pdmOnly}", partnerListed: "{event.data.partnerListed}" },
    },
  },
  { kind: "set_overall_status", status: "active" },
];
const PARTNER_STEP = [
  { kind: "create_outreach_step", audience: "partner", template: "Partner Contact Template", attemptNumber: 1 },
  { kind: "start_timer", key: WAITS.partner, businessDays: WAIT, fire: { type: "gateway.partner_unanswered", data: { attemptNumber: 1 } } },
  { kind: "set_overall_status", status: "active" },
];
const CUSTOMER_TEMPLATES = ["Customer 1st Contact Template", "Customer 2nd Contact Template", "Customer 3rd Contact Template"];
const customerStep = (attemptNumber: 1 | 2 | 3) => [
  { kind: "create_outreach_step", audience: "customer", template: CUSTOMER_TEMPLATES[attemptNumber - 1], attemptNumber },
  { kind: "start_timer", key: WAITS.customer, businessDays: WAIT, fire: { type: "gateway.customer_unanswered", data: { attemptNumber } } },
  { kind: "set_overall_status", status: "active" },
];

/** Seed "Next Steps" (rules 93–96) in order; the first that holds wins, so the tenant gets exactly one option. */
const DERIVED_OPTIONS: { option: AssignmentOption; when: Condition; why: string; source: string }[] = [
  {
    option: "frp_engaged",
    when: is("frpEngaged", true),
    why: "A FastTrack Ready Partner is engaged, so the tenant goes to FastTrack Ready Partner Onboarding, whether or not DIBS were given.",
    source: "003 Next Steps (FRP engaged)",
  },
  {
    option: "frp_referral",
    when: { all: [is("partnerEngaged", false), is("dibsProvided", true), is("frpReferralEligible", true)] },
    // When the tenant is eligible for an FRP referral and meets the CSS criteria too, the referral wins: the seed
    // lists it first, and its objectives send a customer who wants FTC help to an FRP.
    why: "No partner is engaged, DIBS were given for at least one workload and the tenant is eligible for an FRP referral: Assign FastTrack Ready Partner.",
    source: "003 Next Steps (FRP referral)",
  },
  {
    option: "assign_delivery_resources",
    when: { all: [is("partnerEngaged", false), is("dibsProvided", true), is("meetsCssCriteria", true)] },
    why: "No partner is engaged, DIBS were given for at least one workload and the tenant meets the CSS criteria: Assign Delivery Resources.",
    source: "003 Next Steps (CSS)",
  },
  {
    option: "assign_delivery_resources",
    when: { all: [is("partnerEngaged", true), is("wantsFtc", true), is("dibsProvided", true)] },
    why: "A partner that is not a FastTrack Ready Partner is engaged, the customer wants FTC and DIBS were given for at least one workload: Assign Delivery Resources.",
    source: "003 Next Steps (non-FRP partner)",
  },
];
const OPTION_CODES = ASSIGNMENT_OPTIONS.map((o) => o.code);

function assignmentOptionRules(): Rule[] {
  const chosen = ASSIGNMENT_OPTIONS.map(({ code, label }) => ({
    id: `gw-option-${code.replaceAll("_", "-")}`,
    on: "gateway.engagement_completed",
    if: is("option", code),
    then: [{ kind: "record_assignment_option", option: code }],
    why: `The FM assigned the tenant to the ${label} option at the end of the engagement process.`,
    source: "003 Key Outputs (one Delivery Assignment Option)",
  }));
  const derived = DERIVED_OPTIONS.map((d, index) => ({
    id: `gw-derive-${index + 1}-${d.option.replaceAll("_", "-")}`,
    on: "gateway.engagement_completed",
    if: { all: [{ fact: "event.data.option", present: false }, ...DERIVED_OPTIONS.slice(0, index).map((e) => ({ not: e.when })), d.when] },
    then: [{ kind: "record_assignment_option", option: d.option }],
    why: d.why,
    source: d.source,
  }));
  const otherwise: Rule = {
    id: "gw-derive-otherwise-no-ftc-assistance",
    on: "gateway.engagement_completed",
    if: { all: [{ fact: "event.data.option", present: false }, ...DERIVED_OPTIONS.map((e) => ({ not: e.when }))] },
    then: [{ kind: "record_assignment_option", option: "no_ftc_assistance_needed" }],
    why: "No Next Step of the seed applies (intent could not be gathered with DIBS, or FTC assistance is not needed), so the tenant is assigned to No FTC Assistance Needed.",
    source: "003 Objectives (assign tenant options when unable to gather intent)",
  };
  return [...chosen, ...derived, otherwise];
}

/** "Exactly one" of 3993/3994/3995: the source's task completes only while no other source's task is Complete. */
const DIBS_SOURCES = [
  { source: "account_team", taskId: 3993, who: "the Account Team" },
  { source: "partner", taskId: 3994, who: "the partner (deploying Office 365 or EMS for the customer)" },
  { source: "customer", taskId: 3995, who: "the customer" },
] as const;
const othersComplete = (taskId: number): Condition => ({
  any: DIBS_SOURCES.filter((s) => s.taskId !== taskId).map((s) => ({ fact: `task.${s.taskId}.status`, eq: "complete" })),
});

function dibsSourceRules(): Rule[] {
  return [
    {
      id: "gw-dibs-unknown-source",
      on: "gateway.dibs_obtained",
      if: { not: { fact: "event.data.source", in: DIBS_SOURCES.map((s) => s.source) } },
      then: [{ kind: "refuse", message: "Say who provided the full DIBS: source must be account_team, partner or customer." }],
      why: "Seed 003 knows three DIBS sources: the Account Team, the partner and the customer.",
      source: "003 DIBS Source",
    },
    {
      id: "gw-dibs-source-taken",
      on: "gateway.dibs_obtained",
      if: { any: DIBS_SOURCES.map((s) => ({ all: [is("source", s.source), othersComplete(s.taskId)] })) },
      then: [
        {
          kind: "refuse",
          message:
            "Another DIBS source is already recorded (one of tasks 3993, 3994, 3995 is Complete), and seed 003 marks only one, by who provided full DIBS. Reopen that task first if it was recorded wrongly.",
        },
      ],
      why: "Only one of the DIBS source tasks 3993, 3994 and 3995 is marked Complete.",
      source: "003 DIBS Source; Complete Engagement Process",
    },
    ...DIBS_SOURCES.map((s) => ({
      id: `gw-dibs-${s.source.replaceAll("_", "-")}`,
      on: "gateway.dibs_obtained",
      if: { all: [is("source", s.source), { not: othersComplete(s.taskId) }] },
      then: [{ kind: "set_task_status", taskId: s.taskId, status: "complete" }],
      why: `Full DIBS for at least one workload came from ${s.who}, so task ${s.taskId} is complete.`,
      source: "003 DIBS Source",
    })),
  ];
}

const DUPLICATE_OUTCOMES = ["no_duplicate", "possible_duplicate", "different_organization", "additional_tenant"];
const OUTREACH_EVENTS = ["gateway.account_team_contacted", "gateway.partner_contacted", "gateway.customer_contacted"];

export const INITIAL_CUSTOMER_ENGAGEMENT: PlaybookDefinition = {
  id: "initial-customer-engagement",
  version: 1,
  title: "Initial Customer Engagement (Gateway)",
  source: "seeds/003_809f2e51af102cc8.txt",
  service: null,
  processes: [
    {
      id: "initial-customer-engagement",
      name: "Engage the customer and document intent",
      steps: [
        { id: "confirm-requirements", name: "Confirm Requirements for Processing", role: FM, tasks: [] },
        { id: "contact-account-team", name: "Contact Account Team", role: FM, tasks: [] },
        { id: "contact-partner", name: "Contact Partner", role: FM, tasks: [] },
        { id: "contact-customer", name: "Contact Customer", role: FM, tasks: [] },
        { id: "dibs-source", name: "DIBS Source", role: FM, tasks: [3993, 3994, 3995] },
        { id: "complete-engagement", name: "Complete Engagement Process", role: FM, tasks: [2453] },
      ],
    },
  ],
  rules: [
    // --- Confirm Requirements for Processing (rules 60–67) ---
    {
      id: "gw-start",
      on: "gateway.started",
      if: { all: [{ fact: STATUS_2453, present: false }, { not: RFA }] },
      then: [
        { kind: "create_task", taskId: 2453 },
        prompt(
          "check_duplicate_tenants",
          "Check FTOP for duplicate tenants before contacting anyone: search the Primary TPID and the company name, its variations (Boolean search) and abbreviations, then record the result.",
        ),
        prompt("check_entitlement_requirements", "Check that the tenant meets the Current Entitlement Requirements, then record the result."),
      ],
      why: "A tenant needing assignment (RM = FTCQ AiR) starts the Gateway engagement process: task 2453 is created, and duplicates and entitlements are checked before anyone is contacted.",
      source: "003 Key Inputs; Confirm Requirements for Processing",
    },
    {
      id: "gw-start-goback",
      on: "gateway.started",
      if: { all: [{ fact: STATUS_2453, present: false }, { not: RFA }, { fact: "tenant.goBack", eq: true }] },
      then: [
        prompt(
          "check_goback_assignments",
          "GoBack tenant: check whether an FRP is assigned, or CSS is assigned and has worked on it (overall status, workload updates) in the past 90 days, then record the result.",
        ),
      ],
      why: "The tenant is already in FTOP (GoBack), so the FM first checks whether an FRP or an active CSS team has it.",
      source: "003 Confirm Requirements (GoBack tenants)",
    },
    {
      id: "gw-rfa",
      on: "gateway.started",
      if: { all: [RFA, NOT_COMPLETE] },
      then: [
        { kind: "set_task_status", taskId: 2453, status: "not_required" },
        ...STOP_WAITS,
        prompt(
          "rfa_assignment_route",
          "An RFA was just approved on this tenant: go directly to the assignment option for Request for Assistance (RFA). No proactive outreach to the Account Team, partner or customer.",
        ),
      ],
      why: "An RFA has just been approved on the tenant, so it goes directly to the RFA assignment option instead of proactive outreach.",
      source: "003 Confirm Requirements (RFA)",
    },
    {
      id: "gw-duplicate-unknown-outcome",
      on: "gateway.duplicate_check_recorded",
      if: { not: { fact: "event.data.outcome", in: DUPLICATE_OUTCOMES } },
      then: [{ kind: "refuse", message: `Say what the duplicate-tenant check found: outcome must be one of ${DUPLICATE_OUTCOMES.join(", ")}.` }],
      why: "The duplicate-tenant check has four outcomes, each leading somewhere else.",
      source: "003 Confirm Requirements (duplicate tenants)",
    },
    {
      id: "gw-duplicate-cleared",
      on: "gateway.duplicate_check_recorded",
      if: { fact: "event.data.outcome", in: ["no_duplicate", "different_organization"] },
      then: done("check_duplicate_tenants", "compare_in_viewpoint"),
      why: "The duplicate-tenant check is recorded ({event.data.outcome}): no FM works this customer on another tenant.",
      source: "003 Confirm Requirements (duplicate tenants)",
    },
    {
      id: "gw-duplicate-cleared-open-outreach",
      on: "gateway.duplicate_check_recorded",
      if: { all: [{ fact: "event.data.outcome", in: ["no_duplicate", "different_organization"] }, NOT_OPENED] },
      then: [{ kind: "set_task_status", taskId: 2453, status: "in_progress" }],
      why: "The customer is not already working with an FM on another tenant, so outreach may start: task 2453 is In Progress.",
      source: "003 Confirm Requirements (duplicate tenants)",
    },
    {
      id: "gw-duplicate-possible",
      on: "gateway.duplicate_check_recorded",
      if: is("outcome", "possible_duplicate"),
      then: [
        ...done("check_duplicate_tenants"),
        prompt(
          "compare_in_viewpoint",
          "Another tenant in FTOP may belong to the same customer: compare the company information and customer contacts in Viewpoint, then record whether it is an additional tenant of the same customer or a different organization.",
        ),
      ],
      why: "Another tenant may belong to the same customer; only a comparison in Viewpoint tells whether it is the same organization.",
      source: "003 Confirm Requirements (duplicate tenants)",
    },
    {
      id: "gw-duplicate-additional-tenant-reassign",
      on: "gateway.duplicate_check_recorded",
      if: { all: [is("outcome", "additional_tenant"), { fact: "event.data.existingFmUserId", present: true }] },
      then: [
        ...done("check_duplicate_tenants", "compare_in_viewpoint", "reassign_to_existing_fm"),
        { kind: "assign_user", role: "fm", user: "{event.data.existingFmUserId}", primary: true, replace: true },
        {
          kind: "enqueue_message",
          template: "additional_tenant_assigned",
          to: "{event.data.existingFmUserId}",
          subject: "An additional tenant was assigned to you: {tenant.name}",
          body: "{tenant.name} is an additional tenant of a customer you already work with on another tenant, so it has been assigned to you as its FM. No outreach has started on it.",
        },
      ],
      why: "The FM who already works with this customer on another tenant takes this one too: they become its primary FM and are e-mailed that an additional tenant was assigned to them; no outreach starts here.",
      source: "003 Confirm Requirements (duplicate tenants), rule 64",
    },
    {
      id: "gw-duplicate-additional-tenant",
      on: "gateway.duplicate_check_recorded",
      if: { all: [is("outcome", "additional_tenant"), { fact: "event.data.existingFmUserId", present: false }] },
      then: [
        ...done("check_duplicate_tenants", "compare_in_viewpoint"),
        prompt(
          "reassign_to_existing_fm",
          "This is an additional tenant of a customer {event.data.existingFm} already works with: reassign the tenant to {event.data.existingFm} and e-mail them that an additional tenant for one of their customers has been assigned to them.",
        ),
      ],
      why: "{event.data.existingFm} already works with this customer on another tenant, so the tenant goes to them and no outreach starts here.",
      source: "003 Confirm Requirements (duplicate tenants), rule 64",
    },
    {
      id: "gw-entitlements-met",
      on: "gateway.entitlement_check_recorded",
      if: is("met", true),
      then: done("check_entitlement_requirements"),
      why: "The tenant meets the Current Entitlement Requirements.",
      source: "003 Confirm Requirements (entitlements)",
    },
    {
      id: "gw-entitlements-not-met",
      on: "gateway.entitlement_check_recorded",
      if: { all: [is("met", false), NOT_COMPLETE] },
      then: [
        ...done("check_entitlement_requirements"),
        { kind: "set_task_status", taskId: 2453, status: "cancelled" },
        ...STOP_WAITS,
        prompt("entitlement_requirements_not_met", "The tenant does not meet the Current Entitlement Requirements: do not engage it; no outreach starts."),
      ],
      why: "The tenant does not meet the Current Entitlement Requirements, so the Gateway process stops: task 2453 is cancelled and any wait for an answer ends.",
      source: "003 Confirm Requirements (entitlements)",
    },
    {
      id: "gw-goback-checked",
      on: "gateway.goback_check_recorded",
      then: done("check_goback_assignments"),
      why: "The GoBack assignment check is recorded.",
      source: "003 Confirm Requirements (GoBack tenants)",
    },
    {
      id: "gw-goback-frp-assigned",
      on: "gateway.goback_check_recorded",
      if: { all: [{ fact: "tenant.goBack", eq: true }, is("frpAssigned", true), NOT_COMPLETE] },
      then: [
        { kind: "unassign_queue", queueKind: "goback" },
        { kind: "unassign_user", user: "{event.actorUserId}" },
        { kind: "set_task_status", taskId: 2453, status: "cancelled" },
        ...STOP_WAITS,
        prompt("leave_goback_tenant", "Do not work this GoBack tenant: an FRP is assigned. You and the FTCQ GoBack queue leave its assignments."),
      ],
      why: "The GoBack tenant has an FRP assigned, so the FM does not work it: the FM who recorded the check and the FTCQ GoBack queue leave its assignments, and task 2453 is cancelled.",
      source: "003 Confirm Requirements (GoBack tenants)",
    },
    {
      id: "gw-goback-css-active",
      on: "gateway.goback_check_recorded",
      if: {
        all: [{ fact: "tenant.goBack", eq: true }, isNot("frpAssigned", true), is("cssAssigned", true), { fact: "event.data.cssActivityDaysAgo", lte: 90 }, NOT_COMPLETE],
      },
      then: [
        { kind: "unassign_queue", queueKind: "goback" },
        { kind: "unassign_user", user: "{event.actorUserId}" },
        { kind: "set_task_status", taskId: 2453, status: "cancelled" },
        ...STOP_WAITS,
        prompt(
          "leave_goback_tenant",
          "Do not work this GoBack tenant: CSS is assigned and worked on it {event.data.cssActivityDaysAgo} days ago. You and the FTCQ GoBack queue leave its assignments.",
        ),
      ],
      why: "CSS is assigned to the GoBack tenant and was active on it {event.data.cssActivityDaysAgo} days ago (within 90 days), so the FM does not work it: the FM who recorded the check and the FTCQ GoBack queue leave its assignments, and task 2453 is cancelled.",
      source: "003 Confirm Requirements (GoBack tenants)",
    },

    // --- No outreach before the duplicate check, nor after the process closed (rule 62) ---
    {
      id: "gw-outreach-before-duplicate-check",
      on: OUTREACH_EVENTS,
      if: { not: { any: [ENGAGING, CLOSED] } },
      then: [
        {
          kind: "refuse",
          message:
            "Check for duplicate tenants and record the result before contacting anyone (search FTOP by Primary TPID, company name, name variations and abbreviations): the customer may already work with an FM on another tenant.",
        },
      ],
      why: "Seed 003 checks for duplicate tenants so that no one contacts a customer already working with an FM.",
      source: "003 Confirm Requirements (duplicate tenants)",
    },
    ...CLOSED_BECAUSE.map((c) => ({
      id: `gw-outreach-after-${c.status.replaceAll("_", "-")}`,
      on: OUTREACH_EVENTS,
      if: { fact: STATUS_2453, eq: c.status },
      then: [{ kind: "refuse", message: `No outreach starts: ${c.reason} (task 2453 is ${c.label}).` }],
      why: `The Gateway engagement process of this tenant is closed: ${c.reason}.`,
      source: "003 Confirm Requirements",
    })),

    // --- Contact Account Team (rules 68–78) ---
    {
      id: "gw-account-team-contact",
      on: "gateway.account_team_contacted",
      if: ENGAGING,
      then: ACCOUNT_TEAM_STEP,
      why: "The Account Team Contact Template goes to every Account Team member, who have 3 business days to respond; the Overall Status is updated.",
      source: "003 Contact Account Team (First Account Team Contact)",
    },
    {
      id: "gw-account-team-several-pdm-pse",
      on: "gateway.account_team_contacted",
      if: { all: [ENGAGING, is("multiplePdmPse", true)] },
      then: [
        prompt(
          "separate_pdm_pse",
          "More than one partner and more than one PDM/PSE are listed: do not put the PDM/PSEs on the same Account Team e-mail. E-mail the rest of the Account Team, list the possible partner names and ask whether the customer has a partner and which; or e-mail each PDM/PSE separately, copying the rest of the Account Team.",
        ),
      ],
      why: "With several partners and several PDM/PSEs, one e-mail would show each PDM/PSE the other partners.",
      source: "003 Contact Account Team",
    },
    {
      id: "gw-account-team-unanswered-meeting",
      on: "gateway.account_team_unanswered",
      if: { all: [ENGAGING, { not: { all: [is("pdmOnly", true), { fact: "tenant.managed", eq: false }] } }] },
      then: [prompt("schedule_account_team_meeting", "The Account Team did not respond within 3 business days: schedule a meeting with the Account Team.")],
      why: "The Account Team did not answer the first contact within 3 business days, so the second contact is a meeting.",
      source: "003 Contact Account Team (Second Account Team Contact)",
    },
    {
      id: "gw-account-team-unanswered-pdm",
      on: "gateway.account_team_unanswered",
      if: { all: [ENGAGING, is("pdmOnly", true), { fact: "tenant.managed", eq: false }] },
      then: [
        prompt(
          "follow_up_pdm",
          "The only Account Team member is a PDM and the tenant is unmanaged: send the PDM a follow-up e-mail instead of scheduling a meeting (a PDM can confirm whether a partner works with the customer, but cannot provide DIBS).",
        ),
      ],
      why: "The only Account Team member is a PDM and the tenant is unmanaged, so a follow-up e-mail replaces the meeting.",
      source: "003 Contact Account Team (Second Account Team Contact)",
    },
    {
      id: "gw-account-team-unanswered-contact-partner",
      on: "gateway.account_team_unanswered",
      if: { all: [ENGAGING, isNot("partnerListed", false)] },
      then: PARTNER_STEP,
      why: "The Account Team did not answer within 3 business days, so the partner gets the Partner Contact Template (Account Team and the partner's own PDM/PSE copied) and 3 business days to respond.",
      source: "003 Contact Partner",
    },
    {
      id: "gw-account-team-unanswered-contact-customer",
      on: "gateway.account_team_unanswered",
      if: { all: [ENGAGING, is("partnerListed", false)] },
      then: customerStep(1),
      why: "The Account Team did not answer within 3 business days and no partner is listed, so the customer gets the Customer 1st Contact Template (Account Team copied, never a partner) and 3 business days to respond.",
      source: "003 Contact Customer (First Customer Contact)",
    },
    {
      id: "gw-account-team-responded",
      on: "gateway.account_team_responded",
      then: [
        { kind: "cancel_timer", key: WAITS.accountTeam },
        ...done("schedule_account_team_meeting", "follow_up_pdm"),
        prompt(
          "update_account_team_contacts",
          "The Account Team responded: check IS ENGAGED for each member who responded, update the Contacts tab with members they added or removed (added ones IS ENGAGED), and the Partners and Contacts tabs with partner contacts they gave. Keep customer contacts out of FTOP until the Contact Customer step.",
        ),
      ],
      why: "The Account Team responded, so the wait for their answer stops and FTOP's contacts are brought up to date.",
      source: "003 Contact Account Team (If the Account Team Responds)",
    },
    {
      id: "gw-account-team-dibs",
      on: "gateway.account_team_responded",
      if: is("providedDibs", true),
      then: [prompt("follow_dibs_flowchart", "DIBS were provided: follow the DIBS Flowchart to determine the Proactive Assignment Option.")],
      why: "The Account Team provided DIBS; the Proactive Assignment Option comes from the DIBS Flowchart, which is outside Waymark.",
      source: "003 Contact Account Team (If the Account Team Responds)",
    },
    {
      id: "gw-account-team-frp-engaged",
      on: "gateway.account_team_responded",
      if: is("frpEngaged", true),
      then: [{ kind: "record_assignment_option", option: "frp_engaged" }],
      why: "The Account Team says the engaged partner is on the FastTrack Ready Partner List, so the tenant takes the FastTrack Ready Partner is Engaged option.",
      source: "003 Contact Account Team (If the Account Team Responds)",
    },

    // --- Contact Partner (rules 79–81) ---
    {
      id: "gw-partner-contact",
      on: "gateway.partner_contacted",
      if: ENGAGING,
      then: [{ kind: "cancel_timer", key: WAITS.accountTeam }, ...PARTNER_STEP],
      why: "The partner gets the Partner Contact Template (Account Team and the partner's own PDM/PSE copied) and 3 business days to respond; the Overall Status is updated.",
      source: "003 Contact Partner",
    },
    {
      id: "gw-partner-unanswered-contact-customer",
      on: "gateway.partner_unanswered",
      if: ENGAGING,
      then: customerStep(1),
      why: "The partner did not answer within 3 business days, so the customer gets the Customer 1st Contact Template (Account Team copied, never a partner) and 3 business days to respond.",
      source: "003 Contact Customer (First Customer Contact)",
    },
    {
      id: "gw-partner-responded",
      on: "gateway.partner_responded",
      then: [{ kind: "cancel_timer", key: WAITS.partner }],
      why: "The partner responded, so the wait for their answer stops.",
      source: "003 Contact Partner (If the Partner Responds)",
    },
    {
      id: "gw-partner-deploying",
      on: "gateway.partner_responded",
      if: is("deploying", true),
      then: [prompt("update_partner_contacts", "The partner is deploying for the customer: update the Partners and Contacts tabs and check IS ENGAGED for each partner contact who responded.")],
      why: "The partner confirmed it deploys at least one workload for the customer.",
      source: "003 Contact Partner (If the Partner Responds)",
    },
    {
      id: "gw-partner-frp-engaged",
      on: "gateway.partner_responded",
      if: { all: [is("deploying", true), is("onFrpList", true)] },
      then: [{ kind: "record_assignment_option", option: "frp_engaged" }],
      why: "The deploying partner is on the FastTrack Ready Partner List, so the tenant takes the FastTrack Ready Partner is Engaged option.",
      source: "003 Contact Partner (If the Partner Responds)",
    },
    {
      id: "gw-partner-not-frp",
      on: "gateway.partner_responded",
      if: { all: [is("deploying", true), isNot("onFrpList", true)] },
      then: [prompt("follow_dibs_flowchart", "The deploying partner is not a FastTrack Ready Partner: follow the DIBS Flowchart to determine the Proactive Assignment Option.")],
      why: "The deploying partner is not on the FastTrack Ready Partner List; the DIBS Flowchart, outside Waymark, gives the option.",
      source: "003 Contact Partner (If the Partner Responds)",
    },
    {
      id: "gw-partner-not-deploying",
      on: "gateway.partner_responded",
      if: is("deploying", false),
      then: [
        prompt(
          "remove_partner",
          'The partner is not deploying any workload for the customer: on the Partners tab set Partner Name to "No Partner Identified" and MPN ID to "N/A", and remove the partner\'s contacts from the Contacts tab.',
        ),
      ],
      why: "The partner is not deploying any workload for the customer (e.g. SOW not signed, or earlier work finished), so it is removed from FTOP.",
      source: "003 Contact Partner (not deploying)",
    },

    // --- Contact Customer (rules 82–88) ---
    {
      id: "gw-customer-contact",
      on: "gateway.customer_contacted",
      if: ENGAGING,
      then: [{ kind: "cancel_timer", key: WAITS.accountTeam }, { kind: "cancel_timer", key: WAITS.partner }, ...customerStep(1)],
      why: "The customer gets the Customer 1st Contact Template (Account Team copied, never a partner) and 3 business days to respond; the Overall Status is updated.",
      source: "003 Contact Customer (First Customer Contact)",
    },
    {
      id: "gw-customer-second-contact",
      on: "gateway.customer_unanswered",
      if: { all: [ENGAGING, is("attemptNumber", 1)] },
      then: customerStep(2),
      why: "The customer did not answer the 1st contact within 3 business days, so the Customer 2nd Contact Template goes as a reply all to the first e-mail, with 3 more business days to respond.",
      source: "003 Contact Customer (Second Customer Contact)",
    },
    {
      id: "gw-customer-third-contact",
      on: "gateway.customer_unanswered",
      if: { all: [ENGAGING, is("attemptNumber", 2)] },
      then: customerStep(3),
      why: "The customer did not answer the 2nd contact within 3 business days, so the Customer 3rd Contact Template goes as a reply all to the first e-mail, with 3 more business days to respond.",
      source: "003 Contact Customer (Third Customer Contact)",
    },
    {
      id: "gw-customer-unresponsive",
      on: "gateway.customer_unanswered",
      if: { all: [ENGAGING, { fact: "event.data.attemptNumber", gte: 3 }] },
      then: [
        { kind: "cancel_timer", key: WAITS.customer },
        { kind: "record_assignment_option", option: "unresponsive" },
        { kind: "set_task_status", taskId: 2453, status: "complete" },
        prompt(
          "document_unresponsive",
          "The customer did not respond to three contacts: the tenant takes the unresponsive assignment option. Document it in the Overall Status Notes; do not update the Engagement Start Date.",
        ),
      ],
      // Partner playbook (status-guidance-engagement-start-date-faq): an unresponsive customer keeps its start date.
      why: "The customer did not respond to the 3rd contact, so the tenant takes the Proactive Assignment Option for unresponsive customers and the engagement process ends (task 2453).",
      source: "003 Contact Customer (If the Customer Does Not Respond)",
    },
    {
      id: "gw-customer-responded",
      on: "gateway.customer_responded",
      then: [
        { kind: "cancel_timer", key: WAITS.customer },
        prompt(
          "meet_customer",
          "The customer responded: schedule a meeting, check IS ENGAGED for each customer contact involved in the project, and use the Gateway Team Customer Call Script to obtain DIBS. After the call, assign the tenant to the matching Assignment Option.",
        ),
      ],
      why: "The customer responded, so the wait stops and the FM meets them to obtain DIBS.",
      source: "003 Contact Customer (If the Customer Responds)",
    },
    {
      id: "gw-sfb-escalation",
      on: "gateway.teams_first_pitched",
      if: is("stillIntendsSfb", true),
      then: [prompt("send_sfb_escalation", "The customer still intends to deploy Skype for Business after the Teams First Pitch: send the SfB Escalation Email Template.")],
      // A prompt, not an outreach step: the escalation is not one of the customer contact attempts the waits count.
      why: "After the Teams First Pitch the customer still intends to deploy SfB, which the seed escalates.",
      source: "003 Contact Customer (If the Customer Responds)",
    },

    // --- DIBS Source (rules 89–90) ---
    ...dibsSourceRules(),

    // --- Complete Engagement Process (rules 91–97) ---
    {
      id: "gw-complete-without-start-date",
      on: "gateway.engagement_completed",
      if: { all: [{ fact: "event.data.engagementStartDate", present: false }, isNot("option", "unresponsive")] },
      then: [{ kind: "refuse", message: "Record the Engagement Start Date (YYYY-MM-DD): completing the engagement process updates it in FTOP." }],
      why: "Seed 003's key outputs include the Engagement Start Date updated in FTOP.",
      source: "003 Key Outputs",
    },
    {
      id: "gw-complete-unknown-option",
      on: "gateway.engagement_completed",
      if: { all: [{ fact: "event.data.option", present: true }, { not: { fact: "event.data.option", in: OPTION_CODES } }] },
      then: [{ kind: "refuse", message: `"{event.data.option}" is not an assignment option; use one of ${OPTION_CODES.join(", ")}.` }],
      why: "The tenant is assigned to exactly one of the known Delivery Assignment Options.",
      source: "003 Key Outputs",
    },
    ...CLOSED_BECAUSE.filter((c) => c.status !== "complete").map((c) => ({
      id: `gw-complete-when-${c.status.replaceAll("_", "-")}`,
      on: "gateway.engagement_completed",
      if: { fact: STATUS_2453, eq: c.status },
      then: [{ kind: "refuse", message: `The Gateway engagement process cannot be completed: ${c.reason} (task 2453 is ${c.label}).` }],
      why: `The Gateway engagement process of this tenant is closed: ${c.reason}.`,
      source: "003 Confirm Requirements",
    })),
    {
      id: "gw-complete",
      on: "gateway.engagement_completed",
      then: [
        { kind: "set_task_status", taskId: 2453, status: "complete" },
        ...STOP_WAITS,
        ...done("follow_dibs_flowchart", "meet_customer", "schedule_account_team_meeting", "follow_up_pdm"),
      ],
      why: "The engagement process is complete (Gateway only), so the mandatory task 2453 is complete and no wait for an answer goes on.",
      source: "003 Complete Engagement Process",
    },
    {
      id: "gw-complete-start-date",
      on: "gateway.engagement_completed",
      if: { fact: "event.data.engagementStartDate", present: true },
      then: [{ kind: "set_engagement_start_date", date: "{event.data.engagementStartDate}" }],
      why: "Completing the engagement process updates the Engagement Start Date in FTOP to {event.data.engagementStartDate}.",
      source: "003 Key Outputs",
    },
    ...assignmentOptionRules(),
  ],
};
