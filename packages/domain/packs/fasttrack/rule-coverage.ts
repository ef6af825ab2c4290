/**
 * How Waymark realises each numbered WHEN/THEN rule of research/ftop-features.md §3 (rules 1–124, seeds 000–004):
 * by playbook rules that change state, by a finding that asks a role for a judgement, by catalogue data and
 * validation, or not at all — with the reason. The table is checked against FASTTRACK_LIBRARY and the repository
 * by rule-coverage.test.ts, so a renamed or dropped rule, or lost coverage, fails a test instead of going unseen.
 * Notes starting "gap:" mark §3 rules the code does not realise although no human judgement stands in the way.
 */
export type RuleCoverage =
  /** Playbook rules (ids as in FASTTRACK_LIBRARY) change the state the §3 rule asks for. */
  | { readonly rule: number; readonly by: "playbook"; readonly ruleIds: readonly string[]; readonly note?: string }
  /** The §3 rule needs a person's judgement: these playbook rules raise a finding for the right role. */
  | { readonly rule: number; readonly by: "prompt"; readonly ruleIds: readonly string[]; readonly note: string }
  /** Catalogue data or validation code realises it; `where` is the file, relative to the repository root. */
  | { readonly rule: number; readonly by: "catalogue"; readonly where: `${"packages" | "apps"}/${string}.ts`; readonly note: string }
  | { readonly rule: number; readonly by: "not_modelled"; readonly note: string };

export type CoverageKind = RuleCoverage["by"];

const L1_CATALOGUE = "packages/domain/catalogs/l1-statuses.ts";
const ADOPTION_CATALOGUE = "packages/domain/catalogs/adoption-indicators.ts";
const DIBS_MATRIX = "packages/domain/rules/dibs-requirements.ts";
const OD_ANSWERS = ["od-answered-delivered", "od-answered-declined", "od-answered-repitched"];
const SP_ANSWERS = ["sp-answered-scheduled", "sp-answered-delivered", "sp-answered-declined", "sp-answered-pitch-delivered", "sp-answered-reported"];
const ASSIGNMENT_OPTION_RULES = [
  "gw-option-frp-engaged",
  "gw-option-frp-referral",
  "gw-option-assign-delivery-resources",
  "gw-option-unresponsive",
  "gw-option-no-ftc-assistance-needed",
];
const DIBS_SOURCE_RULES = ["gw-dibs-account-team", "gw-dibs-partner", "gw-dibs-customer"];
const GOVERNANCE_CADENCE = ["ge-governance-cadence-unknown", "ge-governance-every-1-week", "ge-governance-every-2-weeks"];

export const RULE_COVERAGE: readonly RuleCoverage[] = [
  // --- 3.1 OneDrive BVD, task 3718 (seed 000) ---
  { rule: 1, by: "playbook", ruleIds: ["od-applies-to"], note: "Starting on a Low priority tenant that is neither new nor re-engaging is refused." },
  { rule: 2, by: "playbook", ruleIds: ["od-start"] },
  { rule: 3, by: "playbook", ruleIds: ["od-delivered"] },
  {
    rule: 4,
    by: "playbook",
    ruleIds: ["od-deploy-later", "od-deploy-now", "od-initiate-when-ready", "serialized-workload"],
    note: "Dates and timeline note are written; the service status moves only to Initiate (ready now) or Initiate - Serialized.",
  },
  { rule: 5, by: "playbook", ruleIds: ["od-classified-after-bvd", "od-classify-after-bvd"], note: "Without the L2/L3 on the event, a finding asks the FM to classify." },
  { rule: 6, by: "playbook", ruleIds: ["od-declined"] },
  { rule: 7, by: "playbook", ruleIds: ["od-attempt-made", "od-unresponsive", ...OD_ANSWERS], note: "Attempts are recorded; the third unanswered wait cancels 3718." },
  { rule: 8, by: "playbook", ruleIds: ["od-delivered", "od-deploy-now", "od-initiate-when-ready"] },
  { rule: 9, by: "playbook", ruleIds: ["od-declined-serialized"] },
  {
    rule: 10,
    by: "playbook",
    ruleIds: ["od-repitch-shared-deploy", "od-repitch-shared-not-deploy", "od-repitch-declined-deploy", "od-repitch-declined-not-deploy", "od-repitch-dates", "od-initiate-when-ready"],
    note: "The FM records the re-pitch; deciding to deploy moves the entitlements to In Progress, not deploying prompts the FM for L1/L2/L3.",
  },
  { rule: 11, by: "catalogue", where: L1_CATALOGUE, note: "Services tab fields; L2, L3 and a note are required on Blocked/No Intent rows, and L3 stays allowed elsewhere." },
  { rule: 12, by: "catalogue", where: "packages/domain/rules/kpi.ts", note: "auKpi gives Green/Yellow/Red; each service's latest usage carries it in the API and the Services table." },
  { rule: 13, by: "playbook", ruleIds: ["od-adoption-program"] },

  // --- 3.2 SharePoint BVD, task 3737 (seed 001) ---
  { rule: 14, by: "playbook", ruleIds: ["sp-applies-to"], note: "Starting on a Low priority tenant that is neither new nor re-engaging is refused." },
  { rule: 15, by: "playbook", ruleIds: ["sp-start", "sp-start-au-low"], note: "No AU creates 3737; 0 % < AU ≤ 10 % asks the FM to decide (DESIGN decision 10)." },
  { rule: 16, by: "playbook", ruleIds: ["sp-delivered"] },
  {
    rule: 17,
    by: "playbook",
    ruleIds: ["sp-deploy-later", "sp-deploy-now", "sp-initiate-when-ready", "serialized-workload"],
    note: "Dates and timeline note are written; the service status moves only to Initiate (ready now) or Initiate - Serialized.",
  },
  { rule: 18, by: "playbook", ruleIds: ["sp-classified-after-bvd", "sp-classify-after-bvd"], note: "Without the L2/L3 on the event, a finding asks the FM to classify." },
  { rule: 19, by: "playbook", ruleIds: ["sp-declined"], note: "The FM owns the decline step (DESIGN decision 7)." },
  { rule: 20, by: "playbook", ruleIds: ["sp-attempt-made", "sp-unresponsive", ...SP_ANSWERS], note: "Writes the canonical #Unresponsive (DESIGN decision 5)." },
  { rule: 21, by: "playbook", ruleIds: ["sp-delivered", "sp-deploy-now", "sp-initiate-when-ready"] },
  { rule: 22, by: "playbook", ruleIds: ["sp-declined-serialized"] },
  { rule: 23, by: "playbook", ruleIds: ["sp-scheduled", "sp-delivered", "sp-declined"], note: "A meeting more than 3 days out counts as \"a few days or a week\"." },
  { rule: 24, by: "playbook", ruleIds: ["sp-start-au-over-10", "sp-usage-au-over-10"] },
  { rule: 25, by: "playbook", ruleIds: ["sp-field-pitch-resonated"] },
  { rule: 26, by: "prompt", ruleIds: ["sp-field-pitch-uncertain", "sp-prompts-settled"], note: "The FM is asked to re-deliver the BVD if the customer agrees." },
  { rule: 27, by: "playbook", ruleIds: ["sp-pilot-other-deck", "sp-pilot-deliver-bvd", "sp-pilot-cancel"], note: "The FM's view of the benefit comes with the event." },
  {
    rule: 28,
    by: "playbook",
    ruleIds: ["sp-deploy-now", "sp-deploy-later", "sp-data-points-missing"],
    note: "SharePoint rules write the entitlement notes and the service Next Action Date, never the Overall Status.",
  },
  { rule: 29, by: "prompt", ruleIds: ["sp-data-points-missing", "sp-data-points-recorded"], note: "Once 3737 is complete, a finding names the missing data points." },
  {
    rule: 30,
    by: "catalogue",
    where: "packages/domain/catalogs/task-statuses.ts",
    note: "SEED_TASK_STATUSES lists the four; only playbook rules set 3718/3737 and they use no other.",
  },
  { rule: 31, by: "prompt", ruleIds: ["sp-classify-after-bvd"], note: "Whether an issue is a specific blocker is the FM's call, asked in the classify prompt." },
  { rule: 32, by: "playbook", ruleIds: ["sp-compete"] },
  { rule: 33, by: "playbook", ruleIds: ["sp-pilot-hashtag"] },
  { rule: 34, by: "playbook", ruleIds: ["sp-unresponsive"] },
  { rule: 35, by: "playbook", ruleIds: ["sp-declined-compliance"] },
  { rule: 36, by: "playbook", ruleIds: ["sp-field-delivering-bvd"], note: "Only a delivered field pitch adds the tag; a mere wish to deliver has no event." },
  { rule: 37, by: "catalogue", where: "packages/domain/rules/kpi.ts", note: "auKpi gives Green/Yellow/Red; each service's latest usage carries it in the API and the Services table." },
  { rule: 38, by: "catalogue", where: L1_CATALOGUE, note: "Same fields as rule 11; L2, L3 and a note are required on Blocked/No Intent rows." },

  // --- 3.3 DIBS / SSAT, the 4+4 (seed 002) ---
  { rule: 39, by: "catalogue", where: ADOPTION_CATALOGUE, note: "Per-service pick-lists; the update contract accepts only selectable codes." },
  { rule: 40, by: "prompt", ruleIds: ["other-without-details-open", "other-without-details-closed"], note: "Any entitlement note on the service counts as the details." },
  { rule: 41, by: "catalogue", where: L1_CATALOGUE, note: "In Progress is defined as declared intent, and the 4+4 review reads it as Intent." },
  {
    rule: 42,
    by: "prompt",
    ruleIds: ["adoption-without-use-open", "adoption-without-use-closed"],
    note: "Adoption without active users or In Progress entitlements is flagged; the slow-adoption note is not checked.",
  },
  {
    rule: 43,
    by: "catalogue",
    where: "packages/domain/rules/entitlement-split.ts",
    note: "Saving a split refuses Blocked/No Intent rows without L2, L3 and note; the blocked-unexplained finding covers engine moves.",
  },
  { rule: 44, by: "playbook", ruleIds: ["serialized-workload"] },
  { rule: 45, by: "prompt", ruleIds: ["adoption-without-use-open", "adoption-without-use-closed"], note: "The Adoption check applies to every service; dedicated/vNEXT is not singled out." },
  { rule: 46, by: "not_modelled", note: "Guidance on which date a person enters as Target Date; nothing to derive or check." },
  { rule: 47, by: "catalogue", where: "packages/domain/rules/adoption-review.ts", note: "dibsTargetDate counts no Target Date unless entitlements are In Progress." },
  { rule: 48, by: "prompt", ruleIds: ["target-date-probe-open", "target-date-probe-closed"], note: "Probes are warnings, not save errors (DESIGN decision 15)." },
  { rule: 49, by: "catalogue", where: ADOPTION_CATALOGUE, note: "Fourteen business reasons; the two group titles only order the list." },
  { rule: 50, by: "catalogue", where: ADOPTION_CATALOGUE, note: "Legacy One Adoption Wizard values stay valid on records but are not selectable." },
  { rule: 51, by: "playbook", ruleIds: ["not-interested"], note: "The reason goes in the notes; a finding asks for the concerns and the forecast risk." },
  {
    rule: 52,
    by: "prompt",
    ruleIds: ["not-interested", "dibs-missing-open"],
    note: "The broaden-scope prompt comes with a declined 4+4; onboarding without it only keeps dibs_missing open.",
  },
  { rule: 53, by: "catalogue", where: DIBS_MATRIX, note: "Row css_smc_high; missing items raise dibs_missing findings." },
  { rule: 54, by: "catalogue", where: DIBS_MATRIX, note: "Row css_smc_medium_low; missing items raise dibs_missing findings." },
  { rule: 55, by: "catalogue", where: DIBS_MATRIX, note: "Row css_o365_enterprise; missing items raise dibs_missing and ssat_missing findings." },
  { rule: 56, by: "catalogue", where: DIBS_MATRIX, note: "Row css_ems (Windows services follow it); missing items raise dibs_missing findings." },
  { rule: 57, by: "catalogue", where: DIBS_MATRIX, note: "Row ftp_all; missing items raise dibs_missing findings." },
  { rule: 58, by: "prompt", ruleIds: ["dibs-unknown-at-enable", "dibs-known-at-enable"], note: "Reaching Enable or Migrate without DIBS asks for the delay reasons." },
  { rule: 59, by: "not_modelled", note: "gap: DIBS reporting (completion, AU impact, days in status, 30+/90+ buckets, by Success Owner) is the reports' work." },

  // --- 3.4 Initial Customer Engagement, Gateway (seed 003) ---
  { rule: 60, by: "playbook", ruleIds: ["gw-start"], note: "The AiR queue is the input and stays; the queues are catalogued in catalogs/engagement.ts." },
  { rule: 61, by: "playbook", ruleIds: ["gw-rfa"], note: "Task 2453 becomes Not Required and a finding points to the RFA option." },
  { rule: 62, by: "prompt", ruleIds: ["gw-start", "gw-outreach-before-duplicate-check"], note: "The FM searches; outreach is refused until the check is recorded." },
  { rule: 63, by: "prompt", ruleIds: ["gw-duplicate-possible"], note: "Comparing in Viewpoint is the FM's judgement." },
  {
    rule: 64,
    by: "playbook",
    ruleIds: ["gw-duplicate-additional-tenant-reassign", "gw-duplicate-additional-tenant"],
    note: "A Waymark FM is assigned and e-mailed; any other FM is a prompt.",
  },
  { rule: 65, by: "prompt", ruleIds: ["gw-start", "gw-entitlements-met", "gw-entitlements-not-met"], note: "The FM checks; \"not met\" cancels task 2453." },
  { rule: 66, by: "playbook", ruleIds: ["gw-start-goback", "gw-goback-checked", "gw-goback-frp-assigned"] },
  { rule: 67, by: "playbook", ruleIds: ["gw-start-goback", "gw-goback-css-active"], note: "The FM records how long ago CSS was active; the audit log is not read." },
  { rule: 68, by: "not_modelled", note: "E-mail recipients are the FM's; Waymark records the outreach step, not the e-mail." },
  { rule: 69, by: "prompt", ruleIds: ["gw-account-team-several-pdm-pse"], note: "The FM chooses between the two e-mail options." },
  { rule: 70, by: "playbook", ruleIds: ["gw-account-team-contact"] },
  { rule: 71, by: "prompt", ruleIds: ["gw-account-team-unanswered-meeting"], note: "Scheduling the meeting is the FM's." },
  { rule: 72, by: "prompt", ruleIds: ["gw-account-team-unanswered-pdm"], note: "The follow-up e-mail is the FM's." },
  { rule: 73, by: "prompt", ruleIds: ["gw-account-team-dibs"], note: "The DIBS Flowchart is external (research §4.19)." },
  { rule: 74, by: "prompt", ruleIds: ["gw-account-team-responded"], note: "IS ENGAGED has no engine action, so the FM is asked." },
  { rule: 75, by: "prompt", ruleIds: ["gw-account-team-responded"], note: "Contacts have no engine action, so the FM is asked." },
  { rule: 76, by: "prompt", ruleIds: ["gw-account-team-responded"], note: "Partners and contacts have no engine action, so the FM is asked." },
  { rule: 77, by: "playbook", ruleIds: ["gw-account-team-frp-engaged", "gw-partner-frp-engaged"] },
  { rule: 78, by: "prompt", ruleIds: ["gw-account-team-responded"], note: "The prompt says to keep customer contacts out until Contact Customer." },
  {
    rule: 79,
    by: "playbook",
    ruleIds: ["gw-partner-contact", "gw-account-team-unanswered-contact-partner"],
    note: "Template, 3-business-day wait and Overall Status; whom to copy is guidance.",
  },
  { rule: 80, by: "playbook", ruleIds: ["gw-partner-responded", "gw-partner-deploying", "gw-partner-frp-engaged", "gw-partner-not-frp"] },
  { rule: 81, by: "prompt", ruleIds: ["gw-partner-not-deploying"], note: "Partner fields have no engine action, so the FM is asked." },
  { rule: 82, by: "not_modelled", note: "E-mail recipients are the FM's; Waymark records the outreach step, not the e-mail." },
  { rule: 83, by: "playbook", ruleIds: ["gw-customer-contact", "gw-account-team-unanswered-contact-customer", "gw-partner-unanswered-contact-customer"] },
  { rule: 84, by: "playbook", ruleIds: ["gw-customer-second-contact"] },
  { rule: 85, by: "playbook", ruleIds: ["gw-customer-third-contact"] },
  { rule: 86, by: "playbook", ruleIds: ["gw-customer-unresponsive"] },
  { rule: 87, by: "prompt", ruleIds: ["gw-customer-responded"], note: "The meeting, IS ENGAGED and the call are the FM's." },
  { rule: 88, by: "prompt", ruleIds: ["gw-sfb-escalation"], note: "The escalation e-mail is the FM's." },
  {
    rule: 89,
    by: "playbook",
    ruleIds: ["gw-dibs-unknown-source", ...DIBS_SOURCE_RULES],
    note: "An unknown source is refused; whether the partner deploys O365/EMS is not checked.",
  },
  { rule: 90, by: "playbook", ruleIds: ["gw-dibs-source-taken", ...DIBS_SOURCE_RULES], note: "Whether the DIBS are full is the FM's statement." },
  { rule: 91, by: "playbook", ruleIds: ["gw-complete"] },
  {
    rule: 92,
    by: "playbook",
    ruleIds: ["gw-complete-start-date", "gw-complete-without-start-date", "gw-complete-unknown-option", ...ASSIGNMENT_OPTION_RULES],
  },
  { rule: 93, by: "playbook", ruleIds: ["gw-derive-2-frp-referral", "gw-option-frp-referral"] },
  { rule: 94, by: "playbook", ruleIds: ["gw-derive-3-assign-delivery-resources", "gw-option-assign-delivery-resources"] },
  { rule: 95, by: "playbook", ruleIds: ["gw-derive-4-assign-delivery-resources"] },
  { rule: 96, by: "playbook", ruleIds: ["gw-derive-1-frp-engaged", "gw-option-frp-engaged"] },
  {
    rule: 97,
    by: "playbook",
    ruleIds: ["gw-derive-otherwise-no-ftc-assistance", "gw-option-no-ftc-assistance-needed"],
    note: "The external flowchart's options are reduced to No FTC Assistance Needed.",
  },

  // --- 3.5 General Engagement (seed 004) ---
  { rule: 98, by: "playbook", ruleIds: ["ge-start-kickoff", "ge-handover-completed", "ge-customer-contacted", "ge-kickoff-outreach-done"] },
  { rule: 99, by: "prompt", ruleIds: ["ge-start-rfa"], note: "Setting expectations is a conversation the FM holds." },
  {
    rule: 100,
    by: "playbook",
    ruleIds: ["ec-enablement-active-users", "ec-enablement-active-percent"],
    note: "For RFA tenants, per service (DESIGN decision 12).",
  },
  { rule: 101, by: "playbook", ruleIds: ["ec-migration-completed", "ec-migration-which-service"], note: "The FM records that the migration is complete." },
  { rule: 102, by: "playbook", ruleIds: ["ec-discussion-enablement", "ec-discussion-migration", "ec-discussion-not-due", "ge-disengaged"] },
  { rule: 103, by: "prompt", ruleIds: ["ge-start-managed", "ge-account-team-engaged"], note: "Engaging the Account Team is the FM's." },
  {
    rule: 104,
    by: "playbook",
    ruleIds: ["ge-start-kickoff", "ge-kickoff-held", "ge-kickoff-knowledge-gaps", "ge-sme-follow-up-offered"],
    note: "Tasks 994 and 1903 are created at the start; the deck is guidance.",
  },
  {
    rule: 105,
    by: "playbook",
    ruleIds: ["ge-kickoff-partner", "ge-quickleads-referral-no-consent", "ge-quickleads-referral-submitted", "ge-quickleads-partner-contacted", "ge-quickleads-partner-contact-overdue"],
    note: "General Engagement version 2: POST /api/tenants/{id}/referrals matches the partners, e-mails the customer and completes 983.",
  },
  { rule: 106, by: "prompt", ruleIds: ["ge-kickoff-held", "ge-dibs-confirmed", "ge-ssat-capture-started"], note: "Confirming DIBS and capturing SSAT are the FM's." },
  { rule: 107, by: "prompt", ruleIds: ["ge-start-land-benefit"], note: "The FTA agrees with the ATU who schedules." },
  {
    rule: 108,
    by: "prompt",
    ruleIds: ["ge-benefit-landed", "ge-benefit-start-date", "ge-benefit-start-date-missing"],
    note: "The FTA is asked to fill missing DIBS and plan SSAT; pre-sales is not distinguished.",
  },
  { rule: 109, by: "playbook", ruleIds: ["ge-benefit-landed", "ge-benefit-start-date", "ge-benefit-start-date-missing", "ge-enterprise-status-updated"] },
  {
    rule: 110,
    by: "playbook",
    ruleIds: ["ge-start-governance", ...GOVERNANCE_CADENCE, "ge-governance-review-due"],
    note: "The S500 / >500–1500 split is not modelled (undefined bands, research §4.28).",
  },
  { rule: 111, by: "playbook", ruleIds: ["ge-start-governance", ...GOVERNANCE_CADENCE, "ge-governance-review-due"], note: "Attendees and remote delivery are in the prompt text." },
  { rule: 112, by: "playbook", ruleIds: ["ge-onsite-refused", "ge-onsite-approval"], note: "Other reasons are refused; the approval itself is a prompt." },
  { rule: 113, by: "prompt", ruleIds: ["ge-start-governance", "ge-governance-review-due"], note: "Whether a regular internal call exists is the FM's call; the agenda is guidance." },
  { rule: 114, by: "playbook", ruleIds: ["ge-governance-established", "ge-disengaged-health-meetings"] },
  { rule: 115, by: "playbook", ruleIds: ["ge-start-later-steps"], note: "Task 4047 is created at the start; the decks and invitees are guidance." },
  { rule: 116, by: "playbook", ruleIds: ["ge-acm-conversation-held"] },
  { rule: 117, by: "playbook", ruleIds: ["ge-acm-partner-ask-first", "ge-acm-partner-current"], note: "A request without the answer to \"current partner?\" is refused." },
  { rule: 118, by: "prompt", ruleIds: ["ge-acm-partner-account-team"], note: "The Account Team finds the partners." },
  { rule: 119, by: "playbook", ruleIds: ["ge-acm-partner-quickleads"] },
  { rule: 120, by: "playbook", ruleIds: ["ge-acm-referral-no-consent", "ge-acm-referral-service-type"] },
  {
    rule: 121,
    by: "playbook",
    ruleIds: [
      "ge-acm-referral-no-partner",
      "ge-acm-referral-too-many",
      "ge-acm-referral-submitted",
      "ge-acm-referral-fewer-partners",
      "ge-acm-partner-contacted",
      "ge-acm-partner-contact-overdue",
    ],
    note: "POST /api/tenants/{id}/referrals matches up to 3 partners by location and specialty (rules/referral-match.ts) and e-mails the customer through the outbox.",
  },
  {
    rule: 122,
    by: "playbook",
    ruleIds: ["ge-checkpoint-cadence-unknown", "ge-checkpoint-every-1-week", "ge-checkpoint-every-2-weeks", "ge-checkpoint-due", "ge-checkpoint-held", "ge-remediation-completed"],
  },
  { rule: 123, by: "playbook", ruleIds: ["ge-start-later-steps", "ge-enablement-sync-held"], note: "The FM owns the step; task 1126 keeps the FE role (DESIGN decision 7)." },
  { rule: 124, by: "playbook", ruleIds: ["ge-start-later-steps", "ge-survey-contact-identified"], note: "Task 3690 only; 1910 is deprecated (DESIGN decision 6)." },
];
