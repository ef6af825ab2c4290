import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, openTenantTab, screenshotPath, useSignedInPortal } from "./harness.ts";

type Tenant = { id: string; version: number; overallStatus: string | null; overallStatusDate: string | null };

/** The drafts this tab keeps (sessionStorage keys), so a test can see one is gone, not only hidden. */
const keptDrafts = (page: Page) => page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith("waymark.draft:")));

describe("drafts: nothing typed is lost on a reload or an error", () => {
  const portal = useSignedInPortal();

  it("brings the status editor's input back after a reload and through a 409, and forgets it once saved", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    const tenantId = await createTenantFromPage(page, "Fabrikam Drafts");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    const editor = page.getByRole("form", { name: "Change the status" });

    await editor.getByRole("button", { name: /Overall status/ }).click();
    await page.getByRole("option", { name: "Paused", exact: true }).click();
    await editor.getByLabel("Status date").fill("2026-11-23");
    await page.reload();
    await editor.getByText("Restored what you were typing.").waitFor();
    expect(await editor.getByLabel("Status date").inputValue()).toBe("2026-11-23");
    expect(await editor.getByRole("button", { name: /Overall status/ }).innerText()).toContain("Paused");
    await page.screenshot({ path: screenshotPath("waymark-drafts-status-restored.png") });

    // Someone else changes the tenant: the save is refused with a 409, and the input survives another reload.
    const current = await ok<Tenant>(page, "GET", `/api/tenants/${tenantId}`);
    await ok(page, "PATCH", `/api/tenants/${tenantId}`, { version: current.version, engagementStartDate: "2026-09-01" });
    await editor.getByRole("button", { name: "Save status" }).click();
    await editor.getByRole("alert", { name: "Changed meanwhile" }).waitFor();
    await page.reload();
    await editor.getByText("Restored what you were typing.").waitFor();
    expect(await editor.getByLabel("Status date").inputValue()).toBe("2026-11-23");

    // Saved: the draft is gone, and a reload shows the tenant as saved without the note.
    await editor.getByRole("button", { name: "Save status" }).click();
    await editor.getByRole("status").filter({ hasText: "Saved. Overall status: Paused since 23 Nov 2026." }).waitFor();
    expect(await keptDrafts(page)).toEqual([]);
    await page.reload();
    await editor.getByRole("button", { name: "Save status" }).waitFor();
    expect(await editor.getByText("Restored what you were typing.").count()).toBe(0);
    const saved = await ok<Tenant & { engagementStartDate: string }>(page, "GET", `/api/tenants/${tenantId}`);
    expect([saved.overallStatus, saved.overallStatusDate, saved.engagementStartDate]).toEqual(["paused", "2026-11-23", "2026-09-01"]);
  });

  it("keeps a contact dialog's input through a refused save and a reload, says so on its button, and forgets it once added", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1300 });
    const tenantId = await createTenantFromPage(page, "Fabrikam Contact Drafts");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=contacts`);
    await openTenantTab(page, "Contacts");
    const contacts = page.getByRole("region", { name: /^Contacts/ });

    await contacts.getByRole("button", { name: "Add contact…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a contact" });
    await dialog.getByRole("textbox", { name: "Name" }).fill("Jonas Weber");
    await dialog.getByRole("textbox", { name: "E-mail" }).fill("jonas.weber@fabrikam.example");
    // The server refuses this save (422): the input stays, in the dialog and in the tab.
    await page.route(`**/api/tenants/${tenantId}/contacts`, (route) =>
      route.request().method() === "POST"
        ? route.fulfill({
            status: 422,
            contentType: "application/problem+json",
            body: JSON.stringify({ type: "about:blank", title: "Validation failed", status: 422, detail: "The contact is not valid.", errors: [{ path: "/body/email", message: "This e-mail address is already used by another contact." }] }),
          })
        : route.fallback(),
    );
    await dialog.getByRole("button", { name: "Add contact" }).click();
    await dialog.getByText("This e-mail address is already used by another contact.").waitFor();
    await page.unrouteAll();

    await page.reload();
    await contacts.getByRole("button", { name: "Add contact… (draft)" }).click();
    await dialog.getByText("Restored what you were typing.").waitFor();
    expect(await dialog.getByRole("textbox", { name: "Name" }).inputValue()).toBe("Jonas Weber");
    expect(await dialog.getByRole("textbox", { name: "E-mail" }).inputValue()).toBe("jonas.weber@fabrikam.example");
    await dialog.screenshot({ path: screenshotPath("waymark-drafts-contact-restored.png") });

    await dialog.getByRole("button", { name: "Add contact" }).click();
    await contacts.getByText("Jonas Weber").first().waitFor();
    expect(await keptDrafts(page)).toEqual([]);
    await page.reload();
    await contacts.getByRole("button", { name: "Add contact…", exact: true }).click();
    expect(await dialog.getByRole("textbox", { name: "Name" }).inputValue()).toBe("");
    expect(await dialog.getByText("Restored what you were typing.").count()).toBe(0);

    // An explicit Cancel forgets what was typed too.
    await dialog.getByRole("textbox", { name: "Name" }).fill("Mia Schulz");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await contacts.getByRole("button", { name: "Add contact…", exact: true }).waitFor();
    expect(await keptDrafts(page)).toEqual([]);
  });

  it("brings the L1 split and the data migration back after a reload, opening their panel, and forgets each once saved", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1440, height: 1300 });
    const tenantId = await createTenantFromPage(page, "Fabrikam Split Drafts");
    await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service: "exchange", totalEntitlements: 305, engagementScenario: "ftc_css_led" });
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=services`);
    const services = page.getByRole("region", { name: /^Services/ });
    const editor = services.getByRole("table", { name: "L1 split of Exchange" });
    const count = (row: string) => editor.getByRole("textbox", { name: `Entitlements of row ${row}` });

    await services.getByRole("button", { name: "Edit split of Exchange", exact: true }).click();
    await services.getByRole("button", { name: "Add L1 row" }).click();
    await editor.getByRole("combobox", { name: "L1 status of row 2" }).selectOption("in_progress");
    await editor.getByRole("combobox", { name: "L2 reason of row 2 (In Progress)" }).selectOption("technical_onboarding");
    await count("2 (In Progress)").fill("200");
    await count("1 (Status Unknown)").fill("105");
    await editor.getByRole("textbox", { name: "Target date of row 2 (In Progress)" }).fill("2027-03-15");
    await page.reload();

    // The panel opens by itself and says what it brought back; its opener says a draft waits.
    const toggle = services.getByRole("button", { name: "Edit split of Exchange (draft)" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await services.getByText("Restored what you were typing.").waitFor();
    expect(await count("1 (Status Unknown)").inputValue()).toBe("105");
    expect(await count("2 (In Progress)").inputValue()).toBe("200");
    expect(await editor.getByRole("textbox", { name: "Target date of row 2 (In Progress)" }).inputValue()).toBe("2027-03-15");
    expect(await editor.getByRole("combobox", { name: "L2 reason of row 2 (In Progress)" }).inputValue()).toBe("technical_onboarding");
    await services.getByText("Allocated 305 / 305 entitlements, all assigned").waitFor();
    await services.screenshot({ path: screenshotPath("waymark-drafts-split-restored.png") });

    await services.getByRole("button", { name: "Save split" }).click();
    await services.getByText("Saved the Exchange split: 200 In Progress · 105 Status Unknown.").waitFor();
    expect(await keptDrafts(page)).toEqual([]);
    await page.reload();
    const closed = services.getByRole("button", { name: "Edit split of Exchange", exact: true });
    expect(await closed.getAttribute("aria-expanded")).toBe("false");

    // The data migration the same way: typed, reloaded, restored, saved and forgotten.
    await closed.click();
    const migration = services.getByRole("form", { name: "Data migration of Exchange" });
    await migration.getByRole("combobox", { name: "Microsoft performing the migration?" }).selectOption("yes");
    await migration.getByLabel("Migration start").fill("2027-01-04");
    await migration.getByRole("button", { name: "Add migration scenario" }).click();
    await migration.getByRole("textbox", { name: "Scenario 1 entitlements" }).fill("200");
    await page.reload();
    await migration.getByText("Restored what you were typing.").waitFor();
    expect(await services.getByText("Restored what you were typing.").count()).toBe(1);
    expect(await migration.getByRole("combobox", { name: "Microsoft performing the migration?" }).inputValue()).toBe("yes");
    expect(await migration.getByLabel("Migration start").inputValue()).toBe("2027-01-04");
    expect(await migration.getByRole("textbox", { name: "Scenario 1 entitlements" }).inputValue()).toBe("200");
    await migration.getByText("Scenarios cover 200 / 200 In Progress entitlements, all covered").waitFor();
    await migration.screenshot({ path: screenshotPath("waymark-drafts-migration-restored.png") });

    await migration.getByRole("button", { name: "Save data migration" }).click();
    await migration.getByText("Saved the Exchange data migration.").waitFor();
    expect(await keptDrafts(page)).toEqual([]);
    await page.reload();
    expect(await services.getByRole("button", { name: "Edit split of Exchange", exact: true }).getAttribute("aria-expanded")).toBe("false");
    await services.getByRole("row", { name: /^Exchange/ }).getByText("Microsoft migrating: 1 scenario, 200 of 200 In Progress").waitFor();
  });

  it("says on a person's menu that a reassignment of their work waits, and brings its reason back", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await ok(page, "POST", "/api/users", { username: "dana.drafts", displayName: "Dana Drafts", roles: ["fasttrack_manager"] });
    await page.goto(`${portal.baseUrl()}/people`);
    await page.getByRole("searchbox", { name: "Search people" }).fill("dana.drafts");
    await page.getByRole("status").getByText(/^Showing 1–1 of 1$/).waitFor();
    const actions = page.getByRole("table", { name: "People" }).getByRole("button", { name: "Actions for Dana Drafts" });

    await actions.click();
    await page.getByRole("menuitem", { name: "Reassign their work…", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Reassign Dana Drafts's work" });
    await dialog.getByRole("textbox", { name: "Reason" }).fill("Dana moves to the enterprise team in December");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("searchbox", { name: "Search people" }).fill("dana.drafts");
    await page.getByRole("status").getByText(/^Showing 1–1 of 1$/).waitFor();
    await actions.click();
    await page.getByRole("menuitem", { name: "Reassign their work… (draft)" }).click();
    await dialog.getByText("Restored what you were typing.").waitFor();
    expect(await dialog.getByRole("textbox", { name: "Reason" }).inputValue()).toBe("Dana moves to the enterprise team in December");
    await dialog.screenshot({ path: screenshotPath("waymark-drafts-reassign-restored.png") });
    await page.keyboard.press("Escape");

    // A new account typed and left with Escape waits behind its button; Cancel forgets it.
    await page.getByRole("button", { name: "New account…", exact: true }).click();
    const create = page.getByRole("dialog", { name: "New account" });
    await create.getByRole("textbox", { name: "Username" }).fill("erin.drafts");
    await create.getByRole("textbox", { name: "Display name" }).fill("Erin Drafts");
    await page.keyboard.press("Escape");
    await create.waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("button", { name: "New account… (draft)" }).click();
    await create.getByText("Restored what you were typing.").waitFor();
    expect(await create.getByRole("textbox", { name: "Display name" }).inputValue()).toBe("Erin Drafts");
    await create.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "New account…", exact: true }).waitFor();
    expect((await keptDrafts(page)).filter((key) => key.endsWith(":new-account"))).toEqual([]);
  });

  it("brings a note being written back after a reload, and forgets it once saved", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1200 });
    const tenantId = await createTenantFromPage(page, "Fabrikam Note Drafts");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=notes`);
    await openTenantTab(page, "Notes");
    const notes = page.getByRole("region", { name: /^Notes/ });
    const composer = notes.getByRole("form", { name: "Write a note" });
    const text = "Kick-off call held with the customer's IT lead; the OneDrive pilot starts with 40 users next Monday.";
    await composer.getByRole("textbox", { name: "Note" }).fill(text);
    // The editor still asks before the page goes with unsaved text (a closed tab keeps nothing); the reload goes ahead.
    page.on("dialog", (dialog) => void dialog.accept());
    await page.reload();
    await notes.getByText("Restored what you were typing.").waitFor();
    expect(await composer.getByRole("textbox", { name: "Note" }).inputValue()).toBe(text);
    await notes.screenshot({ path: screenshotPath("waymark-drafts-note-restored.png") });

    await composer.getByRole("button", { name: "Save note" }).click();
    await notes.getByRole("list", { name: "Notes" }).getByText(text).waitFor();
    expect(await keptDrafts(page)).toEqual([]);
    await page.reload();
    await composer.getByRole("textbox", { name: "Note" }).waitFor();
    expect(await composer.getByRole("textbox", { name: "Note" }).inputValue()).toBe("");
    expect(await notes.getByText("Restored what you were typing.").count()).toBe(0);
  });

  it("keeps a BVD outcome closed with Escape for later, and lets Discard drop it", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1100 });
    const tenantId = await createTenantFromPage(page, "Fabrikam BVD Drafts");
    await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service: "onedrive", totalEntitlements: 300 });
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=playbook`);
    await openTenantTab(page, "Playbook");

    await page.getByRole("button", { name: "Record BVD outcome…", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Record BVD outcome" });
    await dialog.getByText("Declined", { exact: true }).click();
    await dialog.getByRole("textbox", { name: "Reason" }).fill("Waiting for the new tenant-to-tenant migration");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("button", { name: "Record BVD outcome… (draft)" }).click();
    await dialog.getByText("Restored what you were typing.").waitFor();
    expect(await dialog.getByRole("textbox", { name: "Reason" }).inputValue()).toBe("Waiting for the new tenant-to-tenant migration");
    await dialog.screenshot({ path: screenshotPath("waymark-drafts-bvd-restored.png") });

    await dialog.getByRole("button", { name: "Discard" }).click();
    expect(await dialog.getByText("Restored what you were typing.").count()).toBe(0);
    expect(await dialog.getByRole("textbox", { name: "Reason" }).count()).toBe(0);
    expect(await keptDrafts(page)).toEqual([]);
  });
});
