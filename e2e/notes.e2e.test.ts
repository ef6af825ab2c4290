import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openTenantTab, postFromPage as post, useSignedInPortal } from "./harness.ts";

const POOR = "Customer has no intent.";
const GREAT =
  "Customer does not intend to onboard workload due to an ongoing acquisition of another company that must be handled before any onboarding activities can occur.";
const EDITED = `${GREAT} The acquisition is expected to close in March.`;
const MEANWHILE = `${GREAT} Confirmed again by the customer's CIO.`;
const DRAFT = "Waiting for the partner's migration plan before the kick-off #Compete";

/** Where the screenshots for a person to look at go. */
const shot = (name: string) => join(process.env.E2E_SCREENSHOT_DIR ?? tmpdir(), name);

/** A demo tenant with at least one service, found through the API. */
async function tenantWithServices(page: Page): Promise<string> {
  const id = await page.evaluate(async () => {
    const list = (await (await fetch("/api/tenants?limit=20")).json()) as { items: { id: string }[] };
    for (const { id } of list.items) {
      const tenant = (await (await fetch(`/api/tenants/${id}`)).json()) as { services: unknown[] };
      if (tenant.services.length > 0) return id;
    }
    return null;
  });
  if (!id) throw new Error("no demo tenant has a service");
  return id;
}

describe("notes on the tenant page", () => {
  const portal = useSignedInPortal();

  it("rates an Entitlement Status note, refuses a poor one, saves a great one, edits it through a conflict and keeps a draft", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 2400 });
    const tenantId = await tenantWithServices(page);
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    await openTenantTab(page, "Notes");

    const notes = page.getByRole("region", { name: /^Notes/ });
    await notes.getByText("No notes on this tenant yet.", { exact: true }).waitFor();
    const composer = notes.getByRole("form", { name: "Write a note" });
    await composer.getByRole("button", { name: /Category/ }).click();
    await page.getByRole("option", { name: "Entitlement Status", exact: true }).click();
    const body = composer.getByRole("textbox", { name: "Note" });

    // A poor note: Suggest says so with its evidence, and the server refuses it in place; the text stays.
    await body.fill(POOR);
    await composer.getByRole("button", { name: "Suggest", exact: true }).click();
    const rating = composer.getByRole("status").filter({ hasText: "Rated" });
    await rating.getByText("Poor", { exact: true }).waitFor();
    expect(await composer.getByRole("list", { name: "Evidence" }).getByRole("listitem").count()).toBeGreaterThan(0);
    await composer.getByRole("list", { name: "Evidence" }).getByText(/^Missing /).first().waitFor();
    await composer.getByRole("button", { name: "Save note" }).click();
    const refusal = composer.getByRole("alert").filter({ hasText: "rated poor" });
    await refusal.waitFor();
    await refusal.getByRole("list", { name: "Why it is rated poor" }).getByText(/^Missing reason: /).waitFor();
    expect(await refusal.innerText()).not.toContain("qualityOverride");
    await refusal.getByRole("button", { name: "Save anyway…" }).waitFor();
    expect(await body.inputValue()).toBe(POOR);

    // "Save anyway" asks for a reason of at least 10 characters before resending.
    await refusal.getByRole("button", { name: "Save anyway…" }).click();
    await refusal.getByRole("textbox", { name: "Why save it as it is?" }).fill("short");
    await refusal.getByRole("button", { name: "Save anyway", exact: true }).click();
    await refusal.getByText(/at least 10 characters why/).waitFor();
    await notes.screenshot({ path: shot("waymark-notes-refused.png") });
    await refusal.getByRole("textbox", { name: "Why save it as it is?" }).fill("The customer would not say why on the call");
    await refusal.getByRole("button", { name: "Save anyway", exact: true }).click();
    await notes.getByRole("status").getByText(`Note saved: Entitlement Status, “${POOR}”.`).waitFor();
    const list = notes.getByRole("list", { name: "Notes" });
    await list.getByText(POOR, { exact: true }).waitFor();
    expect(await body.inputValue()).toBe("");

    // Improved to the guide's great example: the live check rates it without pressing Suggest; saved by keyboard.
    await body.fill(GREAT);
    await rating.getByText("Great", { exact: true }).waitFor();
    expect(await composer.locator("dl").filter({ hasText: "Suggested" }).locator("dd").first().innerText()).toMatch(/^No Intent/);
    await body.focus();
    await page.keyboard.press("Control+Enter");
    await notes.getByRole("status").getByText(/^Note saved: Entitlement Status, “Customer does not intend/).waitFor();
    expect(await body.inputValue()).toBe("");
    await list.getByText(GREAT, { exact: true }).waitFor();

    // Edit it; someone else edits the same version meanwhile: the conflict shows their text and keeps mine.
    const noteId = await page.evaluate(async (id) => ((await (await fetch(`/api/tenants/${id}/notes`)).json()) as { items: { id: string }[] }).items[0]?.id, tenantId);
    await list.getByRole("listitem").filter({ hasText: GREAT }).getByRole("button", { name: "Edit", exact: true }).click();
    const editor = notes.getByRole("form", { name: /^Edit note: Entitlement Status/ });
    const editBody = editor.getByRole("textbox", { name: "Note" });
    await editBody.fill(EDITED);
    await editor.getByRole("textbox", { name: "Next action (optional)" }).fill("Check back once the acquisition closes");
    await editor.getByText("500 characters", { exact: false }).waitFor();
    await editor.getByText("38/500 characters").waitFor();
    await editor.getByLabel("Next action date").fill("2027-03-31");
    await editor.getByText("Escalated", { exact: true }).click();
    const other = { category: "entitlement_status", services: [], body: MEANWHILE };
    expect(await post(page, `/api/notes/${noteId}/versions`, other)).toBe(201);
    await editor.getByRole("button", { name: "Save new version" }).click();
    const conflict = editor.getByRole("alert").filter({ hasText: "Edited meanwhile." });
    await conflict.getByText(MEANWHILE, { exact: true }).waitFor();
    expect(await editBody.inputValue()).toBe(EDITED);
    await conflict.getByRole("button", { name: "Reload and re-apply my edit" }).click();
    await conflict.waitFor({ state: "detached" });
    await editor.getByRole("button", { name: "Save new version" }).click();
    await notes.getByRole("status").getByText(/^Edit saved as a new version/).waitFor();

    // The list shows the latest version with its next action and escalation as text; its history has all three.
    const edited = list.getByRole("listitem").filter({ hasText: EDITED });
    await edited.getByText(/^⚑ Escalated$/).waitFor();
    await edited.getByText(/^Next action due 31 Mar 2027: Check back once the acquisition closes$/).waitFor();
    await edited.getByRole("button", { name: /^History/ }).press("Enter");
    const versions = edited.getByRole("list", { name: /^Versions of the Entitlement Status note/ }).getByRole("listitem");
    await versions.nth(2).waitFor();
    expect(await versions.count()).toBe(3);
    expect(await versions.nth(0).innerText()).toContain(GREAT);
    expect(await versions.nth(1).innerText()).toContain(MEANWHILE);
    expect(await versions.nth(2).innerText()).toMatch(/^Version 3 \(current\)/);

    // A draft: saved, listed, restored into the editor and published from there.
    await composer.getByRole("button", { name: /Category/ }).click();
    await page.getByRole("option", { name: "Engagement Management", exact: true }).click();
    await body.fill(DRAFT);
    await composer.getByRole("button", { name: "Save as draft" }).click();
    await notes.getByRole("status").getByText(/^Draft saved:/).waitFor();
    expect(await body.inputValue()).toBe("");
    const drafts = notes.getByRole("list", { name: "My drafts on this tenant" });
    await drafts.getByText(`Engagement Management: ${DRAFT}`).waitFor();
    await notes.getByText("1 of 10 drafts kept.").waitFor();
    await drafts.getByRole("button", { name: /^Restore draft/ }).click();
    const restored = notes.getByRole("form", { name: "Write a note (restored draft)" });
    expect(await restored.getByRole("textbox", { name: "Note" }).inputValue()).toBe(DRAFT);
    await notes.screenshot({ path: shot("waymark-notes.png") });
    await restored.getByRole("button", { name: "Save note" }).click();
    await notes.getByRole("status").getByText(/its draft was removed\.$/).waitFor();
    await list.getByRole("listitem").filter({ hasText: DRAFT }).getByText("#Compete", { exact: true }).waitFor();
    await notes.getByText("No drafts on this tenant.", { exact: false }).waitFor();

    // At the limit of ten drafts (kept through the API), the editor says so and saving another waits until one goes.
    for (let index = 0; index < 10; index += 1) {
      expect(await post(page, `/api/tenants/${tenantId}/drafts`, { category: "environment", body: `Kept draft ${index}` })).toBe(201);
    }
    await page.reload();
    await notes.getByText("You keep 10 of 10 drafts, the most one person may: publish or delete one to save another.").waitFor();
    await composer.getByRole("alert").getByText(/^You keep 10 drafts, the most one person may \(10\)/).waitFor();
    expect(await composer.getByRole("button", { name: "Save as draft" }).isDisabled()).toBe(true);
    await drafts.getByRole("button", { name: "Delete draft “Kept draft 9”" }).click();
    await notes.getByRole("status").getByText("Draft deleted: “Kept draft 9”.").waitFor();
    expect(await composer.getByRole("button", { name: "Save as draft" }).isEnabled()).toBe(true);

    // Filters go to the server: escalated only leaves the edited note.
    await notes.getByRole("button", { name: /Escalation/ }).click();
    await page.getByRole("option", { name: "Escalated", exact: true }).click();
    await list.getByRole("listitem").filter({ hasText: DRAFT }).waitFor({ state: "detached" });
    expect(await list.getByRole("listitem").filter({ has: page.getByRole("heading") }).count()).toBe(1);

    await page.close();
  }, 90_000);
});
