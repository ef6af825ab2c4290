import type { Condition } from "../../engine/conditions.ts";
import type { PlaybookDefinition } from "../../engine/playbook.ts";

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
      then: [{ kind: "raise_finding", role: "fasttrack_manager", code: "classify_after_bvd", message: prompt }],
      why: "After the BVD the customer is blocked or has no intent, which only the FM can classify.",
      source,
    },
  ];
}
