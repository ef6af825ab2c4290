import { insertAssignment, insertUser, users } from "@waymark/db";
import type { TCustomer, TCustomerList, TTenant } from "@waymark/contracts";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
let me: Client & { userId: string };
let myName: string;

/**
 * Hand-built portfolio (me = an FM who reads only what is assigned):
 * - Alpha Works (810001): tenants Alpha EU (winner, Blocked; my primary FM), Alpha US (Blocked), Alpha APAC.
 * - Beta Foods (810002): my non-primary customer-level assignment; tenants Beta One (Blocked), Beta Two (winner, Fiona primary FM).
 * - Gamma Labs (810003, APJ): not mine; Gamma One has Fiona as primary FM, no winner.
 * - Delta Co (810004): I am primary RM at the customer (TPID) level; no tenants.
 * - Epsilon Air (810005): I am assigned (not primary) to Epsilon Cargo only; the winner Epsilon Main has Fiona as primary FM.
 */
beforeAll(async () => {
  api = await startTestApi();
  admin = await api.signIn();
  me = await api.signIn({ roles: ["fasttrack_manager"] });
  const [mine] = await api.database.db.select({ name: users.displayName }).from(users).where(eq(users.id, me.userId));
  myName = mine?.name ?? "";
  const fiona = await insertUser(api.database.db, { username: "fiona.fm", displayName: "Fiona Manager", roles: ["fasttrack_manager"] });

  const alpha = await createCustomer(admin, { name: "Alpha Works", tpid: 810001 });
  const alphaEu = await createTenant(admin, alpha.id, { name: "Alpha EU", overallStatus: "blocked" });
  await createTenant(admin, alpha.id, { name: "Alpha US", overallStatus: "blocked" });
  await createTenant(admin, alpha.id, { name: "Alpha APAC", overallStatus: "active" });
  await setWinner(alpha, alphaEu);
  await assign({ customerId: alpha.id, tenantId: alphaEu.id, userId: me.userId, role: "fm", isPrimary: true });

  const beta = await createCustomer(admin, { name: "Beta Foods", tpid: 810002 });
  await createTenant(admin, beta.id, { name: "Beta One", overallStatus: "blocked" });
  const betaTwo = await createTenant(admin, beta.id, { name: "Beta Two" });
  await setWinner(beta, betaTwo);
  await assign({ customerId: beta.id, tenantId: null, userId: me.userId, role: "fm", isPrimary: false });
  await assign({ customerId: beta.id, tenantId: betaTwo.id, userId: fiona.id, role: "fm", isPrimary: true });

  const gamma = await createCustomer(admin, { name: "Gamma Labs", tpid: 810003, region: "apj" });
  const gammaOne = await createTenant(admin, gamma.id, { name: "Gamma One", region: "apj" });
  await assign({ customerId: gamma.id, tenantId: gammaOne.id, userId: fiona.id, role: "fm", isPrimary: true });

  const delta = await createCustomer(admin, { name: "Delta Co", tpid: 810004 });
  await assign({ customerId: delta.id, tenantId: null, userId: me.userId, role: "rm", isPrimary: true });

  const epsilon = await createCustomer(admin, { name: "Epsilon Air", tpid: 810005 });
  const epsilonMain = await createTenant(admin, epsilon.id, { name: "Epsilon Main" });
  const epsilonCargo = await createTenant(admin, epsilon.id, { name: "Epsilon Cargo", overallStatus: "blocked" });
  await setWinner(epsilon, epsilonMain);
  await assign({ customerId: epsilon.id, tenantId: epsilonMain.id, userId: fiona.id, role: "fm", isPrimary: true });
  await assign({ customerId: epsilon.id, tenantId: epsilonCargo.id, userId: me.userId, role: "fe", isPrimary: false });
});
afterAll(() => api.close());

async function assign(row: { customerId: string; tenantId: string | null; userId: string; role: string; isPrimary: boolean }) {
  await insertAssignment(api.database.db, row);
}

async function setWinner(customer: TCustomer, tenant: TTenant) {
  const response = await admin.patch(`/api/customers/${customer.id}`, { version: customer.version, winnerTenantId: tenant.id });
  expect(response.statusCode).toBe(200);
}

async function list(who: Client, query: string) {
  const response = await who.get(`/api/customers?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<TCustomerList>();
}

const names = (page: TCustomerList) => page.items.map((c) => c.name);

describe("the customers list by scope", () => {
  it("primary: the customers where I am primary on a tenant or on the customer itself", async () => {
    expect(names(await list(me, "scope=primary"))).toEqual(["Alpha Works", "Delta Co"]);
  });

  it("assigned: every customer with any assignment of mine; without a scope, every customer I may see", async () => {
    expect(names(await list(me, "scope=assigned"))).toEqual(["Alpha Works", "Beta Foods", "Delta Co", "Epsilon Air"]);
    expect(names(await list(me, ""))).toEqual(["Alpha Works", "Beta Foods", "Delta Co", "Epsilon Air"]);
  });

  it("all: refused with 422 for a reader of assigned tenants only, saying which scopes to use", async () => {
    const response = await me.get("/api/customers?scope=all");
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain("use scope=primary or scope=assigned");
    expect(response.json().errors).toEqual([{ path: "/querystring/scope", message: expect.stringContaining('The scope "all"') }]);
  });

  it("all: every customer for a reader of all tenants, whose own primary list is empty", async () => {
    expect(names(await list(admin, "scope=all"))).toEqual(["Alpha Works", "Beta Foods", "Delta Co", "Epsilon Air", "Gamma Labs"]);
    expect((await list(admin, "scope=primary")).total).toBe(0);
  });

  it("rejects an unknown scope", async () => {
    expect((await me.get("/api/customers?scope=mine")).statusCode).toBe(400);
  });
});

describe("each customer row", () => {
  it("counts the tenants the reader may see and those Blocked among them, names the winner and its primary FM", async () => {
    const mineRows = (await list(me, "scope=assigned")).items;
    expect(mineRows).toEqual([
      expect.objectContaining({ name: "Alpha Works", tenantCount: 3, visibleTenantCount: 1, blockedTenantCount: 1, winnerTenantName: "Alpha EU", primaryFmName: myName }),
      expect.objectContaining({ name: "Beta Foods", tenantCount: 2, visibleTenantCount: 2, blockedTenantCount: 1, winnerTenantName: "Beta Two", primaryFmName: "Fiona Manager" }),
      expect.objectContaining({ name: "Delta Co", tenantCount: 0, visibleTenantCount: 0, blockedTenantCount: 0, winnerTenantName: null, primaryFmName: null }),
      // The winner and its FM are on a tenant I may not open: not named to me.
      expect.objectContaining({ name: "Epsilon Air", tenantCount: 2, visibleTenantCount: 1, blockedTenantCount: 1, winnerTenantName: null, primaryFmName: null }),
    ]);
    const everything = (await list(admin, "scope=all")).items;
    expect(everything.find((c) => c.name === "Epsilon Air")).toMatchObject({ winnerTenantName: "Epsilon Main", primaryFmName: "Fiona Manager" });
    expect(everything.find((c) => c.name === "Alpha Works")).toMatchObject({ visibleTenantCount: 3, blockedTenantCount: 2 });
    // No winner: the primary FM of any of its tenants.
    expect(everything.find((c) => c.name === "Gamma Labs")).toMatchObject({ winnerTenantName: null, primaryFmName: "Fiona Manager", visibleTenantCount: 1 });
  });
});

describe("search, filter, sort and paging with a scope", () => {
  it("finds by exact TPID or name, filters by region, sorts by TPID descending", async () => {
    expect(names(await list(admin, "scope=all&q=810002"))).toEqual(["Beta Foods"]);
    expect(names(await list(admin, "scope=all&q=labs"))).toEqual(["Gamma Labs"]);
    expect(names(await list(me, "scope=primary&q=beta"))).toEqual([]);
    expect(names(await list(admin, "scope=all&region=apj"))).toEqual(["Gamma Labs"]);
    expect(names(await list(admin, "scope=all&sort=-tpid"))).toEqual(["Epsilon Air", "Delta Co", "Gamma Labs", "Beta Foods", "Alpha Works"]);
  });

  it("pages keep the scope's total, also past the last page", async () => {
    const second = await list(admin, "scope=all&limit=2&offset=2");
    expect(names(second)).toEqual(["Delta Co", "Epsilon Air"]);
    expect(second.total).toBe(5);
    const past = await list(admin, "scope=all&limit=2&offset=10");
    expect(past).toMatchObject({ items: [], total: 5 });
  });
});
