import { describe, expect, it } from "vitest";
import {
  parsePortfolioQuery, parsePortfolioSearch, portfolioQuery, sanitiseState, toggleSort, validatePortfolioSearch,
} from "./portfolio-state.ts";

describe("portfolio URL state", () => {
  it("reads every part of a shared link", () => {
    const state = parsePortfolioQuery(
      "scope=all&priority=high&display=assignments&cols=name,seats&q=contoso&filter=seats:gte:400&filter=next_action_date:before:2026-12-01&sort=-priority,name",
    );
    expect(state).toEqual({
      scope: "all",
      priority: "high",
      display: "assignments",
      cols: ["name", "seats"],
      q: "contoso",
      filters: [
        { column: "seats", op: "gte", value: "400" },
        { column: "next_action_date", op: "before", value: "2026-12-01" },
      ],
      sort: [{ column: "priority", descending: true }, { column: "name", descending: false }],
    });
  });

  it("keeps a ':' inside a filter value", () => {
    expect(parsePortfolioSearch({ filter: "customer:contains:a:b" }).filters).toEqual([{ column: "customer", op: "contains", value: "a:b" }]);
  });

  it("drops unknown and malformed params silently", () => {
    const state = parsePortfolioSearch({
      priority: "urgent",
      scope: "ALL; drop",
      filter: ["seats:bigger:4", "seats:gte:", "nocolon", "seats:empty", "seats:empty"],
      sort: "name,,-name,Bad!",
      cols: ",,",
      extra: "x",
    });
    expect(state).toEqual({
      scope: undefined,
      priority: undefined,
      display: undefined,
      cols: undefined,
      q: undefined,
      filters: [{ column: "seats", op: "empty", value: "" }],
      sort: [{ column: "name", descending: false }],
    });
  });

  it("writes the same canonical query it reads, filters repeated", () => {
    const query = "scope=my&priority=low_override&q=a+b&filter=seats%3Agte%3A400&filter=winner%3Aeq%3Atrue&sort=-seats";
    expect(portfolioQuery(parsePortfolioQuery(query))).toBe(query);
    expect(portfolioQuery(parsePortfolioQuery("priority=all"))).toBe("");
  });

  it("gives the router one filter as a string, several as a list, and reads both back", () => {
    const one = validatePortfolioSearch({ filter: "seats:gte:4", view: "v1" });
    expect(one.filter).toBe("seats:gte:4");
    expect(one.view).toBe("v1");
    const many = validatePortfolioSearch({ filter: ["seats:gte:4", "country:eq:DE"] });
    expect(many.filter).toEqual(["seats:gte:4", "country:eq:DE"]);
    expect(validatePortfolioSearch({ filter: JSON.stringify(many.filter) }).filter).toEqual(many.filter);
  });

  it("drops columns, displays and scopes the server does not offer", () => {
    const meta = {
      columns: [{ key: "name" }, { key: "seats" }],
      displays: [{ code: "overview" }],
      scopes: [{ code: "my_active", available: true }, { code: "all", available: false }],
    };
    const state = sanitiseState(parsePortfolioQuery("scope=all&display=nope&cols=name,ghost&filter=ghost:eq:1&sort=ghost,seats"), meta);
    expect(state.scope).toBeUndefined();
    expect(state.display).toBeUndefined();
    expect(state.cols).toEqual(["name"]);
    expect(state.filters).toEqual([]);
    expect(state.sort).toEqual([{ column: "seats", descending: false }]);
  });

  it("sorts by one column on click and adds a secondary one on shift-click", () => {
    const byName = toggleSort([], "name", false);
    expect(byName).toEqual([{ column: "name", descending: false }]);
    expect(toggleSort(byName, "name", false)).toEqual([{ column: "name", descending: true }]);
    const both = toggleSort(byName, "seats", true);
    expect(both).toEqual([{ column: "name", descending: false }, { column: "seats", descending: false }]);
    expect(toggleSort(both, "seats", true)[1]).toEqual({ column: "seats", descending: true });
    expect(toggleSort(both, "seats", false)).toEqual([{ column: "seats", descending: false }]);
  });
});
