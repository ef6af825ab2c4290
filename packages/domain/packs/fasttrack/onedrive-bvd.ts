import type { PlaybookDefinition } from "../../engine/playbook.ts";
import { bvdAttemptRules } from "./bvd-attempts.ts";
import { appliesToRule, classificationAfterBvdRules, initiateWhenReady, INTENT_DECLARED } from "./bvd-common.ts";

/**
 * FastTrack Playbook – OneDrive for Business BVD, task 3718 (seeds/000_489cc77a291c725c.txt).
 *
 * Events an FM records (data in brackets):
 * - `playbook.started`  [newCustomer?, reengaging?: boolean]  the FM starts working the tenant's OneDrive
 * - `bvd.delivered`   [intent: deploy_now | deploy | blocked | no_intent, targetDate, nextActionDate, timelineNote;
 *                      for blocked / no_intent optionally l2, l3, note: the L2/L3 codes and the note to record]
 * - `bvd.declined`    [reason, deploymentOrder?: service codes first→last when the workload is serialized]
 * - `bvd.attempt_made` [attemptNumber]      starts a 3-business-day wait for an answer (see bvd-attempts.ts)
 * - `bvd.attempt_unanswered` [attemptNumber]  fired when that wait runs out (or recorded by hand)
 * - `bvd.repitched`   [shared: boolean, decision: deploy | not_deploy, targetDate?, nextActionDate?]  (Example 3: new
 *                      capabilities; deciding to deploy moves the entitlements to In Progress with the dates)
 * Where the seed asks for a person's judgement (L1/L2/L3 after a blocked or no-intent pitch) and the FM did not
 * record it with the event, the rule raises a finding that asks for it instead of guessing.
 */
export const ONEDRIVE_BVD: PlaybookDefinition = {
  id: "onedrive-bvd",
  version: 1,
  title: "OneDrive for Business BVD",
  source: "seeds/000_489cc77a291c725c.txt",
  service: "onedrive",
  processes: [
    {
      id: "onedrive-bvd",
      name: "OneDrive Business Value Discussion",
      steps: [
        { id: "deliver-bvd", name: "Deliver the OneDrive BVD deck", role: "fasttrack_manager", tasks: [3718] },
        { id: "adoption-program", name: "Leverage the OneDrive Adoption Program (Next Steps)", role: "fasttrack_manager", tasks: [3740] },
      ],
    },
  ],
  rules: [
    appliesToRule("od", "OneDrive", "000 Overview; rule 1"),
    {
      id: "od-start",
      on: "playbook.started",
      then: [{ kind: "create_task", taskId: 3718 }],
      why: "Every OneDrive-eligible customer an FM works with gets the OneDrive BVD, whatever intent was recorded before.",
      source: "000 Approach 1",
    },
    {
      id: "od-delivered",
      on: "bvd.delivered",
      then: [{ kind: "set_task_status", taskId: 3718, status: "complete" }],
      why: "The OneDrive BVD was delivered, so task 3718 is complete.",
      source: "000 Approach 1",
    },
    {
      id: "od-deploy-now",
      on: "bvd.delivered",
      if: { fact: "event.data.intent", eq: "deploy_now" },
      then: [
        INTENT_DECLARED,
        { kind: "set_service_dates", targetDate: "{event.data.targetDate}", nextActionDate: "{event.data.nextActionDate}" },
        { kind: "append_entitlement_note", l1: "in_progress", text: "After BVD discussion, customer intends to deploy OneDrive" },
      ],
      why: "After the BVD the customer is ready to deploy OneDrive now: target date {event.data.targetDate}, the FE starts on {event.data.nextActionDate}.",
      source: "000 Example 1",
    },
    initiateWhenReady("od", "OneDrive", '000 Example 1 and Example 3 (Initiate "if applicable")'),
    {
      id: "od-deploy-later",
      on: "bvd.delivered",
      if: { fact: "event.data.intent", eq: "deploy" },
      then: [
        INTENT_DECLARED,
        { kind: "set_service_dates", targetDate: "{event.data.targetDate}", nextActionDate: "{event.data.nextActionDate}" },
        { kind: "append_entitlement_note", l1: "in_progress", text: "{event.data.timelineNote}" },
      ],
      why: "The customer intends to deploy OneDrive; the In Progress note says where it sits in their deployment timeline.",
      source: "000 Approach 1",
    },
    ...classificationAfterBvdRules(
      "od",
      "OneDrive",
      "Update the OneDrive L1/L2/L3 and Entitlement Status Notes: after the BVD the customer is {event.data.intent}.",
      "000 Approach 1",
    ),
    {
      id: "od-declined",
      on: "bvd.declined",
      if: { fact: "event.data.deploymentOrder", present: false },
      then: [
        { kind: "set_task_status", taskId: 3718, status: "cancelled" },
        { kind: "append_entitlement_note", l1: "largest", text: "OneDrive BVD Declined: {event.data.reason}" },
      ],
      why: "The customer declined the OneDrive BVD ({event.data.reason}), so task 3718 is cancelled and the reason noted.",
      source: "000 Approach 2",
    },
    {
      id: "od-declined-serialized",
      on: "bvd.declined",
      if: { fact: "event.data.deploymentOrder", present: true },
      then: [
        { kind: "set_task_status", taskId: 3718, status: "cancelled" },
        { kind: "append_serialized_note", l1: "in_progress", suffix: "(OneDrive BVD Declined)" },
        { kind: "set_service_status", status: "initiate_serialized" },
      ],
      why: "The customer declined the pitch but will deploy OneDrive after another workload, so OneDrive is serialized.",
      source: "000 Example 2",
    },
    {
      id: "od-unresponsive",
      on: "bvd.attempt_unanswered",
      if: { fact: "event.data.attemptNumber", gt: 2 },
      then: [
        { kind: "set_task_status", taskId: 3718, status: "cancelled" },
        { kind: "append_entitlement_note", l1: "largest", text: "#Unresponsive" },
      ],
      why: "The customer did not answer {event.data.attemptNumber} attempts to have the OneDrive BVD, so task 3718 is cancelled.",
      source: "000 Approach 3",
    },
    ...repitchRules(),
    {
      id: "od-adoption-program",
      on: ["service.changed", "usage.reported"],
      if: { all: [{ fact: "service.status", in: ["adoption", "operate"] }, { fact: "task.3740.status", present: false }] },
      then: [{ kind: "create_task", taskId: 3740 }],
      why: "OneDrive is deployed (service status {service.statusLabel}), so the FM introduces the OneDrive Adoption Program to drive active usage (task 3740).",
      source: "000 Next Steps",
    },
    {
      id: "od-repitch-dates",
      on: "bvd.repitched",
      if: { all: [{ fact: "event.data.decision", eq: "deploy" }, { fact: "event.data.targetDate", present: true }, { fact: "event.data.nextActionDate", present: true }] },
      then: [{ kind: "set_service_dates", targetDate: "{event.data.targetDate}", nextActionDate: "{event.data.nextActionDate}" }],
      why: "After the updated BVD the customer decided to deploy OneDrive: target date {event.data.targetDate}, next action on {event.data.nextActionDate}.",
      source: "000 Example 3",
    },
    ...bvdAttemptRules("od", "OneDrive", ["bvd.delivered", "bvd.declined", "bvd.repitched"]),
  ],
};

/** Example 3: the updated BVD after new capabilities — four outcomes, each with the seed's exact note. */
function repitchRules(): PlaybookDefinition["rules"] {
  const outcomes = [
    { shared: true, decision: "deploy", note: "Pitched BVD and customer decided to deploy", status: "complete" },
    { shared: true, decision: "not_deploy", note: "Pitched BVD and customer decided not to deploy", status: "complete" },
    { shared: false, decision: "deploy", note: "Declined updated BVD and customer decided to deploy", status: "cancelled" },
    { shared: false, decision: "not_deploy", note: "Declined updated BVD and customer decided not to deploy", status: "cancelled" },
  ] as const;
  return outcomes.map((o) => ({
    id: `od-repitch-${o.shared ? "shared" : "declined"}-${o.decision.replace("_", "-")}`,
    on: "bvd.repitched",
    if: { all: [{ fact: "event.data.shared", eq: o.shared }, { fact: "event.data.decision", eq: o.decision }] },
    // Deciding to deploy declares intent: the entitlements move to In Progress, where the note then sits.
    then: [
      { kind: "set_task_status", taskId: 3718, status: o.status },
      ...(o.decision === "deploy"
        ? [INTENT_DECLARED, { kind: "append_entitlement_note", l1: "in_progress", text: o.note }]
        : [
            { kind: "append_entitlement_note", l1: "largest", text: o.note },
            {
              kind: "raise_finding",
              role: "fasttrack_manager",
              code: "classify_after_bvd",
              message: "Update the OneDrive L1/L2/L3 statuses, Target Date and Next Action Date: after the updated BVD the customer decided not to deploy.",
            },
          ]),
    ],
    why: `The updated OneDrive BVD was ${o.shared ? "shared" : "declined"} and the customer decided ${o.decision === "deploy" ? "to deploy" : "not to deploy"}.`,
    source: "000 Example 3",
  }));
}
