import { formatCount } from "../../lib/format.ts";
import type { ChartPoint, ChartSeries, ChartSpec, Column, Labels, Row } from "./report-types.ts";

/** A cell as text: the column's own wording, a count with separators, or the value; "—" for nothing. */
export function cellText(column: Column, row: Row, labels: Labels): string {
  if (column.text) return column.text(row, labels);
  const value = row[column.key];
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "number" ? formatCount(value) : String(value);
}

const valueText = (value: number | null, unit: ChartSpec["unit"]) =>
  value === null ? "no data" : unit === "%" ? `${value.toFixed(1)} %` : formatCount(value);

/** "Intune: Services 3, Over 10 % 1": a chart's category with its numbers, the text beside the chart. */
export function pointText(point: ChartPoint, series: readonly ChartSeries[], unit?: ChartSpec["unit"]): string {
  const parts = series.filter((s) => s.key in point.values).map((s) => `${s.label} ${valueText(point.values[s.key] ?? null, unit)}`);
  return `${point.category}: ${parts.join(", ")}`;
}

/** A chart in one sentence for screen readers: what it plots and how many categories. */
export function chartSummary(title: string, points: readonly ChartPoint[], series: readonly ChartSeries[]): string {
  if (points.length === 0) return `${title}: nothing to chart.`;
  return `${title}: ${series.map((s) => s.label).join(", ")} for ${points.length} ${points.length === 1 ? "category" : "categories"}; the numbers are listed beside the chart.`;
}
