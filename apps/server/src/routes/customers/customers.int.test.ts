import type { TCustomer, TCustomerList, TTenantList } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
beforeAll(async () => {
  api = await startTestApi();
  admin = await api.signIn();
});
afterAll(() => api.close());

describe("customers", () => {
  it("are keyed by TPID: a second customer with the same TPID is refused, naming the first", async () => {
    await createCustomer(admin, { name: "Northwind Traders", tpid: 4242 });
    const response = await admin.post("/api/customers", { tpid: 4242, name: "Northwind Copy", region: "emea" });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe('TPID 4242 already belongs to the customer "Northwind Traders".');
  });

  it("are found by name or TPID and count their tenants", async () => {
    const customer = await createCustomer(admin, { name: "Tailspin Toys", tpid: 5151 });
    await createTenant(admin, customer.id, { name: "Tailspin Toys" });
    await createTenant(admin, customer.id, { name: "Tailspin Labs" });
    const byTpid = (await admin.get("/api/customers?q=5151")).json<TCustomerList>();
    expect(byTpid.items).toMatchObject([{ name: "Tailspin Toys", tenantCount: 2 }]);
    const byName = (await admin.get("/api/customers?q=tail")).json<TCustomerList>();
    expect(byName.total).toBe(1);
  });

  it("take only one of their own tenants as winner, and the tenant list marks it", async () => {
    const customer = await createCustomer(admin, { name: "Woodgrove Bank" });
    const tenant = await createTenant(admin, customer.id, { name: "Woodgrove Bank" });
    const other = await createTenant(admin, (await createCustomer(admin, { name: "Other" })).id, { name: "Other tenant" });

    const foreign = await admin.patch(`/api/customers/${customer.id}`, { version: customer.version, winnerTenantId: other.id });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().detail).toBe("The winner tenant must be one of this customer's tenants.");

    const saved = await admin.patch(`/api/customers/${customer.id}`, { version: customer.version, winnerTenantId: tenant.id });
    expect(saved.json<TCustomer>()).toMatchObject({ winnerTenantId: tenant.id, version: customer.version + 1 });
    const list = (await admin.get(`/api/tenants?customerId=${customer.id}`)).json<TTenantList>();
    expect(list.items).toMatchObject([{ name: "Woodgrove Bank", isWinner: true }]);

    const stale = await admin.patch(`/api/customers/${customer.id}`, { version: customer.version, name: "Renamed" });
    expect(stale.statusCode).toBe(409);
  });
});
