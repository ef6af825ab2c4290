import { describe, expect, it } from "vitest";
import { type FrpKnownPartner, type FrpListRow, planFrpListImport } from "./frp-list.ts";

const row = (line: number, name: string, mpnId: string, more: Partial<FrpListRow> = {}): FrpListRow => ({ line, name, mpnId, country: "DE", city: "Berlin", specialties: "", ...more });
const known = (id: string, name: string, mpnId: string | null, more: Partial<FrpKnownPartner> = {}): FrpKnownPartner => ({
  id,
  name,
  mpnId,
  country: "DE",
  city: "Berlin",
  specialties: [],
  frpMember: true,
  ...more,
});

describe("importing the FastTrack Ready Partner list", () => {
  it("adds new partners, updates changed ones field by field, and lets the unnamed ones leave the list", () => {
    const plan = planFrpListImport(
      [row(2, "Fabrikam", "1001", { specialties: "Advisory and Planning; training_enablement" }), row(3, "Northwind GmbH", "1002"), row(4, "Same Co", "1004")],
      [known("n", "Northwind", "1002"), known("g", "Gone Ltd", "1003"), known("s", "Same Co", "1004"), known("x", "Never listed", null, { frpMember: false })],
    );
    expect(plan.added).toEqual([{ line: 2, name: "Fabrikam", mpnId: "1001", country: "DE", city: "Berlin", specialties: ["advisory_planning", "training_enablement"], frpMember: true }]);
    expect(plan.updated).toEqual([{ line: 3, partnerId: "n", name: "Northwind GmbH", mpnId: "1002", changes: [{ field: "name", from: "Northwind", to: "Northwind GmbH" }] }]);
    expect(plan.leaving).toEqual([{ partnerId: "g", name: "Gone Ltd", mpnId: "1003" }]);
    expect(plan.unchanged).toBe(1);
  });

  it("puts a known partner that was off the list back on it", () => {
    const plan = planFrpListImport([row(2, "Back Again", "2001")], [known("b", "Back Again", "2001", { frpMember: false })]);
    expect(plan.updated[0]?.changes).toEqual([{ field: "frpMember", from: false, to: true }]);
  });

  it("names every bad row by its line and why, and then plans nothing", () => {
    const plan = planFrpListImport(
      [row(2, "", "12"), row(3, "Ok", "3001", { country: "Germany", specialties: "Cooking" }), row(4, "Ok", "3002"), row(5, "Twice", "3002")],
      [known("g", "Gone Ltd", "1003")],
    );
    expect(plan.problems.map((p) => p.line)).toEqual([2, 3, 5]);
    expect(plan.problems[0]?.message).toBe('Line 2: the Partner Name is empty; the MPN ID "12" is not 4 to 12 digits.');
    expect(plan.problems[1]?.message).toContain('"Cooking" is not a specialty (known: Advisory and Planning, Training and Enablement');
    expect(plan.problems[2]?.message).toContain("already on line 4");
    expect([plan.added, plan.updated, plan.leaving]).toEqual([[], [], []]);
  });
});
