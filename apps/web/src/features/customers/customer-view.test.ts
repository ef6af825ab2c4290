import type { TCustomerOverviewContact } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { auText, contactGroups, findingsText, HEALTH_BADGES, noteAgeText } from "./customer-view.ts";

const contact = (name: string, type: TCustomerOverviewContact["type"]): TCustomerOverviewContact => ({
  id: "0b6f2d1e-8a3c-4e5f-9a7b-1c2d3e4f5a6b",
  type,
  name,
  email: null,
  phone: null,
  role: null,
  doNotCall: false,
  tenant: null,
});

describe("the customer view in words", () => {
  it("names every health level with text and a shape", () => {
    expect(Object.values(HEALTH_BADGES).map((b) => `${b.icon} ${b.text}`)).toEqual(["▲ At risk", "● Needs attention", "✓ On track", "– No tenants"]);
  });

  it("says the usage, the note age and the open findings plainly", () => {
    expect(auText(null)).toBe("no usage yet");
    expect(auText(42)).toBe("42 %");
    expect([noteAgeText(null), noteAgeText(0), noteAgeText(1), noteAgeText(20)]).toEqual(["none written", "today", "1 day ago", "20 days ago"]);
    expect(findingsText({ high: 1, medium: 0, low: 3 })).toBe("1 high, 3 low");
    expect(findingsText({ high: 0, medium: 0, low: 0 })).toBe("none");
  });

  it("groups contacts as Customer, Partner, Microsoft and leaves out empty groups", () => {
    const groups = contactGroups([contact("Ann", "microsoft"), contact("Bo", "customer"), contact("Cy", "microsoft")]);
    expect(groups.map((g) => [g.title, g.contacts.map((c) => c.name)])).toEqual([
      ["Customer", ["Bo"]],
      ["Microsoft", ["Ann", "Cy"]],
    ]);
  });
});
