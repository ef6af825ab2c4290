import type { TExplanationList, TFindingList, TService, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
let tenant: TTenant;
let teams: TService;

const findings = async () => (await admin.get(`/api/tenants/${tenant.id}/findings`)).json<TFindingList>().items;
const change = async (patch: Record<string, unknown>) => {
  const response = await admin.patch(`/api/services/${teams.id}`, { version: teams.version, ...patch });
  expect(response.statusCode, response.body).toBe(200);
  teams = response.json<TService>();
};
const split = async (rows: Record<string, unknown>[]) => {
  const response = await admin.put(`/api/services/${teams.id}/split`, { version: teams.version, rows });
  expect(response.statusCode, response.body).toBe(200);
  teams = response.json<TService>();
};

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
  admin = await api.signIn();
  const customer = await createCustomer(admin, { name: "Fourth Coffee" });
  tenant = await createTenant(admin, customer.id, { name: "Fourth Coffee", priority: "high", segment: "smc" });
  const response = await admin.post(`/api/tenants/${tenant.id}/services`, { service: "teams", totalEntitlements: 400, engagementScenario: "ftc_css_led" });
  expect(response.statusCode, response.body).toBe(201);
  teams = response.json<TService>();
});
afterAll(() => api.close());

describe("DIBS and SSAT through the API (seed 002)", () => {
  it("a new CSS-led workload of an SMC High tenant opens a finding naming all four missing DIBS", async () => {
    expect(await findings()).toMatchObject([
      {
        service: "teams",
        code: "dibs_missing",
        role: "fasttrack_manager",
        message: "Teams: record Target Date, Intent, Business Reason, Success Owner Role — required for FTC CSS-Led: SMC: High Priority Tenants.",
        ruleId: "dibs-missing-open",
      },
    ]);
  });

  it("each change narrows the finding, and the far-off Target Date asks to keep probing", async () => {
    await split([
      { l1: "in_progress", entitlements: 300, targetDate: "2027-08-31" },
      { l1: "status_unknown", entitlements: 100, l2: "new_subscription_or_workload" },
    ]);
    await change({ dibsBusinessReason: "work_from_anywhere" });
    expect((await findings()).map((f) => [f.code, f.message])).toEqual(
      expect.arrayContaining([
        ["dibs_missing", "Teams: record Success Owner Role — required for FTC CSS-Led: SMC: High Priority Tenants."],
        ["target_date_probe", "Teams: keep probing the Target Date — it is more than 180 days away, which signals a lack of urgency."],
      ]),
    );
  });

  it("filling the gaps closes the findings, and the explanations say which rule closed them", async () => {
    await change({ dibsSuccessOwnerRole: "it_manager" });
    await split([
      { l1: "in_progress", entitlements: 300, targetDate: "2027-02-15" },
      { l1: "status_unknown", entitlements: 100, l2: "new_subscription_or_workload" },
    ]);
    expect(await findings()).toEqual([]);
    const explained = (await admin.get(`/api/tenants/${tenant.id}/explanations?service=teams&kind=resolve_finding`)).json<TExplanationList>();
    // Rewording a finding closes the old words too (rule dibs-missing-open); the gaps filled close through *-closed.
    expect(new Set(explained.items.map((e) => e.ruleId))).toEqual(new Set(["dibs-missing-open", "dibs-missing-closed", "target-date-probe-closed"]));
    expect(explained.items[0]).toMatchObject({ playbookId: "dibs-ssat", playbookVersion: 1, eventType: "service.changed" });
  });

  it("a workload later in the deployment order becomes Initiate - Serialized, and the status says why", async () => {
    await change({ deploymentOrder: 2 });
    expect(teams.serviceStatus).toBe("initiate_serialized");
    const explained = (await admin.get(`/api/tenants/${tenant.id}/explanations?service=teams&kind=set_service_status`)).json<TExplanationList>();
    expect(explained.items[0]?.why).toBe(
      "Teams waits for workloads deployed before it (position 2 in the deployment order), so its status is Initiate - Serialized.",
    );
  });

  it("the split refuses Blocked rows without L3 and note, so no half-explained row reaches the review", async () => {
    await change({ engagementScenario: "ftc_ftp_led" });
    const response = await admin.put(`/api/services/${teams.id}/split`, {
      version: teams.version,
      rows: [
        { l1: "in_progress", entitlements: 300, targetDate: "2027-02-15" },
        { l1: "blocked", entitlements: 100, l2: "security_privacy", l3: null, notes: null },
      ],
    });
    expect(response.statusCode).toBe(422);
    expect(await findings()).toEqual([]);
  });
});

describe("the tenant's running playbooks", () => {
  it("lists each playbook that has acted on the tenant, pinned to its version", async () => {
    const runs = (await admin.get(`/api/tenants/${tenant.id}/playbooks`)).json<{ items: { playbookId: string; pinnedVersion: number; latestVersion: number }[] }>();
    expect(runs.items).toEqual([expect.objectContaining({ playbookId: "dibs-ssat", pinnedVersion: 1, latestVersion: 1 })]);
  });

  it("refuses an upgrade to the version already running, and one to a version that does not exist", async () => {
    const same = await admin.post(`/api/tenants/${tenant.id}/playbooks/dibs-ssat/upgrade`, { fromVersion: 1, toVersion: 1, reason: "try" });
    expect(same.statusCode).toBe(422);
    expect(same.json<{ detail: string }>().detail).toBe("The tenant already runs dibs-ssat version 1.");
    const missing = await admin.get(`/api/tenants/${tenant.id}/playbooks/dibs-ssat/upgrade-preview?toVersion=9`);
    expect(missing.statusCode).toBe(422);
    expect(missing.json<{ detail: string }>().detail).toBe("dibs-ssat has no version 9; known versions: 1.");
  });
});
