import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { okFromPage as ok, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const TPID = 95_000_000 + Math.floor(Math.random() * 900_000);

/** Two customers where I am primary FM on a tenant (one of them Blocked), and one that is not mine. */
async function seed(page: Page) {
  const { user: me } = await ok<{ user: { id: string } }>(page, "GET", "/api/auth/me");
  const customer = async (name: string, tpid: number) => ok<{ id: string; version: number }>(page, "POST", "/api/customers", { tpid, name, region: "emea" });
  const tenant = async (customerId: string, name: string) =>
    ok<{ id: string; version: number }>(page, "POST", "/api/tenants", {
      customerId, tenantGuid: randomUUID(), name, priority: "high", segment: "smc", seats: 800, country: "DE", timeZone: "Europe/Berlin", region: "emea",
    });
  const larkspur = await customer("Larkspur Mills", TPID + 1);
  const larkspurHq = await tenant(larkspur.id, "Larkspur Mills HQ");
  const larkspurLabs = await tenant(larkspur.id, "Larkspur Mills Labs");
  await ok(page, "PATCH", `/api/customers/${larkspur.id}`, { version: larkspur.version, winnerTenantId: larkspurHq.id });
  await ok(page, "PATCH", `/api/tenants/${larkspurLabs.id}`, { version: larkspurLabs.version, overallStatus: "blocked", overallStatusDate: "2026-11-20" });
  await ok(page, "POST", `/api/tenants/${larkspurHq.id}/assignments`, { userId: me.id, role: "fm", isPrimary: true });

  const brightwater = await customer("Brightwater Foods", TPID + 2);
  const brightwaterOne = await tenant(brightwater.id, "Brightwater One");
  await ok(page, "POST", `/api/tenants/${brightwaterOne.id}/assignments`, { userId: me.id, role: "fm", isPrimary: true });

  const quillon = await customer("Quillon Tools", TPID + 3);
  await tenant(quillon.id, "Quillon Tools EU");
  return { quillonId: quillon.id };
}

const row = (page: Page, name: string) => page.getByRole("table", { name: "Customers" }).getByRole("row", { name: new RegExp(name) });

describe("the Portfolio's Customers view", () => {
  const portal = useSignedInPortal();

  it("lists my primary customers, then all of them, finds one by TPID and opens it from the keyboard", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const { quillonId } = await seed(page);

    await page.goto(`${portal.baseUrl()}/portfolio`);
    const views = page.getByRole("navigation", { name: "Portfolio view" });
    await views.waitFor();
    expect(await views.getByRole("link", { name: "Tenants" }).getAttribute("aria-current")).toBe("page");
    await page.screenshot({ path: shot("portfolio-customers-switch-on-tenants.png") });
    await views.getByRole("link", { name: "Customers" }).click();
    await page.waitForURL((url) => url.pathname === "/portfolio/customers");
    await row(page, "Larkspur Mills").waitFor();
    expect(await page.getByRole("table", { name: "Customers" }).locator("tbody tr").count()).toBe(2);
    expect(await row(page, "Quillon Tools").count()).toBe(0);
    // Visible tenants, Blocked, winner and primary FM in the row.
    const larkspurCells = await row(page, "Larkspur Mills").locator("td").allInnerTexts();
    // The first cell holds the row's assignments button (an icon with a name, no text).
    expect(larkspurCells).toEqual(["", "Larkspur Mills", String(TPID + 1), "EMEA", "2", "⚠ 1", "Larkspur Mills HQ", expect.any(String)]);
    expect(larkspurCells[7]).not.toBe("none");
    expect(await views.getByRole("link", { name: "Customers" }).getAttribute("aria-current")).toBe("page");
    expect(await views.getByRole("link", { name: "Tenants" }).getAttribute("aria-current")).toBeNull();
    await page.screenshot({ path: shot("portfolio-customers-primary.png") });

    // All customers (the administrator reads every tenant): the demo organisation's customers and mine.
    await page.getByRole("button", { name: /Scope/ }).click();
    await page.getByRole("option", { name: /All Customers/ }).click();
    await page.waitForURL((url) => url.searchParams.get("scope") === "all");
    await row(page, "Quillon Tools").waitFor();
    expect(await row(page, "Larkspur Mills").count()).toBe(1);

    // Search by TPID; the URL keeps scope and search.
    await page.getByRole("searchbox", { name: "Search" }).fill(String(TPID + 3));
    await page.waitForURL((url) => url.searchParams.get("q") === String(TPID + 3));
    await row(page, "Quillon Tools").waitFor();
    // The URL changes first; the rows follow once the search has answered.
    await expect.poll(() => page.getByRole("table", { name: "Customers" }).locator("tbody tr").count(), { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: shot("portfolio-customers-all-search.png") });

    // Sort by TPID from the header: the URL holds it.
    await page.getByRole("button", { name: "TPID" }).click();
    await page.waitForURL((url) => url.searchParams.get("sort") === "tpid");

    // j focuses the first row, Enter opens the customer.
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("j");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === `/customers/${quillonId}`);
    await page.getByRole("heading", { level: 1, name: /Quillon Tools/ }).waitFor();
    await page.screenshot({ path: shot("portfolio-customers-opened.png") });

    // Back: the view comes back as it was.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/portfolio/customers" && url.searchParams.get("scope") === "all");
    await row(page, "Quillon Tools").waitFor();
  });
});
