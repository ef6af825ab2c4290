import type { CatalogName } from "../catalogs/catalog-queries.ts";
import type { ReportsSearch } from "./reports-search.ts";

export type Row = Record<string, unknown>;

/** A code's label from a catalog, falling back to the code. */
export type Labels = (catalog: CatalogName, code: unknown) => string;

export type Column = {
  key: string;
  label: string;
  numeric?: boolean;
  /** The cell as text; by default the value itself. */
  text?: (row: Row, labels: Labels) => string;
  /** The cell links to this tenant. */
  tenantId?: (row: Row) => string;
  /** The cell is a button opening the tenants behind the number. */
  drill?: (row: Row) => Partial<ReportsSearch>;
};

export type ChartPoint = { category: string; values: Record<string, number | null> };
export type ChartSeries = { key: string; label: string };

export type ChartSpec = {
  kind: "bar" | "line";
  stacked?: boolean;
  /** "%" for percentages: the axis and the numbers beside carry the unit. */
  unit?: "%";
  points: (rows: readonly Row[], labels: Labels) => ChartPoint[];
  series: (rows: readonly Row[], labels: Labels) => ChartSeries[];
};

export type Paging = { total: number; limit: number; offset: number };

export type ReportTable = {
  /** The server's name of the table: the .csv's `table=`. */
  csv: string;
  title: (report: Row, labels: Labels) => string;
  rows: (report: Row) => readonly Row[];
  columns: readonly Column[];
  chart?: ChartSpec;
  paging?: (report: Row) => Paging;
  /** Left out while the report has nothing for it, e.g. a drill-down not yet asked for. */
  hidden?: (report: Row) => boolean;
  /** What the table lists, for its empty state and pager: "tenants". */
  nothing: string;
};

/** One report of the page: adding a report is one more of these in REPORTS. */
export type ReportDefinition = {
  /** The `report=` of the page's URL and the path under /api/reports. */
  id: string;
  title: string;
  summary: string;
  /** The report's own parameters beyond the shared filters (drill-down, paging). */
  params?: (search: ReportsSearch) => Record<string, string | number | undefined>;
  /** Sentences above the tables, e.g. overall medians. */
  facts?: (report: Row) => string[];
  tables: readonly ReportTable[];
};
