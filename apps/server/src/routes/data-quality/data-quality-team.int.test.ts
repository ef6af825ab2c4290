import { insertAssignment } from "@waymark/db";
import type { TDataQualityReport, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
const TODAY = "2026-11-23";

/** Nothing to report unless `statusDate` is more than 14 days old (then one medium finding: overall_status_stale). */
async function tenantWithStatusDate(name: string, statusDate: string): Promise<TTenant> {
  const tenant = await createTenant(admin, (await createCustomer(admin, { name })).id, { name, overallStatus: "active", overallStatusDate: statusDate });
  const service = await addService(admin, tenant.id, "exchange", 500);
  const split = await admin.put(`/api/services/${service.id}/split`, { version: service.version, rows: [{ l1: "in_progress", entitlements: 500, targetDate: "2026-12-15" }] });
  expect(split.statusCode, split.body).toBe(200);
  const note = await admin.post(`/api/tenants/${tenant.id}/notes`, { category: "engagement_management", body: "Kickoff held; governance every two weeks." });
  expect(note.statusCode, note.body).toBe(201);
  return tenant;
}

describe("the data-quality report of a manager's team", () => {
  let manager: Client & { userId: string };
  let otherManager: Client & { userId: string };
  const report = async (client: Client, query = "scope=team") => {
    const response = await client.get(`/api/data-quality?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<TDataQualityReport>();
  };
  const assign = (userId: string, tenant: TTenant, role: string, onCustomer = false) =>
    insertAssignment(api().database.db, { customerId: tenant.customerId, tenantId: onCustomer ? null : tenant.id, userId, role, isPrimary: false });

  beforeAll(async () => {
    manager = await api().signIn({ roles: ["fasttrack_manager"] });
    otherManager = await api().signIn({ roles: ["fasttrack_manager"] });
    const alpha = await tenantWithStatusDate("Fabrikam Alpha", "2026-11-01"); // RM on the tenant, stale status
    const beta = await tenantWithStatusDate("Fabrikam Beta", TODAY); // RM on the customer, nothing wrong
    const gamma = await tenantWithStatusDate("Fabrikam Gamma", "2026-10-20"); // P-RM on the tenant, stale status
    const delta = await tenantWithStatusDate("Fabrikam Delta", "2026-10-01"); // the manager is only its FE
    const epsilon = await tenantWithStatusDate("Fabrikam Epsilon", "2026-10-01"); // another manager's
    await assign(manager.userId, alpha, "rm");
    await assign(manager.userId, beta, "rm", true);
    await assign(manager.userId, gamma, "p_rm");
    await assign(manager.userId, delta, "fe");
    await assign(otherManager.userId, epsilon, "rm");
  });

  it("covers the tenants where the reader is a Regional Manager or Partner Regional Manager, on the tenant or its customer", async () => {
    const team = await report(manager);
    expect(team).toMatchObject({ scope: "team", fmId: null, tenantsChecked: 3, tenantsWithFindings: 2, nextCursor: null });
    // Both have one medium finding at the same priority: the report then orders them by id, so compare by name.
    const byName = team.items.map((item) => [item.tenantName, item.findings.map((f) => f.message)] as const).sort(([a], [b]) => a.localeCompare(b));
    expect(byName).toEqual([
      ["Fabrikam Alpha", ["The Overall Status (Active) was last stated on 2026-11-01, 22 days ago; it is reviewed at least every 14 days."]],
      ["Fabrikam Gamma", ["The Overall Status (Active) was last stated on 2026-10-20, 34 days ago; it is reviewed at least every 14 days."]],
    ]);
    expect(team.checks.filter((c) => c.findings > 0).map((c) => [c.check, c.findings, c.tenants])).toEqual([["overall_status_stale", 2, 2]]);
  });

  it("is another manager's own team, and empty for a reader who manages nothing, even one who may read every tenant", async () => {
    expect((await report(otherManager)).items.map((item) => item.tenantName)).toEqual(["Fabrikam Epsilon"]);
    expect(await report(admin)).toMatchObject({ scope: "team", tenantsChecked: 0, tenantsWithFindings: 0, items: [] });
    // The same reader's "mine" (FM) scope is not their team: the manager is nobody's FM here.
    expect((await report(manager, "scope=mine")).tenantsChecked).toBe(0);
  });

  it("takes the region filter and refuses an fmId, saying which scope it goes with", async () => {
    expect((await report(manager, "scope=team&region=americas")).tenantsChecked).toBe(0);
    const refused = await manager.get(`/api/data-quality?scope=team&fmId=${otherManager.userId}`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].message).toBe("fmId goes with scope=fm, not scope=team");
  });
});
