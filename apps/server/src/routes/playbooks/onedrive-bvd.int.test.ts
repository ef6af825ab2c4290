import type { TAuditEvent, TPlaybookEventResult, TTaskList, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
let tenant: TTenant;

const record = (body: unknown) => admin.post(`/api/tenants/${tenant.id}/playbook-events`, body);

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
  admin = await api.signIn();
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Alpine Ski House" })).id, { name: "Alpine Ski House" });
  await addService(admin, tenant.id, "exchange", 500);
  await addService(admin, tenant.id, "onedrive", 500);
});
afterAll(() => api.close());

describe("the OneDrive BVD playbook through the API (seed 000, Example 2)", () => {
  it("creates task 3718 when the FM starts the playbook, and says why", async () => {
    const response = await record({ type: "playbook.started", service: "onedrive" });
    expect(response.statusCode, response.body).toBe(200);
    const tasks = (await admin.get(`/api/tenants/${tenant.id}/tasks`)).json<TTaskList>();
    expect(tasks.items).toMatchObject([
      { catalogTaskId: 3718, service: "onedrive", status: "not_started", mandatory: true, responsibleRole: "fasttrack_manager" },
    ]);
    expect(tasks.items[0]?.why[0]?.why).toBe(
      "Every OneDrive-eligible customer an FM works with gets the OneDrive BVD, whatever intent was recorded before.",
    );
  });

  it("declined mid-Exchange migration: 3718 Cancelled, the serialized note, Initiate - Serialized — stored and explained", async () => {
    const response = await record({
      type: "bvd.declined",
      service: "onedrive",
      data: { reason: "Exchange migration first", deploymentOrder: ["exchange", "onedrive"] },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<TPlaybookEventResult>().effects.map((e) => e.kind)).toEqual([
      "set_task_status",
      "append_entitlement_note",
      "set_service_status",
    ]);

    const tasks = (await admin.get(`/api/tenants/${tenant.id}/tasks`)).json<TTaskList>();
    expect(tasks.items[0]).toMatchObject({ catalogTaskId: 3718, status: "cancelled" });
    expect(tasks.items[0]?.why[0]).toMatchObject({ ruleId: "od-declined-serialized", playbookVersion: 1 });

    const detail = (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>();
    const onedrive = detail.services.find((s) => s.service === "onedrive");
    expect(onedrive?.serviceStatus).toBe("initiate_serialized");
    expect(onedrive?.serviceStatusSince).toBe("2026-11-23");
    expect(onedrive?.split.find((r) => r.l1 === "in_progress")).toMatchObject({
      entitlements: 0,
      notes: "Serial: Exchange#1, OneDrive#2 (OneDrive BVD Declined)",
    });
    expect(onedrive?.split.reduce((sum, r) => sum + r.entitlements, 0)).toBe(500);

    const history = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>();
    const engine = history.items.filter((e) => e.actorKind === "rule");
    expect(engine.map((e) => e.actorRuleId)).toContain("onedrive-bvd@1/od-declined-serialized");
    expect(engine[0]?.reason).toBe("The customer declined the pitch but will deploy OneDrive after another workload, so OneDrive is serialized.");
  });

  it("records the same event again without changing anything", async () => {
    const again = await record({
      type: "bvd.declined",
      service: "onedrive",
      data: { reason: "Exchange migration first", deploymentOrder: ["exchange", "onedrive"] },
    });
    expect(again.json<TPlaybookEventResult>().effects).toEqual([]);
    const onedrive = (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services.find((s) => s.service === "onedrive");
    expect(onedrive?.split.find((r) => r.l1 === "in_progress")?.notes).toBe("Serial: Exchange#1, OneDrive#2 (OneDrive BVD Declined)");
  });

  it("refuses an event no playbook knows, listing the ones it does", async () => {
    const response = await record({ type: "bvd.teleported", service: "onedrive" });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toMatch(/^No playbook reacts to "bvd\.teleported"; known events: .*bvd\.attempt_made, bvd\.attempt_unanswered, bvd\.declined, bvd\.delivered/);
  });

  it("refuses a decline without its reason and changes nothing", async () => {
    const other = await createTenant(admin, tenant.customerId, { name: "Alpine Labs" });
    await addService(admin, other.id, "onedrive", 10);
    const response = await admin.post(`/api/tenants/${other.id}/playbook-events`, { type: "bvd.declined", service: "onedrive", data: {} });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain("needs event.data.reason");
    expect((await admin.get(`/api/tenants/${other.id}/tasks`)).json<TTaskList>().items).toEqual([]);
  });

  it("refuses an event about a workload the tenant does not have", async () => {
    const response = await record({ type: "bvd.declined", service: "teams", data: { reason: "x" } });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toBe("Alpine Ski House has no teams service.");
  });
});
