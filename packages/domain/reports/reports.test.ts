import { describe, expect, it } from "vitest";
import { forecastOutcome, trendStartMonth } from "./conversion.ts";
import { describeReportFilters } from "./filters.ts";
import { addDays, staleOverallStatusBefore } from "./hygiene.ts";

describe("describeReportFilters", () => {
  it("names every filter in words, in a fixed order, for the page header", () => {
    expect(describeReportFilters({ service: "intune", region: "emea" })).toBe("Region EMEA · Service Intune");
    expect(
      describeReportFilters(
        { segment: "enterprise", priority: "high", team: "migration", fm: "u-1", manager: "u-2", engagementStatus: "blocked", scenario: "ftc_css_led", serviceStatus: "initiate_serialized" },
        (id) => ({ "u-1": "Ada Lovelace" })[id],
      ),
    ).toBe("Team Migration · RM u-2 · FM Ada Lovelace · Engagement status Blocked · Scenario FTC-CSS Led · Service status Initiate - Serialized · Priority High · Segment Enterprise");
  });

  it("says all tenants when nothing is filtered", () => {
    expect(describeReportFilters({})).toBe("All tenants");
  });
});

describe("hygiene dates", () => {
  it("counts an overall status dated 15 days ago as stale, 14 days ago not", () => {
    expect(staleOverallStatusBefore("2026-11-24")).toBe("2026-11-10");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("forecastOutcome", () => {
  it("compares the forecast date with the day the milestone was reached", () => {
    expect(forecastOutcome("2026-06-30", "2026-06-30", "2026-11-24")).toBe("on_time");
    expect(forecastOutcome("2026-06-30", "2026-07-01", "2026-11-24")).toBe("late");
    expect(forecastOutcome("2026-06-30", null, "2026-11-24")).toBe("late");
    expect(forecastOutcome("2026-11-24", null, "2026-11-24")).toBe("not_yet");
  });

  it("starts the 12-month trend eleven months before this month", () => {
    expect(trendStartMonth("2026-11-24")).toBe("2025-12-01");
    expect(trendStartMonth("2026-01-31", 2)).toBe("2025-12-01");
  });
});
