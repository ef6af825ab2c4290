import { describe, expect, it } from "vitest";
import { csvRecordCounter, attachmentName } from "./csv-progress.ts";
import { cellText } from "./portfolio-cells.ts";
import { addFilter, describeFilter, filterValueProblem, removeFilter, type ColumnMeta } from "./portfolio-filters.ts";

const columns: ColumnMeta[] = [
  { key: "seats", label: "Seats", type: "number" },
  { key: "segment", label: "Segment", type: "enum", options: [{ code: "smc", label: "SMC" }, { code: "enterprise", label: "Enterprise" }] },
  { key: "winner", label: "Winner", type: "boolean" },
  { key: "customer", label: "Customer", type: "text" },
  { key: "created_on", label: "Created on", type: "date" },
];

describe("filter chips", () => {
  it("read like a sentence with labels, not codes", () => {
    expect(describeFilter({ column: "seats", op: "gte", value: "4000" }, columns)).toBe("Seats ≥ 4,000");
    expect(describeFilter({ column: "segment", op: "in", value: "smc,enterprise" }, columns)).toBe("Segment is one of SMC, Enterprise");
    expect(describeFilter({ column: "winner", op: "eq", value: "true" }, columns)).toBe("Winner is yes");
    expect(describeFilter({ column: "customer", op: "contains", value: "Contoso" }, columns)).toBe("Customer contains “Contoso”");
    expect(describeFilter({ column: "created_on", op: "empty", value: "" }, columns)).toBe("Created on is empty");
  });

  it("say what is wrong with a value before it is sent", () => {
    expect(filterValueProblem("number", "gte", "four")).toBe("Enter a number, e.g. 400.");
    expect(filterValueProblem("date", "before", "1/12/2026")).toBe("Enter a date as YYYY-MM-DD.");
    expect(filterValueProblem("text", "contains", " ")).toBe("Enter a value.");
    expect(filterValueProblem("text", "empty", "")).toBeUndefined();
    expect(filterValueProblem("number", "lte", "12.5")).toBeUndefined();
  });

  it("replace a chip on the same column and operator and remove one by position", () => {
    const first = addFilter([], { column: "seats", op: "gte", value: "10" });
    const second = addFilter(first, { column: "seats", op: "gte", value: " 20 " });
    expect(second).toEqual([{ column: "seats", op: "gte", value: "20" }]);
    const third = addFilter(second, { column: "seats", op: "lte", value: "90" });
    expect(third).toHaveLength(2);
    expect(removeFilter(third, 0)).toEqual([{ column: "seats", op: "lte", value: "90" }]);
  });
});

describe("export progress", () => {
  it("counts rows across chunks, not line breaks inside quoted fields", () => {
    const counter = csvRecordCounter();
    counter.push('Tenant,Note\r\nA,"two\nlines"\r\nB,');
    expect(counter.rows()).toBe(1);
    counter.push('plain\r\nC,"x');
    counter.push('"');
    expect(counter.rows(true)).toBe(3);
  });

  it("takes the file name from Content-Disposition", () => {
    expect(attachmentName('attachment; filename="portfolio-2026-11-24.csv"', "x.csv")).toBe("portfolio-2026-11-24.csv");
    expect(attachmentName(null, "x.csv")).toBe("x.csv");
  });
});

describe("grid cells", () => {
  const row = (cells: Record<string, string | number | boolean | null>) => ({ id: "t1", cells });
  const priority: ColumnMeta = { key: "priority", label: "Priority", type: "enum", options: [{ code: "high", label: "High" }] };

  it("show labels and words, not codes and booleans", () => {
    expect(cellText(columns[1], row({ segment: "enterprise" }), "segment")).toBe("Enterprise");
    expect(cellText(columns[2], row({ winner: true }), "winner")).toBe("Winner");
    expect(cellText(columns[2], row({ winner: false }), "winner")).toBe("");
    expect(cellText(columns[0], row({ seats: 12480 }), "seats")).toBe("12,480");
    expect(cellText(columns[4], row({ created_on: "2026-11-03" }), "created_on")).toBe("3 Nov 2026");
    expect(cellText({ key: "tpid", label: "TPID", type: "number" }, row({ tpid: 10000005 }), "tpid")).toBe("10000005");
  });

  it("say when a priority was overridden", () => {
    expect(cellText(priority, row({ priority: "high", priority_overridden: true }), "priority")).toBe("High (overridden)");
    expect(cellText(priority, row({ priority: "high", priority_overridden: false }), "priority")).toBe("High");
  });
});
