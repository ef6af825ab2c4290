import type { Condition } from "../../engine/conditions.ts";
import type { PlaybookDefinition } from "../../engine/playbook.ts";
import { FM, prompt as promptFor } from "./rule-helpers.ts";

/**
 * Rule 1 / 14: the BVD playbooks are for new customers (very early in the engagement), customers re-engaging on
 * additional workloads, and High or Medium priority customers (overrides included). Starting one on a Low priority
 * tenant that is neither is refused, saying what would make it apply.
 */
export function appliesToRule(prefix: string, workload: string, source: string): PlaybookDefinition["rules"][number] {
  return {
    id: `${prefix}-applies-to`,
    on: "playbook.started",
    if: {
      all: [
        { fact: "tenant.effectivePriority", eq: "low" },
        { not: { fact: "event.data.newCustomer", eq: true } },
        { not: { fact: "event.data.reengaging", eq: true } },
      ],
    },
    then: [
      {
        kind: "refuse",
        message: `The ${workload} BVD is for new customers, customers re-engaging on additional workloads, and High or Medium priority customers; this tenant is Low priority. Record newCustomer or reengaging (true) if one holds, or override the priority.`,
      },
    ],
    why: `The ${workload} BVD does not apply to a Low priority tenant that is neither new nor re-engaging.`,
    source,
  };
}

/**
 * Rule 4 / 17: intent after the BVD means the workload's entitlements are In Progress ("the customer declares
 * intent"): those still in Status Unknown or No Intent move there, so the target date and the note the seed asks
 * for sit on entitlements that count. Blocked entitlements stay: their blocker is not settled by a pitch.
 */
export const INTENT_DECLARED = { kind: "set_entitlement_status", to: "in_progress", from: ["status_unknown", "no_intent"] } as const;

/**
 * Example 1 / Example 3: a customer ready to deploy (now, or after the updated BVD) puts the workload in Initiate,
 * "if applicable": not when it waits behind others in the deployment order — then Initiate - Serialized holds.
 */
export function initiateWhenReady(prefix: string, workload: string, source: string): PlaybookDefinition["rules"][number] {
  return {
    id: `${prefix}-initiate-when-ready`,
    on: ["bvd.delivered", "bvd.repitched"],
    if: {
      all: [
        { any: [{ fact: "event.data.intent", eq: "deploy_now" }, { fact: "event.data.decision", eq: "deploy" }] },
        { not: { fact: "service.deploymentOrder", gt: 1 } },
      ],
    },
    then: [{ kind: "set_service_status", status: "initiate" }],
    why: `The customer is ready to deploy ${workload} and it waits behind no other workload, so its service status is Initiate.`,
    source,
  };
}

const BLOCKED_OR_NO_INTENT: Condition = { fact: "event.data.intent", in: ["blocked", "no_intent"] };

/**
 * Rule 5 / 18: after a BVD that leaves the customer blocked or without intent, the workload's L1/L2/L3 and note
 * are updated. When the FM records the L2, L3 and note with the event, the entitlements move to Blocked or No
 * Intent with them (the split keeps its sum; Duplicate/Invalid entitlements stay); without them, a prompt asks.
 */
export function classificationAfterBvdRules(prefix: string, workload: string, prompt: string, source: string): PlaybookDefinition["rules"] {
  return [
    {
      id: `${prefix}-classified-after-bvd`,
      on: "bvd.delivered",
      if: { all: [BLOCKED_OR_NO_INTENT, { fact: "event.data.l2", present: true }] },
      then: [
        { kind: "set_entitlement_status", to: "{event.data.intent}", l2: "{event.data.l2}", l3: "{event.data.l3}", note: "{event.data.note}" },
        { kind: "resolve_finding", code: "classify_after_bvd" },
      ],
      why: `After the BVD the customer is {event.data.intent}: the ${workload} entitlements move there with the L2/L3 and note the FM recorded.`,
      source,
    },
    {
      id: `${prefix}-classify-after-bvd`,
      on: "bvd.delivered",
      if: { all: [BLOCKED_OR_NO_INTENT, { fact: "event.data.l2", present: false }] },
      then: [promptFor("classify_after_bvd", FM, prompt)],
      why: "After the BVD the customer is blocked or has no intent, which only the FM can classify.",
      source,
    },
  ];
}
