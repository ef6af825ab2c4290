import type { TAuditEvent, TService, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
let tenant: TTenant;
let exchange: TService;

const setMigration = (body: Record<string, unknown>) => admin.put(`/api/services/${exchange.id}/migration`, { version: exchange.version, ...body });
const scenario = (migrationType: string, entitlements: number, extra: Record<string, unknown> = {}) => ({ migrationType, entitlements, ...extra });
const stored = async () => (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services.find((s) => s.id === exchange.id)!;

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date("2026-11-23T10:00:00Z") });
  admin = await api.signIn();
  tenant = await createTenant(admin, (await createCustomer(admin)).id);
  const added = await addService(admin, tenant.id, "exchange", 305);
  const moved = await admin.post(`/api/services/${added.id}/split/moves`, {
    version: added.version,
    from: "status_unknown",
    to: "in_progress",
    entitlements: 305,
    l2: "migration",
    targetDate: "2027-03-01",
  });
  exchange = moved.json<TService>();
});
afterAll(() => api.close());

describe("the Data Migration section", () => {
  it("starts undecided and empty", () => {
    expect(exchange.migration).toMatchObject({ microsoftMigrating: null, scenarios: [], inProgressEntitlements: 305, warning: null });
  });

  it("saves Microsoft's scenarios when they add up to the In Progress count (200 Mig-ExHybrid + 105 Mig-GmailStaged)", async () => {
    const response = await setMigration({
      microsoftMigrating: true,
      startDate: "2027-01-10",
      endDate: "2027-03-01",
      scenarios: [scenario("mig_ex_hybrid", 200, { estimatedMigrationDate: "2027-02-01", dataSizeGb: 900 }), scenario("mig_gmail_staged", 105)],
    });
    expect(response.statusCode, response.body).toBe(200);
    exchange = response.json<TService>();
    expect(exchange.migration).toMatchObject({
      microsoftMigrating: true,
      startDate: "2027-01-10",
      scenarios: [
        { migrationTypeLabel: "Mig-ExHybrid", entitlements: 200, estimatedMigrationDate: "2027-02-01", dataSizeGb: 900 },
        { migrationTypeLabel: "Mig-GmailStaged", entitlements: 105 },
      ],
      scenarioEntitlements: 305,
      warning: null,
    });
    const history = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>();
    expect(history.items.find((e) => e.action === "service.migration_set")).toMatchObject({ entityId: exchange.id });
  });

  it("refuses scenarios that add up to fewer or more entitlements than In Progress, saying both numbers", async () => {
    const fewer = await setMigration({ microsoftMigrating: true, scenarios: [scenario("mig_ex_hybrid", 200)] });
    expect(fewer.statusCode).toBe(422);
    expect(fewer.json().errors).toEqual([
      {
        path: "/body/scenarios",
        message: "The migration scenarios add up to 200 entitlements but Exchange has 305 In Progress; they must add up to exactly the In Progress count.",
      },
    ]);
    const more = await setMigration({ microsoftMigrating: true, scenarios: [scenario("mig_ex_hybrid", 200), scenario("mig_imap", 106)] });
    expect(more.statusCode).toBe(422);
    expect(more.json().detail).toContain("add up to 306 entitlements but Exchange has 305 In Progress");
    expect((await stored()).migration.scenarioEntitlements).toBe(305);
  });

  it("shows a warning instead of refusing when the In Progress count changes after the scenarios were saved", async () => {
    const moved = await admin.post(`/api/services/${exchange.id}/split/moves`, {
      version: exchange.version,
      from: "in_progress",
      to: "status_unknown",
      entitlements: 5,
      l2: "customer_unresponsive",
    });
    expect(moved.statusCode, moved.body).toBe(200);
    exchange = moved.json<TService>();
    expect(exchange.migration.warning).toBe(
      "The migration scenarios add up to 305 entitlements but Exchange has 300 In Progress; they must add up to exactly the In Progress count.",
    );
    const fixed = await setMigration({ microsoftMigrating: true, scenarios: [scenario("mig_ex_hybrid", 195), scenario("mig_gmail_staged", 105)] });
    expect(fixed.statusCode, fixed.body).toBe(200);
    exchange = fixed.json<TService>();
    expect(exchange.migration.warning).toBeNull();
  });

  it("needs a rejection reason, and no scenarios, when Microsoft is not migrating", async () => {
    const refused = await setMigration({ microsoftMigrating: false, scenarios: [scenario("mig_ex_hybrid", 300)] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual(["/body/rejectionReason", "/body/scenarios"]);
    const declined = await setMigration({ microsoftMigrating: false, rejectionReason: "customer_will_self_migrate", rejectionNote: "Has its own tooling." });
    expect(declined.statusCode, declined.body).toBe(200);
    exchange = declined.json<TService>();
    expect(exchange.migration).toMatchObject({
      microsoftMigrating: false,
      rejectionReasonLabel: "Customer will self-migrate",
      rejectionNote: "Has its own tooling.",
      startDate: null,
      scenarios: [],
      warning: null,
    });
  });

  it("refuses a migration type of another workload, and a workload Microsoft does not migrate", async () => {
    const wrongType = await setMigration({ microsoftMigrating: true, scenarios: [scenario("mig_google_drive", 300)] });
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json().errors[0]).toMatchObject({ path: "/body/scenarios/0/migrationType" });
    const teams = await addService(admin, tenant.id, "teams", 10);
    const response = await admin.put(`/api/services/${teams.id}/migration`, {
      version: teams.version,
      microsoftMigrating: false,
      rejectionReason: "customer_will_self_migrate",
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain("Teams has no data migration");
  });

  it("refuses a section written against a stale version", async () => {
    const response = await admin.put(`/api/services/${exchange.id}/migration`, { version: exchange.version - 1, microsoftMigrating: null });
    expect(response.statusCode).toBe(409);
    expect((await stored()).migration.microsoftMigrating).toBe(false);
  });
});
