import { describe, expect, it } from "vitest";
import { parseODataFilter } from "./filter.ts";
import { SERVICES_SET, TENANTS_SET } from "./model.ts";

const parse = (text: string) => parseODataFilter(text, TENANTS_SET);
const shape = (text: string): unknown => {
  const walk = (node: ReturnType<typeof parse>): unknown => {
    if ("left" in node) return [node.kind, walk(node.left), walk(node.right)];
    if ("operand" in node) return ["not", walk(node.operand)];
    return [node.kind === "compare" ? node.op : node.kind, node.property.name, node.value];
  };
  return walk(parse(text));
};
const refusal = (text: string) => {
  try {
    parse(text);
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error(`${text} was accepted`);
};

describe("$filter", () => {
  it("reads comparisons of every type, typed by the property", () => {
    expect(shape("seats ge 500")).toEqual(["ge", "seats", 500]);
    expect(shape("name eq 'O''Brien & Co'")).toEqual(["eq", "name", "O'Brien & Co"]);
    expect(shape("engagement_start_date lt 2026-01-31")).toEqual(["lt", "engagement_start_date", "2026-01-31"]);
    expect(shape("winner ne true")).toEqual(["ne", "winner", true]);
    expect(shape("svc_exchange_au gt 12.5")).toEqual(["gt", "svc_exchange_au", 12.5]);
    expect(shape("overall_status eq null")).toEqual(["eq", "overall_status", null]);
    expect(shape("days_since_status le -3")).toEqual(["le", "days_since_status", -3]);
  });

  it("reads and, or, not, parentheses, contains(), startswith() and endswith()", () => {
    expect(shape("region eq 'emea' and (contains(name,'Lab') and startswith(country, 'D'))")).toEqual([
      "and",
      ["eq", "region", "emea"],
      ["and", ["contains", "name", "Lab"], ["startswith", "country", "D"]],
    ]);
    expect(shape("seats gt 1 and seats lt 9 and go_back eq false")).toEqual(["and", ["and", ["gt", "seats", 1], ["lt", "seats", 9]], ["eq", "go_back", false]]);
    // or binds loosest, then and, then not: what Power BI folds a "region is EMEA or APJ" step into.
    expect(shape("region eq 'emea' or region eq 'apj' and not endswith(name,'Labs')")).toEqual([
      "or",
      ["eq", "region", "emea"],
      ["and", ["eq", "region", "apj"], ["not", ["endswith", "name", "Labs"]]],
    ]);
    expect(shape("not (seats gt 1 or winner eq true)")).toEqual(["not", ["or", ["gt", "seats", 1], ["eq", "winner", true]]]);
    expect(parseODataFilter("l1_blocked gt 0", SERVICES_SET)).toMatchObject({ kind: "compare", property: { name: "l1_blocked", type: "Edm.Int32" } });
  });

  it("names what is not supported and what is supported instead", () => {
    expect(refusal("seats gt 1 has seats")).toEqual({ code: "unsupported_filter", message: expect.stringContaining('"has" is not supported. Supported: eq, ne') });
    expect(refusal("(seats gt 1 has 2)").code).toBe("unsupported_filter");
    expect(refusal("tolower(name) eq 'a'").message).toContain("the function tolower()");
    expect(refusal("seats add 1 eq 2").message).toContain('the operator "add"');
    expect(refusal("region in ('emea','apj')").message).toContain('the operator "in"');
  });

  it("says what is wrong with a filter it cannot read", () => {
    expect(refusal("nothing eq 1").message).toContain('Tenants has no property "nothing"');
    expect(refusal("seats eq '5'").message).toContain("seats is Edm.Int32: compare it with a value like 12");
    expect(refusal("engagement_start_date eq '2026-01-01'").message).toContain("write dates without quotes");
    expect(refusal("winner gt true").message).toContain("compare it with eq or ne");
    expect(refusal("seats gt null").message).toContain("use eq null or ne null");
    expect(refusal("contains(seats,'1')").message).toContain("contains() works on text; seats is Edm.Int32");
    expect(refusal("name eq 'open").message).toContain("no closing quote");
    expect(refusal("seats eq").message).toContain("it ends where a value for seats was expected");
    expect(refusal("seats eq 1 seats").message).toContain("unexpected seats");
    expect(refusal("").message).toContain("leave $filter out");
  });
});
