import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { okFromPage as ok, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const TPID = 97_000_000 + Math.floor(Math.random() * 900_000);
const CUSTOMER = "Northwind Harbour Group";

type Seeded = { customerId: string; winnerId: string; winnerName: string; labsId: string; labsGuid: string };

/** A customer with two tenants (the first the winner, the second Blocked) and a contact on each. */
async function seed(page: Page): Promise<Seeded> {
  const customer = await ok<{ id: string; version: number }>(page, "POST", "/api/customers", { tpid: TPID, name: CUSTOMER, region: "emea" });
  const tenant = async (name: string, tenantGuid: string) =>
    ok<{ id: string; version: number }>(page, "POST", "/api/tenants", {
      customerId: customer.id, tenantGuid, name, priority: "high", segment: "smc", seats: 800, country: "DE", timeZone: "Europe/Berlin", region: "emea",
    });
  const winner = await tenant("Northwind Harbour HQ", randomUUID());
  const labsGuid = randomUUID();
  const labs = await tenant("Northwind Harbour Labs", labsGuid);
  await ok(page, "PATCH", `/api/customers/${customer.id}`, { version: customer.version, winnerTenantId: winner.id });
  await ok(page, "PATCH", `/api/tenants/${labs.id}`, { version: labs.version, overallStatus: "blocked", overallStatusDate: "2026-11-20" });
  await ok(page, "POST", `/api/tenants/${winner.id}/contacts`, { type: "microsoft", name: "Priya Anand", email: "priya.anand@northwind-harbour.example", role: "CSM" });
  await ok(page, "POST", `/api/tenants/${labs.id}/contacts`, { type: "microsoft", name: "Lars Lab", email: "lars@labs.example", role: "ATS" });
  return { customerId: customer.id, winnerId: winner.id, winnerName: "Northwind Harbour HQ", labsId: labs.id, labsGuid };
}

async function openPalette(page: Page) {
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Search everywhere" });
  await dialog.waitFor();
  return dialog;
}

async function typeAndWaitFor(page: Page, text: string, option: string | RegExp) {
  const dialog = page.getByRole("dialog", { name: "Search everywhere" });
  await dialog.getByRole("textbox", { name: "Search everywhere" }).fill(text);
  await dialog.getByRole("option", { name: option }).first().waitFor();
  return dialog;
}

describe("search everywhere and the customer view", () => {
  const portal = useSignedInPortal();

  it("opens a tenant, a customer by TPID, a contact by e-mail, and shows the customer's winner and health", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    const seeded = await seed(page);
    await page.goto(`${portal.baseUrl()}/my-work`);
    await page.getByRole("heading", { level: 1, name: "My work" }).waitFor();

    // Part of a tenant name: the palette groups the hits; Enter opens the first.
    let dialog = await openPalette(page);
    await typeAndWaitFor(page, "harbour hq", /Northwind Harbour HQ/);
    expect(await dialog.getByText("Tenants", { exact: false }).first().isVisible()).toBe(true);
    await page.screenshot({ path: shot("search-palette.png") });
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: seeded.winnerName }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/tenants/${seeded.winnerId}`);

    // A full tenant GUID jumps straight to that tenant.
    dialog = await openPalette(page);
    await typeAndWaitFor(page, seeded.labsGuid, /Northwind Harbour Labs/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Northwind Harbour Labs" }).waitFor();

    // Esc closes the palette and leaves the page as it was.
    dialog = await openPalette(page);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });

    // Nothing found says so.
    dialog = await openPalette(page);
    await dialog.getByRole("textbox", { name: "Search everywhere" }).fill("zzqx-nothing");
    await dialog.getByText(/No results for “zzqx-nothing”/).waitFor();
    await page.keyboard.press("Escape");

    // A contact's e-mail opens the tenant it belongs to on its Contacts tab.
    await openPalette(page);
    await typeAndWaitFor(page, "priya.anand@", /Priya Anand/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: seeded.winnerName }).waitFor();
    expect(new URL(page.url()).search).toContain("tab=contacts");

    // A TPID lands on the customer, whose page shows the winner and the health in words.
    await openPalette(page);
    await typeAndWaitFor(page, String(TPID), new RegExp(CUSTOMER));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: CUSTOMER }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/customers/${seeded.customerId}`);

    const tenants = page.getByRole("region", { name: /^Tenants/ });
    const winnerRow = tenants.getByRole("row").filter({ hasText: seeded.winnerName });
    expect(await winnerRow.getByText("Winner", { exact: true }).isVisible()).toBe(true);
    expect(await tenants.getByRole("row").filter({ hasText: "Northwind Harbour Labs" }).getByText("Winner", { exact: true }).count()).toBe(0);
    await page.screenshot({ path: shot("customer-view.png"), fullPage: true });
    const health = page.getByRole("region", { name: /^Health/ });
    expect(await health.getByText(/^▲ At risk$/).isVisible()).toBe(true);
    expect(await health.textContent()).toContain("Northwind Harbour Labs: overall status is Blocked.");
    const contacts = page.getByRole("region", { name: /^Contacts/ });
    expect(await contacts.textContent()).toContain("Priya Anand");

    // The tenant name in the table opens the tenant.
    await tenants.getByRole("link", { name: "Northwind Harbour Labs" }).click();
    await page.getByRole("heading", { level: 1, name: "Northwind Harbour Labs" }).waitFor();
  });
});
