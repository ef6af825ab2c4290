import { computeDataQualityReport, type DataQualityReportOptions, refreshDataQualitySummaries, reportDataQuality } from "@waymark/db";
import type { TDataQualityFinding, TDataQualityReport, TService, TTenant, TTenantDataQuality } from "@waymark/contracts";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
let now = new Date("2026-11-23T09:00:00Z");
const TODAY = "2026-11-23";

beforeAll(async () => {
  api = await startTestApi({ now: () => now });
  admin = await api.signIn();
});
afterAll(() => api.close());

const db = () => api.database.db;
const rows = async <T>(query: ReturnType<typeof sql>) => (await db().execute(query)).rows as T[];
const summaryOf = async (tenant: TTenant) =>
  (await rows<{ stale: boolean; computed_for: string | null; checks: string[] }>(
    sql`SELECT stale, computed_for::text, checks FROM tenant_data_quality WHERE tenant_id = ${tenant.id}`,
  ))[0];
const report = async (query = "scope=portfolio&limit=100") => {
  const response = await admin.get(`/api/data-quality?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TDataQualityReport>();
};
const listedFindings = async (tenant: TTenant) => (await report()).items.find((item) => item.tenantId === tenant.id)?.findings ?? [];
const pageFindings = async (tenant: TTenant): Promise<TDataQualityFinding[]> =>
  (await admin.get(`/api/tenants/${tenant.id}/data-quality`)).json<TTenantDataQuality>().findings;

/** A tenant with nothing to report, its summary computed. */
async function cleanTenant(name: string) {
  const tenant = await createTenant(admin, (await createCustomer(admin, { name })).id, { name, overallStatus: "active", overallStatusDate: TODAY });
  const added = await addService(admin, tenant.id, "exchange", 500);
  const split = await admin.put(`/api/services/${added.id}/split`, { version: added.version, rows: [{ l1: "in_progress", entitlements: 500, targetDate: "2026-12-15" }] });
  expect(split.statusCode, split.body).toBe(200);
  expect((await admin.post(`/api/tenants/${tenant.id}/notes`, { category: "engagement_management", body: "Kickoff held." })).statusCode).toBe(201);
  await refreshDataQualitySummaries(db(), { now });
  expect(await summaryOf(tenant)).toMatchObject({ stale: false, computed_for: TODAY, checks: [] });
  return { tenant, service: split.json<TService>() };
}

describe("a tenant's stored data-quality summary", () => {
  it("goes stale when a person writes, and the next report shows the new finding", async () => {
    const { tenant } = await cleanTenant("Alpine Ski House");
    const { version } = (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>();
    expect((await admin.patch(`/api/tenants/${tenant.id}`, { version, overallStatusDate: "2026-11-01" })).statusCode).toBe(200);
    expect((await summaryOf(tenant))?.stale).toBe(true);
    expect((await listedFindings(tenant)).map((f) => f.check)).toEqual(["overall_status_stale"]);
    expect((await summaryOf(tenant))?.stale).toBe(false);
  });

  it("goes stale when the playbook engine writes, and the next report agrees with the tenant's page", async () => {
    const { tenant } = await cleanTenant("Blue Yonder Airlines");
    await addService(admin, tenant.id, "onedrive", 300);
    await refreshDataQualitySummaries(db(), { now });
    const record = (body: unknown) => admin.post(`/api/tenants/${tenant.id}/playbook-events`, body);
    expect((await record({ type: "playbook.started", service: "onedrive" })).statusCode).toBe(200);
    await refreshDataQualitySummaries(db(), { now });
    const declined = await record({ type: "bvd.declined", service: "onedrive", data: { reason: "Exchange first", deploymentOrder: ["exchange", "onedrive"] } });
    expect(declined.statusCode, declined.body).toBe(200);
    expect((await summaryOf(tenant))?.stale).toBe(true);
    const listed = await listedFindings(tenant);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(await pageFindings(tenant));
  });

  it("goes stale when a script writes straight into the database, and the next report shows it", async () => {
    const { tenant, service } = await cleanTenant("Contoso Pharmaceuticals");
    await db().execute(sql`UPDATE tenant_services SET next_action_date = '2026-11-20' WHERE id = ${service.id}`);
    expect((await summaryOf(tenant))?.stale).toBe(true);
    expect((await listedFindings(tenant)).map((f) => [f.check, f.message])).toEqual([
      ["next_action_date_past", "Exchange: the next action date 2026-11-20 passed 3 days ago."],
    ]);
  });

  it("is recomputed on a new local day, so a next action date that has just passed appears", async () => {
    const { tenant, service } = await cleanTenant("Datum Corporation");
    const patched = await admin.patch(`/api/services/${service.id}`, { version: service.version, nextActionDate: "2026-11-24" });
    expect(patched.statusCode, patched.body).toBe(200);
    await refreshDataQualitySummaries(db(), { now });
    expect(await listedFindings(tenant)).toEqual([]);
    const before = now;
    try {
      now = new Date("2026-11-25T09:00:00Z");
      expect((await summaryOf(tenant))?.stale).toBe(false);
      const { refreshed } = await refreshDataQualitySummaries(db(), { now });
      expect(refreshed).toBeGreaterThan(0);
      expect(await summaryOf(tenant)).toMatchObject({ computed_for: "2026-11-25", checks: ["next_action_date_past"] });
      const item = (await report()).items.find((i) => i.tenantId === tenant.id);
      expect(item?.today).toBe("2026-11-25");
      expect(item?.findings.map((f) => f.message)).toEqual(["Exchange: the next action date 2026-11-24 passed 1 day ago."]);
    } finally {
      now = before;
      await refreshDataQualitySummaries(db(), { now });
    }
  });

  it("is computed once when two refreshes run at the same time, and neither waits for the other", async () => {
    await cleanTenant("Elecro Industries");
    const [{ n: tenants } = { n: 0 }] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM tenants`);
    await db().execute(sql`UPDATE tenant_data_quality SET stale = true`);
    const [first, second] = await Promise.all([refreshDataQualitySummaries(db(), { now }), refreshDataQualitySummaries(db(), { now })]);
    expect(first.refreshed + second.refreshed).toBe(tenants);
    expect(await rows(sql`SELECT tenant_id FROM tenant_data_quality WHERE stale`)).toEqual([]);
    expect((await report()).pending).toBe(0);
  });
});

describe("the report from stored summaries", () => {
  it("says the same as running every check on every tenant, with each filter, page by page", async () => {
    await refreshDataQualitySummaries(db(), { now });
    const base = { scope: { visibility: { kind: "all" as const } }, filter: {}, limit: 2, now };
    const variants: DataQualityReportOptions[] = [
      base,
      { ...base, check: "overall_status_stale" },
      { ...base, filter: { service: "exchange" } },
      { ...base, filter: { service: "exchange", region: "emea" }, check: "next_action_date_past" },
    ];
    for (const options of variants) {
      let after: DataQualityReportOptions["after"];
      for (let page = 0; page < 10; page++) {
        const live = await computeDataQualityReport(db(), { ...options, after });
        const stored = await reportDataQuality(db(), { ...options, after });
        expect(stored).toMatchObject({ tenantsChecked: live.tenantsChecked, tenantsWithFindings: live.tenantsWithFindings, checks: live.checks, nextCursor: live.nextCursor, pending: 0 });
        expect(stored.items.map((i) => [i.tenant.id, i.findings])).toEqual(live.items.map((i) => [i.tenant.id, i.findings]));
        if (!live.nextCursor) break;
        after = live.items[live.items.length - 1]?.position;
      }
    }
  });

  it("counts tenants whose summary is not fresh as pending, with when the oldest counted was computed", async () => {
    const { tenant } = await cleanTenant("Fabrikam Residences");
    const asOf = (await report()).asOf;
    expect(asOf).not.toBeNull();
    await db().execute(sql`UPDATE tenants SET overall_status_date = '2026-10-01' WHERE id = ${tenant.id}`);
    const stale = await reportDataQuality(db(), { scope: { visibility: { kind: "all" } }, filter: {}, limit: 100, now });
    // One tenant behind is computed in the request: the report is never behind a small organisation's writes.
    expect(stale.pending).toBe(0);
    expect(stale.items.find((i) => i.tenant.id === tenant.id)?.findings.map((f) => f.check)).toEqual(["overall_status_stale"]);
  });
});
