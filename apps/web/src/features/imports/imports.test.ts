import { describe, expect, it } from "vitest";
import { badRowsOf, mayImportPartnerList, mayImportUsage, progressText, tenantsAndServices } from "./imports.ts";

const problem = (errors: { path: string; message: string }[]) => ({ type: "x", title: "t", status: 422, detail: "d", code: "validation_failed", errors });

describe("the Imports screen's rules", () => {
  it("splits each problem into row, column and message, for rows, header columns and the whole file", () => {
    expect(
      badRowsOf(
        problem([
          { path: "/csv/rows/4/day", message: "Row 4, day: 2026-11-30 is in the future." },
          { path: "/csv/rows/7", message: "Row 7: row 3 already has Coho, teams on 2026-11-01; keep one of the two." },
          { path: "/csv/header/day", message: "The column day is missing." },
          { path: "/csv", message: "The file is empty." },
        ]),
      ),
    ).toEqual([
      { row: 4, column: "day", message: "2026-11-30 is in the future." },
      { row: 7, column: null, message: "row 3 already has Coho, teams on 2026-11-01; keep one of the two." },
      { row: null, column: "day", message: "The column day is missing." },
      { row: null, column: null, message: "The file is empty." },
    ]);
  });

  it("shows the Imports screen to those who may import: usage for editing levels, the partner list for portfolio managers", () => {
    const fm = { roles: ["fasttrack_manager"], isAdministrator: false };
    const lead = { roles: ["fasttrack_team_lead"], isAdministrator: false };
    const reader = { roles: ["senior_leadership"], isAdministrator: false };
    const admin = { roles: [], isAdministrator: true };
    expect([fm, lead, reader, admin].map(mayImportUsage)).toEqual([true, true, false, true]);
    expect([fm, lead, reader, admin].map(mayImportPartnerList)).toEqual([false, true, false, true]);
  });

  it("words progress with the figures and a whole percent", () => {
    expect(progressText("storing", 40_000, 100_000, "rows")).toBe("Storing rows: 40,000 of 100,000 rows (40 %)");
    expect(progressText("uploading", 0, 0, "bytes")).toBe("Uploading: 0 of 0 bytes (0 %)");
  });

  it("counts the tenants and tenant services a file names, whatever the column order and case", () => {
    const rows = [["Service", "Tenant", "day"], ["teams", "A", "2026-01-01"], ["teams", "a", "2026-01-02"], ["exchange", "B", "2026-01-01"], ["", "", ""]];
    expect(tenantsAndServices(rows)).toEqual({ tenants: 2, services: 2 });
  });
});
