import { NOTE_CATEGORIES, NOTE_LIMITS } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZIsoDate, ZUuid } from "./common.ts";
import { ZQualityOverride } from "./note-quality.ts";
import { ZServiceCode } from "./services.ts";

/** A yes/no filter in a query string ("true" / "false"). */
const ZQueryFlag = z.enum(["true", "false"]).transform((v) => v === "true");

/** What a person writes in the Notes Editor (a new note, or a new version of one). */
export const ZNoteInput = z
  .object({
    category: codesOf(NOTE_CATEGORIES),
    services: z.array(ZServiceCode).max(30).default([]).describe("The tenant's services the note is about; none for the whole tenant"),
    taskId: z.number().int().positive().nullable().default(null).describe("An FTOP task id from the catalogue"),
    body: z.string().trim().min(1, "write the note").max(20_000),
    nextAction: z.string().trim().max(NOTE_LIMITS.nextActionMaxChars, `at most ${NOTE_LIMITS.nextActionMaxChars} characters`).nullable().default(null),
    nextActionDate: ZIsoDate.nullable().default(null),
    nextActionOwnerId: ZUuid.nullable().default(null),
    escalated: z.boolean().default(false),
    qualityOverride: ZQualityOverride.optional().describe("Saves an Entitlement Status note rated poor anyway, with the reason why (audited)"),
  })
  .strict();
export type TNoteInput = z.infer<typeof ZNoteInput>;

export const ZNote = z.object({
  id: ZUuid,
  tenantId: ZUuid,
  category: codesOf(NOTE_CATEGORIES),
  services: z.array(z.string()),
  taskId: z.number().int().nullable(),
  body: z.string(),
  hashtags: z.array(z.string()).describe("Extracted from the body: known tags in their canonical spelling"),
  escalated: z.boolean(),
  nextAction: z.string().nullable(),
  nextActionDate: ZIsoDate.nullable(),
  nextActionOwnerId: ZUuid.nullable(),
  authorId: ZUuid.nullable(),
  authorName: z.string().nullable(),
  authorRuleId: z.string().nullable(),
  supersedesNoteId: ZUuid.nullable().describe("The version this one replaced; notes are never deleted"),
  createdAt: z.iso.datetime(),
});
export type TNote = z.infer<typeof ZNote>;
export const ZNoteList = z.object({ items: z.array(ZNote) });
export type TNoteList = z.infer<typeof ZNoteList>;

export const ZLatestNote = ZNote.extend({ tenantName: z.string() });
export const ZLatestNoteList = z.object({ items: z.array(ZLatestNote) });
export type TLatestNoteList = z.infer<typeof ZLatestNoteList>;

export const ZNoteListQuery = z.object({
  category: codesOf(NOTE_CATEGORIES).optional(),
  service: ZServiceCode.optional(),
  escalated: ZQueryFlag.optional(),
  hashtag: z.string().max(60).optional().describe("e.g. #Compete (any case, variants count)"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** A draft keeps whatever was typed, even half a note: only the category is needed. */
export const ZDraftInput = ZNoteInput.omit({ qualityOverride: true }).extend({ body: z.string().max(20_000).default("") });
export type TDraftInput = z.infer<typeof ZDraftInput>;
export const ZDraft = ZNote.omit({ supersedesNoteId: true, authorRuleId: true }).extend({ tenantName: z.string() });
export type TDraft = z.infer<typeof ZDraft>;
export const ZDraftList = z.object({ items: z.array(ZDraft), max: z.number().int() });

export const ZNoteSearchQuery = z.object({
  q: z.string().trim().min(1, "say what to look for").max(200).describe('Words, "quoted phrases", -excluded, OR (web search syntax)'),
  category: codesOf(NOTE_CATEGORIES).optional(),
  escalated: ZQueryFlag.optional(),
  tenantId: ZUuid.optional(),
  service: ZServiceCode.optional(),
  nextUpdate: z.enum(["week", "month", "quarter"]).optional().describe("Next action date within the next 7, 31 or 92 days"),
  mine: ZQueryFlag.optional()
    .describe("Only notes you wrote"),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type TNoteSearchQuery = z.infer<typeof ZNoteSearchQuery>;

const ZFacet = z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() }));
export const ZNoteSearchResult = z.object({
  total: z.number().int().describe("How many notes match; when totalIsExact is false, more than this many do"),
  totalIsExact: z.boolean(),
  order: z
    .enum(["relevance", "newest"])
    .describe("Ranked by relevance up to 10,000 matches; beyond that the newest first, with facets over the newest 10,000"),
  items: z.array(ZNote.extend({ tenantName: z.string(), headline: z.string().describe("The matching passages, matches between « and »") })),
  facets: z.object({
    category: ZFacet,
    escalated: ZFacet,
    tenant: ZFacet.describe("The 10 tenants with most matches"),
    service: ZFacet,
    author: ZFacet.describe("The 10 authors with most matches"),
    nextUpdate: ZFacet.describe("Matches whose next action is due this week, month, quarter"),
  }),
});
export type TNoteSearchResult = z.infer<typeof ZNoteSearchResult>;

export const ZLatestNotesQuery = ZNoteListQuery.extend({
  age: z.enum(["0-30", "30-60", "60-90"]).optional().describe("Written this many days ago"),
  mine: ZQueryFlag.optional()
    .describe("Only notes you wrote"),
});

/** Publishing a draft may carry the same override a new note may, for a poor Entitlement Status note. */
export const ZPublishDraft = z.object({ qualityOverride: ZQualityOverride.optional() }).strict();
export type TPublishDraft = z.infer<typeof ZPublishDraft>;
