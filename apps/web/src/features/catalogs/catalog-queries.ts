import { queryOptions, useQuery } from "@tanstack/react-query";
import type { TCatalogs } from "@waymark/contracts";
import { api, type TCatalogEntry } from "../../lib/api.ts";

export const catalogsQuery = queryOptions({
  queryKey: ["catalogs"] as const,
  queryFn: ({ signal }) => api.catalogs(signal),
  staleTime: Number.POSITIVE_INFINITY,
});

export type CatalogName = keyof TCatalogs;

/** Catalog entries for a list, empty while loading or when the catalog failed (callers then show codes). */
export function useCatalog(name: CatalogName): TCatalogEntry[] {
  const { data } = useQuery(catalogsQuery);
  return data?.[name] ?? [];
}

/** A label lookup that falls back to the code itself, so a missing label never hides data. */
export function useLabeler(name: CatalogName): (code: string | null | undefined) => string {
  const entries = useCatalog(name);
  return (code) => {
    if (code === null || code === undefined) return "";
    return entries.find((entry) => entry.code === code)?.label ?? code;
  };
}
