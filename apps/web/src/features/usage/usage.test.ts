import { describe, expect, it } from "vitest";
import {
  chartPoints,
  chartSummary,
  dateLabelSide,
  dateMarks,
  filterRange,
  isoOfDayNumber,
  kpiStatus,
  levelMarks,
  rangeQueryFrom,
  rangeStart,
  type ServiceUsage,
  type UsageDay,
  xDomain,
} from "./usage.ts";

const day = (iso: string, activeUsers: number, entitlements = 500): UsageDay => ({
  day: iso,
  activeUsers,
  entitlements,
  activeUsersPercent: entitlements > 0 ? Math.round((10_000 * activeUsers) / entitlements) / 100 : null,
});

const teams = (series: UsageDay[], overrides: Partial<ServiceUsage> = {}): ServiceUsage => ({
  serviceId: "00000000-0000-4000-8000-000000000001",
  service: "teams",
  serviceLabel: "Teams",
  serviceStatus: "adoption",
  series,
  latest: series.length ? { ...series.at(-1)!, kpi: "yellow" } : null,
  milestone: { reached: false, on: null, by: null, missingActiveUsers: 10, why: "" },
  suggestion: { status: null, why: "" },
  forecast: { submittedOn: null, forecast15On: null, forecast40On: null, forecastMaxOn: null },
  ...overrides,
});

describe("the range a usage chart shows", () => {
  it("counts the tenant's today as the last of the N days", () => {
    expect(rangeStart("60", "2026-11-24")).toBe("2026-09-26");
    expect(rangeStart("180", "2026-11-24")).toBe("2026-05-29");
  });

  it("asks the server for a wider series only beyond its default 90 days", () => {
    expect(rangeQueryFrom("60", "2026-11-24")).toBeUndefined();
    expect(rangeQueryFrom("90", "2026-11-24")).toBeUndefined();
    expect(rangeQueryFrom("180", "2026-11-24")).toBe("2026-05-29");
    expect(rangeQueryFrom("all", "2026-11-24")).toBe("2000-01-01");
    expect(rangeQueryFrom("180", undefined)).toBeUndefined();
  });

  it("keeps the days within the range, oldest first", () => {
    const series = [day("2026-09-25", 10), day("2026-09-26", 20), day("2026-11-24", 30)];
    expect(filterRange(series, "60", "2026-11-24").map((d) => d.day)).toEqual(["2026-09-26", "2026-11-24"]);
    expect(filterRange(series, "all", "2026-11-24")).toHaveLength(3);
  });
});

describe("the chart's series", () => {
  it("plots AU % against entitlements as 100 %, leaving a gap where there are no entitlements", () => {
    const points = chartPoints([day("2026-11-01", 75), day("2026-11-02", 3, 0)], "percent");
    expect(points.map(({ value, entitlements }) => [value, entitlements])).toEqual([
      [15, 100],
      [null, null],
    ]);
    expect(points[1]!.x - points[0]!.x).toBe(1);
  });

  it("plots raw active users against entitlements", () => {
    expect(chartPoints([day("2026-11-01", 75)], "raw")[0]).toMatchObject({ value: 75, entitlements: 500 });
  });

  it("draws the 15 % and 40 % milestones, in raw mode as users of the latest entitlements", () => {
    expect(levelMarks([day("2026-11-01", 75)], "percent")).toEqual([
      { y: 15, label: "15 %" },
      { y: 40, label: "40 %" },
    ]);
    expect(levelMarks([day("2026-11-01", 75, 1001)], "raw")).toEqual([
      { y: 151, label: "15 % (151)" },
      { y: 401, label: "40 % (401)" },
    ]);
    expect(levelMarks([], "raw")).toEqual([]);
  });

  it("marks forecast dates ahead and enablement, and stretches the x axis to the farthest forecast", () => {
    const service = teams([day("2026-11-01", 75)], {
      milestone: { reached: true, on: "2026-08-01", by: "percent_of_seats", missingActiveUsers: null, why: "" },
      forecast: { submittedOn: "2026-10-01", forecast15On: "2026-12-01", forecast40On: null, forecastMaxOn: "2027-01-31" },
    });
    const marks = dateMarks(service, "2026-09-26");
    expect(marks.map((m) => [m.day, m.label])).toEqual([
      ["2026-12-01", "15 % forecast"],
      ["2027-01-31", "Max AU forecast"],
    ]);
    const domain = xDomain("2026-09-26", "2026-11-24", marks);
    expect(domain.map(isoOfDayNumber)).toEqual(["2026-09-26", "2027-01-31"]);
    const withEnablement = dateMarks(service, "2026-07-01");
    const wide = xDomain("2026-07-01", "2026-11-24", withEnablement);
    expect(withEnablement.map((mark) => dateLabelSide(mark, wide))).toEqual(["insideTopLeft", "insideTopRight", "insideTopRight"]);
    expect(xDomain("2026-09-26", "2026-11-24", []).map(isoOfDayNumber)).toEqual(["2026-09-26", "2026-11-24"]);
    expect(dateMarks(service, "2000-01-01")[0]?.label).toBe("Enablement complete");
  });
});

describe("what the chart says in words", () => {
  it("names the KPI status with its meaning, never only a colour", () => {
    expect(kpiStatus("green")).toEqual({ word: "Green", meaning: "above 40 % AU", tone: "green" });
    expect(kpiStatus("red").word).toBe("Red");
    expect(kpiStatus(null)).toMatchObject({ word: "No KPI", tone: "none" });
  });

  it("summarises the range, the first and last levels and the KPI", () => {
    const shown = [day("2026-09-26", 50), day("2026-11-24", 120)];
    expect(chartSummary(teams(shown), shown, "raw")).toBe(
      "Teams active users, 2 days from 26 Sept 2026 to 24 Nov 2026: 50 of 500 entitlements at the start, 120 of 500 entitlements at the end; KPI Yellow",
    );
    expect(chartSummary(teams(shown), shown, "percent")).toContain("10 % at the start, 24 % at the end");
    expect(chartSummary(teams([]), [], "percent")).toBe("Teams AU %: no usage reported in this range");
  });
});
