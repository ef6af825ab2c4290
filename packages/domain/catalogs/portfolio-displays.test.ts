import { describe, expect, it } from "vitest";
import { PORTFOLIO_COLUMNS, portfolioColumn } from "./portfolio-columns.ts";
import { DEFAULT_PORTFOLIO_DISPLAY, PORTFOLIO_DISPLAYS, portfolioDisplay } from "./portfolio-displays.ts";

describe("portfolio displays", () => {
  it("name only known columns, each once, starting with the tenant", () => {
    for (const display of PORTFOLIO_DISPLAYS) {
      expect(display.columns.filter((key) => !portfolioColumn(key)), display.code).toEqual([]);
      expect(new Set(display.columns).size, display.code).toBe(display.columns.length);
      expect(display.columns[0], display.code).toBe("name");
    }
  });

  it("have unique codes and the default exists", () => {
    expect(new Set(PORTFOLIO_DISPLAYS.map((d) => d.code)).size).toBe(PORTFOLIO_DISPLAYS.length);
    expect(portfolioDisplay(DEFAULT_PORTFOLIO_DISPLAY)?.label).toBe("Overview");
  });

  it("columns have unique keys and enum columns list their options", () => {
    expect(new Set(PORTFOLIO_COLUMNS.map((c) => c.key)).size).toBe(PORTFOLIO_COLUMNS.length);
    for (const column of PORTFOLIO_COLUMNS.filter((c) => c.type === "enum")) expect(column.options?.length, column.key).toBeGreaterThan(0);
    expect(portfolioColumn("svc_exchange_au")?.label).toBe("EXO %");
    expect(portfolioColumn("svc_intune_status")?.type).toBe("enum");
  });
});
