// Hashtags written into note text and used as reporting filters, and how they are read from text.
// Sources: seeds/001_78b5828efea8eea9.txt "Hashtags Explained" (SharePoint BVD set), seeds/000_489cc77a291c725c.txt
// ("#Unresponsive" for OneDrive), reference/partner-playbook/guidance-fm-notes-partner.md and
// frp-covid-19-response.md ("#covid"; the FRP dashboard also matches "#covid19"), research §2.9, DESIGN decision 5.
import type { ServiceCode } from "./services.ts";

type HashtagShape = {
  readonly code: string;
  /** Canonical spelling, stored in notes. */
  readonly tag: string;
  /** The string as the source writes it. */
  readonly label: string;
  readonly meaning: string;
  /** Services whose reporting uses the tag; empty = any service. */
  readonly services: readonly ServiceCode[];
  /** Other tags reporting treats as this one. */
  readonly variants: readonly string[];
};

const HASHTAG_DATA = [
  {
    code: "spo_blocker", tag: "#SPOblocker", label: "#SPOblocker – no intent", services: ["sharepoint"], variants: [],
    meaning: "The customer would otherwise like to use SharePoint, but a specific issue prevents them from moving forward (not related to serialized deployments).",
  },
  {
    code: "compete", tag: "#Compete", label: "#Compete", services: ["sharepoint"], variants: [],
    meaning: "The customer is looking to compare SharePoint to another product they already have.",
  },
  {
    code: "pilot", tag: "#Pilot", label: "#Pilot", services: ["sharepoint"], variants: [],
    meaning: "The customer will deploy a pilot to get users to leverage SharePoint in their business processes, or to find where SharePoint helps them.",
  },
  {
    code: "unresponsive", tag: "#Unresponsive", label: "#Unresponsive", services: ["sharepoint", "onedrive"], variants: [],
    meaning: "The customer did not respond to 3 attempts to have the Business Value Discussion.",
  },
  {
    code: "compliance", tag: "#Compliance", label: "#Compliance", services: ["sharepoint"], variants: [],
    meaning: "The customer will not use SharePoint due to compliance considerations.",
  },
  {
    code: "field_delivering_bvd", tag: "#FieldDeliveringBVD", label: "#FieldDeliveringBVD", services: ["sharepoint"], variants: [],
    meaning: "The customer's Account Team wishes to deliver the BVD or already delivered it.",
  },
  {
    code: "covid", tag: "#covid", label: "#covid", services: [], variants: ["#covid19"],
    meaning: "The customer requested deployment assistance or accelerated deployment/adoption because of COVID-19. Not for customers who pause or stop: change L1/L2/L3 instead.",
  },
] as const satisfies readonly HashtagShape[];

export type HashtagCode = (typeof HASHTAG_DATA)[number]["code"];
export type Hashtag = Omit<HashtagShape, "code"> & { readonly code: HashtagCode };

export const HASHTAGS: readonly Hashtag[] = HASHTAG_DATA;

const BY_LOWER_TAG = new Map<string, Hashtag>(HASHTAGS.map((entry) => [entry.tag.toLowerCase(), entry]));
const BY_LOWER_VARIANT = new Map<string, Hashtag>(
  HASHTAGS.flatMap((entry) => entry.variants.map((variant) => [variant.toLowerCase(), entry] as const)),
);

export function isHashtagCode(value: string): value is HashtagCode {
  return HASHTAGS.some((entry) => entry.code === value);
}

export function hashtagLabel(code: HashtagCode): string {
  return HASHTAGS.find((entry) => entry.code === code)?.label ?? code;
}

/** The catalogue entry a tag counts as for reporting (canonical tag or variant, any case); "#covid19" counts as #covid. */
export function hashtagEntryFor(tag: string): Hashtag | undefined {
  const lower = tag.toLowerCase();
  return BY_LOWER_TAG.get(lower) ?? BY_LOWER_VARIANT.get(lower);
}

/** A hashtag to look for, as a person typed it ("#Compete", "compete", a variant) and as the catalogue knows it. */
export type HashtagQuery = { written: string; canonical: string | null };

/** "#Compete", "compete" or a variant: known tags match their canonical spelling, others any case. */
export function hashtagQuery(typed: string): HashtagQuery {
  const written = typed.startsWith("#") ? typed : `#${typed}`;
  return { written, canonical: hashtagEntryFor(written)?.tag ?? null };
}

/**
 * A tag is "#" followed by letters and digits, with at least one letter ("#1" is an ordinal, not a tag) and not
 * glued to a preceding word, "/", "&" or "#" ("Exchange#1" in seed 000's serial notes, URL fragments and HTML
 * entities are not tags). The tag ends at the first other character, so "#SPOblocker – no intent" gives #SPOblocker.
 */
const TAG_PATTERN = /(?<![\p{L}\p{N}_/&#])#([\p{L}\p{N}]+)/gu;
const HAS_LETTER = /\p{L}/u;

/**
 * The hashtags of a note, case-insensitive: known tags in their canonical spelling, others as first written;
 * de-duplicated, in order of first appearance.
 */
export function extractHashtags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const match of text.matchAll(TAG_PATTERN)) {
    const body = match[1] ?? "";
    if (!HAS_LETTER.test(body)) continue;
    const written = `#${body}`;
    const key = written.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(BY_LOWER_TAG.get(key)?.tag ?? written);
  }
  return tags;
}
