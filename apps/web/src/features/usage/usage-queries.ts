import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { usageApi } from "../../lib/api.ts";

/* Under the tenant's detail key, so usage refreshes with everything else recorded on the tenant. */
const tenantKey = (tenantId: string) => ["tenants", "detail", tenantId] as const;

/** The series from `from` (default: the server's last 90 days) to the tenant's today. */
export function usageQuery(tenantId: string, from: string | undefined) {
  return queryOptions({
    queryKey: [...tenantKey(tenantId), "usage", from ?? "default"] as const,
    queryFn: ({ signal }) => usageApi.tenantUsage(tenantId, { from }, signal),
    placeholderData: keepPreviousData,
  });
}
