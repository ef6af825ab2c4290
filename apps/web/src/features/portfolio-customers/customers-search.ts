import type { CustomerListScope, TCustomerListQuery } from "@waymark/contracts";
import { nonNegativeInt, oneOf, stringParam } from "../../lib/search-params.ts";

export const CUSTOMERS_PAGE_SIZE = 50;
export const DEFAULT_CUSTOMER_SCOPE: CustomerListScope = "primary";

export const CUSTOMER_SCOPES: readonly { code: CustomerListScope; label: string; description: string }[] = [
  { code: "primary", label: "My Primary Customers", description: "Customers where you are primary on the customer or one of its tenants" },
  { code: "assigned", label: "My Assigned Customers", description: "Customers with any assignment of yours" },
  { code: "all", label: "All Customers", description: "Every customer" },
];

/** The columns the server sorts by; the others are per-page figures. */
export const SORTABLE_COLUMNS = ["name", "tpid", "region"] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];
const SORTS = SORTABLE_COLUMNS.flatMap((column) => [column, `-${column}`] as const);
export type CustomerSort = (typeof SORTS)[number];

/** The Customers view's URL: ?scope=all&q=contoso&region=emea&sort=-tpid&offset=50. Defaults stay out of it. */
export type CustomersSearch = {
  scope?: CustomerListScope | undefined;
  q?: string | undefined;
  region?: string | undefined;
  sort?: CustomerSort | undefined;
  offset?: number | undefined;
};

/** Unknown or invalid params are dropped, never an error. */
export function validateCustomersSearch(raw: Record<string, unknown>): CustomersSearch {
  const scope = oneOf(["primary", "assigned", "all"] as const, raw.scope);
  const sort = oneOf(SORTS, raw.sort);
  const offset = nonNegativeInt(raw.offset);
  return {
    scope: scope === DEFAULT_CUSTOMER_SCOPE ? undefined : scope,
    q: stringParam(raw.q),
    region: stringParam(raw.region, 20),
    sort: sort === "name" ? undefined : sort,
    offset: offset === 0 ? undefined : offset,
  };
}

/** The API query for the URL's state. */
export function customersQueryOf(search: CustomersSearch): Partial<TCustomerListQuery> & { scope: CustomerListScope } {
  return {
    scope: search.scope ?? DEFAULT_CUSTOMER_SCOPE,
    ...(search.q ? { q: search.q } : {}),
    ...(search.region ? { region: search.region as TCustomerListQuery["region"] } : {}),
    sort: search.sort ?? "name",
    limit: CUSTOMERS_PAGE_SIZE,
    offset: search.offset ?? 0,
  };
}

/** Clicking a column header: ascending first, the same column again flips it. */
export function nextSort(current: CustomerSort | undefined, column: SortableColumn): CustomerSort | undefined {
  const sort = current ?? "name";
  const next: CustomerSort = sort === column ? `-${column}` : column;
  return next === "name" ? undefined : next;
}

export function sortDirectionOf(current: CustomerSort | undefined, column: SortableColumn): "ascending" | "descending" | "none" {
  const sort = current ?? "name";
  return sort === column ? "ascending" : sort === `-${column}` ? "descending" : "none";
}

/** A change of scope, search, region or sort starts again at the first page. */
export function withChange(search: CustomersSearch, change: Omit<CustomersSearch, "offset">): CustomersSearch {
  return { ...search, ...change, offset: undefined };
}
