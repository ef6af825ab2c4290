import type { Condition } from "../../engine/conditions.ts";
import type { PlaybookDefinition } from "../../engine/playbook.ts";
import { bvdAttemptRules } from "./bvd-attempts.ts";
import { appliesToRule, classificationAfterBvdRules, initiateWhenReady, INTENT_DECLARED } from "./bvd-common.ts";

/**
 * FastTrack Playbook – SharePoint Online BVD, task 3737 (seeds/001_78b5828efea8eea9.txt, research §3.2 rules 14–38).
 *
 * Events an FM records, or the server reports (data in brackets):
 * - `playbook.started`  [newCustomer?, reengaging?: boolean]  the FM starts working the tenant's SharePoint
 * - `usage.reported`  [activeUsersPercent]   usage arrived; the server updates the service's AU before evaluating,
 *                                        so the rules read `service.activeUsersPercent`, not the event
 * - `bvd.scheduled`   [meetingDate, daysOut] the FM scheduled the BVD meeting, `daysOut` days from today
 * - `bvd.delivered`   [intent: deploy_now | deploy | blocked | no_intent, targetDate, nextActionDate, timelineNote;
 *                      for blocked / no_intent optionally l2, l3, note: the L2/L3 codes and the note to record,
 *                      comparingWith?: the product the customer compares SharePoint with]
 * - `bvd.declined`    [reason, deploymentOrder?: service codes first→last when the workload is serialized,
 *                      compliance?: true when the customer will not use SharePoint for compliance reasons]
 * - `bvd.attempt_made` [attemptNumber]      starts a 3-business-day wait for an answer (see bvd-attempts.ts)
 * - `bvd.attempt_unanswered` [attemptNumber]  fired when that wait runs out (or recorded by hand)
 * - `field.pitch_delivered` [fmParticipated: boolean, resonated: boolean, who, results]  the Account Team already
 *                      delivered a SharePoint pitch (FAQ "Account Team has already delivered")
 * - `pilot.reported`  [otherDeckDelivered: boolean, fmSeesBenefit: boolean]  the customer is already piloting
 *                      SharePoint (FAQ "already piloting")
 *
 * The AU gate (DESIGN decision 10): no AU (0 % or unknown) → the BVD is delivered; AU > 10 % → 3737 Cancelled with
 * "AU > 10%", at start and automatically whenever usage arrives; 0 % < AU ≤ 10 % → a finding asks the FM to decide.
 * "More than a few days or a week out" (FAQ) is read as more than 3 days: a meeting 4 or more days away marks 3737
 * In Progress; a nearer one leaves it, since delivery follows within days.
 * Hashtags (rules 31–36) are written only where an event states the seed's trigger: #Unresponsive (third unanswered
 * attempt), #Compliance (declined for compliance), #Compete (comparing with another product), #Pilot (piloting),
 * #FieldDeliveringBVD (the Account Team delivered). #SPOblocker needs the FM's judgement ("a specific issue", not
 * serialization), so the blocked/no-intent finding asks for it instead of guessing.
 * Rule 14 (who the playbook applies to): starting it on a Low priority tenant is refused unless the FM records that
 * the customer is new or re-engaging. Not modelled here: the Account Team only *wishing* to deliver (no event), and
 * rules 28, 30, 37, 38 (fields, statuses and KPIs kept in the catalogues). Rule 29: once 3737 is complete, a finding
 * names the data points still missing (Target Date for In Progress entitlements, Next Action Date, a note).
 */

/** Complete, Cancelled and Not Required end the task; the automatic AU rules and scheduling leave such a task alone. */
const TASK_OPEN: Condition = { not: { fact: "task.3737.status", in: ["complete", "cancelled", "not_required"] } };
const AU = "service.activeUsersPercent";

/** Seed FAQ "AU greater than 10%", both when the FM starts and when usage arrives (decision 10). */
function auOver10(id: string, on: string, why: string, guard: Condition[] = []): PlaybookDefinition["rules"][number] {
  return {
    id,
    on,
    if: { all: [{ fact: AU, gt: 10 }, TASK_OPEN, ...guard] },
    then: [
      { kind: "set_task_status", taskId: 3737, status: "cancelled" },
      { kind: "append_entitlement_note", l1: "largest", text: "AU > 10%" },
    ],
    why,
    source: "001 FAQ AU > 10%; DESIGN decision 10",
  };
}

/** Events after which task 3737's data points are checked: it completes, or a person edits the service. */
const DATA_POINT_EVENTS = ["bvd.delivered", "field.pitch_delivered", "pilot.reported", "service.changed"];

export const SHAREPOINT_BVD: PlaybookDefinition = {
  id: "sharepoint-bvd",
  version: 1,
  title: "SharePoint Online BVD",
  source: "seeds/001_78b5828efea8eea9.txt",
  service: "sharepoint",
  processes: [
    {
      id: "sharepoint-bvd",
      name: "SharePoint Business Value Discussion",
      // One step, owned by the FM. The seed lists the decline step (Approach 2) under "Primary Role: FastTrack
      // Engineer" while every other step and the task table say FM; DESIGN decision 7: the FM owns it.
      steps: [{ id: "deliver-bvd", name: "Deliver the SharePoint BVD deck", role: "fasttrack_manager", tasks: [3737] }],
    },
  ],
  rules: [
    appliesToRule("sp", "SharePoint", "001 Overview; rule 14"),
    {
      id: "sp-start",
      on: "playbook.started",
      if: { any: [{ fact: AU, eq: 0 }, { fact: AU, present: false }] },
      then: [{ kind: "create_task", taskId: 3737 }],
      why: "The customer has no SharePoint active usage, so the FM delivers the SharePoint BVD, whatever intent was recorded before.",
      source: "001 Approach 1",
    },
    auOver10(
      "sp-start-au-over-10",
      "playbook.started",
      "SharePoint active usage is already {service.activeUsersPercent}% (over 10%), so the BVD is not needed: task 3737 is cancelled.",
    ),
    {
      id: "sp-start-au-low",
      on: "playbook.started",
      if: { all: [{ fact: AU, gt: 0 }, { fact: AU, lte: 10 }] },
      then: [
        {
          kind: "raise_finding",
          role: "fasttrack_manager",
          code: "decide_bvd_low_au",
          message:
            "SharePoint active usage is {service.activeUsersPercent}% (between 0% and 10%): decide whether to deliver the SharePoint BVD (task 3737) or cancel it.",
        },
      ],
      why: "The seed only covers no usage and usage over 10%; for {service.activeUsersPercent}% the FM decides.",
      source: "DESIGN decision 10 (001 leaves 0% < AU ≤ 10% open)",
    },
    auOver10(
      "sp-usage-au-over-10",
      "usage.reported",
      "SharePoint active usage reached {service.activeUsersPercent}% (over 10%), so the BVD is no longer needed: task 3737 is cancelled.",
      // Usage on a tenant whose SharePoint BVD never started creates no task just to cancel it.
      [{ fact: "task.3737.status", present: true }],
    ),
    {
      id: "sp-scheduled",
      on: "bvd.scheduled",
      if: { all: [{ fact: "event.data.daysOut", gt: 3 }, TASK_OPEN] },
      then: [{ kind: "set_task_status", taskId: 3737, status: "in_progress" }],
      why: "The SharePoint BVD meeting on {event.data.meetingDate} is {event.data.daysOut} days out, so task 3737 is In Progress to show the effort.",
      source: "001 FAQ scheduling the BVD",
    },
    {
      id: "sp-delivered",
      on: "bvd.delivered",
      then: [{ kind: "set_task_status", taskId: 3737, status: "complete" }],
      why: "The SharePoint BVD was delivered, so task 3737 is complete.",
      source: "001 Approach 1",
    },
    {
      id: "sp-data-points-missing",
      on: DATA_POINT_EVENTS,
      if: { all: [{ fact: "task.3737.status", eq: "complete" }, { fact: "service.missingDataPoints", present: true }] },
      then: [
        {
          kind: "raise_finding",
          role: "fasttrack_manager",
          code: "record_3737_data_points",
          message: "Task 3737 is complete: record SharePoint's {service.missingDataPoints}, mandatory data points of the task.",
        },
      ],
      why: "Task 3737's data points (Service Target Date, Next Action Date, Entitlement Notes, Service Status) are mandatory once it is worked.",
      source: "001 Task 3737 Statuses; rule 29",
    },
    {
      id: "sp-data-points-recorded",
      on: DATA_POINT_EVENTS,
      if: { fact: "service.missingDataPoints", present: false },
      then: [{ kind: "resolve_finding", code: "record_3737_data_points" }],
      why: "SharePoint has every data point task 3737 asks for.",
      source: "001 Task 3737 Statuses; rule 29",
    },
    {
      id: "sp-prompts-settled",
      on: ["bvd.delivered", "bvd.declined"],
      then: [
        { kind: "resolve_finding", code: "deliver_bvd" },
        { kind: "resolve_finding", code: "redeliver_bvd" },
        { kind: "resolve_finding", code: "decide_bvd_low_au" },
      ],
      why: "The SharePoint BVD was delivered or declined, so the prompts to deliver it or decide about it are settled.",
      source: "001 Approach 1 and 2; FAQ Account Team already delivered; FAQ already piloting",
    },
    {
      id: "sp-deploy-now",
      on: "bvd.delivered",
      if: { fact: "event.data.intent", eq: "deploy_now" },
      then: [
        INTENT_DECLARED,
        { kind: "set_service_dates", targetDate: "{event.data.targetDate}", nextActionDate: "{event.data.nextActionDate}" },
        { kind: "append_entitlement_note", l1: "in_progress", text: "After BVD discussion, customer intends to deploy SharePoint" },
      ],
      why: "After the BVD the customer is ready to deploy SharePoint now: target date {event.data.targetDate}, the FE starts on {event.data.nextActionDate}.",
      source: "001 Example 1",
    },
    initiateWhenReady("sp", "SharePoint", "001 Example 1"),
    {
      id: "sp-deploy-later",
      on: "bvd.delivered",
      if: { fact: "event.data.intent", eq: "deploy" },
      then: [
        INTENT_DECLARED,
        { kind: "set_service_dates", targetDate: "{event.data.targetDate}", nextActionDate: "{event.data.nextActionDate}" },
        { kind: "append_entitlement_note", l1: "in_progress", text: "{event.data.timelineNote}" },
      ],
      why: "The customer intends to deploy SharePoint; the In Progress note says where it sits in their deployment timeline.",
      source: "001 Approach 1",
    },
    // The seed's Approach 1 says "no intent to deploy OneDrive" here, a copy slip from seed 000: it is SharePoint.
    ...classificationAfterBvdRules(
      "sp",
      "SharePoint",
      "Update the SharePoint L1/L2/L3 and Entitlement Status Notes: after the BVD the customer is {event.data.intent}. Add #SPOblocker if a specific issue (not a serialized deployment) keeps them from SharePoint.",
      "001 Approach 1; hashtag #SPOblocker",
    ),
    {
      id: "sp-compete",
      on: "bvd.delivered",
      if: { fact: "event.data.comparingWith", present: true },
      then: [{ kind: "append_entitlement_note", l1: "largest", text: "#Compete" }],
      why: "The customer is comparing SharePoint with {event.data.comparingWith}, which they already have.",
      source: "001 Hashtags: #Compete",
    },
    // Approach 2 (decline) is listed under FastTrack Engineer in the seed; the FM owns it (DESIGN decision 7).
    {
      id: "sp-declined",
      on: "bvd.declined",
      if: { fact: "event.data.deploymentOrder", present: false },
      then: [
        { kind: "set_task_status", taskId: 3737, status: "cancelled" },
        { kind: "append_entitlement_note", l1: "largest", text: "SharePoint BVD Declined: {event.data.reason}" },
      ],
      why: "The customer declined the SharePoint BVD ({event.data.reason}), so task 3737 is cancelled and the reason noted.",
      source: "001 Approach 2",
    },
    {
      id: "sp-declined-serialized",
      on: "bvd.declined",
      if: { fact: "event.data.deploymentOrder", present: true },
      then: [
        { kind: "set_task_status", taskId: 3737, status: "cancelled" },
        { kind: "append_serialized_note", l1: "in_progress", suffix: "(SharePoint BVD Declined)" },
        { kind: "set_service_status", status: "initiate_serialized" },
      ],
      why: "The customer declined the pitch but will deploy SharePoint after another workload, so SharePoint is serialized.",
      source: "001 Example 2",
    },
    {
      id: "sp-declined-compliance",
      on: "bvd.declined",
      if: { fact: "event.data.compliance", eq: true },
      then: [{ kind: "append_entitlement_note", l1: "largest", text: "#Compliance" }],
      why: "The customer will not use SharePoint due to compliance considerations.",
      source: "001 Hashtags: #Compliance",
    },
    {
      id: "sp-unresponsive",
      on: "bvd.attempt_unanswered",
      if: { fact: "event.data.attemptNumber", gt: 2 },
      then: [
        { kind: "set_task_status", taskId: 3737, status: "cancelled" },
        // Approach 3 writes "Unresponsive", the hashtag table "#Unresponsive"; DESIGN decision 5: canonical with #.
        { kind: "append_entitlement_note", l1: "largest", text: "#Unresponsive" },
      ],
      why: "The customer did not answer {event.data.attemptNumber} attempts to have the SharePoint BVD, so task 3737 is cancelled.",
      source: "001 Approach 3; Hashtags: #Unresponsive",
    },
    {
      id: "sp-field-pitch-resonated",
      on: "field.pitch_delivered",
      if: { all: [{ fact: "event.data.fmParticipated", eq: true }, { fact: "event.data.resonated", eq: true }] },
      then: [
        { kind: "set_task_status", taskId: 3737, status: "complete" },
        { kind: "append_entitlement_note", l1: "largest", text: "{event.data.who}: {event.data.results}" },
      ],
      why: "The Account Team ({event.data.who}) already delivered the SharePoint pitch, the FM took part and it resonated, so task 3737 counts as delivered.",
      source: "001 FAQ Account Team already delivered",
    },
    {
      id: "sp-field-pitch-uncertain",
      on: "field.pitch_delivered",
      if: { not: { all: [{ fact: "event.data.fmParticipated", eq: true }, { fact: "event.data.resonated", eq: true }] } },
      then: [
        {
          kind: "raise_finding",
          role: "fasttrack_manager",
          code: "redeliver_bvd",
          message: "The Account Team already pitched SharePoint, but it is uncertain the pitch resonated: re-deliver the SharePoint BVD if the customer agrees.",
        },
      ],
      why: "The FM did not take part in the Account Team's pitch or does not know it resonated, so the BVD should be re-delivered if the customer agrees.",
      source: "001 FAQ Account Team already delivered",
    },
    {
      id: "sp-field-delivering-bvd",
      on: "field.pitch_delivered",
      then: [{ kind: "append_entitlement_note", l1: "largest", text: "#FieldDeliveringBVD" }],
      why: "The customer's Account Team delivered the SharePoint BVD.",
      source: "001 Hashtags: #FieldDeliveringBVD",
    },
    {
      id: "sp-pilot-other-deck",
      on: "pilot.reported",
      if: { fact: "event.data.otherDeckDelivered", eq: true },
      then: [{ kind: "set_task_status", taskId: 3737, status: "complete" }],
      why: "The customer is already piloting SharePoint and another pitch deck was delivered, so task 3737 is complete.",
      source: "001 FAQ already piloting",
    },
    {
      id: "sp-pilot-deliver-bvd",
      on: "pilot.reported",
      if: { all: [{ fact: "event.data.otherDeckDelivered", eq: false }, { fact: "event.data.fmSeesBenefit", eq: true }] },
      then: [
        {
          kind: "raise_finding",
          role: "fasttrack_manager",
          code: "deliver_bvd",
          message: "The customer is piloting SharePoint without having seen a pitch deck: deliver the SharePoint BVD (task 3737).",
        },
      ],
      why: "The customer is piloting SharePoint, no pitch deck was delivered and the FM sees a benefit in the BVD.",
      source: "001 FAQ already piloting",
    },
    {
      id: "sp-pilot-cancel",
      on: "pilot.reported",
      if: { all: [{ fact: "event.data.otherDeckDelivered", eq: false }, { fact: "event.data.fmSeesBenefit", eq: false }] },
      then: [{ kind: "set_task_status", taskId: 3737, status: "cancelled" }],
      why: "The customer is piloting SharePoint and the FM sees no benefit in delivering the BVD, so task 3737 is cancelled.",
      source: "001 FAQ already piloting",
    },
    {
      id: "sp-pilot-hashtag",
      on: "pilot.reported",
      then: [{ kind: "append_entitlement_note", l1: "largest", text: "#Pilot" }],
      why: "The customer is piloting SharePoint in their business processes.",
      source: "001 Hashtags: #Pilot",
    },
    ...bvdAttemptRules("sp", "SharePoint", ["bvd.scheduled", "bvd.delivered", "bvd.declined", "field.pitch_delivered", "pilot.reported"]),
  ],
};
