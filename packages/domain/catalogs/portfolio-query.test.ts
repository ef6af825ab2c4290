import { describe, expect, it } from "vitest";
import { parsePortfolioFilter, parsePortfolioQuery } from "./portfolio-query.ts";

const problemsOf = (result: ReturnType<typeof parsePortfolioQuery>) => ("problems" in result ? result.problems : []);

describe("parsePortfolioFilter", () => {
  it("types the value by the column", () => {
    expect(parsePortfolioFilter("seats:gte:400")).toEqual({ column: "seats", type: "number", op: "gte", value: 400 });
    expect(parsePortfolioFilter("created_on:before:2026-01-31")).toEqual({ column: "created_on", type: "date", op: "before", value: "2026-01-31" });
    expect(parsePortfolioFilter("go_back:eq:yes")).toMatchObject({ value: true });
    expect(parsePortfolioFilter("priority:in:high,medium")).toMatchObject({ op: "in", value: ["high", "medium"] });
    expect(parsePortfolioFilter("primary_fm:empty")).toMatchObject({ op: "empty", value: null });
  });

  it("keeps colons inside the value", () => {
    expect(parsePortfolioFilter("name:contains:a:b")).toMatchObject({ value: "a:b" });
  });

  it("says what is wrong with a bad column, op or value", () => {
    expect(parsePortfolioFilter("colour:eq:red")).toEqual({ problem: expect.stringContaining('"colour" is not a column') });
    expect(parsePortfolioFilter("seats:about:4")).toEqual({ problem: expect.stringContaining('"about" is not a filter operation') });
    expect(parsePortfolioFilter("seats:contains:4")).toEqual({ problem: expect.stringContaining("Seats (number) cannot be filtered with \"contains\"") });
    expect(parsePortfolioFilter("seats:gt:many")).toEqual({ problem: 'Seats: "many" is not a number.' });
    expect(parsePortfolioFilter("created_on:after:2026-02-30")).toEqual({ problem: expect.stringContaining("YYYY-MM-DD") });
    expect(parsePortfolioFilter("priority:eq:urgent")).toEqual({ problem: expect.stringContaining("high, medium, low") });
  });
});

describe("parsePortfolioQuery", () => {
  it("defaults to the overview display sorted High first, then by name", () => {
    const result = parsePortfolioQuery({});
    expect(result).toMatchObject({ query: { display: "overview", sort: [{ column: "priority", descending: true }, { column: "name", descending: false }], search: null } });
  });

  it("shows the columns asked for instead of the display's", () => {
    expect(parsePortfolioQuery({ cols: "name, seats,name" })).toMatchObject({ query: { columns: ["name", "seats"] } });
  });

  it("accepts one or many filters", () => {
    expect(parsePortfolioQuery({ filter: ["seats:gte:400", "region:eq:emea"] })).toMatchObject({ query: { filters: [{ column: "seats" }, { column: "region" }] } });
  });

  it("names the parameter of every problem", () => {
    const problems = problemsOf(parsePortfolioQuery({ display: "fancy", cols: "name,colour", sort: "-wealth,name,name", filter: "seats:gte:x" }));
    expect(problems.map((p) => p.param)).toEqual(["display", "cols", "filter", "sort", "sort"]);
    expect(problems[0]?.message).toContain("Use one of: overview");
    expect(problems[1]?.message).toBe("Not columns: colour. The columns are listed by GET /api/portfolio/columns.");
  });
});
