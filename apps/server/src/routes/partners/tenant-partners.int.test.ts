import { insertAssignment, insertPartner, type PartnerRow } from "@waymark/db";
import type { TContact, TContactList, TTenant, TTenantPartners } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi();
let fabrikam: PartnerRow;
let northwind: PartnerRow;

const newTenant = async (name: string) => createTenant(admin, (await createCustomer(admin, { name })).id, { name });
const partnersOf = async (tenant: TTenant) => (await admin.get(`/api/tenants/${tenant.id}/partners`)).json<TTenantPartners>();
const contactNames = async (tenant: TTenant) => (await admin.get(`/api/tenants/${tenant.id}/contacts`)).json<TContactList>().items.map((c) => c.name).sort();
const addContact = async (tenant: TTenant, name: string, partnerId?: string, wholeCustomer = false) =>
  (await admin.post(`/api/tenants/${tenant.id}/contacts`, partnerId ? { type: "partner", name, partnerId, wholeCustomer } : { type: "customer", name })).json<TContact>();
const NO_PARTNER = { partnerId: null, name: "No Partner Identified", mpnId: "N/A", frpMember: false, desiresAssistance: false };

beforeAll(async () => {
  fabrikam = await insertPartner(api().database.db, { name: "Fabrikam Consulting", mpnId: "6610001", frpMember: true });
  northwind = await insertPartner(api().database.db, { name: "Northwind Helpers", mpnId: null });
});

describe("a tenant's Partners tab", () => {
  it("says No Partner Identified with MPN N/A when the tenant has no partner", async () => {
    const tenant = await newTenant("Lonely Ltd");
    expect(await partnersOf(tenant)).toEqual({ tenantId: tenant.id, noPartnerIdentified: true, items: [NO_PARTNER] });
  });

  it("adds partners with their MPN id (or N/A) and FRP membership, and records the desire for assistance", async () => {
    const tenant = await newTenant("Adatum");
    expect((await admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: fabrikam.id })).statusCode).toBe(201);
    expect((await admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: northwind.id, desiresAssistance: true })).statusCode).toBe(201);
    const again = await admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: fabrikam.id, desiresAssistance: true });
    expect(again.statusCode).toBe(200);
    expect(again.json<TTenantPartners>()).toEqual({
      tenantId: tenant.id,
      noPartnerIdentified: false,
      items: [
        { partnerId: fabrikam.id, name: "Fabrikam Consulting", mpnId: "6610001", frpMember: true, desiresAssistance: true },
        { partnerId: northwind.id, name: "Northwind Helpers", mpnId: "N/A", frpMember: false, desiresAssistance: true },
      ],
    });
    const unknown = await admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.statusCode).toBe(422);
  });

  it("removes a partner with its people from the tenant's contacts, leaving the others, and audits the reason", async () => {
    const tenant = await newTenant("Coho Winery");
    await admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: fabrikam.id });
    await admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: northwind.id });
    await addContact(tenant, "Fay Fabrikam", fabrikam.id);
    await addContact(tenant, "Finn Fabrikam", fabrikam.id, true);
    await addContact(tenant, "Nora Northwind", northwind.id);
    await addContact(tenant, "Cleo Customer");
    const removed = await admin.delete(`/api/tenants/${tenant.id}/partners/${fabrikam.id}?reason=${encodeURIComponent("Customer is not deploying with a partner")}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json<TTenantPartners>().items.map((p) => p.name)).toEqual(["Northwind Helpers"]);
    expect(removed.json<TTenantPartners>().message).toBe("Fabrikam Consulting was removed from Coho Winery; 2 of their contacts were removed (Fay Fabrikam, Finn Fabrikam).");
    expect(await contactNames(tenant)).toEqual(["Cleo Customer", "Nora Northwind"]);
    const { rows } = await api().database.pool.query("SELECT action, reason FROM audit_events WHERE customer_id = $1 AND action IN ('tenant.partner_removed', 'contact.removed') ORDER BY id", [tenant.customerId]);
    expect(rows).toEqual([
      { action: "tenant.partner_removed", reason: "Customer is not deploying with a partner" },
      { action: "contact.removed", reason: "Fabrikam Consulting removed from the Partners tab: Customer is not deploying with a partner" },
      { action: "contact.removed", reason: "Fabrikam Consulting removed from the Partners tab: Customer is not deploying with a partner" },
    ]);
  });

  it("shows No Partner Identified / N/A once the last partner is removed (seed 003, Contact Partner not deploying)", async () => {
    const tenant = await newTenant("Tailspin Toys");
    await admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: northwind.id });
    await addContact(tenant, "Nick Northwind", northwind.id);
    const removed = (await admin.delete(`/api/tenants/${tenant.id}/partners/${northwind.id}?reason=not%20deploying`)).json<TTenantPartners>();
    expect(removed).toMatchObject({ noPartnerIdentified: true, items: [NO_PARTNER] });
    expect(removed.message).toContain("The tenant now shows No Partner Identified (MPN N/A).");
    expect(await contactNames(tenant)).toEqual([]);
    expect((await admin.delete(`/api/tenants/${tenant.id}/partners/${northwind.id}?reason=again`)).statusCode).toBe(404);
  });

  it("keeps a partner's customer-wide contacts while the partner stays on another tenant of the customer, and asks for a reason", async () => {
    const first = await newTenant("Litware");
    const second = await createTenant(admin, first.customerId, { name: "Litware US" });
    for (const tenant of [first, second]) await admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: fabrikam.id });
    await addContact(first, "Cara Customer-wide", fabrikam.id, true);
    expect((await admin.delete(`/api/tenants/${first.id}/partners/${fabrikam.id}`)).statusCode).toBe(400);
    await admin.delete(`/api/tenants/${first.id}/partners/${fabrikam.id}?reason=only%20the%20US%20tenant`);
    expect(await contactNames(second)).toEqual(["Cara Customer-wide"]);
  });
});

describe("partner users on the Partners tab", () => {
  it("see and change only their own organisation's link, on their organisation's tenants", async () => {
    const tenant = await newTenant("Shared Partners Ltd");
    await insertAssignment(api().database.db, { customerId: tenant.customerId, tenantId: tenant.id, partnerId: fabrikam.id, role: "p_rm", isPrimary: true });
    await admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: northwind.id });
    const pat = await api().signIn({ roles: ["partner_user"], partnerId: fabrikam.id });
    expect((await pat.get(`/api/tenants/${tenant.id}/partners`)).json<TTenantPartners>()).toMatchObject({ noPartnerIdentified: true });
    expect((await pat.post(`/api/tenants/${tenant.id}/partners`, { partnerId: northwind.id, desiresAssistance: true })).statusCode).toBe(403);
    expect((await pat.delete(`/api/tenants/${tenant.id}/partners/${northwind.id}?reason=competitor`)).statusCode).toBe(404);
    const added = await pat.post(`/api/tenants/${tenant.id}/partners`, { partnerId: fabrikam.id, desiresAssistance: true });
    expect(added.statusCode).toBe(201);
    expect(added.json<TTenantPartners>().items.map((p) => p.name)).toEqual(["Fabrikam Consulting"]);
    expect((await partnersOf(tenant)).items.map((p) => [p.name, p.desiresAssistance])).toEqual([
      ["Fabrikam Consulting", true],
      ["Northwind Helpers", false],
    ]);
    expect((await pat.delete(`/api/tenants/${tenant.id}/partners/${fabrikam.id}?reason=not%20engaged`)).statusCode).toBe(200);
    const other = await newTenant("Not Theirs Ltd");
    expect((await pat.get(`/api/tenants/${other.id}/partners`)).statusCode).toBe(404);
    expect((await pat.post(`/api/tenants/${other.id}/partners`, { partnerId: fabrikam.id })).statusCode).toBe(404);
  });

  it("leaves an FM who is not assigned to the tenant reading the tab but not changing it", async () => {
    const tenant = await newTenant("Unassigned Co");
    const tm = await api().signIn({ roles: ["team_manager"] });
    expect((await tm.get(`/api/tenants/${tenant.id}/partners`)).statusCode).toBe(200);
    expect((await tm.post(`/api/tenants/${tenant.id}/partners`, { partnerId: fabrikam.id })).statusCode).toBe(403);
  });
});
