// The system query options the feed answers ($top, $skip, $select, $count, $orderby, $filter) and the query of the
// next page for server-driven paging.
import { ODataQueryError } from "./errors.ts";
import { type ODataFilter, parseODataFilter } from "./filter.ts";
import { ODATA_MAX_PAGE_SIZE, type ODataEntitySet, type ODataProperty } from "./model.ts";

export type ODataOrder = { readonly property: ODataProperty; readonly descending: boolean };

export type ODataQuery = {
  readonly select: readonly ODataProperty[];
  readonly filter: ODataFilter | undefined;
  readonly orderby: readonly ODataOrder[];
  /** How many rows the client asked for in all (undefined: all of them). */
  readonly top: number | undefined;
  readonly skip: number;
  readonly count: boolean;
  /** Rows per answer: 5000, or fewer when the client prefers (Prefer: odata.maxpagesize). */
  readonly maxPageSize: number;
  /** The options as sent, to build the next page's link from. */
  readonly raw: Readonly<Record<string, string>>;
};

const ANSWERED = new Set(["$top", "$skip", "$select", "$count", "$orderby", "$filter", "$format"]);
const invalid = (message: string) => new ODataQueryError("invalid_query", message);

function nonNegativeInteger(name: string, text: string): number {
  if (!/^\d{1,9}$/.test(text.trim())) throw invalid(`${name} must be a whole number of 0 or more, not "${text}".`);
  return Number(text.trim());
}

function propertyOf(set: ODataEntitySet, name: string, option: string): ODataProperty {
  const found = set.properties.find((property) => property.name === name);
  if (!found) throw invalid(`${option}: ${set.name} has no property "${name}"; see $metadata for the names.`);
  return found;
}

function parseSelect(set: ODataEntitySet, text: string | undefined): readonly ODataProperty[] {
  if (text === undefined || text.trim() === "*") return set.properties;
  const names = text.split(",").map((name) => name.trim());
  if (names.some((name) => name === "")) throw invalid("$select: name the properties separated by commas, e.g. $select=name,region.");
  return [...new Set(names)].map((name) => (name === "*" ? undefined : propertyOf(set, name, "$select"))).filter((p): p is ODataProperty => p !== undefined);
}

function parseOrderby(set: ODataEntitySet, text: string | undefined): readonly ODataOrder[] {
  if (text === undefined) return [];
  return text.split(",").map((part) => {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$/.exec(part);
    if (!match) throw invalid(`$orderby: "${part.trim()}" is not a property with an optional asc or desc, e.g. $orderby=region asc,seats desc.`);
    return { property: propertyOf(set, match[1] as string, "$orderby"), descending: match[2] === "desc" };
  });
}

/** Reads the query string of an entity set request; throws ODataQueryError for anything it does not answer. */
export function parseODataQuery(set: ODataEntitySet, query: Readonly<Record<string, unknown>>, preferredPageSize?: number): ODataQuery {
  const raw: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!name.startsWith("$")) continue;
    if (!ANSWERED.has(name)) throw new ODataQueryError("unsupported_query_option", `${name} is not supported; the feed answers $filter, $select, $orderby, $top, $skip and $count.`);
    if (typeof value !== "string") throw invalid(`${name} is given more than once; give it once.`);
    raw[name] = value;
  }
  const format = raw.$format?.trim().toLowerCase();
  if (format !== undefined && format !== "json" && !format.startsWith("application/json")) {
    throw new ODataQueryError("unsupported_format", `$format=${raw.$format} is not supported; the feed answers JSON only.`);
  }
  const count = raw.$count?.trim();
  if (count !== undefined && count !== "true" && count !== "false") throw invalid(`$count must be true or false, not "${raw.$count}".`);
  return {
    select: parseSelect(set, raw.$select),
    filter: raw.$filter === undefined ? undefined : parseODataFilter(raw.$filter, set),
    orderby: parseOrderby(set, raw.$orderby),
    top: raw.$top === undefined ? undefined : nonNegativeInteger("$top", raw.$top),
    skip: raw.$skip === undefined ? 0 : nonNegativeInteger("$skip", raw.$skip),
    count: count === "true",
    maxPageSize: Math.min(preferredPageSize ?? ODATA_MAX_PAGE_SIZE, ODATA_MAX_PAGE_SIZE),
    raw,
  };
}

/** The page size a `Prefer` header asks for (odata.maxpagesize=N, N ≥ 1), if any. */
export function preferredODataPageSize(prefer: string | undefined): number | undefined {
  const match = /(?:^|[,;\s])odata\.maxpagesize\s*=\s*(\d{1,9})/i.exec(prefer ?? "");
  const size = match ? Number(match[1]) : undefined;
  return size !== undefined && size >= 1 ? size : undefined;
}

/** How many rows this answer carries: what the client asked for, at most one page. */
export function odataPageSize(query: ODataQuery): number {
  return Math.min(query.top ?? query.maxPageSize, query.maxPageSize);
}

/**
 * The query string of the next page after `returned` rows, or undefined when this page was the last: the same
 * options with $skip moved on and $top lowered by what was already sent.
 */
export function odataNextPageQuery(query: ODataQuery, returned: number): string | undefined {
  if (returned < odataPageSize(query)) return undefined;
  const remaining = query.top === undefined ? undefined : query.top - returned;
  if (remaining !== undefined && remaining <= 0) return undefined;
  const options: Record<string, string> = { ...query.raw, $skip: String(query.skip + returned) };
  if (remaining === undefined) delete options.$top;
  else options.$top = String(remaining);
  return Object.entries(options)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");
}
