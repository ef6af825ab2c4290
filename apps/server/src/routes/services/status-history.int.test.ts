import type { TService, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client & { userId: string };
let tenant: TTenant;
let service: TService;
// Waymark's clock, moved by each step; the tenant is in Los Angeles, so early-morning UTC is still the day before there.
let now = new Date("2026-11-02T17:00:00Z");

const onedrive = async () => (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services.find((s) => s.service === "onedrive")!;
const stays = (s: TService) => s.statusHistory.map(({ status, enteredOn, leftOn, days }) => [status, enteredOn, leftOn, days]);

beforeAll(async () => {
  api = await startTestApi({ now: () => now });
  admin = await api.signIn();
  tenant = await createTenant(admin, (await createCustomer(admin, { region: "americas" })).id, {
    country: "US",
    timeZone: "America/Los_Angeles",
    region: "americas",
  });
  await addService(admin, tenant.id, "exchange", 500);
  service = await addService(admin, tenant.id, "onedrive", 500);
});
afterAll(() => api.close());

describe("service status history", () => {
  it("starts with the status the service is added in, on the tenant's date", () => {
    expect(stays(service)).toEqual([["initiate", "2026-11-02", null, 0]]);
    expect(service.daysInStatus).toBe(0);
  });

  it("closes the stay and opens the next when a person changes the status, and names the person", async () => {
    now = new Date("2026-11-10T05:00:00Z"); // 9 November, 21:00 in Los Angeles
    const response = await admin.patch(`/api/services/${service.id}`, { version: service.version, serviceStatus: "assess" });
    expect(response.statusCode, response.body).toBe(200);
    service = response.json<TService>();
    expect(service.serviceStatusSince).toBe("2026-11-09");
    expect(stays(service)).toEqual([
      ["initiate", "2026-11-02", "2026-11-09", 7],
      ["assess", "2026-11-09", null, 0],
    ]);
    expect(service.statusHistory[1]).toMatchObject({ statusLabel: "Assess", changedByUserId: admin.userId, changedByRule: null });
  });

  it("records the playbook engine's change too (OneDrive BVD declined → Initiate - Serialized)", async () => {
    now = new Date("2026-11-23T18:00:00Z");
    const record = (body: unknown) => admin.post(`/api/tenants/${tenant.id}/playbook-events`, body);
    expect((await record({ type: "playbook.started", service: "onedrive" })).statusCode).toBe(200);
    const declined = await record({
      type: "bvd.declined",
      service: "onedrive",
      data: { reason: "Exchange migration first", deploymentOrder: ["exchange", "onedrive"] },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    service = await onedrive();
    expect(service.serviceStatus).toBe("initiate_serialized");
    expect(stays(service)).toEqual([
      ["initiate", "2026-11-02", "2026-11-09", 7],
      ["assess", "2026-11-09", "2026-11-23", 14],
      ["initiate_serialized", "2026-11-23", null, 0],
    ]);
    expect(service.statusHistory[2]).toMatchObject({ statusLabel: "Initiate - Serialized", changedByUserId: null });
  });

  it("counts the days in the current status up to today in the tenant's time zone", async () => {
    now = new Date("2026-12-02T07:59:00Z"); // still 1 December in Los Angeles
    service = await onedrive();
    expect(service.daysInStatus).toBe(8);
    expect(service.statusHistory.at(-1)?.days).toBe(8);
    now = new Date("2026-12-02T08:00:00Z"); // midnight there
    expect((await onedrive()).daysInStatus).toBe(9);
  });

  it("does not restart the days when a person saves the status the service already has", async () => {
    const response = await admin.patch(`/api/services/${service.id}`, { version: service.version, serviceStatus: "initiate_serialized" });
    expect(response.statusCode).toBe(200);
    expect(response.json<TService>().statusHistory).toHaveLength(3);
    expect(response.json<TService>().daysInStatus).toBe(9);
  });

  it("keeps Waymark's date for a change on the very day the previous status was entered", async () => {
    now = new Date("2027-06-01T16:00:00Z");
    const added = await addService(admin, tenant.id, "sharepoint", 10);
    const response = await admin.patch(`/api/services/${added.id}`, { version: added.version, serviceStatus: "enable" });
    expect(stays(response.json<TService>())).toEqual([
      ["initiate", "2027-06-01", "2027-06-01", 0],
      ["enable", "2027-06-01", null, 0],
    ]);
  });

  it("records a status written straight into the database (an import or a script) as well", async () => {
    await api.database.pool.query("UPDATE tenant_services SET service_status = 'enable' WHERE id = $1", [service.id]);
    service = await onedrive();
    expect(service.statusHistory.map((s) => [s.status, s.leftOn === null])).toEqual([
      ["initiate", false],
      ["assess", false],
      ["initiate_serialized", false],
      ["enable", true],
    ]);
    expect(service.serviceStatusSince).toBe(service.statusHistory[3]?.enteredOn);
  });
});
