import { formatCount, formatDate } from "../../lib/format.ts";
import { days, field, paged, percent, serviceColumn, tenantColumn, usageColumns } from "./report-columns.ts";
import type { ChartPoint, Column, ReportDefinition, Row } from "./report-types.ts";

const GROUPS: Record<string, string> = { full: "Full DIBS", not_full: "Without full DIBS" };
const GROUP_SERIES = [
  { key: "full", label: GROUPS.full! },
  { key: "not_full", label: GROUPS.not_full! },
];

const groupColumn: Column = { key: "dibs", label: "DIBS", text: (row) => GROUPS[String(row.dibs)] ?? String(row.dibs) };

const auFromSums = (activeUsers: number, entitlements: number) => (entitlements > 0 ? Math.round((activeUsers / entitlements) * 1000) / 10 : null);

/** One point per category, one value per DIBS group: AU % from the summed users and entitlements of its rows. */
function byGroup(rows: readonly Row[], category: (row: Row) => string): ChartPoint[] {
  const sums = new Map<string, Map<string, { users: number; entitlements: number }>>();
  for (const row of rows) {
    const at = sums.get(category(row)) ?? new Map<string, { users: number; entitlements: number }>();
    const group = at.get(String(row.dibs)) ?? { users: 0, entitlements: 0 };
    group.users += Number(row.activeUsers ?? 0);
    group.entitlements += Number(row.entitlements ?? 0);
    at.set(String(row.dibs), group);
    sums.set(category(row), at);
  }
  return [...sums].map(([name, groups]) => ({
    category: name,
    values: Object.fromEntries([...groups].map(([group, sum]) => [group, auFromSums(sum.users, sum.entitlements)])),
  }));
}

const COMPLETION: ReportDefinition = {
  id: "dibs-completion",
  title: "DIBS completion",
  summary: "DIBS and SSAT completion by requirement row (segment × priority × O365/EMS × CSS-/FTP-led), with the services missing each item.",
  params: (search) => ({ missing: search.missing, row: search.row, offset: search.offset }),
  tables: [
    {
      csv: "rows",
      title: () => "Full DIBS per requirement row",
      rows: (report) => field<Row[]>(report, "rows"),
      nothing: "No requirement rows",
      columns: [
        { key: "label", label: "Requirement row" },
        { key: "services", label: "Services", numeric: true },
        { key: "fullDibs", label: "Full DIBS", numeric: true },
        { key: "fullDibsPercent", label: "% full DIBS", numeric: true, text: (row) => percent(row.fullDibsPercent) },
      ],
      chart: {
        kind: "bar",
        unit: "%",
        points: (rows) => rows.map((row) => ({ category: String(row.label), values: { fullDibsPercent: (row.fullDibsPercent as number | null) ?? null } })),
        series: () => [{ key: "fullDibsPercent", label: "% full DIBS" }],
      },
    },
    {
      csv: "items",
      title: () => "DIBS and SSAT items per requirement row",
      rows: (report) => {
        const names = new Map(field<Row[]>(report, "rows").map((row) => [row.row, String(row.label)]));
        return field<Row[]>(report, "items").map((item) => ({ ...item, rowLabel: names.get(item.row) ?? String(item.row) }));
      },
      nothing: "No items",
      columns: [
        { key: "rowLabel", label: "Requirement row" },
        { key: "label", label: "Item", text: (row) => `${String(row.label)} (${String(row.kind).toUpperCase()})` },
        // An item the row does not require is still listed, with how many services recorded it anyway.
        { key: "required", label: "Required", numeric: true, text: (row) => (row.required === 0 ? "Not required" : formatCount(Number(row.required))) },
        { key: "recorded", label: "Recorded", numeric: true },
        {
          key: "missing",
          label: "Missing",
          numeric: true,
          text: (row) => (row.required === 0 ? "—" : formatCount(Number(row.missing))),
          drill: (row) => ({ missing: String(row.item), row: String(row.row), offset: undefined }),
        },
        { key: "percent", label: "% complete", numeric: true, text: (row) => percent(row.percent) },
      ],
    },
    {
      csv: "missing",
      hidden: (report) => report.missing === null,
      title: (report) => {
        const missing = field<{ row: string; item: string }>(report, "missing");
        const item = field<Row[]>(report, "items").find((entry) => entry.item === missing.item);
        const row = field<Row[]>(report, "rows").find((entry) => entry.row === missing.row);
        return `Missing ${String(item?.label ?? missing.item)}: ${String(row?.label ?? missing.row)}`;
      },
      rows: (report) => field<{ items: Row[] } | null>(report, "missing")?.items ?? [],
      paging: paged("missing"),
      nothing: "No services lack this item",
      columns: [tenantColumn, serviceColumn],
    },
  ],
};

const TIME: ReportDefinition = {
  id: "dibs-time",
  title: "Time to DIBS",
  summary: "Days from engagement start to full DIBS, in buckets, and which DIBS factors are established first and last.",
  params: (search) => ({ offset: search.offset }),
  facts: (report) => [String(report.source ?? "")].filter(Boolean),
  tables: [
    {
      csv: "buckets",
      title: () => "Services by days to full DIBS",
      rows: (report) => field<Row[]>(report, "buckets"),
      nothing: "No services",
      columns: [
        { key: "label", label: "Days to full DIBS" },
        { key: "services", label: "Services", numeric: true },
        { key: "medianDays", label: "Median days", numeric: true, text: (row) => days(row.medianDays) },
      ],
      chart: {
        kind: "bar",
        points: (rows) => rows.map((row) => ({ category: String(row.label), values: { services: Number(row.services) } })),
        series: () => [{ key: "services", label: "Services" }],
      },
    },
    {
      csv: "factors",
      title: () => "DIBS factors, earliest first",
      rows: (report) => field<Row[]>(report, "factors"),
      nothing: "No factors recorded",
      columns: [
        { key: "label", label: "Factor" },
        { key: "services", label: "Services", numeric: true },
        { key: "medianDay", label: "Median day", numeric: true, text: (row) => days(row.medianDay) },
      ],
      chart: {
        kind: "bar",
        points: (rows) => rows.map((row) => ({ category: String(row.label), values: { medianDay: (row.medianDay as number | null) ?? null } })),
        series: () => [{ key: "medianDay", label: "Median day recorded" }],
      },
    },
    {
      csv: "services",
      title: () => "Services, tenant by tenant",
      rows: (report) => field<{ items: Row[] }>(report, "services").items,
      paging: paged("services"),
      nothing: "No services",
      columns: [
        tenantColumn,
        serviceColumn,
        { key: "startedOn", label: "Engagement start", text: (row) => formatDate(String(row.startedOn)) },
        { key: "completeOn", label: "Full DIBS on", text: (row) => (row.completeOn ? formatDate(String(row.completeOn)) : "Not yet") },
        { key: "days", label: "Days", numeric: true },
      ],
    },
  ],
};

const USAGE: ReportDefinition = {
  id: "dibs-usage",
  title: "DIBS and usage",
  summary: "AU % of services with full DIBS against those without, by service and over time, and by success-owner role.",
  tables: [
    {
      csv: "services",
      title: () => "AU % by service: full DIBS or not",
      rows: (report) => field<Row[]>(report, "services"),
      nothing: "No services",
      columns: [
        serviceColumn,
        groupColumn,
        { key: "services", label: "Services", numeric: true },
        { key: "withUsage", label: "With usage", numeric: true },
        ...usageColumns,
      ],
      chart: { kind: "bar", unit: "%", points: (rows) => byGroup(rows, (row) => String(row.label)), series: () => GROUP_SERIES },
    },
    {
      csv: "trend",
      title: () => "AU % per month: full DIBS or not",
      rows: (report) => field<Row[]>(report, "trend"),
      nothing: "No usage in the last 12 months",
      columns: [
        serviceColumn,
        groupColumn,
        { key: "month", label: "Month" },
        ...usageColumns,
      ],
      chart: {
        kind: "line",
        unit: "%",
        points: (rows) => byGroup(rows, (row) => String(row.month)).sort((a, b) => a.category.localeCompare(b.category)),
        series: () => GROUP_SERIES,
      },
    },
    {
      csv: "roles",
      title: () => "AU % by success-owner role",
      rows: (report) => field<Row[]>(report, "roles"),
      nothing: "No services",
      columns: [
        { key: "label", label: "Success-owner role" },
        { key: "services", label: "Services", numeric: true },
        { key: "withUsage", label: "With usage", numeric: true },
        { key: "auPercent", label: "AU %", numeric: true, text: (row) => percent(row.auPercent) },
      ],
      chart: {
        kind: "bar",
        unit: "%",
        points: (rows) => rows.map((row) => ({ category: String(row.label), values: { auPercent: (row.auPercent as number | null) ?? null } })),
        series: () => [{ key: "auPercent", label: "AU %" }],
      },
    },
  ],
};

/** The DIBS reports (issue 8's second slice), in picker order. */
export const DIBS_REPORTS: readonly ReportDefinition[] = [COMPLETION, TIME, USAGE];
