import { nonNegativeInt, oneOf, stringParam } from "../../lib/search-params.ts";

/** The filters every report takes, in the order the filter bar shows them. */
export const FILTER_KEYS = ["region", "team", "manager", "fm", "engagementStatus", "scenario", "serviceStatus", "service", "priority", "segment"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ReportFilters = Partial<Record<FilterKey, string>>;

export const REPORT_VIEWS = ["chart", "table"] as const;
export type ReportView = (typeof REPORT_VIEWS)[number];

/** The page's state in the URL: the report, the shared filters, how it is shown, and a report's own drill-down. */
export type ReportsSearch = ReportFilters & {
  report?: string | undefined;
  view?: "table" | undefined;
  /** The hygiene check whose tenants are listed. */
  check?: string | undefined;
  /** DIBS completion: the item and requirement row whose missing services are listed. */
  missing?: string | undefined;
  row?: string | undefined;
  /** The first row of a paged table (hygiene tenants, conversion forecast items). */
  offset?: number | undefined;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PEOPLE_FILTERS: readonly FilterKey[] = ["manager", "fm"];

export function validateReportsSearch(raw: Record<string, unknown>): ReportsSearch {
  const search: ReportsSearch = {};
  const report = stringParam(raw.report, 40);
  if (report) search.report = report;
  if (oneOf(["table"] as const, raw.view)) search.view = "table";
  for (const key of ["check", "missing", "row"] as const) {
    const value = stringParam(raw[key], 60);
    if (value) search[key] = value;
  }
  const offset = nonNegativeInt(raw.offset);
  if (offset) search.offset = offset;
  for (const key of FILTER_KEYS) {
    const value = stringParam(raw[key], 60);
    if (value === undefined) continue;
    // A person filter is a user id; anything else would only earn a 422 from every report.
    if (PEOPLE_FILTERS.includes(key) && !UUID.test(value)) continue;
    search[key] = value;
  }
  return search;
}

/** The shared filters of the state, to send with every report request and CSV download. */
export function filtersOf(search: ReportsSearch): ReportFilters {
  const filters: ReportFilters = {};
  for (const key of FILTER_KEYS) if (search[key]) filters[key] = search[key];
  return filters;
}

export const hasFilters = (search: ReportsSearch) => FILTER_KEYS.some((key) => search[key] !== undefined);

/** The next state after a change: undefined values leave the URL; a new filter or report starts paged tables over. */
export function nextSearch(search: ReportsSearch, patch: Partial<ReportsSearch>): ReportsSearch {
  const changesScope = Object.keys(patch).some((key) => key === "report" || (FILTER_KEYS as readonly string[]).includes(key));
  const next: Record<string, unknown> = { ...search, ...(changesScope && !("offset" in patch) ? { offset: undefined } : {}), ...patch };
  if ("report" in patch && patch.report !== search.report) Object.assign(next, { check: undefined, missing: undefined, row: undefined });
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return next as ReportsSearch;
}

/** Query parameters as a string, skipping empty values. */
export function queryText(params: Record<string, string | number | undefined>): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") out.set(key, String(value));
  return out.toString();
}
