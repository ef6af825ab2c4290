import type { PlaybookDefinition, Rule } from "../../engine/playbook.ts";

/**
 * FastTrack Playbook – DIBS and SSAT, the "4+4" adoption prerequisites (seeds/002_bf93d9a6382d93a5.txt).
 *
 * Runs on every service of a tenant. The engine reviews a workload whenever it changes and keeps one finding
 * open per gap, with the words of what is missing, closing it as soon as the gap is filled (the seed asks to
 * "prioritise the recording", so gaps are findings, never save errors — DESIGN decision 14).
 *
 * Events:
 * - `service.changed`    the server fires it after the L1 split, the adoption indicators, status or usage change
 * - `dibs.review`        asks for a review of one service (with `service`) or of all of them (without)
 * - `usage.reported`     new usage (the Adoption check reads active users)
 * - `dibs.not_interested` [reason] the contact is not interested in establishing the 4+4
 *
 * What the review reads (`service.review.*`, see rules/adoption-review.ts): the requirement row of the tenant
 * (segment × priority incl. override × O365/EMS × CSS- or FTP-led), the DIBS and SSAT items still missing, the
 * Target Date probes (none, > 180 days, 31 December, month end), Blocked/No Intent rows without L2, L3 or note,
 * Adoption without use, and "Other" without details in the entitlement notes.
 */
const REVIEW_EVENTS = ["service.changed", "dibs.review", "usage.reported"];

/** A gap the review reports: a finding while it is there, closed once it is gone. */
function gapRules(gap: { id: string; fact: string; code: string; message: string; why: string; source: string }): Rule[] {
  return [
    {
      id: `${gap.id}-open`,
      on: REVIEW_EVENTS,
      if: { fact: gap.fact, present: true },
      then: [{ kind: "raise_finding", code: gap.code, role: "fasttrack_manager", message: gap.message }],
      why: gap.why,
      source: gap.source,
    },
    {
      id: `${gap.id}-closed`,
      on: REVIEW_EVENTS,
      if: { fact: gap.fact, present: false },
      then: [{ kind: "resolve_finding", code: gap.code }],
      why: "What the finding asked for is now recorded, so it is closed.",
      source: gap.source,
    },
  ];
}

export const DIBS_SSAT: PlaybookDefinition = {
  id: "dibs-ssat",
  version: 1,
  title: "DIBS and SSAT (4+4)",
  source: "seeds/002_bf93d9a6382d93a5.txt",
  service: "each",
  processes: [
    {
      id: "dibs-ssat",
      name: "Establish the 4+4 adoption prerequisites",
      steps: [{ id: "capture", name: "Capture DIBS and SSAT per workload in the Services tab", role: "fasttrack_manager", tasks: [] }],
    },
  ],
  rules: [
    ...gapRules({
      id: "dibs-missing",
      fact: "service.review.missingDibs",
      code: "dibs_missing",
      message: "{service.label}: record {service.review.missingDibs} — required for {service.review.row}.",
      why: "The tenant's requirement row ({service.review.row}) asks for DIBS that are not recorded for {service.label}: {service.review.missingDibs}.",
      source: "002 Measures",
    }),
    ...gapRules({
      id: "ssat-missing",
      fact: "service.review.missingSsat",
      code: "ssat_missing",
      message: "{service.label}: record SSAT {service.review.missingSsat} — required for {service.review.row}.",
      why: "The tenant's requirement row ({service.review.row}) asks for SSAT that is not recorded for {service.label}: {service.review.missingSsat}.",
      source: "002 Measures",
    }),
    ...gapRules({
      id: "target-date-probe",
      fact: "service.review.targetDateProbe",
      code: "target_date_probe",
      message: "{service.label}: keep probing the Target Date — {service.review.targetDateProbe}, which signals a lack of urgency.",
      why: "Seed 002 says to keep probing when the customer has no date, the date is more than 180 days away, or it is 31 December or a month end; for {service.label} {service.review.targetDateProbe}.",
      source: "002 Target Date",
    }),
    ...gapRules({
      id: "blocked-unexplained",
      fact: "service.review.unexplainedRows",
      code: "blocked_no_intent_unexplained",
      message: "{service.label}: Blocked and No Intent entitlements need an L2, an L3 and the reason in the Entitlement Notes — missing: {service.review.unexplainedRows}.",
      why: "Entitlements without intent or with blockers belong in Blocked or No Intent with the L3 reason and a note; for {service.label} this is missing: {service.review.unexplainedRows}.",
      source: "002 Intent",
    }),
    ...gapRules({
      id: "adoption-without-use",
      fact: "service.review.adoptionWithoutUse",
      code: "adoption_not_enabled",
      message: "{service.label} is in Adoption but {service.review.adoptionWithoutUse}: keep it in Initiate or Technical Onboarding until it is enabled and the customer intends to use it.",
      why: "A service is in Adoption only when it is enabled and the customer has intent; for {service.label} {service.review.adoptionWithoutUse}.",
      source: "002 Intent",
    }),
    ...gapRules({
      id: "other-without-details",
      fact: "service.review.otherWithoutDetails",
      code: "other_needs_details",
      message: "{service.label}: \"Other\" was chosen for {service.review.otherWithoutDetails}; write the details in the Entitlement Notes.",
      why: "An \"Other\" option needs its details in the entitlement notes, and {service.label} has none.",
      source: "002 How to Capture Status",
    }),
    {
      id: "serialized-workload",
      on: REVIEW_EVENTS,
      if: { all: [{ fact: "service.deploymentOrder", gt: 1 }, { fact: "service.status", eq: "initiate" }] },
      then: [{ kind: "set_service_status", status: "initiate_serialized" }],
      why: "{service.label} waits for workloads deployed before it (position {service.deploymentOrder} in the deployment order), so its status is Initiate - Serialized.",
      source: "002 Intent",
    },
    {
      id: "dibs-unknown-at-enable",
      on: REVIEW_EVENTS,
      if: { all: [{ fact: "service.status", in: ["enable", "migrate"] }, { fact: "service.review.missingDibs", present: true }] },
      then: [
        {
          kind: "raise_finding",
          code: "dibs_unknown_at_enable",
          role: "fasttrack_manager",
          message: "{service.label} moved past Remediate without its DIBS ({service.review.missingDibs}); write the reasons for the delay in the Entitlement Notes.",
        },
      ],
      why: "The prerequisites should be known by the end of the Remediate phase, before Enable or Migrate; when they are not, the delay reasons go in the Entitlement Notes.",
      source: "002 Measures",
    },
    {
      id: "dibs-known-at-enable",
      on: REVIEW_EVENTS,
      if: { fact: "service.review.missingDibs", present: false },
      then: [{ kind: "resolve_finding", code: "dibs_unknown_at_enable" }],
      why: "The DIBS are now recorded, so the delay no longer needs explaining.",
      source: "002 Measures",
    },
    {
      id: "not-interested",
      on: "dibs.not_interested",
      then: [
        { kind: "append_entitlement_note", l1: "largest", text: "Not interested in establishing the 4+4: {event.data.reason}" },
        {
          kind: "raise_finding",
          code: "broaden_scope",
          role: "fasttrack_manager",
          message: "{service.label}: the customer is not interested in the 4+4 ({event.data.reason}). Record their intentions and concerns, reflect the risk in the success forecast, and schedule a business value discussion or Success Workshop to re-establish the 4+4.",
        },
      ],
      why: "When the contact is not interested in the 4+4, seed 002 asks to note why, reflect the risk in the forecast, and broaden the scope with a BVD or Success Workshop.",
      source: "002 FAQ: What if my contact is not interested in establishing these?",
    },
  ],
};
