import type { TSearchResult } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { countText, isPaletteShortcut, paletteSections } from "./search-palette.ts";

const TENANT = "0b6f2d1e-8a3c-4e5f-9a7b-1c2d3e4f5a6b";
const CUSTOMER = "1c7f2d1e-8a3c-4e5f-9a7b-1c2d3e4f5a6b";
const GUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

const empty = { items: [], total: 0, totalCapped: false };
const result = (overrides: Partial<TSearchResult>): TSearchResult => ({ q: "x", exact: null, tenants: empty, customers: empty, contacts: empty, ...overrides });

describe("the search palette", () => {
  it("opens on Ctrl+K and Cmd+K only", () => {
    const key = (k: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {}) =>
      isPaletteShortcut({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
    expect(key("k", { ctrlKey: true })).toBe(true);
    expect(key("K", { metaKey: true })).toBe(true);
    expect(key("k")).toBe(false);
    expect(key("/")).toBe(false);
    expect(key("k", { ctrlKey: true, shiftKey: true })).toBe(false);
  });

  it("puts an exact tenant ID or TPID match first so Enter opens it", () => {
    const sections = paletteSections(
      result({
        q: "31415926",
        exact: { kind: "customer", id: CUSTOMER, name: "Fabrikam" },
        tenants: { items: [{ id: TENANT, name: "Fabrikam Main", tenantGuid: GUID, customerId: CUSTOMER, customerName: "Fabrikam", tpid: 31415926, matchedBy: "tpid" }], total: 1, totalCapped: false },
      }),
    );
    expect(sections.map((s) => s.title)).toEqual(["Go to", "Tenants"]);
    expect(sections[0]?.items[0]).toEqual({ key: `exact:${CUSTOMER}`, label: "Fabrikam", detail: "Customer with TPID 31415926", href: `/customers/${CUSTOMER}` });
    expect(sections[1]?.items[0]).toMatchObject({ label: "Fabrikam Main", detail: "Fabrikam · TPID 31415926", href: `/tenants/${TENANT}` });
  });

  it("opens a tenant's contact on the tenant's Contacts tab and a whole-customer contact on the customer", () => {
    const sections = paletteSections(
      result({
        contacts: {
          items: [
            { id: TENANT, name: "Dana", email: "dana@x.example", type: "microsoft", role: "CSM", tenant: { id: TENANT, name: "Main" }, customer: { id: CUSTOMER, name: "Fabrikam" } },
            { id: CUSTOMER, name: "Eli", email: null, type: "customer", role: null, tenant: null, customer: { id: CUSTOMER, name: "Fabrikam" } },
          ],
          total: 2,
          totalCapped: false,
        },
      }),
    );
    expect(sections).toHaveLength(1);
    expect(sections[0]?.items).toMatchObject([
      { label: "Dana <dana@x.example>", detail: "Microsoft contact · CSM · Main", href: `/tenants/${TENANT}?tab=contacts` },
      { label: "Eli", detail: "Customer contact · Fabrikam (whole customer)", href: `/customers/${CUSTOMER}` },
    ]);
  });

  it("says how many there are beyond the hits shown", () => {
    expect(countText(3, { total: 3, totalCapped: false })).toBe("3");
    expect(countText(5, { total: 1234, totalCapped: false })).toBe("5 of 1,234");
    expect(countText(5, { total: 1000, totalCapped: true })).toBe("5 of more than 1,000");
  });
});
