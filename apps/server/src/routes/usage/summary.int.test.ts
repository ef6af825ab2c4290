import type { TService, TTenant, TUsageSummary } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
let tenant: TTenant;
let sharepoint: TService;

const report = (service: string, entitlements: number, days: [string, number][]) =>
  admin.post(`/api/tenants/${tenant.id}/usage`, { items: days.map(([day, activeUsers]) => ({ service, day, activeUsers, entitlements })) });
const summary = async (query = "") => {
  const response = await admin.get(`/api/tenants/${tenant.id}/usage${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TUsageSummary>();
};
const serviceOf = (usage: TUsageSummary, code: string) => usage.services.find((s) => s.service === code);

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Wide World Importers" })).id, { name: "Wide World Importers", seats: 6700 });
  sharepoint = await addService(admin, tenant.id, "sharepoint", 800);
  await addService(admin, tenant.id, "teams", 5000);
  await addService(admin, tenant.id, "yammer", 900);
  await addService(admin, tenant.id, "onedrive", 800);
  await report("sharepoint", 800, [["2026-11-01", 40], ["2026-11-10", 80], ["2026-11-20", 120]]);
  await report("teams", 5000, [["2026-11-01", 50], ["2026-11-15", 100]]);
  await report("yammer", 900, [["2026-11-01", 20], ["2026-11-18", 60]]);
});

describe("a tenant's usage", () => {
  it("gives each service's daily series with AU %, and its latest AU % and KPI", async () => {
    const teams = serviceOf(await summary(), "teams");
    expect(teams?.series).toEqual([
      { day: "2026-11-01", activeUsers: 50, entitlements: 5000, activeUsersPercent: 1 },
      { day: "2026-11-15", activeUsers: 100, entitlements: 5000, activeUsersPercent: 2 },
    ]);
    expect(serviceOf(await summary(), "sharepoint")?.latest).toEqual({ day: "2026-11-20", activeUsers: 120, entitlements: 800, activeUsersPercent: 15, kpi: "red" });
  });

  it("marks enablement reached at 100 active users, or at 10 % of seats under 1,000 seats, on the first day it was met", async () => {
    const usage = await summary();
    expect(serviceOf(usage, "teams")?.milestone).toMatchObject({ reached: true, on: "2026-11-15", by: "active_users", missingActiveUsers: null });
    expect(serviceOf(usage, "sharepoint")?.milestone).toMatchObject({ reached: true, on: "2026-11-10", by: "percent_of_seats" });
  });

  it("says what is missing while enablement is not reached", async () => {
    const usage = await summary();
    expect(serviceOf(usage, "yammer")?.milestone).toEqual({
      reached: false,
      on: null,
      by: null,
      missingActiveUsers: 30,
      why: "30 more active users needed: 60 on 2026-11-18, enablement needs 90 (10 % of 900 seats)",
    });
    expect(serviceOf(usage, "onedrive")).toMatchObject({ series: [], latest: null, milestone: { reached: false, missingActiveUsers: 100 } });
  });

  it("suggests Adoption from 1 to 10 % AU and Operate above 10 %, never a step back", async () => {
    let usage = await summary();
    expect(serviceOf(usage, "sharepoint")?.suggestion).toEqual({ status: "operate", why: "AU 15 % is above 10 %: onboarding is complete" });
    expect(serviceOf(usage, "yammer")?.suggestion.status).toBe("adoption");
    expect(serviceOf(usage, "onedrive")?.suggestion.status).toBeNull();
    await admin.patch(`/api/services/${sharepoint.id}`, { version: sharepoint.version, serviceStatus: "operate" });
    await report("sharepoint", 800, [["2026-11-21", 40]]);
    usage = await summary();
    expect(serviceOf(usage, "sharepoint")?.suggestion).toEqual({ status: null, why: "AU 5 % is within 1–10 %; the service is already Operate" });
  });

  it("gives the all-up AU: active users over entitlements summed across the services' latest days", async () => {
    // SharePoint 40/800 (21 Nov), Teams 100/5000, Yammer 60/900; OneDrive has no usage and does not count.
    expect((await summary()).allUp).toEqual({ activeUsers: 200, entitlements: 6700, activeUsersPercent: 2.99, kpi: "red", services: 3 });
  });

  it("limits the series to the range asked for, the last 90 days by default, but not the milestone", async () => {
    const usage = await summary("?from=2026-11-05&to=2026-11-30");
    expect(serviceOf(usage, "teams")?.series.map((d) => d.day)).toEqual(["2026-11-15"]);
    expect(serviceOf(usage, "teams")?.milestone).toMatchObject({ reached: true, on: "2026-11-15" });
    expect(serviceOf(await summary("?to=2026-11-10"), "sharepoint")?.milestone).toMatchObject({ reached: true, on: "2026-11-10" });
    expect(await summary()).toMatchObject({ from: "2026-08-26", to: "2026-11-23" });
    const backwards = await admin.get(`/api/tenants/${tenant.id}/usage?from=2026-11-30&to=2026-11-01`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().detail).toBe("The range starts (2026-11-30) after it ends (2026-11-01); swap from and to.");
  });

  it("is hidden from users not assigned to the tenant", async () => {
    const stranger = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await stranger.get(`/api/tenants/${tenant.id}/usage`)).statusCode).toBe(404);
  });
});
