import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, screenshotPath as shot, useSignedInPortal } from "./harness.ts";
import { signInAndReplacePassword } from "./sign-in.ts";

const TENANT = "Harbourline Assign Tenant";
const CUSTOMER = "Quayside Assign Customer";
const ENGINEER = "Edda Engineer";
const MANAGER = "Mara Manager";

type Created = { user: { id: string }; oneTimePassword: string };

const createUser = (page: Page, username: string, displayName: string, roles: string[]) =>
  ok<Created>(page, "POST", "/api/users", { username, displayName, roles });

const grid = (page: Page) => page.getByRole("grid", { name: "Tenants" });
const tenantRow = (page: Page, name: string) => grid(page).getByRole("row").filter({ has: page.getByRole("link", { name }) });
const customerRow = (page: Page, name: string) => page.getByRole("table", { name: "Customers" }).getByRole("row", { name: new RegExp(name) });
/** The focused element's name; after a dialog closes, the dialog hands focus back a frame later, so callers poll it. */
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.tagName ?? "");

/** Picks a person, a role and primary in the dialog's form, and adds the assignment. */
async function assign(page: Page, dialog: Locator, person: string, role: string) {
  const form = dialog.getByRole("form", { name: "Assign someone" });
  await form.getByRole("combobox", { name: "Person" }).fill(person.split(" ")[0] ?? person);
  await page.getByRole("option", { name: new RegExp(person) }).click();
  await form.getByRole("button", { name: /Role/ }).click();
  await page.getByRole("option", { name: role }).click();
  await form.getByText(/^Primary \(replaces/).click();
  await form.getByRole("button", { name: "Add assignment" }).click();
}

describe("assignments from the Portfolio's action column", () => {
  const portal = useSignedInPortal();

  it("lets an administrator open a tenant row's assignments from the keyboard, add an engineer and see the row updated", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await createUser(page, "edda.fe", ENGINEER, ["fasttrack_engineer"]);
    const tenantId = await createTenantFromPage(page, TENANT);

    await page.goto(`${portal.baseUrl()}/portfolio?scope=all&q=${encodeURIComponent(TENANT)}&cols=name,primary_fe,fms,seats`);
    const row = tenantRow(page, TENANT);
    await row.waitFor();
    const feColumn = (await grid(page).getByRole("columnheader").allTextContents()).findIndex((text) => text.startsWith("Primary FE"));
    expect(feColumn).toBeGreaterThan(0);
    expect(((await row.getByRole("gridcell").nth(feColumn).textContent()) ?? "").trim()).toBe("");

    // j focuses the row, Tab reaches its assignment button (named, not only an icon), Enter opens the dialog.
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("j");
    await page.keyboard.press("Tab");
    expect(await focusedLabel(page)).toBe(`Assignments of ${TENANT}`);
    await page.getByRole("tooltip").filter({ hasText: `Assignments of ${TENANT}` }).waitFor();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: `Assignments of ${TENANT}` });
    await dialog.waitFor();
    await dialog.getByText(`Nobody is assigned to this tenant yet.`).waitFor();

    // Nobody chosen: the form says what is missing, in place.
    await dialog.getByRole("button", { name: "Add assignment" }).click();
    await dialog.getByText(/^Choose the person to assign/).waitFor();

    await assign(page, dialog, ENGINEER, "FE · FastTrack Engineer (Onboarding)");
    await dialog.getByRole("status").getByText(new RegExp(`${ENGINEER} was assigned as primary FastTrack Engineer`)).waitFor();
    const listed = dialog.getByRole("table", { name: `Current assignments of ${TENANT}` }).getByRole("row").filter({ hasText: ENGINEER });
    await listed.getByRole("cell", { name: "Primary", exact: true }).waitFor();
    expect(await listed.getByRole("rowheader").innerText()).toBe("FastTrack Engineer");
    await page.screenshot({ path: shot("portfolio-assign-tenant-dialog.png") });

    // Focus stays in the dialog; Escape closes it and puts focus back on the button.
    for (let step = 0; step < 12; step += 1) await page.keyboard.press("Tab");
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => focusedLabel(page), { timeout: 5000 }).toBe(`Assignments of ${TENANT}`);

    // The row shows the new primary FE.
    await expect.poll(async () => ((await row.getByRole("gridcell").nth(feColumn).textContent()) ?? "").trim()).toBe(ENGINEER);
    await page.screenshot({ path: shot("portfolio-assign-tenant-row.png") });

    // A opens the focused row's assignments too; Enter on the row still opens the tenant.
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("row");
    await page.keyboard.press("a");
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => focusedLabel(page), { timeout: 5000 }).toBe(`Assignments of ${TENANT}`);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === `/tenants/${tenantId}`);
    await page.close();
  });

  it("lists a customer row's TPID-level assignments and adds a primary FM at customer level", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await createUser(page, "mara.fm", MANAGER, ["fasttrack_manager"]);
    await createTenantFromPage(page, CUSTOMER);

    await page.goto(`${portal.baseUrl()}/portfolio/customers?scope=all&q=${encodeURIComponent(CUSTOMER)}`);
    const row = customerRow(page, CUSTOMER);
    await row.waitFor();
    await row.getByRole("button", { name: `Assignments of ${CUSTOMER}` }).click();
    const dialog = page.getByRole("dialog", { name: `Assignments of ${CUSTOMER}` });
    await dialog.getByText("Nobody is assigned at customer level yet.").waitFor();
    // A customer has no services: the assignment is for the whole customer.
    expect(await dialog.getByRole("button", { name: /Applies to/ }).count()).toBe(0);

    await assign(page, dialog, MANAGER, "FM · FastTrack Manager (Onboarding)");
    await dialog.getByRole("status").getByText(new RegExp(`${MANAGER} was assigned as primary FastTrack Manager`)).waitFor();
    const listed = dialog.getByRole("table", { name: `Current assignments of ${CUSTOMER}` }).getByRole("row").filter({ hasText: MANAGER });
    await listed.getByText("Whole customer (TPID)").waitFor();
    await listed.getByRole("cell", { name: "Primary", exact: true }).waitFor();
    // The customer row behind the dialog (hidden from the accessibility tree while it is open) shows the new primary FM.
    await expect.poll(() => row.locator("td").last().innerText()).toBe(MANAGER);
    await page.screenshot({ path: shot("portfolio-assign-customer-dialog.png") });

    // The server's refusal shows in place: the same person again is a conflict.
    await assign(page, dialog, MANAGER, "FM · FastTrack Manager (Onboarding)");
    await dialog.getByRole("alert").first().waitFor();
    await page.screenshot({ path: shot("portfolio-assign-customer-refused.png") });

    // Removing asks first; the row goes and focus stays in the dialog, so Escape still closes it.
    await listed.getByRole("button", { name: new RegExp(`^Remove ${MANAGER}`) }).click();
    await listed.getByRole("button", { name: "Yes, remove" }).click();
    await listed.waitFor({ state: "detached" });
    await dialog.getByText("Nobody is assigned at customer level yet.").waitFor();
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => focusedLabel(page), { timeout: 5000 }).toBe(`Assignments of ${CUSTOMER}`);
    await page.close();
  });

  it("shows a reader who may not assign the assignments and no form", async () => {
    const admin = await portal.newPage();
    const reader = await createUser(admin, "sam.slt", "Sam Leader", ["senior_leadership"]);
    const readOnlyTenant = "Readonly Assign Tenant";
    const tenantId = await createTenantFromPage(admin, readOnlyTenant);
    const { user: me } = await ok<{ user: { id: string } }>(admin, "GET", "/api/auth/me");
    await ok(admin, "POST", `/api/tenants/${tenantId}/assignments`, { userId: me.id, role: "fm", isPrimary: true });
    const browser = admin.context().browser();
    await admin.close();
    if (!browser) throw new Error("no browser");

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signInAndReplacePassword(page, portal.baseUrl(), "sam.slt", reader.oneTimePassword);
    await page.goto(`${portal.baseUrl()}/portfolio?scope=all&q=${encodeURIComponent(readOnlyTenant)}`);
    const row = tenantRow(page, readOnlyTenant);
    await row.waitFor();
    await row.getByRole("button", { name: `Assignments of ${readOnlyTenant}` }).click();
    const dialog = page.getByRole("dialog", { name: `Assignments of ${readOnlyTenant}` });
    await dialog.getByRole("table", { name: `Current assignments of ${readOnlyTenant}` }).getByRole("row").filter({ hasText: "FastTrack Manager" }).waitFor();
    await dialog.getByText("You may read these assignments but not change them.").waitFor();
    expect(await dialog.getByRole("form").count()).toBe(0);
    expect(await dialog.getByRole("button", { name: /^Remove|Add assignment/ }).count()).toBe(0);
    await page.screenshot({ path: shot("portfolio-assign-read-only.png") });
    await page.keyboard.press("Escape");

    // The same on a customer row.
    await page.goto(`${portal.baseUrl()}/portfolio/customers?scope=all&q=${encodeURIComponent(readOnlyTenant)}`);
    const customer = customerRow(page, readOnlyTenant);
    await customer.getByRole("button", { name: `Assignments of ${readOnlyTenant}` }).click();
    const customerDialog = page.getByRole("dialog", { name: `Assignments of ${readOnlyTenant}` });
    await customerDialog.getByText("You may read these assignments but not change them.").waitFor();
    expect(await customerDialog.getByRole("form").count()).toBe(0);
    await context.close();
  });
});
