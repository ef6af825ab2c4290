import { queryOptions } from "@tanstack/react-query";
import type { TCustomerOverview } from "@waymark/contracts";
import { apiGet as getJson } from "../../lib/api.ts";

/* Under ["tenants"], so recording anything on one of its tenants refreshes the customer's page too. */
export function customerOverviewQuery(customerId: string) {
  return queryOptions({
    queryKey: ["tenants", "customer-overview", customerId] as const,
    queryFn: ({ signal }) => getJson<TCustomerOverview>(`/customers/${encodeURIComponent(customerId)}/overview`, {}, signal),
  });
}
