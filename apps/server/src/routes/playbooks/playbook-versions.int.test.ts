import type { TAuditEvent, TTaskList, TTenant, TUpgradePreview } from "@waymark/contracts";
import { createLibrary, ONEDRIVE_BVD, type PlaybookDefinition } from "@waymark/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

/** A second version of the OneDrive BVD as a deployment might ship it: a reworded decline note and a new rule. */
const ONEDRIVE_BVD_V2: PlaybookDefinition = {
  ...ONEDRIVE_BVD,
  version: 2,
  rules: [
    ...ONEDRIVE_BVD.rules.map((rule) =>
      rule.id === "od-declined"
        ? { ...rule, then: rule.then.map((a) => (a.kind === "append_entitlement_note" ? { ...a, text: "OneDrive BVD Declined ({event.data.reason})" } : a)) }
        : rule,
    ),
    {
      id: "od-declined-follow-up",
      on: "bvd.declined",
      then: [{ kind: "raise_finding", code: "bvd_declined_follow_up", role: "fasttrack_manager", message: "Offer the BVD again in 90 days." }],
      why: "Version 2 asks the FM to offer the BVD again later.",
      source: "test",
    },
  ],
};

let api: TestApi;
let admin: Client;
let earlier: TTenant;
let later: TTenant;

async function tenantWithOneDrive(name: string) {
  const tenant = await createTenant(admin, (await createCustomer(admin, { name })).id, { name });
  await addService(admin, tenant.id, "onedrive", 200);
  return tenant;
}
const decline = (tenant: TTenant) =>
  admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "bvd.declined", service: "onedrive", data: { reason: "no time" } });
const noteOf = async (tenant: TTenant) =>
  (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services.find((s) => s.service === "onedrive")?.split.find((r) => r.notes)?.notes;

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date("2026-11-23T09:00:00Z"), playbooks: createLibrary([ONEDRIVE_BVD]) });
  admin = await api.signIn();
  earlier = await tenantWithOneDrive("Earlier Ltd");
  expect((await admin.post(`/api/tenants/${earlier.id}/playbook-events`, { type: "playbook.started", service: "onedrive" })).statusCode).toBe(200);
  // A new version ships while Earlier Ltd's run is under way.
  api.app.deps.playbooks = createLibrary([ONEDRIVE_BVD, ONEDRIVE_BVD_V2]);
  later = await tenantWithOneDrive("Later Ltd");
  expect((await admin.post(`/api/tenants/${later.id}/playbook-events`, { type: "playbook.started", service: "onedrive" })).statusCode).toBe(200);
});
afterAll(() => api.close());

describe("a running playbook stays on the version it started with", () => {
  it("the earlier tenant keeps version 1's behaviour; a tenant starting now gets version 2", async () => {
    expect((await decline(earlier)).statusCode).toBe(200);
    expect((await decline(later)).statusCode).toBe(200);
    expect(await noteOf(earlier)).toBe("OneDrive BVD Declined: no time");
    expect(await noteOf(later)).toBe("OneDrive BVD Declined (no time)");
    const tasks = (await admin.get(`/api/tenants/${earlier.id}/tasks`)).json<TTaskList>();
    expect(tasks.items[0]?.why.map((w) => w.playbookVersion)).toEqual([1, 1]);
  });

  it("lists the pin and the newer version available", async () => {
    const runs = (await admin.get(`/api/tenants/${earlier.id}/playbooks`)).json<{ items: unknown[] }>();
    expect(runs.items).toEqual([expect.objectContaining({ playbookId: "onedrive-bvd", pinnedVersion: 1, latestVersion: 2 })]);
  });

  it("previews the upgrade rule by rule, changing nothing", async () => {
    const response = await admin.get(`/api/tenants/${earlier.id}/playbooks/onedrive-bvd/upgrade-preview`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<TUpgradePreview>()).toEqual({
      playbookId: "onedrive-bvd",
      fromVersion: 1,
      toVersion: 2,
      addedRules: [{ ruleId: "od-declined-follow-up", why: "Version 2 asks the FM to offer the BVD again later.", on: ["bvd.declined"] }],
      removedRules: [],
      changedRules: [expect.objectContaining({ ruleId: "od-declined", changes: ["its actions changed to set_task_status, append_entitlement_note"] })],
      addedTasks: [],
      removedTasks: [],
    });
    const runs = (await admin.get(`/api/tenants/${earlier.id}/playbooks`)).json<{ items: { pinnedVersion: number }[] }>();
    expect(runs.items[0]?.pinnedVersion).toBe(1);
  });

  it("upgrades only as an explicit, audited step by someone allowed to, from the version the preview showed", async () => {
    const fm = await api.signIn({ roles: ["fasttrack_manager"] });
    const forbidden = await fm.post(`/api/tenants/${earlier.id}/playbooks/onedrive-bvd/upgrade`, { fromVersion: 1, toVersion: 2, reason: "new note format" });
    expect(forbidden.statusCode).toBe(403);

    const stale = await admin.post(`/api/tenants/${earlier.id}/playbooks/onedrive-bvd/upgrade`, { fromVersion: 2, toVersion: 2, reason: "new note format" });
    expect(stale.statusCode).toBe(409);

    const upgraded = await admin.post(`/api/tenants/${earlier.id}/playbooks/onedrive-bvd/upgrade`, { fromVersion: 1, toVersion: 2, reason: "new note format" });
    expect(upgraded.statusCode, upgraded.body).toBe(200);
    const history = (await admin.get(`/api/tenants/${earlier.id}/history`)).json<{ items: TAuditEvent[] }>();
    expect(history.items[0]).toMatchObject({
      action: "playbook.upgraded",
      reason: "new note format",
      before: { playbookId: "onedrive-bvd", version: 1 },
      after: expect.objectContaining({ version: 2 }),
    });
    const repitch = await admin.post(`/api/tenants/${earlier.id}/playbook-events`, { type: "bvd.declined", service: "onedrive", data: { reason: "still no time" } });
    expect(repitch.json<{ effects: { explanation: { playbookVersion: number } }[] }>().effects.map((e) => e.explanation.playbookVersion)).toContain(2);
  });
});
