import { describe, expect, it } from "vitest";
import { reportOf } from "./report-registry.ts";
import { cellText, chartSummary, pointText } from "./report-text.ts";
import { nextSearch, validateReportsSearch } from "./reports-search.ts";

const labels = (_catalog: string, code: unknown) => (code === "intune" ? "Intune" : String(code));

describe("report text", () => {
  it("writes counts with separators and says a missing value is missing", () => {
    expect(cellText({ key: "services", label: "Services", numeric: true }, { services: 12345 }, labels)).toBe("12,345");
    expect(cellText({ key: "p90Days", label: "p90" }, { p90Days: null }, labels)).toBe("—");
  });

  it("says an item a DIBS requirement row does not require is not required, rather than required by none", () => {
    const items = reportOf("dibs-completion").tables.find((table) => table.csv === "items")!;
    const column = (key: string) => items.columns.find((c) => c.key === key)!;
    const optional = { row: "css_ems", item: "ssat", required: 0, recorded: 11, missing: 0, percent: null };
    const required = { row: "css_ems", item: "intent", required: 1200, recorded: 900, missing: 300, percent: 75 };
    expect(["required", "recorded", "missing", "percent"].map((key) => cellText(column(key), optional, labels))).toEqual(["Not required", "11", "—", "—"]);
    expect(["required", "recorded", "missing", "percent"].map((key) => cellText(column(key), required, labels))).toEqual(["1,200", "900", "300", "75.0 %"]);
  });

  it("puts the numbers of a chart's category beside it in words, with the unit", () => {
    const series = [
      { key: "intune", label: "Intune" },
      { key: "exchange", label: "Exchange" },
    ];
    expect(pointText({ category: "2026-10", values: { intune: 12.5, exchange: null } }, series, "%")).toBe("2026-10: Intune 12.5 %, Exchange no data");
    expect(chartSummary("AU %", [], series)).toBe("AU %: nothing to chart.");
  });

  it("charts the conversion trend as one line per service with a point per month", () => {
    const trend = reportOf("conversion").tables.find((table) => table.csv === "trend")!.chart!;
    const rows = [
      { service: "intune", month: "2026-09", auPercent: 10 },
      { service: "intune", month: "2026-10", auPercent: 20 },
      { service: "exchange", month: "2026-10", auPercent: 5 },
    ];
    expect(trend.series(rows, labels)).toEqual([
      { key: "intune", label: "Intune" },
      { key: "exchange", label: "exchange" },
    ]);
    expect(trend.points(rows, labels)).toEqual([
      { category: "2026-09", values: { intune: 10 } },
      { category: "2026-10", values: { intune: 20, exchange: 5 } },
    ]);
  });
});

describe("the DIBS reports", () => {
  it("charts AU % with and without full DIBS from the summed users and entitlements, not an average of percentages", () => {
    const trend = reportOf("dibs-usage").tables.find((table) => table.csv === "trend")!.chart!;
    const rows = [
      { service: "intune", dibs: "full", month: "2026-10", activeUsers: 10, entitlements: 100 },
      { service: "exchange", dibs: "full", month: "2026-10", activeUsers: 90, entitlements: 100 },
      { service: "intune", dibs: "not_full", month: "2026-09", activeUsers: 1, entitlements: 0 },
    ];
    expect(trend.points(rows, labels)).toEqual([
      { category: "2026-09", values: { not_full: null } },
      { category: "2026-10", values: { full: 50 } },
    ]);
  });
});

describe("the reports URL", () => {
  it("keeps the report and filters, and drops a person filter that is not a user id", () => {
    expect(validateReportsSearch({ report: "hygiene", region: "emea", service: "intune", manager: "bob", view: "table", offset: "50" })).toEqual({
      report: "hygiene",
      region: "emea",
      service: "intune",
      view: "table",
      offset: 50,
    });
  });

  it("starts paged tables over when a filter changes, and forgets the drill-down when the report changes", () => {
    const search = { report: "hygiene", check: "next_action_past", offset: 50, region: "emea" };
    expect(nextSearch(search, { region: undefined })).toEqual({ report: "hygiene", check: "next_action_past" });
    expect(nextSearch(search, { report: "conversion" })).toEqual({ report: "conversion", region: "emea" });
    expect(nextSearch(search, { offset: 100 })).toEqual({ ...search, offset: 100 });
    expect(nextSearch({ report: "dibs-completion", missing: "intent", row: "css_ems" }, { report: "dibs-time" })).toEqual({ report: "dibs-time" });
  });
});
