import type { TSearchResult } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi();

type Seeded = { fabrikam: { id: string }; labs: { id: string; tenantGuid: string }; main: { id: string; tenantGuid: string }; tailspin: { id: string } };
let seeded: Seeded;

beforeAll(async () => {
  const fabrikam = await createCustomer(admin, { name: "Fabrikam Industries", tpid: 31_415_926 });
  const main = await createTenant(admin, fabrikam.id, { name: "Fabrikam Main", tenantGuid: "3f2504e0-4f89-41d3-9a0c-0305e82c3301" });
  const labs = await createTenant(admin, fabrikam.id, { name: "Fabrikam Research Labs" });
  const tailspinCustomer = await createCustomer(admin, { name: "Tailspin Toys", tpid: 27_182_818 });
  const tailspin = await createTenant(admin, tailspinCustomer.id, { name: "Tailspin Fabrikam Reseller" });
  const contact = (tenantId: string, body: object) => admin.post(`/api/tenants/${tenantId}/contacts`, { type: "microsoft", ...body });
  await contact(main.id, { name: "Dana Whitfield", email: "dana.whitfield@fabrikam.example", role: "CSM" });
  await contact(labs.id, { name: "Lab Owner", email: "owner@labs.fabrikam.example" });
  await contact(tailspin.id, { name: "Tara Spin", email: "tara@tailspin.example" });
  await contact(tailspin.id, { name: "Tamsin Whole", email: "tamsin@tailspin.example", wholeCustomer: true });
  seeded = { fabrikam, labs, main, tailspin };
});

const search = async (who: { get: (url: string) => Promise<{ statusCode: number; json: <T>() => T }> }, q: string, limit?: number) => {
  const response = await who.get(`/api/search?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ""}`);
  expect(response.statusCode).toBe(200);
  return response.json<TSearchResult>();
};

describe("search everywhere", () => {
  it("finds tenants, customers and contacts by part of a name, names starting with the text first", async () => {
    const found = await search(admin, "fabrikam");
    expect(found.tenants.items.map((t) => t.name)).toEqual(["Fabrikam Main", "Fabrikam Research Labs", "Tailspin Fabrikam Reseller"]);
    expect(found.tenants.total).toBe(3);
    expect(found.customers.items).toMatchObject([{ name: "Fabrikam Industries", tpid: 31_415_926, tenantCount: 2, matchedBy: "name" }]);
    // "fabrikam" is in both e-mail addresses, and each contact says where to open it.
    expect(found.contacts.items).toMatchObject([
      { name: "Dana Whitfield", tenant: { id: seeded.main.id, name: "Fabrikam Main" }, customer: { name: "Fabrikam Industries" } },
      { name: "Lab Owner", tenant: { name: "Fabrikam Research Labs" } },
    ]);
    expect(found.exact).toBeNull();
  });

  it("shows a few per group and counts the rest", async () => {
    const found = await search(admin, "fabrikam", 1);
    expect(found.tenants).toMatchObject({ items: [{ name: "Fabrikam Main" }], total: 3, totalCapped: false });
  });

  it("finds a tenant by its full GUID or its first characters, and marks the full GUID as an exact match", async () => {
    const full = await search(admin, seeded.main.tenantGuid.toUpperCase());
    expect(full.tenants.items).toMatchObject([{ id: seeded.main.id, matchedBy: "tenant_guid" }]);
    expect(full.exact).toEqual({ kind: "tenant", id: seeded.main.id, name: "Fabrikam Main" });
    const prefix = await search(admin, "3f2504e0-4f");
    expect(prefix.tenants.items.map((t) => t.id)).toEqual([seeded.main.id]);
    expect(prefix.exact).toBeNull();
  });

  it("finds a customer and its tenants by TPID, the customer as the exact match", async () => {
    const found = await search(admin, "31415926");
    expect(found.exact).toEqual({ kind: "customer", id: seeded.fabrikam.id, name: "Fabrikam Industries" });
    expect(found.tenants.items.map((t) => t.matchedBy)).toEqual(["tpid", "tpid"]);
  });

  it("finds a contact by e-mail", async () => {
    const found = await search(admin, "tara@tailspin");
    expect(found.contacts.items).toMatchObject([{ name: "Tara Spin", email: "tara@tailspin.example", tenant: { id: seeded.tailspin.id } }]);
    // A tenant ID or TPID names no person.
    expect((await search(admin, "27182818")).contacts.total).toBe(0);
  });

  it("shows an assigned reader only their tenants, their customers and those tenants' contacts", async () => {
    const fe = await api().signIn({ roles: ["fasttrack_engineer"] });
    expect((await admin.post(`/api/tenants/${seeded.tailspin.id}/assignments`, { userId: fe.userId, role: "fe" })).statusCode).toBe(201);
    const found = await search(fe, "fabrikam");
    expect(found.tenants.items.map((t) => t.name)).toEqual(["Tailspin Fabrikam Reseller"]);
    expect(found.tenants.total).toBe(1);
    expect(found.customers.items).toEqual([]);
    expect(found.contacts.items).toEqual([]);
    // A GUID or TPID of a tenant they may not see finds nothing, so it cannot be opened either.
    expect(await search(fe, seeded.main.tenantGuid)).toMatchObject({ exact: null, tenants: { items: [], total: 0 } });
    expect((await search(fe, "31415926")).exact).toBeNull();
    expect((await search(fe, "@tailspin")).contacts.items.map((c) => [c.name, c.tenant?.name ?? "whole customer"])).toEqual([
      ["Tamsin Whole", "whole customer"],
      ["Tara Spin", "Tailspin Fabrikam Reseller"],
    ]);
  });

  it("says what is wrong with a search that is too short", async () => {
    const response = await admin.get("/api/search?q=a");
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain("Type at least 2 characters to search.");
  });

  it("treats % and _ as plain characters", async () => {
    expect((await search(admin, "%_%")).tenants.total).toBe(0);
  });
});
