import { describe, expect, it } from "vitest";
import { tableCsv } from "./reports-csv.ts";

describe("tableCsv", () => {
  it("writes the header and the rows in column order, quoting what needs it and leaving null empty", () => {
    const csv = tableCsv(["tenantName", "items", "reachedOn"], [
      { items: 2, tenantName: 'Contoso, "the" Ltd', reachedOn: null },
      { tenantName: "Line\nbreak", items: -1, reachedOn: "2026-11-20" },
    ]);
    expect(csv).toBe('tenantName,items,reachedOn\r\n"Contoso, ""the"" Ltd",2,\r\n"Line\nbreak",-1,2026-11-20\r\n');
  });

  it("keeps a spreadsheet from running a name as a formula", () => {
    expect(tableCsv(["tenantName"], [{ tenantName: "=HYPERLINK(1)" }, { tenantName: "@cmd" }])).toBe("tenantName\r\n'=HYPERLINK(1)\r\n'@cmd\r\n");
  });
});
