import { z } from "zod";
import { ZUuid } from "./common.ts";

export const ZDuplicateCandidate = z.object({
  id: ZUuid,
  name: z.string(),
  tpid: z.number().int(),
  customerName: z.string(),
  country: z.string(),
  primaryFm: z.object({ id: ZUuid, name: z.string() }).nullable().describe("Who works it: the FM to contact about it"),
  score: z.number().int().min(0).max(100),
  likely: z.boolean().describe("Score of at least 50: compare the company and its contacts, then confirm or dismiss"),
  evidence: z.array(z.string()).describe("Why it is a candidate, in words (same TPID, same normalised name, abbreviation, similarity, country)"),
});
export type TDuplicateCandidate = z.infer<typeof ZDuplicateCandidate>;

export const ZDuplicateCandidates = z.object({
  items: z.array(ZDuplicateCandidate).describe("Candidates the reader may see, best first"),
  hidden: z
    .object({
      count: z.number().int().min(0).describe("Likely duplicates held by others that the reader may not see"),
      contacts: z.array(z.string()).describe("Their primary FMs, to ask; no tenant is named"),
    })
    .describe("Likely duplicates outside the reader's tenants: how many and whom to ask, nothing else"),
});
export type TDuplicateCandidates = z.infer<typeof ZDuplicateCandidates>;

export const ZConfirmDuplicate = z
  .object({
    winnerTenantId: ZUuid.describe("The tenant that stays: its primary FM takes this one over"),
    reason: z.string().trim().min(10, "say why they are the same organisation, in a sentence (at least 10 characters)").max(1000),
  })
  .strict();
export type TConfirmDuplicate = z.infer<typeof ZConfirmDuplicate>;

export const ZDuplicateConfirmed = z.object({
  tenant: z.object({ id: ZUuid, name: z.string(), version: z.number().int() }),
  winner: z.object({ id: ZUuid, name: z.string() }),
  services: z.array(z.object({ service: z.string(), entitlements: z.number().int() })).describe("Now all Duplicate/Invalid"),
  primaryFm: z.object({ id: ZUuid, name: z.string() }).nullable().describe("The duplicate's primary FM now; null when the winner has none"),
  messages: z.array(z.string()).describe("What changed, in words"),
});
export type TDuplicateConfirmed = z.infer<typeof ZDuplicateConfirmed>;
