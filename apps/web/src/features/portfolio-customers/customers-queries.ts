import type { TCustomerList } from "@waymark/contracts";
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiGet } from "../../lib/api.ts";
import { customersQueryOf, type CustomersSearch } from "./customers-search.ts";

/** One page of the Customers view (scope, search, region, sort and paging on the server). */
export function portfolioCustomersQuery(search: CustomersSearch) {
  const query = customersQueryOf(search);
  return queryOptions({
    queryKey: ["customers", "list", query] as const,
    queryFn: ({ signal }) => apiGet<TCustomerList>("/customers", query, signal),
    placeholderData: keepPreviousData,
  });
}
