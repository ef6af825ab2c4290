import { describe, expect, it } from "vitest";
import { ODATA_MAX_PAGE_SIZE, TENANTS_SET } from "./model.ts";
import { odataNextPageQuery, odataPageSize, parseODataQuery, preferredODataPageSize } from "./query-options.ts";

const parse = (query: Record<string, unknown>, preferred?: number) => parseODataQuery(TENANTS_SET, query, preferred);
const refusal = (query: Record<string, unknown>) => {
  try {
    parse(query);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("accepted");
};

describe("query options", () => {
  it("reads $select, $orderby, $top, $skip and $count", () => {
    const query = parse({ $select: "name, seats", $orderby: "region,seats desc", $top: "10", $skip: "20", $count: "true", other: "ignored" });
    expect(query.select.map((p) => p.name)).toEqual(["name", "seats"]);
    expect(query.orderby.map((o) => `${o.property.name}:${o.descending}`)).toEqual(["region:false", "seats:true"]);
    expect([query.top, query.skip, query.count]).toEqual([10, 20, true]);
    expect(parse({}).select).toHaveLength(TENANTS_SET.properties.length);
    expect(parse({ $select: "*" }).select).toHaveLength(TENANTS_SET.properties.length);
  });

  it("refuses options it does not answer, saying which it does", () => {
    expect(refusal({ $expand: "Services" })).toContain("$expand is not supported; the feed answers $filter, $select");
    expect(refusal({ $format: "xml" })).toContain("JSON only");
    expect(refusal({ $select: "name,nope" })).toContain('$select: Tenants has no property "nope"');
    expect(refusal({ $orderby: "name sideways" })).toContain("is not a property with an optional asc or desc");
    expect(refusal({ $top: "ten" })).toContain("$top must be a whole number");
    expect(refusal({ $count: "yes" })).toContain("$count must be true or false");
    expect(refusal({ $skip: ["1", "2"] })).toContain("$skip is given more than once");
  });

  it("pages by 5000 at most, or by the size the client prefers", () => {
    expect(odataPageSize(parse({}))).toBe(ODATA_MAX_PAGE_SIZE);
    expect(odataPageSize(parse({ $top: "100000" }))).toBe(5000);
    expect(odataPageSize(parse({ $top: "7" }))).toBe(7);
    expect(odataPageSize(parse({}, 50))).toBe(50);
    expect(odataPageSize(parse({}, 9000))).toBe(5000);
    expect(preferredODataPageSize("return=minimal, odata.maxpagesize=250")).toBe(250);
    expect(preferredODataPageSize("odata.maxpagesize=0")).toBeUndefined();
    expect(preferredODataPageSize(undefined)).toBeUndefined();
  });

  it("links the next page with $skip moved on and what is left of $top", () => {
    const full = parse({ $filter: "region eq 'emea'", $skip: "0" });
    expect(odataNextPageQuery(full, 5000)).toBe("$filter=region%20eq%20'emea'&$skip=5000");
    expect(odataNextPageQuery(full, 4999)).toBeUndefined();
    const limited = parse({ $top: "12000" });
    expect(odataNextPageQuery(limited, 5000)).toBe("$top=7000&$skip=5000");
    expect(odataNextPageQuery(parse({ $top: "5000" }), 5000)).toBeUndefined();
    expect(odataNextPageQuery(parse({ $skip: "4" }, 2), 2)).toBe("$skip=6");
  });
});
