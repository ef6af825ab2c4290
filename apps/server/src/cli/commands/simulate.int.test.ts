import type { TSimulation, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";
import { renderSimulation } from "./simulate.ts";

// Monday 23 November 2026, 10:00 in Berlin.
const now = () => new Date("2026-11-23T09:00:00Z");
let api: TestApi;
let admin: Client;
let tenant: TTenant;

beforeAll(async () => {
  api = await startTestApi({ now });
  admin = await api.signIn();
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Wingtip Toys" })).id, { name: "Wingtip Toys" });
  await addService(admin, tenant.id, "onedrive", 120);
  await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "playbook.started", service: "onedrive" });
  await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "bvd.attempt_made", service: "onedrive", data: { attemptNumber: 3 } });
});
afterAll(() => api.close());

const render = (options: { tenant: string; days: number; json?: boolean }) =>
  renderSimulation({ db: api.database.db, now }, { json: false, ...options });

describe("waymark simulate", () => {
  it("prints a readable timeline: the date, the event, each effect with its why", async () => {
    const text = await render({ tenant: tenant.tenantGuid, days: 5 });
    expect(text).toContain("Wingtip Toys (DE, Europe/Berlin): the next 5 business days, 2026-11-23 to 2026-11-30, if nobody acts.");
    expect(text).toContain('2026-11-26  bvd.attempt_unanswered (onedrive) attemptNumber 3: the wait "bvd-answer" runs out');
    expect(text).toContain("- set_task_status: taskId 3718, service onedrive, status cancelled");
    expect(text).toContain(
      "  why: The customer did not answer 3 attempts to have the OneDrive BVD, so task 3718 is cancelled. (onedrive-bvd@1/od-unresponsive)",
    );
    expect(text).toContain("- append_entitlement_note: service onedrive, l1 status_unknown, text #Unresponsive");
  });

  it("prints the API's JSON with --json, finding the tenant by its id as well", async () => {
    const json = JSON.parse(await render({ tenant: tenant.id, days: 5, json: true })) as TSimulation;
    expect(json).toEqual((await admin.get(`/api/tenants/${tenant.id}/simulation?days=5`)).json());
  });

  it("says what is wrong with the arguments", async () => {
    await expect(render({ tenant: "fourth-coffee", days: 5 })).rejects.toThrow("--tenant takes a tenant's id or tenant GUID (a UUID)");
    await expect(render({ tenant: tenant.id, days: 500 })).rejects.toThrow("A simulation covers 1 to 90 business days; 500 is out of range.");
    await expect(render({ tenant: "00000000-0000-4000-8000-000000000000", days: 5 })).rejects.toThrow("The tenant does not exist");
  });
});
