import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { TLatestNoteList, TNoteSearchResult } from "@waymark/contracts";
import { apiGet as getJson } from "../../lib/api.ts";
import { type LibrarySearch, latestQuery, searchQuery } from "./library-search.ts";

// Under ["notes"], away from each tenant's own notes key: the library is a cross-tenant read.
export function latestNotesQuery(search: LibrarySearch) {
  const query = latestQuery(search);
  return queryOptions({
    queryKey: ["notes", "library", "latest", query] as const,
    queryFn: ({ signal }) => getJson<TLatestNoteList>("/notes/latest", query, signal),
    placeholderData: keepPreviousData,
  });
}

export function noteSearchQuery(search: LibrarySearch) {
  const query = searchQuery(search);
  return queryOptions({
    queryKey: ["notes", "library", "search", query] as const,
    queryFn: ({ signal }) => getJson<TNoteSearchResult>("/notes/search", query ?? {}, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
