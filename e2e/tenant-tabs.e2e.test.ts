import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, openTenantTab, screenshotPath, useSignedInPortal } from "./harness.ts";

type Tenant = { id: string; version: number };

async function tenantWithServiceAndContact(page: Page, name: string): Promise<string> {
  const tenantId = await createTenantFromPage(page, name);
  await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service: "exchange", totalEntitlements: 500 });
  await ok(page, "POST", `/api/tenants/${tenantId}/contacts`, { type: "customer", name: "Lena Vogt", email: "lena.vogt@fabrikam.example", country: "DE" });
  return tenantId;
}

const selectedTab = (page: Page) => page.getByRole("tablist", { name: "Tenant sections" }).locator('[role="tab"][aria-selected="true"]').innerText();
const tabParam = (page: Page) => new URL(page.url()).searchParams.get("tab");
/** The tenant header's Overall status fact (the header is the first list of facts on the page). */
const headerStatus = (page: Page) => page.locator('dt:text-is("Overall status") + dd').first();

describe("the tenant page's tabs", () => {
  const portal = useSignedInPortal();

  it("moves between tabs with the keyboard, keeps the open tab in the URL across reload and Back, and counts cheap things", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    const tenantId = await tenantWithServiceAndContact(page, "Fabrikam Tabs");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=timesheets`);

    // An unknown tab opens Status, without an error; the tab list carries the counts it knows.
    await page.getByRole("heading", { name: "Overall status", level: 2 }).waitFor();
    expect(await selectedTab(page)).toBe("Status");
    const tabs = page.getByRole("tablist", { name: "Tenant sections" });
    await tabs.getByRole("tab", { name: /^Services\W+1$/ }).waitFor();
    await tabs.getByRole("tab", { name: /^Contacts\W+1$/ }).waitFor();

    // Arrow keys move focus only (manual activation); Enter opens the focused tab and puts it in the URL.
    await tabs.getByRole("tab", { name: "Status" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Services/);
    expect(await selectedTab(page)).toBe("Status");
    await page.keyboard.press("Enter");
    await page.waitForURL(/tab=services/);
    expect(await selectedTab(page)).toMatch(/^Services/);
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Space");
    await page.waitForURL(/tab=history/);

    // Reload keeps the tab; Back returns to the previous one.
    await page.reload();
    await page.getByRole("region", { name: /^History/ }).waitFor();
    expect([await selectedTab(page), tabParam(page)]).toEqual(["History", "history"]);
    await page.goBack();
    await page.waitForURL(/tab=services/);
    expect(await selectedTab(page)).toMatch(/^Services/);

    // `g` then a letter opens a tab from anywhere outside a text field and focuses its panel.
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("g");
    await page.keyboard.press("n");
    await page.waitForURL(/tab=notes/);
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "tabpanel");
    await page.getByRole("region", { name: /^Notes/ }).waitFor();
    await page.screenshot({ path: screenshotPath("waymark-tenant-tabs-notes.png") });
  });

  it("changes the overall status to Blocked with a date, shows it in the header, and re-applies an edit after a stale conflict", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1100 });
    const tenantId = await tenantWithServiceAndContact(page, "Fabrikam Status");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    const editor = page.getByRole("form", { name: "Change the status" });

    await editor.getByRole("button", { name: /Overall status/ }).click();
    await page.getByRole("option", { name: "Blocked", exact: true }).click();
    // The date is asked for while typing, before any save.
    await editor.getByText("Give the date the status took effect.").waitFor();
    await editor.getByLabel("Status date").fill("2026-11-20");
    await editor.getByRole("button", { name: "Save status" }).click();
    await editor.getByRole("status").filter({ hasText: "Saved. Overall status: Blocked since 20 Nov 2026." }).waitFor();
    expect(await headerStatus(page).innerText()).toMatch(/Blocked\s+since 20 Nov 2026/);
    // Blocked is saved without a note; the tab says an Overall Status note with the reason is expected.
    await page.getByText(/Blocked needs its reason: write an Overall Status note saying why/).waitFor();

    // Someone else changes the tenant meanwhile; the save is refused, the input is kept, and re-applying keeps both changes.
    await editor.getByRole("button", { name: /Overall status/ }).click();
    await page.getByRole("option", { name: "Paused", exact: true }).click();
    await editor.getByLabel("Status date").fill("2026-11-23");
    const current = await ok<Tenant>(page, "GET", `/api/tenants/${tenantId}`);
    await ok(page, "PATCH", `/api/tenants/${tenantId}`, { version: current.version, engagementStartDate: "2026-09-01" });
    await editor.getByRole("button", { name: "Save status" }).click();
    const conflict = editor.getByRole("alert", { name: "Changed meanwhile" });
    await conflict.waitFor();
    expect(await editor.getByLabel("Status date").inputValue()).toBe("2026-11-23");
    expect(await editor.getByRole("button", { name: /Overall status/ }).innerText()).toContain("Paused");
    await page.screenshot({ path: screenshotPath("waymark-tenant-tabs-conflict.png") });
    await conflict.getByRole("button", { name: "Re-apply my change" }).click();
    await editor.getByRole("status").filter({ hasText: "Saved. Overall status: Paused since 23 Nov 2026." }).waitFor();
    expect(await headerStatus(page).innerText()).toMatch(/Paused\s+since 23 Nov 2026/);
    const saved = await ok<Tenant & { overallStatus: string; engagementStartDate: string }>(page, "GET", `/api/tenants/${tenantId}`);
    expect([saved.overallStatus, saved.engagementStartDate]).toEqual(["paused", "2026-09-01"]);
    await page.getByText("1 Sept 2026").or(page.getByText("1 Sep 2026")).first().waitFor();
    await page.screenshot({ path: screenshotPath("waymark-tenant-tabs-status.png") });

    // The history shows only the chosen type of event, and the filter is in the URL.
    await openTenantTab(page, "History");
    const history = page.getByRole("region", { name: /^History/ });
    const list = history.getByRole("list", { name: "History, newest first" });
    await list.getByText("Service added").first().waitFor();
    await history.getByRole("button", { name: /Type/ }).click();
    await page.getByRole("option", { name: /^Tenant details changed/ }).click();
    await page.waitForURL(/h\.action=tenant\.updated/);
    await history.getByText("All 3 entries shown that match the filters.").waitFor();
    const entries = await list.locator(":scope > li strong").allInnerTexts();
    expect(entries).toEqual(["Tenant details changed", "Tenant details changed", "Tenant details changed"]);
    await page.screenshot({ path: screenshotPath("waymark-tenant-tabs-history.png") });
    await history.getByRole("button", { name: "Clear filters" }).click();
    await list.getByText("Service added").first().waitFor();
  });
});
