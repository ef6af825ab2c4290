import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { historyQueryParams, type HistoryFilter } from "./history.ts";
import { fetchHistoryPage } from "./history-api.ts";

/** Under the tenant's detail key, so whatever refreshes the tenant (a playbook event, say) refreshes its history too. */
export const historyKey = (tenantId: string) => ["tenants", "detail", tenantId, "history"] as const;

export function historyQuery(tenantId: string, limit: number, filter: HistoryFilter = {}) {
  const params = historyQueryParams(filter);
  return queryOptions({
    queryKey: [...historyKey(tenantId), limit, params] as const,
    queryFn: ({ signal }) => fetchHistoryPage(tenantId, { limit, ...params }, signal),
    // "Show more" and a changed filter keep the entries already read on screen while the next answer loads.
    placeholderData: keepPreviousData,
  });
}
