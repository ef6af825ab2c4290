import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { usageApi } from "../../lib/api.ts";

/* Under the tenant's detail key: whatever is recorded on the tenant may start or stop a wait, so the forecast refreshes. */
const tenantKey = (tenantId: string) => ["tenants", "detail", tenantId] as const;

export function simulationQuery(tenantId: string, days: number) {
  return queryOptions({
    queryKey: [...tenantKey(tenantId), "simulation", days] as const,
    queryFn: ({ signal }) => usageApi.simulate(tenantId, days, signal),
    placeholderData: keepPreviousData,
  });
}
