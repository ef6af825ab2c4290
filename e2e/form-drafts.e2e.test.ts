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
