import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const PREFIX = "Probe Portfolio";
const TENANTS = 30;
/** Last by name, so far below the first screenful until searched for. */
const HIDDEN = "Zzz Quiet Lighthouse";

/** 30 tenants named "Probe Portfolio 01".."30" with 100..3,000 seats; the signed-in user is the primary FM of the first 10. */
async function seedProbeTenants(page: Page): Promise<void> {
  const me = await ok<{ user: { id: string } }>(page, "GET", "/api/auth/me");
  const tpid = 97_000_000 + Math.floor(Math.random() * 900_000);
  for (let index = 1; index <= TENANTS; index++) {
    const name = `${PREFIX} ${String(index).padStart(2, "0")}`;
    const customer = await ok<{ id: string }>(page, "POST", "/api/customers", { tpid: tpid + index, name, region: "emea" });
    const tenant = await ok<{ id: string }>(page, "POST", "/api/tenants", {
      customerId: customer.id,
      tenantGuid: randomUUID(),
      name,
      priority: index % 3 === 0 ? "high" : index % 3 === 1 ? "medium" : "low",
      segment: "smc",
      seats: index * 100,
      country: "DE",
      timeZone: "Europe/Berlin",
      region: "emea",
      managed: true,
    });
    if (index <= 10) await ok(page, "POST", `/api/tenants/${tenant.id}/assignments`, { userId: me.user.id, role: "fm", isPrimary: true });
  }
  await createTenantFromPage(page, HIDDEN);
}

/** The total from the polite count ("1,234 tenants" or "12 of 100 tenants"). */
async function shownTotal(page: Page): Promise<number> {
  const text = (await page.getByRole("status").filter({ hasText: / tenants?$/ }).first().textContent()) ?? "";
  return Number(text.replace(/ of .*/, "").replace(/[^\d]/g, ""));
}

async function waitForTotal(page: Page, check: (total: number) => boolean, what: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const total = await shownTotal(page).catch(() => NaN);
    if (check(total)) return total;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the count is ${total}`);
    await page.waitForTimeout(100);
  }
}

async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  // A select's button is named by its value and then its label ("All Priority").
  await page.getByRole("button", { name: new RegExp(`${label}$`) }).first().click();
  await page.getByRole("option", { name: option }).first().click();
}

const dataRows = (grid: Locator) => grid.getByRole("row").filter({ has: grid.page().getByRole("link") });

async function columnTexts(grid: Locator, column: number): Promise<string[]> {
  const texts: string[] = [];
  for (const row of await dataRows(grid).all()) texts.push(((await row.getByRole("gridcell").nth(column).textContent()) ?? "").trim());
  return texts;
}

const seatsOf = (text: string) => Number(text.replace(/[^\d]/g, ""));

describe("portfolio", () => {
  const portal = useSignedInPortal();

  it("switches scope, filters, sorts, searches, changes display, saves a view and exports what it shows", async () => {
    const page = await portal.newPage();
    await seedProbeTenants(page);

    // Tenants from the old address land on the portfolio with their search.
    await page.goto(`${portal.baseUrl()}/tenants?q=Probe`);
    await page.waitForURL((url) => url.pathname === "/portfolio" && url.searchParams.get("q") === "Probe");
    const grid = page.getByRole("grid", { name: "Tenants" });
    await dataRows(grid).first().waitFor();
    expect(await waitForTotal(page, (total) => total === 10, "my 10 active probe tenants")).toBe(10);
    expect(await grid.getAttribute("aria-rowcount")).toBe("11");

    await choose(page, "Scope", /^All\b/);
    await page.waitForURL((url) => url.searchParams.get("scope") === "all");
    expect(await waitForTotal(page, (total) => total === TENANTS, "every probe tenant")).toBe(TENANTS);

    // Seats ≥ 2,500 leaves 25..30.
    await page.getByRole("button", { name: "+ Add filter" }).click();
    await choose(page, "Column", "Seats");
    await page.getByRole("textbox", { name: "Value" }).fill("2500");
    await page.getByRole("button", { name: "Apply filter" }).click();
    await page.waitForURL((url) => url.searchParams.get("filter") === "seats:gte:2500");
    expect(await waitForTotal(page, (total) => total === 6, "the seats filter")).toBe(6);
    // Out of every tenant in the scope, whatever the search and filters.
    await page.getByRole("status").filter({ hasText: /^6 of \d+ tenants$/ }).waitFor();
    await page.getByRole("group", { name: "Filters" }).getByText("Seats ≥ 2,500").waitFor();
    const seatsColumn = (await grid.getByRole("columnheader").allTextContents()).findIndex((text) => text.startsWith("Seats"));
    expect(seatsColumn).toBeGreaterThan(0);
    expect((await columnTexts(grid, seatsColumn)).every((text) => seatsOf(text) >= 2500)).toBe(true);

    // Sorting by seats, then reversing it.
    await grid.getByRole("columnheader", { name: /^Seats/ }).getByRole("button").click();
    await page.waitForURL((url) => url.searchParams.get("sort") === "seats");
    expect(await grid.getByRole("columnheader", { name: /^Seats/ }).getAttribute("aria-sort")).toBe("ascending");
    await expect.poll(async () => (await columnTexts(grid, seatsColumn)).map(seatsOf)).toEqual([2500, 2600, 2700, 2800, 2900, 3000]);
    await grid.getByRole("columnheader", { name: /^Seats/ }).getByRole("button").click();
    await page.waitForURL((url) => url.searchParams.get("sort") === "-seats");
    await expect.poll(async () => seatsOf((await columnTexts(grid, seatsColumn))[0] ?? "")).toBe(3000);
    await page.screenshot({ path: shot("portfolio-filtered.png") });

    // Clear filters: every tenant again, sorted by name; the last one is far below the window until searched for.
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.goto(`${portal.baseUrl()}/portfolio?scope=all&sort=name`);
    await dataRows(grid).first().waitFor();
    const everyone = await waitForTotal(page, (total) => total > TENANTS, "all tenants, the seeded ones too");
    expect(await grid.getByRole("link", { name: HIDDEN }).count()).toBe(0);
    await page.keyboard.press("/");
    await page.keyboard.type("Quiet Lighthouse");
    await page.waitForURL((url) => url.searchParams.get("q") === "Quiet Lighthouse");
    await grid.getByRole("link", { name: HIDDEN }).waitFor();
    expect(await shownTotal(page)).toBe(1);
    expect(everyone).toBeGreaterThan(1);

    // A display changes the columns.
    await page.goto(`${portal.baseUrl()}/portfolio?scope=all`);
    await dataRows(grid).first().waitFor();
    await choose(page, "Display", "Assignments");
    await page.waitForURL((url) => url.searchParams.get("display") === "assignments");
    await grid.getByRole("columnheader", { name: "FastTrack Managers" }).waitFor();
    expect(await grid.getByRole("columnheader", { name: /^Seats/ }).count()).toBe(0);

    // Save the view, leave, reload and reopen it from the picker: the URL carries the state back.
    await page.goto(`${portal.baseUrl()}/portfolio?scope=all&q=Probe&filter=seats:gte:2500&sort=-seats`);
    await waitForTotal(page, (total) => total === 6, "the saved filter");
    await page.getByRole("button", { name: "Save view…" }).click();
    await page.getByRole("textbox", { name: "Name" }).fill("Big probes");
    await page.getByRole("button", { name: "Save view", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("view") !== null);
    await page.goto(`${portal.baseUrl()}/portfolio?scope=all`);
    await page.reload();
    await dataRows(grid).first().waitFor();
    await choose(page, "View", /Big probes/);
    await page.waitForURL((url) => url.searchParams.get("filter") === "seats:gte:2500" && url.searchParams.get("sort") === "-seats");
    expect(await waitForTotal(page, (total) => total === 6, "the reopened view")).toBe(6);
    expect(await page.getByText("Changed").count()).toBe(0);
    await choose(page, "Priority", /^High/);
    await page.getByText("Changed").waitFor();
    await page.getByRole("button", { name: "Reset" }).click();
    await page.waitForURL((url) => url.searchParams.get("priority") === null);
    await page.screenshot({ path: shot("portfolio-view.png") });

    // Export: the file has the shown columns' labels and one row per tenant counted.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const file = await (await download).path();
    const csv = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
    const lines = csv.trim().split(/\r?\n/);
    // The CSV has the grid's columns, not its action column.
    const headers = (await grid.getByRole("columnheader").allTextContents()).filter((text) => text !== "Actions");
    expect(lines[0]?.split(",")[0]?.replace(/"/g, "")).toBe("Tenant");
    expect(lines[0]?.split(",")).toHaveLength(headers.length);
    expect(lines).toHaveLength(7);
    await page.getByRole("status").filter({ hasText: "Exported 6 rows." }).waitFor();

    // My default view opens when the portfolio is opened with nothing in the URL.
    await page.getByRole("button", { name: "More for view Big probes" }).click();
    await page.getByRole("menuitem", { name: "Open this view by default" }).click();
    await expect.poll(async () => (await ok<{ items: { name: string; isDefault: boolean }[] }>(page, "GET", "/api/portfolio/views")).items.find((view) => view.name === "Big probes")?.isDefault).toBe(true);
    await page.goto(`${portal.baseUrl()}/portfolio`);
    await page.waitForURL((url) => url.searchParams.get("filter") === "seats:gte:2500");

    // One tab stop: j moves down a row, Enter opens it.
    await dataRows(grid).first().waitFor();
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    const focused = grid.locator("tbody tr:focus");
    expect(await focused.getAttribute("aria-rowindex")).toBe("3");
    const name = (await focused.getByRole("link").textContent()) ?? "";
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name }).waitFor();

    await page.close();
  }, 120_000);

  it("fetches further pages as the window moves, and explains an empty result", async () => {
    const page = await portal.newPage();
    // Enough tenants for a second page of 100.
    await page.evaluate(async (count) => {
      const headers = { "Content-Type": "application/json", "X-Requested-With": "waymark" };
      const post = async (path: string, body: unknown) => (await (await fetch(path, { method: "POST", headers, body: JSON.stringify(body) })).json()) as { id: string };
      const base = 98_000_000 + Math.floor(Math.random() * 900_000);
      for (let start = 0; start < count; start += 10) {
        await Promise.all(
          Array.from({ length: 10 }, async (_, offset) => {
            const index = start + offset;
            const name = `Bulk Tenant ${String(index).padStart(3, "0")}`;
            const customer = await post("/api/customers", { tpid: base + index, name, region: "apj" });
            await post("/api/tenants", {
              customerId: customer.id, tenantGuid: crypto.randomUUID(), name, priority: "low", segment: "smc", seats: 10 + index,
              country: "JP", timeZone: "Asia/Tokyo", region: "apj", managed: true,
            });
          }),
        );
      }
    }, 120);
    await page.goto(`${portal.baseUrl()}/portfolio?scope=all&sort=-name`);
    const grid = page.getByRole("grid", { name: "Tenants" });
    await dataRows(grid).first().waitFor();
    const total = await shownTotal(page);
    expect(total).toBeGreaterThan(150);
    expect(await grid.getByRole("row").count()).toBeLessThan(60);

    // End moves the focus to the last row: it is rendered, with its data from the last page, and announced as the last.
    await page.keyboard.press("j");
    await page.keyboard.press("End");
    const focused = grid.locator("tbody tr:focus");
    await expect.poll(async () => focused.getAttribute("aria-rowindex")).toBe(String(total + 1));
    await focused.getByRole("link").waitFor();
    await page.screenshot({ path: shot("portfolio-end.png") });

    await choose(page, "Scope", /^My Tenants/);
    await page.getByRole("searchbox", { name: "Search" }).fill("nothing is called this");
    await page.getByText("No tenants match this view").waitFor();
    await page.getByRole("list", { name: "Active filters" }).getByText("Search: “nothing is called this”").waitFor();
    await page.screenshot({ path: shot("portfolio-empty.png") });
    await page.getByRole("button", { name: "Clear filters" }).first().click();
    await page.waitForURL((url) => url.searchParams.get("q") === null);

    // Columns: hiding one writes the remaining columns, in order, to the URL.
    await page.getByRole("button", { name: "Columns" }).click();
    await page.getByRole("checkbox", { name: "TPID" }).click({ force: true });
    await page.waitForURL((url) => url.searchParams.get("cols") === "name,priority,overall_status,next_action_date,primary_rm,primary_fm,assignment_option,seats");
    await page.getByRole("button", { name: "Move Seats earlier" }).click();
    await page.waitForURL((url) => url.searchParams.get("cols")?.endsWith("seats,assignment_option") === true);
    await page.screenshot({ path: shot("portfolio-columns.png") });
    await page.keyboard.press("Escape");
    expect(await grid.getByRole("columnheader", { name: "TPID" }).count()).toBe(0);

    await page.getByRole("button", { name: "+ Add filter" }).click();
    await choose(page, "Column", "Created Date");
    await page.screenshot({ path: shot("portfolio-add-filter.png") });
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: /Scope$/ }).click();
    await page.screenshot({ path: shot("portfolio-scopes.png") });
    await page.close();
  }, 120_000);
});
