import { describe, expect, it } from "vitest";
import { barPercent, checksByFindings, reportQuery, scopeOf, scopeOptions, severitySummary, validateDataQualitySearch } from "./data-quality.ts";

describe("the data-quality screen's scope", () => {
  it("offers the portfolio only to a reader who may read every tenant", () => {
    expect(scopeOptions(false).map((o) => o.label)).toEqual(["Mine", "My team"]);
    expect(scopeOptions(true).map((o) => o.label)).toEqual(["Mine", "My team", "Portfolio"]);
  });

  it("opens on my tenants, and on mine again when a shared URL asks for a portfolio the reader may not read", () => {
    expect(scopeOf(validateDataQualitySearch({}), true)).toBe("mine");
    expect(scopeOf(validateDataQualitySearch({ scope: "portfolio" }), false)).toBe("mine");
    expect(scopeOf(validateDataQualitySearch({ scope: "portfolio" }), true)).toBe("portfolio");
    expect(scopeOf(validateDataQualitySearch({ scope: "everyone" }), true)).toBe("mine");
  });

  it("sends the filters and the cursor of the next page", () => {
    expect(reportQuery({ check: "dibs_missing", region: "emea" }, "team", "abc")).toEqual({ scope: "team", check: "dibs_missing", service: undefined, region: "emea", limit: 25, cursor: "abc" });
  });
});

describe("a tenant's findings in words", () => {
  it("counts them by severity, worst first", () => {
    expect(severitySummary([{ severity: "low" }, { severity: "high" }, { severity: "high" }])).toBe("2 high, 1 low");
    expect(severitySummary([])).toBe("no findings");
  });

  it("lists the checks with most findings first and scales bars to the largest", () => {
    const check = (code: string, findings: number) => ({ check: code, label: code, severity: "low", findings, tenants: findings }) as never;
    expect(checksByFindings([check("a", 1), check("b", 5), check("c", 0)]).map((c: { check: string }) => c.check)).toEqual(["b", "a", "c"]);
    expect([barPercent(5, 10), barPercent(0, 0)]).toEqual([50, 0]);
  });
});
