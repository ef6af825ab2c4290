import type { TAuditEvent, TService, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
let tenant: TTenant;
let service: TService;

const move = (body: Record<string, unknown>) => admin.post(`/api/services/${service.id}/split/moves`, { version: service.version, ...body });
const counts = (s: TService) => s.split.map((r) => [r.l1, r.entitlements]);
const stored = async () => (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services.find((s) => s.id === service.id)!;

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date("2026-11-23T10:00:00Z") });
  admin = await api.signIn();
  tenant = await createTenant(admin, (await createCustomer(admin)).id);
  service = await addService(admin, tenant.id, "sharepoint", 305);
});
afterAll(() => api.close());

describe("moving entitlements between L1 rows", () => {
  it("moves part of a row in one step: the split keeps its sum and the rows their ids", async () => {
    const unknownRowId = service.split[0]?.id;
    const response = await move({
      from: "status_unknown",
      to: "in_progress",
      entitlements: 300,
      l2: "technical_onboarding",
      targetDate: "2027-02-01",
      engagementStartDate: "2026-12-01",
    });
    expect(response.statusCode, response.body).toBe(200);
    service = response.json<TService>();
    expect(counts(service)).toEqual([
      ["status_unknown", 5],
      ["in_progress", 300],
    ]);
    expect(service.split[0]?.id).toBe(unknownRowId);
    expect(service.split[1]).toMatchObject({ l2: "technical_onboarding", targetDate: "2027-02-01", engagementStartDate: "2026-12-01" });
    const history = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>();
    expect(history.items.find((e) => e.action === "service.entitlements_moved")).toMatchObject({
      entityId: service.id,
      reason: "300 moved from Status Unknown to In Progress",
    });
  });

  it("refuses to move more than the row holds, and changes nothing", async () => {
    const response = await move({ from: "status_unknown", to: "in_progress", entitlements: 6 });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { path: "/body/entitlements", message: "Status Unknown holds 5 entitlements; you cannot move 6. Move at most 5." },
    ]);
    expect(counts(await stored())).toEqual([
      ["status_unknown", 5],
      ["in_progress", 300],
    ]);
  });

  it("checks the destination row as a split replace does: Blocked needs L2, L3 and a note, and keeps no engagement start date", async () => {
    const response = await move({ from: "in_progress", to: "blocked", entitlements: 20, l2: "made_up", engagementStartDate: "2026-12-01" });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "/body/l2",
      "/body/engagementStartDate",
      "/body/l3",
      "/body/notes",
    ]);
    expect(response.json().errors[0].message).toContain('"made_up" is not an L2 reason of Blocked');
    expect(counts(await stored())).toEqual([
      ["status_unknown", 5],
      ["in_progress", 300],
    ]);
  });

  it("rates a new destination note as a split replace does: a poor one needs a quality override", async () => {
    const poor = { from: "in_progress", to: "no_intent", entitlements: 1, l2: "using_competitive_solution", l3: "competitor_similar_functionality", notes: "tbd" };
    const refused = await move(poor);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain("rated poor");
    expect(refused.json().errors.every((e: { path: string }) => e.path === "/body/notes")).toBe(true);
    const overridden = await move({ ...poor, qualityOverride: { reason: "Customer asked us to hold the details back" } });
    expect(overridden.statusCode, overridden.body).toBe(200);
    service = overridden.json<TService>();
    const back = await move({ from: "no_intent", to: "in_progress", entitlements: 1 });
    expect(back.statusCode, back.body).toBe(200);
    service = back.json<TService>();
  });

  it("moves into a new Blocked row once its reasons and note are given", async () => {
    const response = await move({
      from: "in_progress",
      to: "blocked",
      entitlements: 20,
      l2: "customer_it_infrastructure_and_remediation",
      l3: "network_limitations",
      owner: "Account Team",
      notes: "Plant sites wait for the proxy upgrade.",
    });
    expect(response.statusCode, response.body).toBe(200);
    service = response.json<TService>();
    expect(counts(service)).toEqual([
      ["status_unknown", 5],
      ["in_progress", 280],
      ["no_intent", 0],
      ["blocked", 20],
    ]);
    expect(service.split.reduce((sum, r) => sum + r.entitlements, 0)).toBe(service.effectiveEntitlements);
  });

  it("refuses a move written against a stale version", async () => {
    const response = await admin.post(`/api/services/${service.id}/split/moves`, {
      version: service.version - 1,
      from: "status_unknown",
      to: "in_progress",
      entitlements: 5,
    });
    expect(response.statusCode).toBe(409);
    expect(counts(await stored())).toEqual(counts(service));
  });

  it("refuses a move onto the row the entitlements come from", async () => {
    const response = await move({ from: "in_progress", to: "in_progress", entitlements: 1 });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe("/body/to");
  });
});
