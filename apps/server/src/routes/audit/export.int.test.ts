import type { TAuditEvent } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi();
let tenantId: string;

const ndjson = (body: string) =>
  body
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as TAuditEvent);

beforeAll(async () => {
  const customer = await createCustomer(admin, { name: "Fourth Coffee" });
  tenantId = (await createTenant(admin, customer.id, { name: "Fourth Coffee" })).id;
  await admin.patch(`/api/tenants/${tenantId}`, { version: 1, seats: 1234 });
});

describe("the audit export", () => {
  it("streams every event as one JSON line each, oldest first, matching what the database holds", async () => {
    const response = await admin.get("/api/audit/export");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/x-ndjson/);
    const events = ndjson(response.body);
    const { rows } = await api().database.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events");
    expect(events).toHaveLength(rows[0]?.n ?? -1);
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((a, b) => a - b));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["customer.created", "tenant.created"]));
  });

  it("narrows to one tenant and a period, and refuses a period that ends before it starts", async () => {
    const ofTenant = ndjson((await admin.get(`/api/audit/export?tenantId=${tenantId}`)).body);
    expect(ofTenant.length).toBeGreaterThan(0);
    expect(ofTenant.every((e) => e.entityId === tenantId || e.entityType !== "tenant")).toBe(true);
    expect(ndjson((await admin.get(`/api/audit/export?tenantId=${tenantId}&to=2000-01-01T00:00:00Z`)).body)).toEqual([]);
    const backwards = await admin.get("/api/audit/export?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z");
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain("`from` must be before `to`");
  });

  it("is for administrators only: a Team Manager who reads every tenant is refused", async () => {
    const manager = await api().signIn({ roles: ["team_manager"] });
    expect((await manager.get("/api/audit/export")).statusCode).toBe(403);
  });
});
