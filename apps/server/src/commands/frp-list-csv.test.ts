import { describe, expect, it } from "vitest";
import { readFrpListCsv } from "./frp-list-csv.ts";

describe("reading the FastTrack Ready Partner list file", () => {
  it("reads the columns in any order with the file's line numbers, skipping blank lines", () => {
    const csv = '\uFEFFMPN ID,partner name,Country,City,Specialties\n1001,"Fabrikam, Inc.",DE,Berlin,Advisory and Planning;Training and Enablement\n\n1002,Northwind,US,,\n';
    expect(readFrpListCsv(csv)).toEqual({
      rows: [
        { line: 2, name: "Fabrikam, Inc.", mpnId: "1001", country: "DE", city: "Berlin", specialties: "Advisory and Planning;Training and Enablement" },
        { line: 4, name: "Northwind", mpnId: "1002", country: "US", city: "", specialties: "" },
      ],
      problems: [],
    });
  });

  it("says which columns are missing, and which line has too few values", () => {
    expect(readFrpListCsv("Partner Name,Country\nA,DE\n").problems).toEqual([
      { line: 1, message: expect.stringContaining("the columns MPN ID, City, Specialties are missing") },
    ]);
    expect(readFrpListCsv("Partner Name,MPN ID,Country,City,Specialties\nA,1001,DE\n").problems).toEqual([
      { line: 2, message: expect.stringContaining("Line 2: it has 3 values but the header names 5 columns") },
    ]);
  });

  it("refuses a list with no partners, which would take everyone off it", () => {
    expect(readFrpListCsv("Partner Name,MPN ID,Country,City,Specialties\n").problems[0]?.message).toContain("no partners");
  });
});
