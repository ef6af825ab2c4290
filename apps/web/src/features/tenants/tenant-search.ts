import type { TTenantListQuery } from "@waymark/contracts";
import { nonNegativeInt, oneOf, stringParam } from "../../lib/search-params.ts";

export type Region = NonNullable<TTenantListQuery["region"]>;
export type Priority = NonNullable<TTenantListQuery["priority"]>;
export type Segment = NonNullable<TTenantListQuery["segment"]>;
export type OverallStatus = NonNullable<TTenantListQuery["overallStatus"]>;
export type TenantSort = TTenantListQuery["sort"];

/** Fails to compile when the contract gains a code this list lacks, so the URL validator never drops a real value. */
type Complete<All extends string, Listed extends readonly string[]> = [Exclude<All, Listed[number]>] extends [never]
  ? Listed
  : { missing: Exclude<All, Listed[number]> };

function complete<All extends string>() {
  return <const Listed extends readonly All[]>(listed: Listed & Complete<All, Listed>) => listed as readonly All[];
}

export const REGIONS = complete<Region>()(["americas", "apj", "emea"]);
export const PRIORITIES = complete<Priority>()(["high", "medium", "low"]);
export const SEGMENTS = complete<Segment>()(["smc", "enterprise"]);
export const OVERALL_STATUSES = complete<OverallStatus>()(["active", "blocked", "paused"]);
// Mirrors TENANT_SORTS; importing that value would pull zod and the domain package into the browser bundle.
export const TENANT_SORTS = complete<TenantSort>()([
  "priority", "-priority", "name", "-name", "seats", "-seats", "country", "-country",
  "overallStatusDate", "-overallStatusDate", "createdAt", "-createdAt",
]);

export const DEFAULT_SORT: TenantSort = "priority";
export const PAGE_SIZE = 50;

export type TenantSearch = {
  q?: string | undefined;
  region?: Region | undefined;
  priority?: Priority | undefined;
  segment?: Segment | undefined;
  overallStatus?: OverallStatus | undefined;
  sort?: TenantSort | undefined;
  offset?: number | undefined;
};

export type TenantFilterKey = "region" | "priority" | "segment" | "overallStatus";
export const FILTER_KEYS: readonly TenantFilterKey[] = ["region", "priority", "segment", "overallStatus"];

/** Unknown or invalid params are dropped, never an error: shared and old links keep working. */
export function validateTenantSearch(raw: Record<string, unknown>): TenantSearch {
  const search: TenantSearch = {
    q: stringParam(raw.q),
    region: oneOf(REGIONS, raw.region),
    priority: oneOf(PRIORITIES, raw.priority),
    segment: oneOf(SEGMENTS, raw.segment),
    overallStatus: oneOf(OVERALL_STATUSES, raw.overallStatus),
    sort: oneOf(TENANT_SORTS, raw.sort),
    offset: nonNegativeInt(raw.offset),
  };
  if (search.sort === DEFAULT_SORT) search.sort = undefined;
  // Keys stay present even when undefined: the router merges the raw query under this result, and an
  // absent key would let an invalid raw value (priority=urgent) through.
  return search;
}

export function hasActiveFilters(search: TenantSearch): boolean {
  return Boolean(search.q) || FILTER_KEYS.some((key) => search[key] !== undefined);
}

/** Sort state for one column: which direction it is sorted in, if at all. */
export function columnSortState(sort: TenantSort, field: string): "ascending" | "descending" | undefined {
  if (sort === field) return "ascending";
  if (sort === `-${field}`) return "descending";
  return undefined;
}

export function nextSort(sort: TenantSort, field: string): TenantSort {
  const next = sort === field ? `-${field}` : field;
  return oneOf(TENANT_SORTS, next) ?? DEFAULT_SORT;
}
