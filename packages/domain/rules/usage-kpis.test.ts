import { describe, expect, it } from "vitest";
import { allUpUsage, enablementActiveUsersNeeded, enablementMilestone, forecastProblems, suggestServiceStatus } from "./usage-kpis.ts";

const day = (date: string, activeUsers: number, entitlements: number) => ({ day: date, activeUsers, entitlements });

describe("the enablement milestone (DESIGN decision 12)", () => {
  it("is reached on the first day with 100 active users, whatever the seat count", () => {
    const milestone = enablementMilestone([day("2026-11-03", 120, 5000), day("2026-11-01", 60, 5000), day("2026-11-02", 100, 5000)]);
    expect(milestone).toMatchObject({ reached: true, on: "2026-11-02", by: "active_users" });
  });

  it("is reached at 10 % of seats when there are fewer than 1,000, and stays reached when usage dips", () => {
    const milestone = enablementMilestone([day("2026-11-01", 79, 800), day("2026-11-02", 80, 800), day("2026-11-03", 10, 800)]);
    expect(milestone).toMatchObject({ reached: true, on: "2026-11-02", by: "percent_of_seats" });
    expect(milestone.why).toContain("80 active users of 800 seats");
  });

  it("needs 100 active users from 1,000 seats up, where 10 % would be as many or more", () => {
    expect(enablementActiveUsersNeeded(999)).toBe(100);
    expect(enablementActiveUsersNeeded(1000)).toBe(100);
    expect(enablementActiveUsersNeeded(50_000)).toBe(100);
    expect(enablementActiveUsersNeeded(250)).toBe(25);
    expect(enablementActiveUsersNeeded(0)).toBe(100);
    expect(enablementMilestone([day("2026-11-01", 99, 1000)])).toMatchObject({ reached: false, activeUsersNeeded: 100, missingActiveUsers: 1 });
  });

  it("says how many active users are missing on the latest day", () => {
    const milestone = enablementMilestone([day("2026-11-01", 5, 300), day("2026-11-02", 12, 300)]);
    expect(milestone).toEqual({
      reached: false,
      activeUsersNeeded: 30,
      missingActiveUsers: 18,
      why: "18 more active users needed: 12 on 2026-11-02, enablement needs 30 (10 % of 300 seats)",
    });
  });

  it("is not reached without usage, nor by zero active users of zero seats", () => {
    expect(enablementMilestone([])).toMatchObject({ reached: false, missingActiveUsers: 100 });
    expect(enablementMilestone([day("2026-11-01", 0, 0)])).toMatchObject({ reached: false, missingActiveUsers: 100 });
  });
});

describe("the Adoption/Operate suggestion (DESIGN decision 4)", () => {
  it.each([
    [null, null],
    [0, null],
    [0.99, null],
    [1, "adoption"],
    [10, "adoption"],
    [10.01, "operate"],
    [85, "operate"],
  ] as const)("AU %s %% suggests %s", (percent, status) => {
    expect(suggestServiceStatus(percent).status).toBe(status);
  });

  it("suggests only a step forward from the service's current status", () => {
    expect(suggestServiceStatus(12, "adoption")).toMatchObject({ status: "operate" });
    expect(suggestServiceStatus(5, "enable")).toMatchObject({ status: "adoption" });
    expect(suggestServiceStatus(5, "operate")).toEqual({ status: null, why: "AU 5 % is within 1–10 %; the service is already Operate" });
    expect(suggestServiceStatus(15, "operate").status).toBeNull();
  });
});

describe("the all-up AU of a tenant", () => {
  it("sums active users and entitlements over the services' latest days, leaving out services without usage", () => {
    expect(allUpUsage([day("2026-11-02", 300, 1000), null, day("2026-11-01", 150, 500)])).toEqual({
      activeUsers: 450,
      entitlements: 1500,
      activeUsersPercent: 30,
      kpi: "yellow",
      services: 2,
    });
  });

  it("has no AU % or colour when nothing is known", () => {
    expect(allUpUsage([null])).toEqual({ activeUsers: 0, entitlements: 0, activeUsersPercent: null, kpi: null, services: 0 });
  });
});

describe("forecast dates (DESIGN decision 13)", () => {
  const today = "2026-11-23";

  it("accepts future dates in order, and a forecast without the 15 % or 40 % milestone", () => {
    expect(forecastProblems({ forecast15On: "2027-01-15", forecast40On: "2027-04-01", forecastMaxOn: "2027-06-30" }, today)).toEqual([]);
    expect(forecastProblems({ forecast15On: "2027-01-15", forecast40On: null, forecastMaxOn: "2027-01-15" }, today)).toEqual([]);
  });

  it("refuses today and past dates, naming the field", () => {
    expect(forecastProblems({ forecast15On: today, forecast40On: null, forecastMaxOn: "2027-06-30" }, today)).toEqual([
      { field: "forecast15On", message: "The 15 % AU date 2026-11-23 is not in the future: pick a day after today (2026-11-23)" },
    ]);
  });

  it("refuses a 40 % date not after the 15 % date and a Max AU date before them", () => {
    const problems = forecastProblems({ forecast15On: "2027-03-01", forecast40On: "2027-03-01", forecastMaxOn: "2027-02-01" }, today);
    expect(problems.map((p) => p.field)).toEqual(["forecast40On", "forecastMaxOn"]);
    expect(problems[1]?.message).toBe("The Max AU date 2027-02-01 must not be before the 40 % AU date 2027-03-01");
  });

  it("requires the Max AU date", () => {
    expect(forecastProblems({ forecast15On: null, forecast40On: null, forecastMaxOn: null }, today).map((p) => p.field)).toEqual(["forecastMaxOn"]);
  });
});
