import type { TAuditEvent, TService, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
let tenant: TTenant;

const row = (l1: string, entitlements: number, extra: Record<string, unknown> = {}) => ({ l1, entitlements, ...extra });

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date("2026-11-23T10:00:00Z") });
  admin = await api.signIn();
  tenant = await createTenant(admin, (await createCustomer(admin)).id);
});
afterAll(() => api.close());

describe("adding a service", () => {
  it("puts every new entitlement in Status Unknown / New Subscription or Workload, status Initiate", async () => {
    const service = await addService(admin, tenant.id, "exchange", 305);
    expect(service).toMatchObject({
      service: "exchange",
      serviceLabel: "Exchange",
      effectiveEntitlements: 305,
      serviceStatus: "initiate",
      serviceStatusSince: "2026-11-23",
      engagementScenario: "customer_led_ftp_assist",
      split: [{ l1: "status_unknown", l2: "new_subscription_or_workload", entitlements: 305 }],
    });
  });

  it("counts in the tenant list", async () => {
    await addService(admin, tenant.id, "onedrive", 305);
    const list = (await admin.get(`/api/tenants?q=${tenant.tenantGuid}`)).json();
    expect(list.items[0].serviceCount).toBe(2);
  });

  it("refuses the same workload twice on one tenant", async () => {
    const response = await admin.post(`/api/tenants/${tenant.id}/services`, { service: "exchange", totalEntitlements: 1 });
    expect(response.statusCode).toBe(409);
  });

  it("refuses a workload that is not in the catalog", async () => {
    const response = await admin.post(`/api/tenants/${tenant.id}/services`, { service: "lotus_notes", totalEntitlements: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe("/body/service");
  });
});

describe("the L1 split", () => {
  let service: TService;
  beforeAll(async () => {
    service = await addService(admin, tenant.id, "sharepoint", 305);
  });

  it("moves entitlements between L1 rows in one step when the rows add up to the total", async () => {
    const response = await admin.put(`/api/services/${service.id}/split`, {
      version: service.version,
      rows: [
        row("in_progress", 300, { l2: "technical_onboarding", targetDate: "2027-02-01", engagementStartDate: "2026-12-01" }),
        row("blocked", 5, {
          l2: "customer_it_infrastructure_and_remediation",
          l3: "network_limitations",
          targetDate: "2027-03-01",
          owner: "Account Team",
          notes: "Unable to deploy to the plant sites until the proxy upgrade lands.",
        }),
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    service = response.json<TService>();
    expect(service.split.map((r) => [r.l1, r.entitlements])).toEqual([
      ["in_progress", 300],
      ["blocked", 5],
    ]);
    const history = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>();
    // Newest first: the playbooks' review of the change (attributed to the rules) is listed above the change itself.
    const actions = history.items.map((e) => e.action);
    expect(actions.indexOf("service.split_replaced")).toBeGreaterThan(actions.indexOf("engine.resolve_finding"));
    expect(history.items.find((e) => e.action === "service.split_replaced")).toMatchObject({ entityId: service.id });
  });

  it("says how many entitlements are unassigned when the rows do not add up, and keeps the old split", async () => {
    const response = await admin.put(`/api/services/${service.id}/split`, {
      version: service.version,
      rows: [row("in_progress", 300, { targetDate: "2027-02-01" })],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain("Allocated 300 of 305 entitlements: 5 unassigned");
    const unchanged = (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services.find((s) => s.id === service.id);
    expect(unchanged?.split.map((r) => r.entitlements)).toEqual([300, 5]);
  });

  it("names each field an L1 does not allow: a target date on No Intent, an owner on In Progress, an unknown L2", async () => {
    const response = await admin.put(`/api/services/${service.id}/split`, {
      version: service.version,
      rows: [
        row("in_progress", 200, { owner: "Someone", l2: "made_up_reason" }),
        row("no_intent", 105, {
          l2: "using_competitive_solution",
          l3: "competitor_similar_functionality",
          notes: "Customer has no intent: a competing suite is under contract.",
          targetDate: "2027-01-01",
        }),
      ],
    });
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["/body/rows/0/owner", "/body/rows/0/l2", "/body/rows/1/targetDate"]));
  });

  it("requires L2, L3 and a note for Blocked entitlements", async () => {
    const response = await admin.put(`/api/services/${service.id}/split`, {
      version: service.version,
      rows: [row("in_progress", 300), row("blocked", 5)],
    });
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["/body/rows/1/l2", "/body/rows/1/l3", "/body/rows/1/notes"]));
  });

  it("refuses a split written against a stale version", async () => {
    const response = await admin.put(`/api/services/${service.id}/split`, {
      version: service.version - 1,
      rows: [row("status_unknown", 305, { l2: "customer_unresponsive" })],
    });
    expect(response.statusCode).toBe(409);
  });

  it("places bought entitlements in Status Unknown when the total grows, and records why", async () => {
    const response = await admin.patch(`/api/services/${service.id}`, { version: service.version, totalEntitlements: 355 });
    expect(response.statusCode, response.body).toBe(200);
    service = response.json<TService>();
    expect(service.split.map((r) => [r.l1, r.l2, r.entitlements])).toEqual([
      ["in_progress", "technical_onboarding", 300],
      ["blocked", "customer_it_infrastructure_and_remediation", 5],
      ["status_unknown", "new_subscription_or_workload", 50],
    ]);
    const history = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>();
    expect(history.items.find((e) => e.action === "service.split_adjusted")?.reason).toContain("50 new entitlements");
  });

  it("refuses a lower total that would need classified entitlements moved, and says what to do", async () => {
    const response = await admin.patch(`/api/services/${service.id}`, { version: service.version, totalEntitlements: 100 });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain("lower the other L1 rows first");
    const after = (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services.find((s) => s.id === service.id);
    expect(after?.totalEntitlements).toBe(355);
  });

  it("checks the split against the override when one is set", async () => {
    const response = await admin.patch(`/api/services/${service.id}`, { version: service.version, entitlementOverride: 360 });
    service = response.json<TService>();
    expect(service.effectiveEntitlements).toBe(360);
    expect(service.split.reduce((sum, r) => sum + r.entitlements, 0)).toBe(360);
  });

  it("dates a service-status change", async () => {
    const response = await admin.patch(`/api/services/${service.id}`, { version: service.version, serviceStatus: "assess" });
    expect(response.json<TService>()).toMatchObject({ serviceStatus: "assess", serviceStatusSince: "2026-11-23" });
  });
});

describe("adoption indicators", () => {
  it("records DIBS and SSAT values from the option lists and refuses anything else", async () => {
    const service = await addService(admin, tenant.id, "teams", 800);
    const saved = await admin.patch(`/api/services/${service.id}`, {
      version: service.version,
      dibsTargetDate: "2027-01-15",
      dibsBusinessReason: "work_from_anywhere",
      dibsSuccessOwnerRole: "cio_it_leader",
      ssatScenarios: ["meet_and_collaborate"],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<TService>().adoption).toMatchObject({ dibsBusinessReason: "work_from_anywhere", ssatScenarios: ["meet_and_collaborate"] });
    const refused = await admin.patch(`/api/services/${service.id}`, { version: service.version + 1, dibsBusinessReason: "because" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe("/body/dibsBusinessReason");
  });
});

describe("usage on the service", () => {
  it("shows the latest day's active users, the AU % and its KPI colour (Green > 40 %, Yellow 20–40 %, Red < 20 %)", async () => {
    const service = await addService(admin, tenant.id, "yammer", 400);
    const serviceOf = async () => (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services.find((s) => s.id === service.id);
    expect((await serviceOf())?.usage).toBeNull();
    const report = (day: string, activeUsers: number) =>
      admin.post(`/api/tenants/${tenant.id}/usage`, { items: [{ service: "yammer", day, activeUsers, entitlements: 400 }] });
    expect((await report("2026-11-20", 50)).statusCode).toBe(200);
    expect((await report("2026-11-21", 90)).statusCode).toBe(200);
    expect((await serviceOf())?.usage).toEqual({ day: "2026-11-21", activeUsers: 90, entitlements: 400, activeUsersPercent: 22.5, kpi: "yellow" });
    await report("2026-11-22", 170);
    expect((await serviceOf())?.usage).toMatchObject({ activeUsersPercent: 42.5, kpi: "green" });
  });
});
