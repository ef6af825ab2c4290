import { stringParam } from "../../lib/search-params.ts";

/** What the portfolio page shows; every part of it lives in the URL so a link reproduces the view. */
export type PortfolioPriority = "all" | "high" | "medium" | "low" | "low_override";
export const PRIORITIES: readonly PortfolioPriority[] = ["all", "high", "medium", "low", "low_override"];

export type FilterOp =
  | "eq" | "ne" | "contains" | "gt" | "gte" | "lt" | "lte" | "before" | "after" | "empty" | "notempty" | "in";
export const FILTER_OPS: readonly FilterOp[] = [
  "eq", "ne", "contains", "gt", "gte", "lt", "lte", "before", "after", "empty", "notempty", "in",
];
/** Operators that take no value. */
export const VALUELESS_OPS: readonly FilterOp[] = ["empty", "notempty"];

export type PortfolioFilter = { column: string; op: FilterOp; value: string };
export type SortKey = { column: string; descending: boolean };

export type PortfolioState = {
  scope?: string | undefined;
  priority?: PortfolioPriority | undefined;
  display?: string | undefined;
  /** Replaces the display's columns when set. */
  cols?: string[] | undefined;
  q?: string | undefined;
  filters: PortfolioFilter[];
  sort: SortKey[];
};

/** The page's router search: flat strings; `filter` repeats. `view` names the saved view the state came from. */
export type PortfolioSearch = {
  scope?: string | undefined;
  priority?: string | undefined;
  display?: string | undefined;
  cols?: string | undefined;
  q?: string | undefined;
  filter?: string | string[] | undefined;
  sort?: string | undefined;
  view?: string | undefined;
};

const KEY = /^[a-z][a-z0-9_]{0,63}$/;
const MAX_FILTERS = 20;
const MAX_SORTS = 5;

const isKey = (value: string) => KEY.test(value);

function keyParam(value: unknown): string | undefined {
  return typeof value === "string" && isKey(value) ? value : undefined;
}

function keyList(value: unknown): string[] | undefined {
  if (typeof value !== "string") return undefined;
  const keys = [...new Set(value.split(",").map((part) => part.trim()).filter(isKey))];
  return keys.length > 0 ? keys : undefined;
}

/** One `filter` param, `<column>:<op>:<value>`; the value may itself contain ':'. */
export function parseFilter(text: string): PortfolioFilter | undefined {
  const first = text.indexOf(":");
  if (first < 0) return undefined;
  const second = text.indexOf(":", first + 1);
  const column = text.slice(0, first);
  const op = (second < 0 ? text.slice(first + 1) : text.slice(first + 1, second)) as FilterOp;
  const value = second < 0 ? "" : text.slice(second + 1).trim();
  if (!isKey(column) || !FILTER_OPS.includes(op)) return undefined;
  if (VALUELESS_OPS.includes(op)) return { column, op, value: "" };
  if (value === "" || value.length > 200) return undefined;
  return { column, op, value };
}

export const formatFilter = (filter: PortfolioFilter) =>
  VALUELESS_OPS.includes(filter.op) ? `${filter.column}:${filter.op}` : `${filter.column}:${filter.op}:${filter.value}`;

/** Filters arrive as one string, a repeated param (an array) or, from older links, a JSON array. */
function filterTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  if (typeof value !== "string") return [];
  if (value.startsWith("[")) {
    try {
      return filterTexts(JSON.parse(value));
    } catch {
      return [];
    }
  }
  return [value];
}

export function parseSort(value: unknown): SortKey[] {
  if (typeof value !== "string") return [];
  const keys: SortKey[] = [];
  for (const part of value.split(",")) {
    const descending = part.startsWith("-");
    const column = descending ? part.slice(1) : part;
    if (isKey(column) && !keys.some((key) => key.column === column)) keys.push({ column, descending });
  }
  return keys.slice(0, MAX_SORTS);
}

export const formatSort = (sort: SortKey[]) => sort.map((key) => (key.descending ? `-${key.column}` : key.column)).join(",");

/** Unknown or malformed params are dropped, never an error: shared and old links keep working. */
export function parsePortfolioSearch(raw: Record<string, unknown>): PortfolioState {
  const seen = new Set<string>();
  const filters: PortfolioFilter[] = [];
  for (const text of filterTexts(raw.filter)) {
    const filter = parseFilter(text);
    if (!filter || seen.has(formatFilter(filter))) continue;
    seen.add(formatFilter(filter));
    filters.push(filter);
  }
  const priority = PRIORITIES.find((code) => code === raw.priority);
  return {
    scope: keyParam(raw.scope),
    priority: priority === "all" ? undefined : priority,
    display: keyParam(raw.display),
    cols: keyList(raw.cols),
    q: stringParam(raw.q),
    filters: filters.slice(0, MAX_FILTERS),
    sort: parseSort(raw.sort),
  };
}

/** Reads a stored query string (a saved view) the same way the page reads its URL. */
export function parsePortfolioQuery(query: string): PortfolioState {
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : values[0];
  }
  return parsePortfolioSearch(raw);
}

/** The canonical query string of a state: the same state always gives the same text (saved views compare on it). */
export function portfolioQuery(state: PortfolioState): string {
  const params = new URLSearchParams();
  if (state.scope) params.set("scope", state.scope);
  if (state.priority && state.priority !== "all") params.set("priority", state.priority);
  if (state.display) params.set("display", state.display);
  if (state.cols?.length) params.set("cols", state.cols.join(","));
  if (state.q) params.set("q", state.q);
  for (const filter of state.filters) params.append("filter", formatFilter(filter));
  if (state.sort.length) params.set("sort", formatSort(state.sort));
  return params.toString();
}

/** The router search for a state; keys stay present when undefined so stale raw values cannot leak through. */
export function portfolioSearch(state: PortfolioState, view?: string): PortfolioSearch {
  const filters = state.filters.map(formatFilter);
  return {
    scope: state.scope,
    priority: state.priority && state.priority !== "all" ? state.priority : undefined,
    display: state.display,
    cols: state.cols?.length ? state.cols.join(",") : undefined,
    q: state.q,
    filter: filters.length === 0 ? undefined : filters.length === 1 ? filters[0] : filters,
    sort: state.sort.length ? formatSort(state.sort) : undefined,
    view: keyOrId(view),
  };
}

function keyOrId(value: unknown): string | undefined {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : undefined;
}

export function validatePortfolioSearch(raw: Record<string, unknown>): PortfolioSearch {
  return portfolioSearch(parsePortfolioSearch(raw), keyOrId(raw.view));
}

export const isEmptyState = (state: PortfolioState) => portfolioQuery(state) === "";

export function hasActiveFilters(state: PortfolioState): boolean {
  return Boolean(state.q) || state.filters.length > 0 || (state.priority !== undefined && state.priority !== "all");
}

/** What the columns endpoint says exists; used to drop columns, displays and scopes the server does not know. */
export type PortfolioMeta = {
  columns: readonly { key: string }[];
  displays: readonly { code: string }[];
  scopes: readonly { code: string; available: boolean }[];
};

export function sanitiseState(state: PortfolioState, meta: PortfolioMeta): PortfolioState {
  const known = new Set(meta.columns.map((column) => column.key));
  const cols = state.cols?.filter((key) => known.has(key));
  return {
    ...state,
    scope: meta.scopes.some((scope) => scope.code === state.scope && scope.available) ? state.scope : undefined,
    display: meta.displays.some((display) => display.code === state.display) ? state.display : undefined,
    cols: cols?.length ? cols : undefined,
    filters: state.filters.filter((filter) => known.has(filter.column)),
    sort: state.sort.filter((key) => known.has(key.column)),
  };
}

/** Click: sort by this column alone (again: reverse it). Shift-click: add it as a further key (again: reverse it). */
export function toggleSort(sort: SortKey[], column: string, additive: boolean): SortKey[] {
  const existing = sort.find((key) => key.column === column);
  if (additive) {
    if (existing) return sort.map((key) => (key.column === column ? { column, descending: !key.descending } : key));
    return [...sort, { column, descending: false }].slice(0, MAX_SORTS);
  }
  if (existing && sort[0]?.column === column) return [{ column, descending: !existing.descending }];
  return [{ column, descending: false }];
}
