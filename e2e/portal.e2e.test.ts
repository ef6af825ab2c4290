import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Locator } from "playwright-core";
import { launchBrowser, openTenantTab, screenshotPath as shot, startPortal } from "./harness.ts";
import { E2E_PASSWORD, signInAndReplacePassword } from "./sign-in.ts";

type Portal = Awaited<ReturnType<typeof startPortal>>;

/** Reads the count of tenants listed out of the portfolio's "1,234 tenants" or "12 of 1,234 tenants". */
async function totalOf(summary: Locator): Promise<number> {
  const text = (await summary.textContent()) ?? "";
  const match = /^([\d,]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no total in "${text}"`);
  return Number(match[1].replaceAll(",", ""));
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("portal journey", () => {
  let portal: Portal | undefined;
  let browser: Browser | undefined;
  let tenantUrl = "";
  let tenantName = "";

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it("signs in, replaces the one-time password, narrows the tenants by search and opens one", async () => {
    if (!portal || !browser) throw new Error("the portal or the browser did not start");
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);

    await signInAndReplacePassword(page, portal.baseUrl, portal.adminUsername, portal.adminPassword);
    // The administrator is assigned to no tenant: the portfolio's "All" scope lists the demo organisation's.
    await page.goto(`${portal.baseUrl}/portfolio?scope=all`);
    const grid = page.getByRole("grid", { name: "Tenants" });
    const bodyRows = grid.getByRole("row").filter({ has: page.getByRole("link") });
    await bodyRows.first().waitFor();
    const summary = page.getByRole("status").filter({ hasText: / tenants?$/ });
    const total = await totalOf(summary);
    expect(total).toBeGreaterThan(0);
    expect(await bodyRows.count()).toBeGreaterThan(0);

    const name = (await bodyRows.first().getByRole("link").textContent())?.trim() ?? "";
    expect(name).not.toBe("");
    await page.getByRole("searchbox", { name: "Search" }).fill(name);
    await page.waitForURL((url) => url.searchParams.get("q") === name);
    await waitFor(async () => (await totalOf(summary)) < total, "the search to narrow the list");
    for (const row of await bodyRows.all()) {
      expect((await row.textContent())?.toLowerCase()).toContain(name.toLowerCase());
    }
    await page.screenshot({ path: shot("waymark-portal-search.png"), fullPage: true });

    await grid.getByRole("link", { name, exact: true }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    tenantUrl = page.url();
    tenantName = name;
    await openTenantTab(page, "Services");
    const services = page.getByRole("table", { name: /^Services/ });
    await services.getByRole("row").nth(1).waitFor();
    // The split reads as text, e.g. "300 In Progress · 5 Blocked", and its bar has the same numbers as its name.
    const splitText = services.getByText(/^\d[\d,]* [A-Z][\w/ ]+( · \d[\d,]* [A-Z][\w/ ]+)*$/);
    await splitText.first().waitFor();
    expect(await services.getByRole("img", { name: /^L1 split: \d/ }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: shot("waymark-portal-tenant.png"), fullPage: true });

    await page.close();
  }, 60_000);

  it("sends a signed-out reader of a tenant link to sign-in and back to the tenant; an ended session says so", async () => {
    if (!portal || !browser) throw new Error("the portal or the browser did not start");
    if (!tenantUrl) throw new Error("the first journey opened no tenant");
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const ended = page.getByText("Your session has ended");

    await page.goto(tenantUrl);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    // Never signed in: nothing ended, whatever the tenant page's early requests answered.
    expect(await ended.count()).toBe(0);
    await page.getByLabel("Username").fill(portal.adminUsername);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: tenantName }).waitFor();
    expect(page.url()).toBe(tenantUrl);

    await context.clearCookies();
    await page.getByRole("link", { name: "Portfolio" }).first().click();
    await ended.waitFor();
    await page.screenshot({ path: shot("waymark-portal-session-ended.png"), fullPage: true });
    await context.close();
  }, 60_000);
});
