import type { PlaybookDefinition } from "../../engine/playbook.ts";

/** Business days a BVD attempt waits for an answer. The BVD seeds give no spacing; seed 003's outreach waits 3. */
export const BVD_ANSWER_WAIT_BUSINESS_DAYS = 3;

/**
 * DESIGN decision 8: attempts are recorded, and the "3 attempts" rules run by themselves when an attempt's wait
 * runs out unanswered. Recording an attempt starts the wait; any answer (the events in `answers`) stops it.
 */
export function bvdAttemptRules(prefix: string, workload: string, answers: readonly string[]): PlaybookDefinition["rules"] {
  return [
    {
      id: `${prefix}-attempt-made`,
      on: "bvd.attempt_made",
      then: [
        {
          kind: "start_timer",
          key: "bvd-answer",
          businessDays: BVD_ANSWER_WAIT_BUSINESS_DAYS,
          fire: { type: "bvd.attempt_unanswered", data: { attemptNumber: "{event.data.attemptNumber}" } },
        },
      ],
      why: `Attempt {event.data.attemptNumber} to hold the ${workload} BVD was made; unanswered after ${BVD_ANSWER_WAIT_BUSINESS_DAYS} business days it counts as unanswered.`,
      source: "DESIGN decision 8; wait as in seed 003",
    },
    ...answers.map((answer) => ({
      id: `${prefix}-answered-${answer.replace(/^[a-z]+\./, "").replaceAll("_", "-")}`,
      on: answer,
      then: [{ kind: "cancel_timer", key: "bvd-answer" }],
      why: `The customer answered about the ${workload} BVD, so the wait for an answer stops.`,
      source: "DESIGN decision 8",
    })),
  ];
}
