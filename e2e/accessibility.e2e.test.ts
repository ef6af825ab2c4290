import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, openTenantTab, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type AxeNode = { target: string[]; failureSummary?: string };
type AxeViolation = { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] };
/** A known violation in code another change is rewriting right now: the rule, the element, and why it is let through. */
type Allowance = { rule: string; target: RegExp; why: string };

/**
 * Violations handed to the people changing those files at the moment; each names the rule and only its element, so
 * any other violation there still fails.
 */
const HANDED_OVER: Allowance[] = [];

/** Waits until the screen shows data rather than a loading line, and animations (dialogs fading in) have ended. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !/\bLoading\b/.test(document.body.innerText), undefined, { timeout: 10_000 });
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
  await page.waitForTimeout(150);
}

/** Runs axe-core's WCAG 2.1 A and AA rules on the whole document and fails with every violation a developer must fix. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  await settle(page);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      nodes: nodes.map(({ target, failureSummary }) => ({ target: target.map(String), failureSummary })),
    }));
  }, WCAG_21_AA);
  const remaining = violations
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !HANDED_OVER.some((allowed) => allowed.rule === violation.id && allowed.target.test(node.target.join(" ")))),
    }))
    .filter((violation) => violation.nodes.length > 0);
  if (remaining.length > 0) await page.screenshot({ path: shot(`waymark-a11y-${screen.replace(/\W+/g, "-").toLowerCase()}.png`), fullPage: true });
  const report = remaining.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}\n` +
      violation.nodes.map((node) => `    ${node.target.join(" ")}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`).join("\n"),
  );
  expect(report, `accessibility violations on ${screen}:\n${report.join("\n")}`).toEqual([]);
}

/** Whether the focused element draws a focus indicator (an outline or a box shadow), with what it is for the message. */
async function focusIndicator(page: Page): Promise<{ element: string; visible: boolean }> {
  return page.evaluate(async () => {
    // Components that draw their ring from a focus state (data-focused) draw it on the next render.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) return { element: "body", visible: false };
    const draws = (element: Element) => {
      const style = getComputedStyle(element);
      return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || (style.boxShadow !== "none" && style.boxShadow !== "");
    };
    // A table row cannot draw a ring of its own in every browser, so a focused row may draw it on its cells instead; a
    // visually hidden native input (a styled checkbox) draws it on the label around it.
    const cells: Element[] = active instanceof HTMLTableRowElement ? [...active.cells] : [];
    const box = active.getBoundingClientRect();
    const label = box.width <= 1 || box.height <= 1 ? active.closest("label") : null;
    if (label) cells.push(label, ...label.querySelectorAll("[aria-hidden=true]"));
    const name = `${active.tagName.toLowerCase()}${active.getAttribute("role") ? `[role=${active.getAttribute("role")}]` : ""} "${(active.getAttribute("aria-label") ?? (active instanceof HTMLInputElement ? [...(active.labels ?? [])].map((label) => label.textContent).join(" ") : active.textContent) ?? "").trim().slice(0, 40)}"${active instanceof HTMLInputElement ? ` type=${active.type}` : ""}`;
    return { element: name, visible: draws(active) || (label ? cells.some(draws) : cells.length > 0 && cells.every(draws)) };
  });
}

/** Presses Tab `stops` times from the top of the page and lists every stop without a visible focus indicator. */
async function stopsWithoutFocusIndicator(page: Page, stops: number): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const missing: string[] = [];
  for (let stop = 1; stop <= stops; stop++) {
    await page.keyboard.press("Tab");
    const focus = await focusIndicator(page);
    // Past the last stop the focus leaves the page for the browser's own controls.
    if (focus.element === "body") break;
    if (!focus.visible && !missing.includes(focus.element)) missing.push(focus.element);
  }
  return missing;
}

async function expectVisibleFocus(page: Page, step: string): Promise<void> {
  const focus = await focusIndicator(page);
  expect(focus, `after ${step} the focused element ${focus.element} has no visible focus indicator`).toEqual({ element: focus.element, visible: true });
}

/** A tenant with two services whose playbooks have started, a contact, a note, the signed-in user as its primary FM. */
async function busyTenant(page: Page, name: string): Promise<{ tenantId: string; customerId: string }> {
  const tenantId = await createTenantFromPage(page, name);
  const me = await ok<{ user: { id: string } }>(page, "GET", "/api/auth/me");
  await ok(page, "POST", `/api/tenants/${tenantId}/assignments`, { userId: me.user.id, role: "fm", isPrimary: true });
  for (const service of ["onedrive", "exchange"]) {
    await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service, totalEntitlements: 500 });
    await ok(page, "POST", `/api/tenants/${tenantId}/playbook-events`, { type: "playbook.started", service });
  }
  // 30 reported days of Exchange usage, rising to 29.6 % (KPI Yellow), for the usage chart and its colours.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const items = Array.from({ length: 30 }, (_, i) => ({ service: "exchange", day: day(i - 30), activeUsers: 90 + 2 * i, entitlements: 500 }));
  await ok(page, "POST", `/api/tenants/${tenantId}/usage`, { items });
  await ok(page, "POST", `/api/tenants/${tenantId}/contacts`, { type: "customer", name: "Lena Vogt", email: "lena.vogt@fabrikam.example", country: "DE" });
  await ok(page, "POST", `/api/tenants/${tenantId}/notes`, { category: "engagement_management", body: "Kick-off call held with the customer's IT lead; OneDrive migration planned for next month." });
  const tenant = await ok<{ customerId: string }>(page, "GET", `/api/tenants/${tenantId}`);
  return { tenantId, customerId: tenant.customerId };
}

const TENANT_TABS = ["Status", "Services", "Playbook", "Notes", "Contacts", "Partners", "Assignments", "Outreach & meetings", "Usage", "Findings", "History", "Simulate"];

describe("accessibility (WCAG 2.1 A and AA, axe-core) of every screen", () => {
  const portal = useSignedInPortal();

  it("sign-in and change password", async () => {
    const signedIn = await portal.newPage();
    const browser = signedIn.context().browser();
    if (!browser) throw new Error("no browser behind the page");
    const page = await browser.newPage();
    await page.goto(`${portal.baseUrl()}/sign-in`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await expectAccessible(page, "sign-in");
    await page.getByLabel("Username").fill("nobody");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    await expectAccessible(page, "sign-in refused");
    await page.close();

    await signedIn.goto(`${portal.baseUrl()}/change-password`);
    await signedIn.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await expectAccessible(signedIn, "change password");
    await signedIn.getByLabel("New password", { exact: true }).fill("short");
    await signedIn.getByLabel("Confirm new password").fill("different");
    await signedIn.getByRole("button", { name: /^Save password/ }).click();
    await signedIn.locator("[role=alert], [aria-invalid=true]").first().waitFor();
    await expectAccessible(signedIn, "change password refused");
    await signedIn.close();
  }, 60_000);

  it("my work, portfolio (tenants and customers), notes library, data quality, people, imports", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    await busyTenant(page, "Fabrikam Accessible Lists");
    const screens: [string, string][] = [
      ["/my-work", "My work"],
      ["/portfolio?scope=all", "Portfolio"],
      ["/portfolio/customers", "Portfolio"],
      ["/notes", "Notes"],
      ["/data-quality", "Data quality"],
      ["/people", "People"],
      ["/imports", "Imports"],
    ];
    const failures: string[] = [];
    for (const [path, heading] of screens) {
      await page.goto(`${portal.baseUrl()}${path}`);
      await page.getByRole("heading", { level: 1, name: new RegExp(heading) }).first().waitFor();
      await expectAccessible(page, path).catch((error: Error) => failures.push(error.message));
    }
    expect(failures.join("\n\n")).toBe("");
    await page.close();
  }, 120_000);

  it("reports, each one in chart and table view", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    const failures: string[] = [];
    for (const report of ["hygiene", "service-status", "conversion"]) {
      for (const view of ["chart", "table"]) {
        await page.goto(`${portal.baseUrl()}/reports?report=${report}${view === "table" ? "&view=table" : ""}`);
        await page.getByRole("heading", { level: 1, name: "Reports" }).waitFor();
        await expectAccessible(page, `report ${report} (${view})`).catch((error: Error) => failures.push(error.message));
      }
    }
    expect(failures.join("\n\n")).toBe("");
    await page.close();
  }, 120_000);

  it("a tenant page with every tab, the task detail and a contact's consents dialog, the customer page and the search popup", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    const { tenantId, customerId } = await busyTenant(page, "Fabrikam Accessible Tenant");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    await page.getByRole("heading", { level: 1, name: "Fabrikam Accessible Tenant" }).waitFor();
    const failures: string[] = [];
    for (const tab of TENANT_TABS) {
      await openTenantTab(page, tab);
      await expectAccessible(page, `tenant tab ${tab}`).catch((error: Error) => failures.push(error.message));
    }

    const usage = page.getByRole("region", { name: /^Usage/ });
    await openTenantTab(page, "Usage");
    await usage.getByText(/^KPI Yellow/).first().waitFor();
    await usage.getByText("Show as table", { exact: true }).click();
    await usage.getByRole("table", { name: /^Exchange usage by day/ }).waitFor();
    await expectAccessible(page, "usage as a table").catch((error: Error) => failures.push(error.message));

    await openTenantTab(page, "Playbook");
    await page.getByRole("table", { name: "Playbook tasks" }).getByRole("button", { name: "Deliver OneDrive Business Value Deck", exact: true }).click();
    await page.getByRole("dialog").getByRole("heading", { name: /Task 3718/ }).waitFor();
    await expectAccessible(page, "task detail dialog").catch((error: Error) => failures.push(error.message));
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });

    await openTenantTab(page, "Contacts");
    await page.getByRole("button", { name: "Consents of Lena Vogt" }).click();
    await page.getByRole("dialog").waitFor();
    await expectAccessible(page, "contact consents dialog").catch((error: Error) => failures.push(error.message));
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });

    await page.keyboard.press("Control+k");
    const palette = page.getByRole("dialog", { name: "Search everywhere" });
    await palette.getByRole("textbox", { name: "Search everywhere" }).fill("Accessible");
    await palette.getByRole("option", { name: /Fabrikam Accessible/ }).first().waitFor();
    await expectAccessible(page, "search popup").catch((error: Error) => failures.push(error.message));
    await page.keyboard.press("Escape");

    await page.goto(`${portal.baseUrl()}/customers/${customerId}`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await expectAccessible(page, "customer page").catch((error: Error) => failures.push(error.message));
    await page.screenshot({ path: shot("waymark-a11y-customer.png"), fullPage: true });
    expect(failures.join("\n\n")).toBe("");
    await page.close();
  }, 180_000);

  it("forms with their errors, popovers and dialogs: note composer, contact, split, meeting, new account, portfolio filters", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    const { tenantId } = await busyTenant(page, "Fabrikam Accessible Forms");
    const failures: string[] = [];
    /** One state to check; a step that cannot even be reached is reported as well and the next goes on. */
    const check = async (screen: string, reach: () => Promise<void>) => {
      try {
        await reach();
        await expectAccessible(page, screen);
      } catch (error) {
        failures.push(`${screen}: ${(error as Error).message}`);
      }
    };

    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=notes`);
    const composer = page.getByRole("form", { name: "Write a note" });
    await check("note category list open", async () => {
      await composer.getByRole("button", { name: /Category/ }).click();
      await page.getByRole("option", { name: "Entitlement Status", exact: true }).waitFor();
    });
    await check("a poor note refused with its evidence", async () => {
      await page.getByRole("option", { name: "Entitlement Status", exact: true }).click();
      await composer.getByRole("textbox", { name: "Note" }).fill("Called them.");
      await composer.getByRole("button", { name: "Suggest", exact: true }).click();
      await composer.getByRole("status").filter({ hasText: "Rated" }).waitFor();
      await composer.getByRole("button", { name: "Save note" }).click();
      await composer.getByRole("alert").filter({ hasText: "rated poor" }).waitFor();
    });

    await openTenantTab(page, "Contacts");
    const contactDialog = page.getByRole("dialog", { name: "Add a contact" });
    await check("add contact with its field errors", async () => {
      await page.getByRole("region", { name: /^Contacts/ }).getByRole("button", { name: "Add contact…" }).click();
      await contactDialog.getByRole("textbox", { name: "Name" }).fill("Jonas Weber");
      await contactDialog.getByText("Survey eligible", { exact: true }).click();
      await contactDialog.getByRole("button", { name: "Add contact" }).click();
      await contactDialog.getByRole("alert").getByText(/not saved/).waitFor();
    });
    await page.keyboard.press("Escape");
    await contactDialog.waitFor({ state: "detached" });

    await openTenantTab(page, "Services");
    await check("services with the split editor open", async () => {
      await page.getByRole("region", { name: /^Services/ }).getByRole("button", { name: "Edit split of Exchange" }).click();
      await page.getByRole("table", { name: "L1 split of Exchange" }).waitFor();
    });

    await openTenantTab(page, "Outreach & meetings");
    const meeting = page.getByRole("dialog", { name: "Schedule a meeting" });
    await check("schedule a meeting dialog", async () => {
      await page.getByRole("button", { name: "Schedule a meeting…" }).click();
      await meeting.waitFor();
    });
    await page.keyboard.press("Escape");
    await meeting.waitFor({ state: "detached" });

    await page.goto(`${portal.baseUrl()}/people`);
    await check("new account dialog", async () => {
      await page.getByRole("button", { name: "New account…" }).click();
      await page.getByRole("dialog", { name: "New account" }).waitFor();
    });

    await page.goto(`${portal.baseUrl()}/portfolio?scope=all`);
    await page.getByRole("grid").getByRole("link").first().waitFor();
    await check("portfolio add-filter popover", async () => {
      await page.getByRole("button", { name: "+ Add filter" }).click();
      await page.getByRole("dialog", { name: "Add filter" }).waitFor();
    });
    await page.keyboard.press("Escape");
    await check("portfolio columns chooser", async () => {
      await page.getByRole("button", { name: "Columns" }).click();
      await page.getByRole("dialog").waitFor();
    });
    expect(failures.join("\n\n")).toBe("");
    await page.close();
  }, 180_000);

  it("on a narrow window, where wide tables scroll: every scrolling region can be reached from the keyboard", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 820, height: 900 });
    const { tenantId } = await busyTenant(page, "Fabrikam Accessible Narrow");
    const failures: string[] = [];
    const screens = [
      ...["services", "playbook", "notes", "contacts", "usage", "findings", "history"].map((tab) => `/tenants/${tenantId}?tab=${tab}`),
      "/my-work",
      "/portfolio?scope=all",
      "/portfolio/customers",
      "/notes",
      "/data-quality",
      "/reports?report=hygiene&view=table",
      "/reports?report=service-status&view=table",
      "/reports?report=conversion&view=table",
      "/people",
    ];
    for (const path of screens) {
      await page.goto(`${portal.baseUrl()}${path}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      if (path.includes("?tab=")) await page.getByRole("tablist", { name: "Tenant sections" }).waitFor();
      await expectAccessible(page, `${path} at 820 px`).catch((error: Error) => failures.push(error.message));
    }
    expect(failures.join("\n\n")).toBe("");
    await page.close();
  }, 180_000);

  it("keyboard only: from the portfolio to a tenant and across its tabs, always with a visible focus", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    await busyTenant(page, "Aaa Keyboard Journey");
    await page.goto(`${portal.baseUrl()}/portfolio?scope=all&q=Aaa%20Keyboard`);
    const grid = page.getByRole("grid");
    await grid.getByRole("link", { name: "Aaa Keyboard Journey" }).waitFor();

    // Tab from the top of the page: every stop shows where the focus is.
    expect(await stopsWithoutFocusIndicator(page, 25), "portfolio: focused without a visible indicator").toEqual([]);

    // j / k move through the rows; Enter opens the focused tenant.
    await page.locator("body").click({ position: { x: 2, y: 2 } });
    await page.keyboard.press("j");
    await page.waitForFunction(() => document.activeElement instanceof HTMLTableRowElement);
    await expectVisibleFocus(page, "j on the portfolio");
    await page.keyboard.press("k");
    await expectVisibleFocus(page, "k on the portfolio");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Aaa Keyboard Journey" }).waitFor();
    // The heading comes first; the tabs, which listen for `g`, once the tenant has loaded.
    await page.getByRole("tablist", { name: "Tenant sections" }).waitFor();

    // `g` and a letter open a tab and put the focus on its panel; Tab goes on into the panel.
    for (const [key, tab] of [["v", "services"], ["p", "playbook"], ["c", "contacts"], ["n", "notes"], ["h", "history"]] as const) {
      await page.keyboard.press("g");
      await page.keyboard.press(key);
      await page.waitForURL(new RegExp(`tab=${tab}`), { timeout: 3000 }).catch(async () => {
        await page.screenshot({ path: shot(`waymark-a11y-keyboard-g-${key}.png`) });
        throw new Error(`g ${key} did not open ${tab}: the page is ${page.url()}, the focus on ${(await focusIndicator(page)).element}`);
      });
      await page
        .waitForFunction(() => document.activeElement?.getAttribute("role") === "tabpanel", undefined, { timeout: 3000 })
        .catch(async () => {
          throw new Error(`after g ${key} the focus is on ${(await focusIndicator(page)).element}, not the ${tab} panel`);
        });
      await expectVisibleFocus(page, `g ${key}`);
      await page.keyboard.press("Tab");
      await expectVisibleFocus(page, `Tab into the ${tab} panel`);
      await page.locator("body").click({ position: { x: 2, y: 2 } });
    }

    // j on the playbook comes to a task row, which shows it has the focus.
    await page.keyboard.press("g");
    await page.keyboard.press("p");
    await page.getByRole("table", { name: "Playbook tasks" }).locator("tbody tr[tabindex]").first().waitFor();
    await page.locator("body").click({ position: { x: 2, y: 2 } });
    await page.keyboard.press("j");
    await page.waitForFunction(() => document.activeElement instanceof HTMLTableRowElement);
    await expectVisibleFocus(page, "j on the playbook");
    // Enter opens the task's detail; every stop inside the dialog shows the focus, and Escape closes it.
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").getByRole("heading", { name: /^Task / }).waitFor();
    await settle(page);
    expect(await stopsWithoutFocusIndicator(page, 15), "task detail: focused without a visible indicator").toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.screenshot({ path: shot("waymark-a11y-keyboard.png") });

    // Every stop of the busiest screens shows the focus too.
    const missing: string[] = [];
    for (const tab of ["status", "services", "playbook", "notes", "contacts", "partners", "assignments", "outreach", "usage", "findings", "history", "simulate"]) {
      await page.goto(`${page.url().replace(/\?.*/, "")}?tab=${tab}`);
      await page.getByRole("tablist", { name: "Tenant sections" }).waitFor();
      await settle(page);
      missing.push(...(await stopsWithoutFocusIndicator(page, 45)).map((element) => `tenant ${tab}: ${element}`));
    }
    for (const path of ["/my-work", "/portfolio/customers", "/notes", "/data-quality", "/reports", "/reports?view=table", "/people", "/imports"]) {
      await page.goto(`${portal.baseUrl()}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await settle(page);
      missing.push(...(await stopsWithoutFocusIndicator(page, 30)).map((element) => `${path}: ${element}`));
    }
    await page.goto(`${portal.baseUrl()}/portfolio/customers?q=Aaa%20Keyboard`);
    await page.getByRole("link", { name: "Aaa Keyboard Journey" }).first().waitFor();
    await page.locator("body").click({ position: { x: 2, y: 2 } });
    await page.keyboard.press("j");
    await expectVisibleFocus(page, "j on the customers");
    expect(missing, "focused without a visible indicator").toEqual([]);
    await page.close();
  }, 120_000);
});
