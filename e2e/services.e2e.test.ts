import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, screenshotPath as shot, useSignedInPortal } from "./harness.ts";
import { signInAndReplacePassword } from "./sign-in.ts";

type Service = { id: string; version: number };

const NOTE = "Blocked by a legal requirement: the works council must approve cloud mail storage, which stops 5 mailboxes from moving. Customer intends to move once approved.";

/** A tenant with Exchange: 305 entitlements, all in Status Unknown as a new service starts, CSS-led. */
async function tenantWithExchange(page: Page, name: string): Promise<{ tenantId: string; service: Service }> {
  const tenantId = await createTenantFromPage(page, name);
  const service = await ok<Service>(page, "POST", `/api/tenants/${tenantId}/services`, { service: "exchange", totalEntitlements: 305, engagementScenario: "ftc_css_led" });
  return { tenantId, service };
}

async function currentService(page: Page, tenantId: string, serviceId: string): Promise<Service> {
  const tenant = await ok<{ services: Service[] }>(page, "GET", `/api/tenants/${tenantId}`);
  const service = tenant.services.find((candidate) => candidate.id === serviceId);
  if (!service) throw new Error("the service is gone");
  return service;
}

describe("the Services tab of the tenant page", () => {
  const portal = useSignedInPortal();

  it("edits the L1 split: the live meter and the server refuse a split that does not add up; a fixed one saves and redraws the bar; a stale edit reloads keeping what was typed", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1440, height: 1200 });
    const { tenantId, service } = await tenantWithExchange(page, "Northwind Services");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=services`);

    const services = page.getByRole("region", { name: /^Services/ });
    const row = services.getByRole("row", { name: /^Exchange/ });
    await row.getByText("DIBS missing: Target Date, Intent, Business Reason, Success Owner Role").waitFor();
    await row.getByText("Not decided").waitFor();
    await row.getByRole("img", { name: "L1 split: 305 Status Unknown (100%)" }).waitFor();

    const toggle = services.getByRole("button", { name: "Edit split of Exchange" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const editor = services.getByRole("table", { name: "L1 split of Exchange" });
    const meter = services.getByRole("status").filter({ hasText: /^Allocated/ });
    await meter.getByText("Allocated 305 / 305 entitlements, all assigned").waitFor();

    await services.getByRole("button", { name: "Add L1 row" }).click();
    await editor.getByRole("combobox", { name: "L1 status of row 2" }).selectOption("in_progress");
    await editor.getByRole("combobox", { name: "L2 reason of row 2 (In Progress)" }).selectOption("migration");
    await editor.getByRole("combobox", { name: "L3 reason of row 2 (In Progress)" }).selectOption("migration_by_partner");
    await editor.getByRole("textbox", { name: "Entitlements of row 2 (In Progress)" }).fill("200");
    await meter.getByText("Allocated 505 / 305 entitlements, 200 over-allocated").waitFor();
    await editor.getByRole("textbox", { name: "Entitlements of row 1 (Status Unknown)" }).fill("100");
    await meter.getByText("Allocated 300 / 305 entitlements, 5 unassigned").waitFor();
    await editor.getByRole("textbox", { name: "Target date of row 2 (In Progress)" }).fill("2027-03-15");

    // Save may be pressed; the server refuses and its message shows in place.
    await services.getByRole("button", { name: "Save split" }).click();
    await services.getByRole("alert").getByText(/Allocated 300 of 305 entitlements: 5 unassigned\./).waitFor();
    await services.screenshot({ path: shot("waymark-services-split-refused.png") });

    await editor.getByRole("textbox", { name: "Entitlements of row 1 (Status Unknown)" }).fill("105");
    await meter.getByText("Allocated 305 / 305 entitlements, all assigned").waitFor();
    await services.getByRole("button", { name: "Save split" }).click();
    await services.getByText("Saved the Exchange split: 200 In Progress · 105 Status Unknown.").waitFor();
    expect(await services.getByRole("alert").count()).toBe(0);
    await row.getByRole("img", { name: "L1 split: 200 In Progress (66%), 105 Status Unknown (34%)" }).waitFor();
    // In Progress entitlements with a target date give the DIBS its Target Date and Intent.
    await row.getByText("DIBS missing: Business Reason, Success Owner Role").waitFor();
    await services.screenshot({ path: shot("waymark-services-split-saved.png") });

    // Someone else changes the service meanwhile: the save is refused as stale, what was typed stays.
    const before = await currentService(page, tenantId, service.id);
    await ok(page, "PATCH", `/api/services/${service.id}`, { version: before.version, nextActionDate: "2027-01-10" });
    await editor.getByRole("textbox", { name: "Entitlements of row 2 (In Progress)" }).fill("250");
    await editor.getByRole("textbox", { name: "Entitlements of row 1 (Status Unknown)" }).fill("55");
    await services.getByRole("button", { name: "Save split" }).click();
    const conflict = services.getByRole("alert").filter({ hasText: "Someone changed this split since you opened it." });
    await conflict.waitFor();
    expect(await editor.getByRole("textbox", { name: "Entitlements of row 2 (In Progress)" }).inputValue()).toBe("250");
    await services.screenshot({ path: shot("waymark-services-split-conflict.png") });
    await conflict.getByRole("button", { name: "Reload and re-apply" }).click();
    await services.getByText(/^Reloaded\. The saved split is now: 200 In Progress · 105 Status Unknown/).waitFor();
    expect(await editor.getByRole("textbox", { name: "Entitlements of row 2 (In Progress)" }).inputValue()).toBe("250");
    await services.getByRole("button", { name: "Save split" }).click();
    await services.getByText("Saved the Exchange split: 250 In Progress · 55 Status Unknown.").waitFor();
    await row.getByRole("img", { name: "L1 split: 250 In Progress (82%), 55 Status Unknown (18%)" }).waitFor();

    // A Blocked row's note rated poor is refused with what it lacks; "Save anyway" with a reason keeps it.
    await editor.getByRole("combobox", { name: "L1 status of row 1" }).selectOption("blocked");
    await editor.getByRole("combobox", { name: "L2 reason of row 1 (Blocked)" }).selectOption("legal_regulatory");
    await editor.getByRole("combobox", { name: "L3 reason of row 1 (Blocked)" }).selectOption({ index: 1 });
    await editor.getByRole("textbox", { name: "Note of row 1 (Blocked)" }).fill("Waiting.");
    await services.getByRole("button", { name: "Save split" }).click();
    await services.getByRole("alert").getByText(/rated poor, so it cannot be added/).waitFor();
    await editor.getByText(/^Missing reason:/).first().waitFor();
    await services.screenshot({ path: shot("waymark-services-note-refused.png") });
    await services.getByRole("textbox", { name: /Why save the note as it is/ }).fill("Customer legal team will send the details next week");
    await services.getByRole("button", { name: "Save anyway" }).click();
    await services.getByText("Saved the Exchange split: 250 In Progress · 55 Blocked.").waitFor();
    await row.getByText("Waiting.").waitFor();

    // Delivery: an FTP-led engagement owes only Target Date and Intent, which the In Progress row already gives.
    const delivery = services.getByRole("form", { name: "Delivery of Exchange" });
    await delivery.getByRole("combobox", { name: "Engagement scenario" }).selectOption("ftc_ftp_led");
    await delivery.getByLabel("Engagement start date").fill("2026-11-02");
    await delivery.getByRole("button", { name: "Save delivery" }).click();
    await delivery.getByText("Saved the Exchange delivery.").waitFor();
    await row.getByText("FTC-FTP Led").waitFor();
    await row.getByText("DIBS complete").waitFor();
    await services.screenshot({ path: shot("waymark-services-delivery.png") });

    // Data migration: the scenarios must cover exactly the In Progress count.
    const migration = services.getByRole("form", { name: "Data migration of Exchange" });
    await migration.getByRole("combobox", { name: "Microsoft performing the migration?" }).selectOption("yes");
    await migration.getByRole("button", { name: "Add migration scenario" }).click();
    await migration.getByRole("textbox", { name: "Scenario 1 entitlements" }).fill("200");
    await migration.getByText("Scenarios cover 200 / 250 In Progress entitlements, 50 left").waitFor();
    await migration.getByRole("button", { name: "Save data migration" }).click();
    await migration.getByRole("alert").getByText(/add up to 200 entitlements but Exchange has 250 In Progress/).first().waitFor();
    await migration.getByRole("textbox", { name: "Scenario 1 entitlements" }).fill("250");
    await migration.getByRole("button", { name: "Save data migration" }).click();
    await migration.getByText("Saved the Exchange data migration.").waitFor();
    await row.getByText("Microsoft migrating: 1 scenario, 250 of 250 In Progress").waitFor();
    await services.screenshot({ path: shot("waymark-services-migration.png") });
    await page.close();
  });

  it("shows a reader who may not change the tenant the split rows as text, with no inputs", async () => {
    const admin = await portal.newPage();
    const { tenantId, service } = await tenantWithExchange(admin, "Northwind Read Only");
    await ok(admin, "PUT", `/api/services/${service.id}/split`, {
      version: service.version,
      rows: [
        { l1: "in_progress", entitlements: 300, l2: "technical_onboarding", targetDate: "2027-04-30" },
        { l1: "blocked", entitlements: 5, l2: "legal_regulatory", l3: await firstL3(admin, "legal_regulatory"), notes: NOTE },
      ],
    });
    const password = (await ok<{ oneTimePassword: string }>(admin, "POST", "/api/users", { username: "slt.services", displayName: "Sam Services", roles: ["senior_leadership"] }))
      .oneTimePassword;
    const browser = admin.context().browser();
    await admin.close();
    if (!browser) throw new Error("no browser");
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signInAndReplacePassword(page, portal.baseUrl(), "slt.services", password);
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=services`);

    const services = page.getByRole("region", { name: /^Services/ });
    await services.getByText("Read-only: you can read the L1 splits here but not change them.").waitFor();
    expect(await services.getByRole("button", { name: /Edit split/ }).count()).toBe(0);
    await services.getByRole("button", { name: "Split details of Exchange" }).click();
    const rows = services.getByRole("table", { name: "L1 split of Exchange" });
    await rows.getByRole("row", { name: /^Blocked 5 Legal\/Regulatory/ }).getByText(NOTE).waitFor();
    expect(await services.getByRole("textbox").count()).toBe(0);
    expect(await services.getByRole("combobox").count()).toBe(0);
    expect(await services.getByRole("button", { name: /Save|Add L1 row|Remove/ }).count()).toBe(0);
    await services.screenshot({ path: shot("waymark-services-read-only.png") });
    await context.close();
  });
});

async function firstL3(page: Page, l2: string): Promise<string> {
  const catalogs = await ok<{ l3Reasons: { code: string; l2: string }[] }>(page, "GET", "/api/catalogs");
  const entry = catalogs.l3Reasons.find((candidate) => candidate.l2 === l2);
  if (!entry) throw new Error(`no L3 for ${l2}`);
  return entry.code;
}
