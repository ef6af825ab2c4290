import { describe, expect, it } from "vitest";
import { readUsageCsv, splitCsv } from "./usage-csv.ts";

const TENANT = "3f2b9c1e-0d4a-4e8b-9a57-2c6d1e0f7a13";

describe("reading CSV text", () => {
  it("handles quotes, doubled quotes, delimiters and newlines inside quotes, and CRLF line ends", () => {
    expect(splitCsv('a,"b,1","say ""hi""\nthere"\r\nc,d,e', ",")).toEqual([
      ["a", "b,1", 'say "hi"\nthere'],
      ["c", "d", "e"],
    ]);
  });
});

describe("reading a usage file", () => {
  it("reads columns in any order, a GUID in capitals, a service by its label, and skips blank lines", () => {
    const csv = `\uFEFFDay,Tenant,Service,Entitlements,Active_Users\n2026-11-20,${TENANT.toUpperCase()},SharePoint Online,1000,150\n\n2026-11-21,${TENANT},teams,1000,80\n`;
    expect(readUsageCsv(csv, 10)).toEqual({
      records: [
        { row: 1, tenant: TENANT, service: "sharepoint", day: "2026-11-20", activeUsers: 150, entitlements: 1000 },
        { row: 3, tenant: TENANT, service: "teams", day: "2026-11-21", activeUsers: 80, entitlements: 1000 },
      ],
      problems: [],
    });
  });

  it("reads a semicolon-separated file as some spreadsheets save it", () => {
    const { records } = readUsageCsv(`tenant;service;day;active_users;entitlements\n${TENANT};exchange;2026-11-20;5;10`, 10);
    expect(records[0]).toMatchObject({ service: "exchange", activeUsers: 5 });
  });

  it("names every bad value with its row, column and why", () => {
    const csv = [
      "tenant,service,day,active_users,entitlements",
      `${TENANT},sharepoint,2026-11-20,10,100`,
      `not-a-tenant,sharepointt,2026-02-30,-5,1.5`,
      `${TENANT},teams,20.11.2026,200,100`,
      `${TENANT},teams`,
    ].join("\n");
    const { problems } = readUsageCsv(csv, 10);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, "tenant"],
      [2, "service"],
      [2, "day"],
      [2, "active_users"],
      [2, "entitlements"],
      [3, "day"],
      [3, "active_users"],
      [4, null],
    ]);
    expect(problems[3]?.message).toBe("Row 2, active_users: -5 is negative; counts are 0 or more.");
    expect(problems[4]?.message).toBe('Row 2, entitlements: "1.5" is not a whole number (no decimals, signs or thousands separators).');
    expect(problems[6]?.message).toMatch(/200 active users is more than the 100 entitlements/);
    expect(problems[7]?.message).toBe("Row 4 has 2 values but the header names 5 columns.");
  });

  it("refuses a header with a missing, unknown or repeated column before reading any row", () => {
    const { records, problems } = readUsageCsv(`tenant,service,date,active_users,active_users\n${TENANT},teams,2026-11-20,1,2`, 10);
    expect(records).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'Column 3 "date" is not a usage column. The first line must name the columns tenant, service, day, active_users, entitlements (in any order).',
      "The column active_users appears twice in the header.",
      "The column day is missing. The first line must name the columns tenant, service, day, active_users, entitlements (in any order).",
      "The column entitlements is missing. The first line must name the columns tenant, service, day, active_users, entitlements (in any order).",
    ]);
  });

  it("refuses an empty file, a file without data rows and one over the row limit", () => {
    expect(readUsageCsv("", 10).problems[0]?.message).toMatch(/^The file is empty/);
    expect(readUsageCsv("tenant,service,day,active_users,entitlements\n", 10).problems[0]?.message).toBe("The file has a header but no data rows.");
    const tooMany = `tenant,service,day,active_users,entitlements\n${`${TENANT},teams,2026-11-20,1,2\n`.repeat(3)}`;
    expect(readUsageCsv(tooMany, 2).problems).toEqual([
      { row: null, column: null, message: "The file has 3 data rows; one import takes at most 2. Split it into several files." },
    ]);
  });
});
