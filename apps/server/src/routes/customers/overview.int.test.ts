import type { TCustomer, TCustomerOverview, TTenant } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi();

async function customerWithTwoTenants(name: string) {
  const customer = await createCustomer(admin, { name });
  const winner = await createTenant(admin, customer.id, { name: `${name} Main`, priority: "high" });
  const other = await createTenant(admin, customer.id, { name: `${name} Labs`, priority: "low" });
  const saved = await admin.patch(`/api/customers/${customer.id}`, { version: customer.version, winnerTenantId: winner.id });
  expect(saved.statusCode).toBe(200);
  return { customer: saved.json<TCustomer>(), winner, other };
}

const overviewOf = async (id: string, who = admin) => {
  const response = await who.get(`/api/customers/${id}/overview`);
  expect(response.statusCode).toBe(200);
  return response.json<TCustomerOverview>();
};

const setStatus = (tenant: TTenant, overallStatus: string) =>
  admin.patch(`/api/tenants/${tenant.id}`, { version: tenant.version, overallStatus, overallStatusDate: "2026-11-20" });

describe("customer overview", () => {
  it("lists the tenants winner first and marked, with services, status and primary FM, and the contacts of all of them", async () => {
    const { customer, winner, other } = await customerWithTwoTenants("Litware");
    await addService(admin, winner.id, "exchange", 500);
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    await admin.post(`/api/tenants/${winner.id}/assignments`, { userId: fm.userId, role: "fm", isPrimary: true });
    await admin.post(`/api/tenants/${winner.id}/contacts`, { type: "microsoft", name: "Whole Customer CSM", wholeCustomer: true });
    await admin.post(`/api/tenants/${other.id}/contacts`, { type: "microsoft", name: "Labs ATS" });

    const overview = await overviewOf(customer.id);
    expect(overview.customer).toMatchObject({ name: "Litware", tenantCount: 2 });
    expect(overview.tenants).toMatchObject([
      { id: winner.id, name: "Litware Main", isWinner: true, priority: "high", serviceCount: 1, primaryFm: { id: fm.userId } },
      { id: other.id, name: "Litware Labs", isWinner: false, priority: "low", serviceCount: 0, primaryFm: null },
    ]);
    expect(overview.contacts).toMatchObject([
      { name: "Whole Customer CSM", tenant: null },
      { name: "Labs ATS", tenant: { id: other.id, name: "Litware Labs" } },
    ]);
  });

  it("calls the customer at risk when a tenant is Blocked and says so in words", async () => {
    const { customer, winner, other } = await customerWithTwoTenants("Proseware");
    await setStatus(winner, "active");
    await setStatus(other, "blocked");
    const overview = await overviewOf(customer.id);
    expect(overview.health).toMatchObject({ level: "at_risk", label: "At risk" });
    expect(overview.health.reasons.map((r) => r.text)).toContain("Proseware Labs: overall status is Blocked.");
    expect(overview.health.rules).toMatch(/^At risk: a tenant is Blocked/);
    expect(overview.tenants.find((t) => t.id === other.id)?.health).toMatchObject({ level: "at_risk", reasons: expect.arrayContaining(["overall status is Blocked."]) });
  });

  it("counts a recent Overall Status note: without one a tenant needs attention", async () => {
    const { customer, winner } = await customerWithTwoTenants("Adatum");
    expect((await admin.post(`/api/tenants/${winner.id}/notes`, { category: "engagement_management", body: "Kick-off held, pilot next week" })).statusCode).toBe(201);
    const overview = await overviewOf(customer.id);
    expect(overview.tenants.map((t) => t.daysSinceOverallStatusNote)).toEqual([0, null]);
    expect(overview.tenants[1]?.health.reasons).toContain("no Overall Status note has been written.");
    expect(overview.health.figures.tenantsWithoutOverallStatusNote).toBe(1);
  });

  it("shows an assigned reader only the tenants assigned to them, and no customer they have nothing of", async () => {
    const { customer, other } = await customerWithTwoTenants("Wingtip");
    const fe = await api().signIn({ roles: ["fasttrack_engineer"] });
    expect((await fe.get(`/api/customers/${customer.id}/overview`)).statusCode).toBe(404);
    await admin.post(`/api/tenants/${other.id}/assignments`, { userId: fe.userId, role: "fe" });
    const overview = await overviewOf(customer.id, fe);
    expect(overview.tenants.map((t) => t.name)).toEqual(["Wingtip Labs"]);
    expect(overview.hiddenTenantCount).toBe(1);
    expect(overview.health.figures.tenantsCounted).toBe(1);
  });
});
