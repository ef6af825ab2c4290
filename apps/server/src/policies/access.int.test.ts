import { insertAssignment } from "@waymark/db";
import type { TTenant, TTenantList } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
let mine: TTenant;
let theirs: TTenant;

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.signIn();
  mine = await createTenant(admin, (await createCustomer(admin, { name: "Mine Corp" })).id, { name: "Mine Corp" });
  theirs = await createTenant(admin, (await createCustomer(admin, { name: "Other Corp" })).id, { name: "Other Corp" });
});
afterAll(() => api.close());

async function assign(userId: string, tenant: TTenant, level: "tenant" | "customer" = "tenant") {
  await insertAssignment(api.database.db, {
    customerId: tenant.customerId,
    tenantId: level === "tenant" ? tenant.id : null,
    userId,
    role: "fm",
    isPrimary: false,
  });
}

describe("a FastTrack Manager (Assigned level)", () => {
  it("sees and changes only the tenants assigned to them; others do not exist for them", async () => {
    const fm = await api.signIn({ roles: ["fasttrack_manager"] });
    await assign(fm.userId, mine);
    const list = (await fm.get("/api/tenants")).json<TTenantList>();
    expect(list.items.map((t) => t.name)).toEqual(["Mine Corp"]);
    expect((await fm.get(`/api/tenants/${theirs.id}`)).statusCode).toBe(404);
    expect((await fm.patch(`/api/tenants/${mine.id}`, { version: mine.version, seats: 900 })).statusCode).toBe(200);
    expect((await fm.patch(`/api/tenants/${theirs.id}`, { version: theirs.version, seats: 900 })).statusCode).toBe(404);
  });

  it("may not create customers or tenants", async () => {
    const fm = await api.signIn({ roles: ["fasttrack_manager"] });
    expect((await fm.post("/api/customers", { tpid: 5, name: "New", region: "emea" })).statusCode).toBe(403);
  });

  it("gets every tenant of a customer through a customer-level (TPID) assignment", async () => {
    const fm = await api.signIn({ roles: ["fasttrack_manager"] });
    await assign(fm.userId, theirs, "customer");
    const list = (await fm.get("/api/tenants")).json<TTenantList>();
    expect(list.items.map((t) => t.name)).toEqual(["Other Corp"]);
  });
});

describe("a Team Manager (Assigned and Assignment level)", () => {
  it("reads every tenant but changes only assigned ones, with a reason that says how to get access", async () => {
    const tm = await api.signIn({ roles: ["team_manager"] });
    expect((await tm.get("/api/tenants")).json<TTenantList>().total).toBe(2);
    const refused = await tm.patch(`/api/tenants/${theirs.id}`, { version: theirs.version, seats: 1 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain("not assigned to Other Corp");
  });
});

describe("Senior Leadership (Privileged level)", () => {
  it("reads everything and changes nothing", async () => {
    const slt = await api.signIn({ roles: ["senior_leadership"] });
    expect((await slt.get("/api/tenants")).json<TTenantList>().total).toBe(2);
    const refused = await slt.patch(`/api/tenants/${mine.id}`, { version: 1, seats: 1 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("forbidden");
  });
});

describe("a user with no FastTrack role", () => {
  it("sees nothing and may do nothing", async () => {
    const nobody = await api.signIn({ roles: [], isAdministrator: false });
    expect((await nobody.get("/api/tenants")).statusCode).toBe(403);
  });
});
