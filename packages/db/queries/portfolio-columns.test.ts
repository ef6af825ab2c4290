import { PORTFOLIO_COLUMNS } from "@waymark/domain";
import { describe, expect, it } from "vitest";
import { PORTFOLIO_COLUMN_SQL } from "./portfolio-columns.ts";

describe("portfolio column SQL", () => {
  it("exists for every catalog column, and only for those", () => {
    expect(Object.keys(PORTFOLIO_COLUMN_SQL).sort()).toEqual(PORTFOLIO_COLUMNS.map((column) => column.key).sort());
  });
});
