import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const NAME = "Proseware Logistics";

describe("the data-quality screen", () => {
  const portal = useSignedInPortal();

  it("counts the findings of my tenants per check and opens a tenant's findings in one click", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1400 });
    const me = await ok<{ user: { id: string } }>(page, "GET", "/api/auth/me");
    const tenantId = await createTenantFromPage(page, NAME);
    await ok(page, "POST", `/api/tenants/${tenantId}/assignments`, { userId: me.user.id, role: "fm", isPrimary: true });
    await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service: "exchange", totalEntitlements: 500 });
    const report = await ok<{ tenantsWithFindings: number; checks: { label: string; findings: number }[] }>(page, "GET", "/api/data-quality?scope=mine");
    expect(report.tenantsWithFindings).toBe(1);
    const counted = report.checks.filter((check) => check.findings > 0);
    expect(counted.length).toBeGreaterThan(0);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Data quality" }).click();
    await page.getByRole("heading", { level: 1, name: "Data quality" }).waitFor();
    expect(await page.getByRole("radio", { name: "Mine" }).isChecked()).toBe(true);
    // The administrator reads every tenant, so the portfolio is offered.
    expect(await page.getByRole("radio", { name: "Portfolio" }).count()).toBe(1);
    await page.getByRole("status").filter({ hasText: "1 of 1 tenants have findings" }).waitFor();
    const counts = page.getByRole("table", { name: "Findings per check" });
    for (const check of counted) {
      const row = counts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${check.label}`) }) });
      expect((await row.getByRole("cell").first().innerText()).trim()).toBe(String(check.findings));
    }
    const tenants = page.getByRole("list", { name: "Tenants with findings, worst first" });
    const item = tenants.getByRole("listitem").filter({ hasText: NAME }).first();
    await item.waitFor();
    expect(await item.innerText()).toMatch(/\d+ (high|medium|low)/);
    await page.screenshot({ path: shot("waymark-data-quality-mine.png"), fullPage: true });

    // The team scope: nobody made this administrator a Regional Manager, so it is empty and says so.
    await page.getByRole("radiogroup", { name: "Whose tenants" }).getByText("My team", { exact: true }).click();
    await page.getByText("No tenants in this scope.").waitFor();
    expect(new URL(page.url()).searchParams.get("scope")).toBe("team");
    await page.getByRole("radiogroup", { name: "Whose tenants" }).getByText("Mine", { exact: true }).click();

    await page.getByRole("list", { name: "Tenants with findings, worst first" }).getByRole("link", { name: "Open findings" }).first().click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get("tab")]).toEqual([`/tenants/${tenantId}`, "findings"]);
    await page.screenshot({ path: shot("waymark-data-quality-findings.png") });
  });
});
