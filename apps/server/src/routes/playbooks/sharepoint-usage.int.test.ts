import type { TTaskList, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
let tenant: TTenant;

const report = (activeUsers: number, day = "2026-11-22") =>
  admin.post(`/api/tenants/${tenant.id}/usage`, { items: [{ service: "sharepoint", day, activeUsers, entitlements: 1000 }] });

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
  admin = await api.signIn();
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Coho Winery" })).id, { name: "Coho Winery" });
  await addService(admin, tenant.id, "sharepoint", 1000);
  await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "playbook.started", service: "sharepoint" });
});
afterAll(() => api.close());

describe("SharePoint usage and the BVD (seed 001, DESIGN decision 10)", () => {
  it("leaves task 3737 open while active usage stays at or under 10 %", async () => {
    const response = await report(100);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ stored: 1, effects: [] });
    const tasks = (await admin.get(`/api/tenants/${tenant.id}/tasks`)).json<TTaskList>();
    expect(tasks.items).toMatchObject([{ catalogTaskId: 3737, status: "not_started" }]);
  });

  it("cancels 3737 with 'AU > 10%' in the notes as soon as usage above 10 % arrives, and says why", async () => {
    const response = await report(150, "2026-11-23");
    expect(response.json().effects.map((e: { kind: string }) => e.kind)).toEqual(["set_task_status", "append_entitlement_note"]);
    const tasks = (await admin.get(`/api/tenants/${tenant.id}/tasks`)).json<TTaskList>();
    expect(tasks.items[0]).toMatchObject({ status: "cancelled" });
    expect(tasks.items[0]?.why[0]?.why).toMatch(/10/);
    const sharepoint = (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services[0];
    expect(sharepoint?.split.some((row) => row.notes?.includes("AU > 10%"))).toBe(true);
  });

  it("does nothing more when the same usage is reported again", async () => {
    expect((await report(150, "2026-11-23")).json().effects).toEqual([]);
  });

  it("refuses usage for a workload the tenant does not have, storing none of the report", async () => {
    const response = await admin.post(`/api/tenants/${tenant.id}/usage`, {
      items: [
        { service: "sharepoint", day: "2026-11-24", activeUsers: 1, entitlements: 1000 },
        { service: "teams", day: "2026-11-24", activeUsers: 1, entitlements: 1000 },
      ],
    });
    expect(response.statusCode).toBe(422);
    const stored = await api.database.pool.query("SELECT count(*)::int AS n FROM usage_daily WHERE day = '2026-11-24'");
    expect(stored.rows[0].n).toBe(0);
  });
});
