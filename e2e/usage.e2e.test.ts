import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, openTenantTab, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const FM_EMAIL = "first.admin@fasttrack.example";
const DAYS_REPORTED = 60;

const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("usage and simulation on the tenant page", () => {
  const portal = useSignedInPortal();

  it("charts 60 reported days of Exchange usage against entitlements and shows the same numbers as a table", async () => {
    const page = await portal.newPage();
    const tenantId = await createTenantFromPage(page, "Northwind Usage");
    const exchange = await ok<{ id: string; version: number }>(page, "POST", `/api/tenants/${tenantId}/services`, { service: "exchange", totalEntitlements: 500 });
    // 30 active users 60 days ago, two more each day: 148 of 500 (29.6 %, KPI Yellow) yesterday.
    const items = Array.from({ length: DAYS_REPORTED }, (_, i) => ({
      service: "exchange",
      day: isoDaysFromToday(i - DAYS_REPORTED),
      activeUsers: 30 + 2 * i,
      entitlements: 500,
    }));
    await ok(page, "POST", `/api/tenants/${tenantId}/usage`, { items });
    const forecastBody = { version: exchange.version, forecast15On: null, forecast40On: isoDaysFromToday(20), forecastMaxOn: isoDaysFromToday(45) };
    await ok(page, "PUT", `/api/services/${exchange.id}/forecast`, forecastBody);
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    await openTenantTab(page, "Usage");

    const usage = page.getByRole("region", { name: /^Usage/ });
    const exchangeCard = usage.getByRole("article", { name: "Exchange" });
    await exchangeCard.getByText(/^KPI Yellow \(20–40 % AU\): 148 of 500 active, 29\.6 %$/).waitFor();
    const chart = exchangeCard.locator('svg[aria-label^="Exchange AU %"]');
    await chart.waitFor();
    expect(await chart.getAttribute("aria-label")).toMatch(/60 days from .*: 6 % at the start, 29\.6 % at the end; KPI Yellow$/);
    await exchangeCard.getByText(/Forecast: 40 % by .*, Max AU by /).waitFor();
    await usage.screenshot({ path: shot("waymark-usage-chart.png") });

    // Raw active users over the last 60 days, today included: the first reported day (30) drops out of range.
    // RAC hides the native inputs visually, so a person (and the test) clicks the visible label.
    await usage.getByRole("radiogroup", { name: "Show" }).getByText("Active users", { exact: true }).click();
    await usage.getByRole("radiogroup", { name: "Range" }).getByText("60 days", { exact: true }).click();
    expect(await usage.getByRole("radio", { name: "60 days" }).isChecked()).toBe(true);
    const rawChart = exchangeCard.locator('svg[aria-label^="Exchange active users"]');
    await rawChart.waitFor();
    expect(await rawChart.getAttribute("aria-label")).toMatch(/, 59 days from .*: 32 of 500 entitlements at the start, 148 of 500 entitlements at the end;/);
    await usage.screenshot({ path: shot("waymark-usage-raw.png") });

    // "All" asks the server for the whole history: all 60 reported days, from 30 active users.
    await usage.getByRole("radiogroup", { name: "Range" }).getByText("All", { exact: true }).click();
    await exchangeCard.locator('svg[aria-label*=", 60 days from "][aria-label*=": 30 of 500 entitlements at the start"]').waitFor();

    await usage.getByText("Show as table", { exact: true }).click();
    expect(await usage.getByRole("switch", { name: "Show as table" }).isChecked()).toBe(true);
    const table = exchangeCard.getByRole("table", { name: /^Exchange usage by day/ });
    const newest = table.getByRole("row").nth(1);
    expect(await newest.getByRole("cell").allInnerTexts()).toEqual(["148", "500", "29.6 %"]);
    expect(await exchangeCard.locator('svg[aria-label^="Exchange "]').count()).toBe(0);
    await usage.screenshot({ path: shot("waymark-usage-table.png") });

    // No playbook waits on this tenant, so nothing happens by itself.
    await openTenantTab(page, "Simulate");
    await page.getByRole("region", { name: /^Simulate/ }).getByText("Nothing happens by itself in that time.").waitFor();
    await page.close();
  }, 60_000);

  it("lists what the playbooks would do in the next business days while the Account Team's wait runs", async () => {
    const page = await portal.newPage();
    const me = await ok<{ user: { id: string } }>(page, "GET", "/api/auth/me");
    const users = await ok<{ items: { id: string; email: string | null; version: number }[] }>(page, "GET", "/api/users?limit=100");
    const account = users.items.find((user) => user.id === me.user.id);
    if (account && !account.email) await ok(page, "PATCH", `/api/users/${me.user.id}`, { version: account.version, email: FM_EMAIL });
    const tenantId = await createTenantFromPage(page, "Northwind Simulation");
    await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service: "exchange", totalEntitlements: 500 });
    await ok(page, "POST", `/api/tenants/${tenantId}/assignments`, { userId: me.user.id, role: "fm", isPrimary: true });
    for (const [type, data] of [
      ["gateway.started", undefined],
      ["gateway.duplicate_check_recorded", { outcome: "different_organization" }],
      ["gateway.entitlement_check_recorded", { met: true }],
      ["gateway.account_team_contacted", { pdmOnly: false, partnerListed: false }],
    ] as const) {
      await ok(page, "POST", `/api/tenants/${tenantId}/playbook-events`, data ? { type, data } : { type });
    }
    // Tall enough for the whole simulated timeline in one screenshot.
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    await openTenantTab(page, "Usage");

    // No usage reported on this tenant: the Usage section says so.
    await page.getByRole("region", { name: /^Usage/ }).getByText("No usage reported yet.").waitFor();
    await openTenantTab(page, "Simulate");

    const simulate = page.getByRole("region", { name: /^Simulate/ });
    await simulate.getByText(/^What happens in the next 15 business days if nobody acts: /).waitFor();
    const steps = simulate.getByRole("list", { name: /^Simulated steps/ });
    const first = steps.getByRole("listitem").first();
    await first.getByText(/^Account team unanswered/).waitFor();
    await first.getByText(/^The Account Team did not answer within 3 business days and no partner is listed, so the customer gets/).waitFor();
    await first.getByText("Outreach e-mail 1 to the customer (Customer 1st Contact Template)", { exact: true }).waitFor();
    await simulate.screenshot({ path: shot("waymark-simulation.png") });

    // A longer window goes on to the customer's unanswered waits that the first step starts.
    await simulate.getByRole("radiogroup", { name: "Business days ahead" }).getByText("40", { exact: true }).click();
    await simulate.getByText(/^What happens in the next 40 business days/).waitFor();
    await steps.getByText(/^Customer unanswered/).first().waitFor();
    await page.close();
  }, 60_000);
});
