import type { TNote } from "@waymark/contracts";
import { oneOf, stringParam } from "../../lib/search-params.ts";
import { isCategory, type NoteCategory } from "../notes/notes.ts";

export const LIBRARY_VIEWS = ["latest", "search", "drafts"] as const;
export type LibraryView = (typeof LIBRARY_VIEWS)[number];
export const AGES = ["0-30", "30-60", "60-90"] as const;
export const NEXT_UPDATES = ["week", "month", "quarter"] as const;
export const AUTHORS = ["me", "system"] as const;

/** The notes library's state, all of it in the URL so a filtered list can be bookmarked and shared. */
export type LibrarySearch = {
  view?: "search" | "drafts" | undefined;
  age?: (typeof AGES)[number] | undefined;
  category?: NoteCategory | undefined;
  service?: string | undefined;
  escalated?: "true" | "false" | undefined;
  hashtag?: string | undefined;
  /** me: notes I wrote; system: notes a playbook rule wrote. */
  author?: (typeof AUTHORS)[number] | undefined;
  q?: string | undefined;
  nextUpdate?: (typeof NEXT_UPDATES)[number] | undefined;
};

/** Unknown values are dropped rather than refused: a stale bookmark still opens the library. */
export function validateLibrarySearch(raw: Record<string, unknown>): LibrarySearch {
  const category = stringParam(raw.category, 40);
  return {
    view: oneOf(["search", "drafts"] as const, raw.view),
    age: oneOf(AGES, raw.age),
    category: isCategory(category) ? category : undefined,
    service: stringParam(raw.service, 40),
    escalated: oneOf(["true", "false"] as const, raw.escalated),
    hashtag: stringParam(raw.hashtag, 60),
    author: oneOf(AUTHORS, raw.author),
    q: stringParam(raw.q, 200),
    nextUpdate: oneOf(NEXT_UPDATES, raw.nextUpdate),
  };
}

export const viewOf = (search: LibrarySearch): LibraryView => search.view ?? "latest";

/** The same search with some values changed; undefined removes a value. */
export function withSearch(search: LibrarySearch, patch: Partial<LibrarySearch>): LibrarySearch {
  const next: Record<string, unknown> = { ...search, ...patch };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return next as LibrarySearch;
}

export const LATEST_LIMIT = 200;

/** GET /api/notes/latest's query: "system messages" is not a server filter, see systemOnly. */
export function latestQuery(search: LibrarySearch) {
  return {
    age: search.age,
    category: search.category,
    service: search.service,
    escalated: search.escalated,
    hashtag: search.hashtag,
    mine: search.author === "me" ? "true" : undefined,
    limit: LATEST_LIMIT,
  };
}

/** Notes written by a playbook rule rather than a person. */
export const isSystemNote = (note: Pick<TNote, "authorRuleId">) => note.authorRuleId !== null;

/** GET /api/notes/search's query, or null while nothing has been typed. */
export function searchQuery(search: LibrarySearch) {
  if (!search.q) return null;
  return {
    q: search.q,
    category: search.category,
    service: search.service,
    escalated: search.escalated,
    nextUpdate: search.nextUpdate,
    mine: search.author === "me" ? "true" : undefined,
    limit: 50,
  };
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** "Recent": written in the last week. */
export function isRecent(createdAt: string, now: Date): boolean {
  const age = now.getTime() - new Date(createdAt).getTime();
  return age >= 0 && age <= WEEK_MS;
}

/** Who owns the next action, in words; the API gives only the owner's id. */
export function ownerText(ownerId: string | null, myId: string | undefined): string | null {
  if (!ownerId) return null;
  return ownerId === myId ? "you" : "another person";
}

/** Splits a search headline ("… «match» …") into plain and matched parts for <mark>. */
export function headlineParts(headline: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [index, text] of headline.split(/[«»]/).entries()) if (text) parts.push({ text, match: index % 2 === 1 });
  return parts;
}

export function activeFilterCount(search: LibrarySearch): number {
  const keys = ["age", "category", "service", "escalated", "hashtag", "author", "nextUpdate"] as const;
  return keys.filter((key) => search[key] !== undefined).length;
}
