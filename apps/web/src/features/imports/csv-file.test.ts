import { describe, expect, it } from "vitest";
import { countDataRows, firstRows, formatBytes } from "./csv-file.ts";

describe("reading a chosen CSV file in the browser", () => {
  it("counts data rows as the server numbers them: header left out, blank lines at the end dropped, quoted line breaks kept in one row", () => {
    expect(countDataRows("tenant,service\na,b\nc,d\n")).toBe(2);
    expect(countDataRows("tenant,service\r\na,b\r\n\r\n\r\n")).toBe(1);
    expect(countDataRows('name,note\nx,"two\nlines, one row"\ny,z')).toBe(2);
    expect(countDataRows("tenant,service\na,b\n\nc,d")).toBe(3);
    expect(countDataRows("tenant,service")).toBe(0);
    expect(countDataRows("")).toBe(0);
  });

  it("shows the header and the first rows, with semicolon files and escaped quotes read as a spreadsheet would", () => {
    expect(firstRows('\uFEFFPartner Name;MPN ID;Specialties\n"Contoso ""East""";123;Teams, Intune\nFabrikam;456;\n', 5)).toEqual({
      header: ["Partner Name", "MPN ID", "Specialties"],
      rows: [
        ['Contoso "East"', "123", "Teams, Intune"],
        ["Fabrikam", "456", ""],
      ],
    });
    expect(firstRows("a\n1\n2\n3\n4", 2).rows).toEqual([["1"], ["2"]]);
  });

  it("says a file's size in bytes, KB or MB", () => {
    expect([formatBytes(1), formatBytes(812), formatBytes(14_200), formatBytes(6_450_044)]).toEqual(["1 byte", "812 bytes", "14.2 KB", "6.5 MB"]);
  });
});
