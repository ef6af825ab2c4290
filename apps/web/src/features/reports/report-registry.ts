import { formatCount, formatDate } from "../../lib/format.ts";
import { days, field, paged, serviceColumn, tenantColumn, usageColumns } from "./report-columns.ts";
import { DIBS_REPORTS } from "./report-registry-dibs.ts";
import type { ChartPoint, ReportDefinition, Row } from "./report-types.ts";



/** One bar (or point) per row: the category is a column, the values are others. */
const byRow =
  (category: string, keys: readonly string[]) =>
  (rows: readonly Row[]): ChartPoint[] =>
    rows.map((row) => ({ category: String(row[category]), values: Object.fromEntries(keys.map((key) => [key, (row[key] as number | null) ?? null])) }));

const HYGIENE: ReportDefinition = {
  id: "hygiene",
  title: "Hygiene",
  summary: "Stale overall statuses, next action dates in the past, Blocked or No Intent without a note, new subscriptions still Status Unknown.",
  params: (search) => ({ check: search.check, offset: search.offset }),
  tables: [
    {
      csv: "checks",
      title: () => "Findings per check",
      rows: (report) => field<Row[]>(report, "checks"),
      nothing: "No checks",
      columns: [
        { key: "label", label: "Check" },
        { key: "tenants", label: "Tenants", numeric: true, drill: (row) => ({ check: String(row.check), offset: undefined }) },
        { key: "items", label: "Items", numeric: true },
        { key: "counts", label: "Counted as" },
      ],
      chart: {
        kind: "bar",
        points: byRow("label", ["tenants", "items"]),
        series: () => [
          { key: "tenants", label: "Tenants" },
          { key: "items", label: "Items" },
        ],
      },
    },
    {
      csv: "tenants",
      title: (report) => {
        const tenants = field<{ check: string }>(report, "tenants");
        const check = field<Row[]>(report, "checks").find((row) => row.check === tenants.check);
        return `Tenants: ${String(check?.label ?? tenants.check)}`;
      },
      rows: (report) => field<{ items: Row[] }>(report, "tenants").items,
      paging: paged("tenants"),
      nothing: "No tenants have this finding",
      columns: [tenantColumn, { key: "items", label: "Findings", numeric: true }],
    },
  ],
};

const SERVICE_STATUS: ReportDefinition = {
  id: "service-status",
  title: "Service status",
  summary: "Services per service status in catalog order, how long they have been in it, and the longest.",
  facts: (report) => {
    const all = field<{ services: number; medianDays: number | null; p90Days: number | null }>(report, "days");
    return [`${formatCount(all.services)} services; days in their current status: median ${days(all.medianDays)}, p90 ${days(all.p90Days)}.`];
  },
  tables: [
    {
      csv: "stages",
      title: () => "Services per status",
      rows: (report) => field<Row[]>(report, "stages"),
      nothing: "No statuses",
      columns: [
        { key: "label", label: "Status" },
        { key: "services", label: "Services", numeric: true },
        { key: "medianDays", label: "Median days", numeric: true, text: (row) => days(row.medianDays) },
        { key: "p90Days", label: "p90 days", numeric: true, text: (row) => days(row.p90Days) },
      ],
      chart: { kind: "bar", points: byRow("label", ["services"]), series: () => [{ key: "services", label: "Services" }] },
    },
    {
      csv: "longest",
      title: () => "Longest in their current status",
      rows: (report) => field<Row[]>(report, "longest"),
      nothing: "No services",
      columns: [
        tenantColumn,
        serviceColumn,
        { key: "status", label: "Status", text: (row, labels) => labels("serviceStatuses", row.status) },
        { key: "since", label: "Since", text: (row) => formatDate(String(row.since)) },
        { key: "days", label: "Days", numeric: true },
      ],
    },
  ],
};

const CONVERSION: ReportDefinition = {
  id: "conversion",
  title: "Conversion",
  summary: "Services over 10 % and 40 % active usage, the monthly AU % trend, and forecast dates against what happened.",
  params: (search) => ({ offset: search.offset }),
  tables: [
    {
      csv: "services",
      title: () => "Services over 10 % and 40 % AU",
      rows: (report) => field<Row[]>(report, "services"),
      nothing: "No services",
      columns: [
        { key: "label", label: "Service" },
        { key: "services", label: "Services", numeric: true },
        { key: "over10", label: "Over 10 %", numeric: true },
        { key: "over40", label: "Over 40 %", numeric: true },
      ],
      chart: {
        kind: "bar",
        points: byRow("label", ["services", "over10", "over40"]),
        series: () => [
          { key: "services", label: "Services" },
          { key: "over10", label: "Over 10 %" },
          { key: "over40", label: "Over 40 %" },
        ],
      },
    },
    {
      csv: "trend",
      title: () => "AU % per service per month",
      rows: (report) => field<Row[]>(report, "trend"),
      nothing: "No usage in the last 12 months",
      columns: [
        serviceColumn,
        { key: "month", label: "Month" },
        ...usageColumns,
      ],
      chart: {
        kind: "line",
        unit: "%",
        series: (rows, labels) => [...new Set(rows.map((row) => String(row.service)))].map((code) => ({ key: code, label: labels("services", code) })),
        points: (rows) => {
          const months = [...new Set(rows.map((row) => String(row.month)))].sort();
          return months.map((month) => ({
            category: month,
            values: Object.fromEntries(rows.filter((row) => row.month === month).map((row) => [String(row.service), (row.auPercent as number | null) ?? null])),
          }));
        },
      },
    },
    {
      csv: "forecasts",
      title: () => "Forecast dates against usage",
      rows: (report) => field<Row[]>(report, "forecasts"),
      nothing: "No forecasts",
      columns: [
        { key: "milestone", label: "Milestone", text: (row) => `${String(row.milestone)} %` },
        { key: "forecasts", label: "Forecasts", numeric: true },
        { key: "onTime", label: "On time", numeric: true },
        { key: "late", label: "Late", numeric: true },
        { key: "notYet", label: "Not yet", numeric: true },
      ],
      chart: {
        kind: "bar",
        stacked: true,
        points: (rows) => byRow("milestone", ["onTime", "late", "notYet"])(rows).map((point) => ({ ...point, category: `${point.category} %` })),
        series: () => [
          { key: "onTime", label: "On time" },
          { key: "late", label: "Late" },
          { key: "notYet", label: "Not yet" },
        ],
      },
    },
    {
      csv: "forecast_items",
      title: () => "Forecasts, tenant by tenant",
      rows: (report) => field<{ items: Row[] }>(report, "forecastItems").items,
      paging: paged("forecastItems"),
      nothing: "No forecasts",
      columns: [
        tenantColumn,
        serviceColumn,
        { key: "milestone", label: "Milestone", text: (row) => `${String(row.milestone)} %` },
        { key: "forecastOn", label: "Forecast", text: (row) => formatDate(String(row.forecastOn)) },
        { key: "reachedOn", label: "Reached", text: (row) => (row.reachedOn ? formatDate(String(row.reachedOn)) : "—") },
        { key: "outcome", label: "Outcome", text: (row) => ({ on_time: "On time", late: "Late", not_yet: "Not yet" })[String(row.outcome)] ?? String(row.outcome) },
      ],
    },
  ],
};

/** The reports of the page, in picker order. A new report is one more entry (its path, title, tables and charts). */
export const REPORTS: readonly ReportDefinition[] = [HYGIENE, SERVICE_STATUS, CONVERSION, ...DIBS_REPORTS];

export const reportOf = (id: string | undefined): ReportDefinition => REPORTS.find((report) => report.id === id) ?? HYGIENE;
