import { formatCount, formatDate } from "../../lib/format.ts";
import type { ColumnMeta } from "./portfolio-filters.ts";
import type { PortfolioRow } from "./portfolio-types.ts";

/** A cell as plain text: enum codes become labels, a true boolean reads as the column's name ("Winner"). */
export function cellText(column: ColumnMeta | undefined, row: PortfolioRow, key: string): string {
  const value = row.cells[key];
  if (value === null || value === undefined || value === "") return "";
  if (!column) return String(value);
  switch (column.type) {
    case "boolean":
      return value === true ? column.label : "";
    case "enum": {
      const label = column.options?.find((option) => option.code === value)?.label ?? String(value);
      if (key === "priority" && row.cells.priority_overridden === true) return `${label} (overridden)`;
      return label;
    }
    case "number":
      if (typeof value !== "number") return String(value);
      if (key === "tpid" || key === "enterprise_level") return String(value);
      return key.endsWith("_au") ? `${Math.round(value)} %` : Number.isInteger(value) ? formatCount(value) : value.toFixed(1);
    case "date":
      return formatDate(String(value));
    default:
      return String(value);
  }
}

const WIDTHS: Record<ColumnMeta["type"], number> = { text: 170, number: 104, date: 150, enum: 150, boolean: 110 };

export const columnWidth = (column: ColumnMeta | undefined, key: string) => (key === "name" ? 260 : WIDTHS[column?.type ?? "text"]);
