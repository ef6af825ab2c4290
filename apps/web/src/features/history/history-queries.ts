import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../lib/api.ts";

/** Under the tenant's detail key, so whatever refreshes the tenant (a playbook event, say) refreshes its history too. */
export const historyKey = (tenantId: string) => ["tenants", "detail", tenantId, "history"] as const;

export function historyQuery(tenantId: string, limit: number) {
  return queryOptions({
    queryKey: [...historyKey(tenantId), limit] as const,
    queryFn: ({ signal }) => api.tenantHistoryPage(tenantId, limit, signal),
    // "Show more" keeps the entries already read on screen while the longer page loads.
    placeholderData: keepPreviousData,
  });
}
