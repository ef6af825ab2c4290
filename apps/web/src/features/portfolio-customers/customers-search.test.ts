import { describe, expect, it } from "vitest";
import { customersQueryOf, nextSort, sortDirectionOf, validateCustomersSearch, withChange } from "./customers-search.ts";

describe("the Customers view's URL", () => {
  it("keeps defaults out of the URL and drops what it does not know", () => {
    expect(validateCustomersSearch({ scope: "primary", sort: "name", offset: "0", q: "  " })).toEqual({ scope: undefined, q: undefined, region: undefined, sort: undefined, offset: undefined });
    expect(validateCustomersSearch({ scope: "everyone", sort: "seats", offset: "-5" })).toMatchObject({ scope: undefined, sort: undefined, offset: undefined });
    expect(validateCustomersSearch({ scope: "all", q: 810001, region: "emea", sort: "-tpid", offset: "50" })).toEqual({ scope: "all", q: "810001", region: "emea", sort: "-tpid", offset: 50 });
  });

  it("asks the server for my primary customers by name when the URL says nothing", () => {
    expect(customersQueryOf({})).toEqual({ scope: "primary", sort: "name", limit: 50, offset: 0 });
    expect(customersQueryOf({ scope: "all", q: "contoso", region: "apj", offset: 100 })).toMatchObject({ scope: "all", q: "contoso", region: "apj", offset: 100 });
  });

  it("sorts a clicked column ascending, then descending, and shows which", () => {
    expect(nextSort(undefined, "tpid")).toBe("tpid");
    expect(nextSort("tpid", "tpid")).toBe("-tpid");
    expect(nextSort("-tpid", "tpid")).toBe("tpid");
    expect(nextSort(undefined, "name")).toBe("-name");
    expect(nextSort("-name", "name")).toBeUndefined();
    expect(sortDirectionOf(undefined, "name")).toBe("ascending");
    expect(sortDirectionOf("-region", "region")).toBe("descending");
    expect(sortDirectionOf("-region", "tpid")).toBe("none");
  });

  it("goes back to the first page when the search changes", () => {
    expect(withChange({ scope: "all", offset: 100 }, { q: "fabrikam" })).toEqual({ scope: "all", q: "fabrikam", offset: undefined });
  });
});
