import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, type TTenantListParams } from "../../lib/api.ts";
import { DEFAULT_SORT, PAGE_SIZE, type TenantSearch } from "./tenant-search.ts";

export function tenantListQuery(search: TenantSearch) {
  const params: TTenantListParams = {
    q: search.q,
    region: search.region,
    priority: search.priority,
    segment: search.segment,
    overallStatus: search.overallStatus,
    sort: search.sort ?? DEFAULT_SORT,
    limit: PAGE_SIZE,
    offset: search.offset ?? 0,
  };
  return queryOptions({
    queryKey: ["tenants", "list", params] as const,
    queryFn: ({ signal }) => api.listTenants(params, signal),
    // Keep the old page on screen while the next one loads, so the table never collapses to a spinner.
    placeholderData: keepPreviousData,
  });
}

export function tenantQuery(id: string) {
  return queryOptions({
    queryKey: ["tenants", "detail", id] as const,
    queryFn: ({ signal }) => api.getTenant(id, signal),
  });
}
