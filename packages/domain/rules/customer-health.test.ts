import { describe, expect, it } from "vitest";
import { auPercentOf, customerHealth, tenantHealth, type TenantHealthFacts } from "./customer-health.ts";

const healthy = (overrides: Partial<TenantHealthFacts> = {}): TenantHealthFacts => ({
  tenantId: overrides.name ?? "t1",
  name: "Contoso Main",
  isWinner: false,
  isDuplicate: false,
  overallStatus: "active",
  services: [{ service: "exo", status: "operate", activeUsers: 400, entitlements: 1000 }],
  openFindings: { high: 0, medium: 0, low: 2 },
  daysSinceOverallStatusNote: 5,
  ...overrides,
});

describe("customer health", () => {
  it("is on track when every tenant is active, noted within 14 days and free of high and medium findings", () => {
    const health = customerHealth([healthy(), healthy({ name: "Contoso EU", daysSinceOverallStatusNote: 14 })]);
    expect(health).toMatchObject({ level: "on_track", label: "On track", reasons: [] });
    expect(health.summary).toBe("All 2 tenants are active, their Overall Status notes are current and no high- or medium-severity findings are open.");
    expect(health.figures).toMatchObject({ services: 2, servicesOperating: 2, auPercent: 40, openFindings: { high: 0, medium: 0, low: 4 } });
  });

  it("is at risk when a tenant is Blocked, and says which tenant and why, winner first", () => {
    const health = customerHealth([
      healthy({ name: "Contoso Labs", overallStatus: "paused" }),
      healthy({ name: "Contoso Main", isWinner: true, overallStatus: "blocked" }),
    ]);
    expect(health.level).toBe("at_risk");
    expect(health.reasons.map((r) => r.text)).toEqual(["Contoso Main: overall status is Blocked.", "Contoso Labs: overall status is Paused."]);
    expect(health.summary).toMatch(/^1 of 2 tenants at risk/);
  });

  it("grades the Overall Status note's age: over 14 days needs attention, over 28 is at risk, none needs attention", () => {
    expect(customerHealth([healthy({ daysSinceOverallStatusNote: 15 })]).level).toBe("needs_attention");
    expect(customerHealth([healthy({ daysSinceOverallStatusNote: 29 })]).reasons).toEqual([
      { level: "at_risk", tenantId: "t1", text: "Contoso Main: the latest Overall Status note is 29 days old (one is due every 14 days)." },
    ]);
    const none = customerHealth([healthy({ daysSinceOverallStatusNote: null })]);
    expect(none.level).toBe("needs_attention");
    expect(none.figures.tenantsWithoutOverallStatusNote).toBe(1);
  });

  it("counts open findings: high ones put the customer at risk, medium ones need attention", () => {
    expect(customerHealth([healthy({ openFindings: { high: 2, medium: 0, low: 0 } })]).reasons[0]?.text).toBe(
      "Contoso Main: 2 high-severity data-quality findings open.",
    );
    expect(customerHealth([healthy({ openFindings: { high: 0, medium: 1, low: 0 } })]).level).toBe("needs_attention");
  });

  it("flags a service in Operate whose usage fell under 10 % of entitlements", () => {
    const health = customerHealth([healthy({ services: [{ service: "teams", status: "operate", activeUsers: 50, entitlements: 1000 }] })]);
    expect(health.reasons.map((r) => r.text)).toEqual(["Contoso Main: Teams is in Operate but only 5 % of entitlements are active."]);
  });

  it("leaves confirmed duplicates out, and says so when nothing is left to judge", () => {
    expect(customerHealth([healthy(), healthy({ name: "Copy", isDuplicate: true, overallStatus: "blocked" })]).level).toBe("on_track");
    const empty = customerHealth([healthy({ isDuplicate: true })]);
    expect(empty).toMatchObject({ level: "no_tenants", label: "No tenants" });
    expect(empty.figures.auPercent).toBeNull();
  });

  it("gives each tenant its own level and reasons without repeating its name, and its AU % over services with usage", () => {
    const tenant = healthy({ overallStatus: "paused", services: [
      { service: "exchange", status: "adoption", activeUsers: 30, entitlements: 100 },
      { service: "teams", status: "initiate", activeUsers: null, entitlements: null },
    ] });
    expect(tenantHealth(tenant)).toEqual({ level: "needs_attention", reasons: ["overall status is Paused."] });
    expect(auPercentOf(tenant.services)).toBe(30);
  });
});
