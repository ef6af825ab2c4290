import { L1_STATUSES } from "@waymark/domain";
import { z } from "zod";
import { codesOf } from "./common.ts";

/** What "Suggest" rates: the note text and, when the person already picked one, the L1 it is filed under. */
export const ZNoteSuggestRequest = z
  .object({
    body: z.string().max(20_000).describe("The Entitlement Status note; an empty one is rated poor"),
    l1: codesOf(L1_STATUSES).nullable().optional().describe("The L1 the note is filed under; the answer says when the note disagrees"),
  })
  .strict();
export type TNoteSuggestRequest = z.infer<typeof ZNoteSuggestRequest>;

export const ZNoteEvidence = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("matched"), words: z.array(z.string()).describe("Words of the note, lower-cased"), explanation: z.string() }),
  z.object({ kind: z.literal("missing"), part: z.string().describe("What the note lacks, e.g. reason"), explanation: z.string() }),
]);

export const ZNoteClassification = z.object({
  rating: z.enum(["great", "marginal", "poor"]).describe("A poor Entitlement Status note is refused unless overridden with a reason"),
  suggested: z
    .object({ l1: codesOf(L1_STATUSES), l1Label: z.string(), l2: z.string().nullable(), l2Label: z.string().nullable() })
    .nullable()
    .describe("The L1/L2 the note describes; null when it describes none"),
  confidence: z.enum(["high", "medium", "low"]).describe("How clearly the words point to the suggested L1/L2"),
  evidence: z.array(ZNoteEvidence).describe("The words and missing parts that drove the rating and the suggestion"),
});
export type TNoteClassification = z.infer<typeof ZNoteClassification>;

/** Saves a note rated poor anyway; the reason is recorded in the tenant's history. */
export const ZQualityOverride = z
  .object({
    reason: z.string().trim().min(10, "say in at least 10 characters why this note should be saved as it is").max(1000),
  })
  .strict();
export type TQualityOverride = z.infer<typeof ZQualityOverride>;
