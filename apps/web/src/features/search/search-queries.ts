import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { TSearchResult } from "@waymark/contracts";
import { apiGet as getJson } from "../../lib/api.ts";
import { PALETTE_GROUP_SIZE } from "./search-palette.ts";

/* Under ["tenants"], so a change to a tenant refreshes what search shows about it. */
export function searchQuery(q: string) {
  return queryOptions({
    queryKey: ["tenants", "search", q] as const,
    queryFn: ({ signal }) => getJson<TSearchResult>("/search", { q, limit: PALETTE_GROUP_SIZE }, signal),
    // Keep the last hits on screen while the next ones load, so the list does not flicker while typing.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
