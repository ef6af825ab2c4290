import type { TAuditEvent, TTenant, TTenantList } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
let contoso: TTenant;
let fabrikam: TTenant;

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.signIn();
  const c1 = await createCustomer(admin, { name: "Contoso" });
  const c2 = await createCustomer(admin, { name: "Fabrikam", region: "americas" });
  contoso = await createTenant(admin, c1.id, { name: "Contoso Ltd", priority: "low", seats: 300 });
  await createTenant(admin, c1.id, { name: "Contoso Labs", priority: "medium", seats: 5000, segment: "enterprise" });
  fabrikam = await createTenant(admin, c2.id, {
    name: "Fabrikam Inc.",
    priority: "low",
    priorityOverride: "high",
    priorityOverrideReason: "Strategic account",
    region: "americas",
    country: "US",
    timeZone: "America/New_York",
    seats: 12000,
    segment: "enterprise",
  });
});
afterAll(() => api.close());

describe("tenant list", () => {
  it("sorts by effective priority, overrides included, High first", async () => {
    const list = (await admin.get("/api/tenants?sort=priority")).json<TTenantList>();
    expect(list.items.map((t) => [t.name, t.effectivePriority])).toEqual([
      ["Fabrikam Inc.", "high"],
      ["Contoso Labs", "medium"],
      ["Contoso Ltd", "low"],
    ]);
    expect(list.total).toBe(3);
  });

  it("filters by effective priority, region and search text, and counts all matches beyond the page", async () => {
    const high = (await admin.get("/api/tenants?priority=high")).json<TTenantList>();
    expect(high.items.map((t) => t.name)).toEqual(["Fabrikam Inc."]);
    const emea = (await admin.get("/api/tenants?region=emea&sort=-seats")).json<TTenantList>();
    expect(emea.items.map((t) => t.seats)).toEqual([5000, 300]);
    const search = (await admin.get("/api/tenants?q=labs")).json<TTenantList>();
    expect(search.items.map((t) => t.name)).toEqual(["Contoso Labs"]);
    const page = (await admin.get("/api/tenants?limit=1&offset=1&sort=name")).json<TTenantList>();
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1, items: [{ name: "Contoso Ltd" }] });
  });

  it("finds a tenant by its GUID and by the customer's TPID", async () => {
    const byGuid = (await admin.get(`/api/tenants?q=${fabrikam.tenantGuid}`)).json<TTenantList>();
    expect(byGuid.items.map((t) => t.id)).toEqual([fabrikam.id]);
    const byTpid = (await admin.get(`/api/tenants?q=${contoso.tpid}`)).json<TTenantList>();
    expect(byTpid.items.map((t) => t.name).sort()).toEqual(["Contoso Labs", "Contoso Ltd"]);
  });

  it("answers a bad filter with a problem that names the parameter", async () => {
    const response = await admin.get("/api/tenants?priority=urgent");
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().errors[0].path).toBe("/querystring/priority");
  });
});

describe("tenant update", () => {
  it("applies a change, bumps the version and records who changed what in the audit trail", async () => {
    const response = await admin.patch(`/api/tenants/${contoso.id}`, {
      version: contoso.version,
      overallStatus: "blocked",
      overallStatusDate: "2026-11-20",
    });
    expect(response.statusCode).toBe(200);
    const updated = response.json<TTenant>();
    expect(updated).toMatchObject({ overallStatus: "blocked", overallStatusDate: "2026-11-20", version: contoso.version + 1 });
    const history = (await admin.get(`/api/tenants/${contoso.id}/history`)).json<{ items: TAuditEvent[] }>();
    expect(history.items[0]).toMatchObject({
      action: "tenant.updated",
      actorKind: "user",
      before: { overallStatus: null, overallStatusDate: null },
      after: { overallStatus: "blocked", overallStatusDate: "2026-11-20" },
    });
    expect(history.items[0]?.actorName).toMatch(/^Test User/);
    contoso = updated;
  });

  it("refuses a stale version with 409, the current record, and changes nothing", async () => {
    const stale = await admin.patch(`/api/tenants/${contoso.id}`, { version: contoso.version - 1, seats: 999 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "version_conflict", current: { version: contoso.version, seats: 300 } });
    const after = (await admin.get(`/api/tenants/${contoso.id}`)).json<TTenant>();
    expect(after.seats).toBe(300);
  });

  it("requires a reason for a priority override, and clears the reason with the override", async () => {
    const missing = await admin.patch(`/api/tenants/${contoso.id}`, { version: contoso.version, priorityOverride: "high" });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toEqual([{ path: "/body/priorityOverrideReason", message: "required with a priority override" }]);
    const cleared = await admin.patch(`/api/tenants/${fabrikam.id}`, { version: fabrikam.version, priorityOverride: null });
    expect(cleared.json<TTenant>()).toMatchObject({ priorityOverride: null, priorityOverrideReason: null, effectivePriority: "low" });
  });

  it("refuses an unknown time zone and says what a valid one looks like", async () => {
    const response = await admin.patch(`/api/tenants/${contoso.id}`, { version: contoso.version, timeZone: "Mars/Olympus" });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain("Europe/Berlin");
  });

  it("refuses a second tenant with the same tenant GUID", async () => {
    const response = await admin.post("/api/tenants", {
      customerId: contoso.customerId,
      tenantGuid: contoso.tenantGuid,
      name: "Copy",
      priority: "low",
      segment: "smc",
      seats: 1,
      country: "DE",
      timeZone: "Europe/Berlin",
      region: "emea",
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toContain("Contoso Ltd");
  });
});

describe("tenant lookup", () => {
  it("answers a malformed id with one clear field problem, and an unknown one with 404", async () => {
    const malformed = await admin.get("/api/tenants/not-a-uuid");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toEqual([{ path: "/params/id", message: "Invalid UUID" }]);
    const unknown = await admin.get("/api/tenants/00000000-0000-4000-8000-000000000000");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe("not_found");
  });
});
