import { formatCount } from "../../lib/format.ts";
import type { FilterOp, PortfolioFilter } from "./portfolio-state.ts";

export type ColumnType = "text" | "number" | "date" | "boolean" | "enum";
export type ColumnMeta = {
  key: string;
  label: string;
  type: ColumnType;
  options?: readonly { code: string; label: string }[] | undefined;
  description?: string | undefined;
};

/** The operators that make sense for a column's type, in the order the "Add filter" form offers them. */
export const OPS_BY_TYPE: Record<ColumnType, readonly FilterOp[]> = {
  text: ["contains", "eq", "ne", "empty", "notempty"],
  number: ["gte", "lte", "eq", "ne", "gt", "lt", "empty", "notempty"],
  date: ["before", "after", "eq", "empty", "notempty"],
  boolean: ["eq"],
  enum: ["eq", "ne", "in", "empty", "notempty"],
};

const OP_LABELS: Record<FilterOp, string> = {
  eq: "is", ne: "is not", contains: "contains", gt: ">", gte: "≥", lt: "<", lte: "≤",
  before: "before", after: "after", empty: "is empty", notempty: "is not empty", in: "is one of",
};

const NUMBER_OP_LABELS: Partial<Record<FilterOp, string>> = { eq: "=", ne: "≠" };

export function opLabel(op: FilterOp, type: ColumnType): string {
  return (type === "number" ? NUMBER_OP_LABELS[op] : undefined) ?? OP_LABELS[op];
}

/** What a value reads as: enum codes become labels, booleans yes/no, numbers get separators. */
export function valueLabel(column: ColumnMeta | undefined, value: string): string {
  if (!column) return value;
  if (column.type === "enum") {
    return value
      .split(",")
      .map((code) => column.options?.find((option) => option.code === code)?.label ?? code)
      .join(", ");
  }
  if (column.type === "boolean") return value === "true" ? "yes" : "no";
  if (column.type === "number" && /^-?\d+(\.\d+)?$/.test(value)) return formatCount(Number(value));
  return column.type === "text" ? `“${value}”` : value;
}

/** The chip's text, e.g. "Seats ≥ 400" or "Segment is one of SMC, Enterprise". */
export function describeFilter(filter: PortfolioFilter, columns: readonly ColumnMeta[]): string {
  const column = columns.find((candidate) => candidate.key === filter.column);
  const label = column?.label ?? filter.column;
  const type = column?.type ?? "text";
  if (filter.op === "empty" || filter.op === "notempty") return `${label} ${opLabel(filter.op, type)}`;
  return `${label} ${opLabel(filter.op, type)} ${valueLabel(column, filter.value)}`;
}

/** Checks a value typed into the "Add filter" form; a message says what to fix, or undefined when it is fine. */
export function filterValueProblem(type: ColumnType, op: FilterOp, value: string): string | undefined {
  if (op === "empty" || op === "notempty") return undefined;
  const text = value.trim();
  if (text === "") return "Enter a value.";
  if (type === "number" && !/^-?\d+(\.\d+)?$/.test(text)) return "Enter a number, e.g. 400.";
  if (type === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(text)) return "Enter a date as YYYY-MM-DD.";
  if (type === "boolean" && text !== "true" && text !== "false") return "Choose yes or no.";
  return undefined;
}

/** Adds a filter, replacing one on the same column and operator (two "Seats ≥" chips would only confuse). */
export function addFilter(filters: readonly PortfolioFilter[], next: PortfolioFilter): PortfolioFilter[] {
  return [...filters.filter((filter) => !(filter.column === next.column && filter.op === next.op)), { ...next, value: next.value.trim() }];
}

export function removeFilter(filters: readonly PortfolioFilter[], index: number): PortfolioFilter[] {
  return filters.filter((_, position) => position !== index);
}
