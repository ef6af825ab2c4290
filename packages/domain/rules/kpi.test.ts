import { describe, expect, it } from "vitest";
import { activeUsersPercent, auKpi } from "./kpi.ts";

describe("the AU KPI (DESIGN decision 11)", () => {
  it.each([
    [40.01, "green"],
    [40, "yellow"],
    [20, "yellow"],
    [19.99, "red"],
    [0, "red"],
    [null, null],
  ] as const)("%s %% is %s", (percent, kpi) => {
    expect(auKpi(percent)).toBe(kpi);
  });

  it("computes AU % to two decimals, and none without entitlements", () => {
    expect(activeUsersPercent(85, 800)).toBe(10.63);
    expect(activeUsersPercent(1, 3)).toBe(33.33);
    expect(activeUsersPercent(5, 0)).toBeNull();
  });
});
