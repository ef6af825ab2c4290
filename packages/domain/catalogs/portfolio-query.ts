// The Portfolio grid's query: scope, priority filter, shown columns, column filters, sort and search, parsed from the
// page's URL parameters and checked against the column catalog. Pure: the database turns the result into SQL.
import { type PortfolioColumnType, portfolioColumn } from "./portfolio-columns.ts";
import { DEFAULT_PORTFOLIO_DISPLAY, DEFAULT_PORTFOLIO_SORT, portfolioDisplay, PORTFOLIO_DISPLAYS } from "./portfolio-displays.ts";

/** The rule behind "active" and "inactive", in words; the SQL condition is `inactiveTenantCondition` in packages/db. */
export const INACTIVE_TENANT_RULE =
  "A tenant is inactive when it is a confirmed duplicate of another tenant, or when it is assigned to an FTCQ Inactive queue " +
  "(the General Engagement playbook routes it there when the FM disengages); every other tenant is active.";

export const PORTFOLIO_SCOPES = [
  { code: "my_active", label: "My Active Tenants", mine: true, state: "active", description: `Active tenants assigned to you or your customers. ${INACTIVE_TENANT_RULE}` },
  { code: "my_inactive", label: "My Inactive Tenants", mine: true, state: "inactive", description: `Inactive tenants assigned to you or your customers. ${INACTIVE_TENANT_RULE}` },
  { code: "my", label: "My Tenants", mine: true, state: "any", description: "Every tenant assigned to you or your customers" },
  { code: "active", label: "Active Tenants", mine: false, state: "active", description: `Every active tenant. ${INACTIVE_TENANT_RULE}` },
  { code: "inactive", label: "Inactive Tenants", mine: false, state: "inactive", description: `Every inactive tenant. ${INACTIVE_TENANT_RULE}` },
  { code: "all", label: "All", mine: false, state: "any", description: "Every tenant" },
] as const;
export type PortfolioScope = (typeof PORTFOLIO_SCOPES)[number]["code"];
export type PortfolioTenantState = (typeof PORTFOLIO_SCOPES)[number]["state"];

/** FTOP's Priority filter. */
export const PORTFOLIO_PRIORITY_FILTERS = [
  { code: "all", label: "All" },
  { code: "high", label: "High + High Override" },
  { code: "medium", label: "Med + Med Override" },
  { code: "low", label: "Low (automated, not overridden)" },
  { code: "low_override", label: "Low Override" },
] as const;
export type PortfolioPriorityFilter = (typeof PORTFOLIO_PRIORITY_FILTERS)[number]["code"];

export const FILTER_OPS = ["eq", "ne", "contains", "gt", "gte", "lt", "lte", "before", "after", "empty", "notempty", "in"] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

const OPS_BY_TYPE: Record<PortfolioColumnType, readonly FilterOp[]> = {
  text: ["eq", "ne", "contains", "in", "empty", "notempty"],
  number: ["eq", "ne", "gt", "gte", "lt", "lte", "in", "empty", "notempty"],
  date: ["eq", "ne", "before", "after", "gt", "gte", "lt", "lte", "empty", "notempty"],
  boolean: ["eq", "ne", "empty", "notempty"],
  enum: ["eq", "ne", "in", "empty", "notempty"],
};

export type FilterValue = string | number | boolean | readonly string[] | readonly number[] | null;
export type PortfolioFilter = { column: string; type: PortfolioColumnType; op: FilterOp; value: FilterValue };
export type PortfolioSort = { column: string; descending: boolean };

export type PortfolioQueryInput = {
  display?: string | undefined;
  cols?: string | undefined;
  filter?: string | readonly string[] | undefined;
  sort?: string | undefined;
  q?: string | undefined;
};
export type PortfolioQuery = { display: string; columns: string[]; filters: PortfolioFilter[]; sort: PortfolioSort[]; search: string | null };
export type QueryProblem = { param: string; message: string };

const MAX_COLUMNS = 60;
const MAX_FILTERS = 20;
const MAX_SORT = 5;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isDate = (text: string) => DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

function parseScalar(type: PortfolioColumnType, text: string, options: readonly { code: string }[] | undefined): { value: string | number | boolean } | { problem: string } {
  switch (type) {
    case "number": {
      const value = Number(text);
      return text.trim() !== "" && Number.isFinite(value) ? { value } : { problem: `"${text}" is not a number` };
    }
    case "date":
      return isDate(text) ? { value: text } : { problem: `"${text}" is not a date: write it as YYYY-MM-DD` };
    case "boolean":
      if (/^(true|yes|1)$/i.test(text)) return { value: true };
      if (/^(false|no|0)$/i.test(text)) return { value: false };
      return { problem: `"${text}" is not true or false` };
    case "enum":
      return options?.some((option) => option.code === text)
        ? { value: text }
        : { problem: `"${text}" is not one of its values (${(options ?? []).map((option) => option.code).join(", ")})` };
    case "text":
      return text === "" ? { problem: "the value is empty" } : { value: text };
  }
}

/** One `<column>:<op>:<value>` filter; the value may itself contain ':'. */
export function parsePortfolioFilter(text: string): PortfolioFilter | { problem: string } {
  const [key = "", op = "", ...rest] = text.split(":");
  const raw = rest.join(":");
  const column = portfolioColumn(key);
  if (!column) return { problem: `"${key}" is not a column. Write filters as <column>:<op>:<value>, e.g. seats:gte:400; the columns are listed by GET /api/portfolio/columns.` };
  if (!(FILTER_OPS as readonly string[]).includes(op)) return { problem: `"${op}" is not a filter operation. Use one of: ${FILTER_OPS.join(", ")}.` };
  const allowed = OPS_BY_TYPE[column.type];
  if (!allowed.includes(op as FilterOp)) return { problem: `${column.label} (${column.type}) cannot be filtered with "${op}"; use one of: ${allowed.join(", ")}.` };
  const base = { column: key, type: column.type, op: op as FilterOp };
  if (op === "empty" || op === "notempty") return { ...base, value: null };
  if (op === "in") {
    const parts = raw.split(",").map((part) => part.trim()).filter((part) => part !== "");
    if (parts.length === 0) return { problem: `${column.label} "in" needs a comma-separated list of values.` };
    const values: (string | number)[] = [];
    for (const part of parts) {
      const parsed = parseScalar(column.type, part, column.options);
      if ("problem" in parsed) return { problem: `${column.label}: ${parsed.problem}.` };
      values.push(parsed.value as string | number);
    }
    return { ...base, value: column.type === "number" ? (values as number[]) : (values as string[]) };
  }
  const parsed = parseScalar(column.type, raw, column.options);
  if ("problem" in parsed) return { problem: `${column.label}: ${parsed.problem}.` };
  return { ...base, value: parsed.value };
}

function parseSort(text: string, problems: QueryProblem[]): PortfolioSort[] {
  const sort: PortfolioSort[] = [];
  for (const part of text.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
    const descending = part.startsWith("-");
    const key = descending ? part.slice(1) : part;
    if (!portfolioColumn(key)) problems.push({ param: "sort", message: `"${key}" is not a column to sort by. List columns comma-separated, '-' first for descending, e.g. -priority,name.` });
    else if (sort.some((entry) => entry.column === key)) problems.push({ param: "sort", message: `"${key}" is named twice in the sort.` });
    else sort.push({ column: key, descending });
  }
  if (sort.length > MAX_SORT) problems.push({ param: "sort", message: `Sort by at most ${MAX_SORT} columns.` });
  return sort;
}

/** Checks and types the grid's parameters; problems name the parameter and say what is allowed. */
export function parsePortfolioQuery(input: PortfolioQueryInput): { query: PortfolioQuery } | { problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const displayCode = input.display?.trim() || DEFAULT_PORTFOLIO_DISPLAY;
  const display = portfolioDisplay(displayCode);
  if (!display) problems.push({ param: "display", message: `"${displayCode}" is not a display. Use one of: ${PORTFOLIO_DISPLAYS.map((d) => d.code).join(", ")}.` });

  let columns = [...(display?.columns ?? [])];
  if (input.cols !== undefined && input.cols.trim() !== "") {
    columns = [...new Set(input.cols.split(",").map((key) => key.trim()).filter((key) => key !== ""))];
    const unknown = columns.filter((key) => !portfolioColumn(key));
    if (unknown.length > 0) problems.push({ param: "cols", message: `Not columns: ${unknown.join(", ")}. The columns are listed by GET /api/portfolio/columns.` });
    if (columns.length > MAX_COLUMNS) problems.push({ param: "cols", message: `Show at most ${MAX_COLUMNS} columns.` });
  }

  const rawFilters = input.filter === undefined ? [] : typeof input.filter === "string" ? [input.filter] : input.filter;
  if (rawFilters.length > MAX_FILTERS) problems.push({ param: "filter", message: `Use at most ${MAX_FILTERS} filters.` });
  const filters: PortfolioFilter[] = [];
  for (const text of rawFilters) {
    const parsed = parsePortfolioFilter(text);
    if ("problem" in parsed) problems.push({ param: "filter", message: parsed.problem });
    else filters.push(parsed);
  }

  const sort = parseSort(input.sort?.trim() || DEFAULT_PORTFOLIO_SORT, problems);
  const search = input.q?.trim() ? input.q.trim().slice(0, 200) : null;
  if (problems.length > 0) return { problems };
  return { query: { display: displayCode, columns, filters, sort, search } };
}
