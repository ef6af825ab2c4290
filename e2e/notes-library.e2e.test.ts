import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const NAME = "Lamna Healthcare";
const ESCALATED = "Zephyrine rollout blocked: the customer is evaluating a competitor #Compete";
const PLAIN = "Governance call moved to Thursdays; nothing else changed.";
const DRAFT = "Half-written summary of the Zephyrine pilot";

describe("the notes library", () => {
  const portal = useSignedInPortal();

  it("lists a note of an assigned tenant, filters the escalated ones, finds it by a word and by hashtag, and shows my drafts", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1400 });
    const me = await ok<{ user: { id: string } }>(page, "GET", "/api/auth/me");
    const tenantId = await createTenantFromPage(page, NAME);
    await ok(page, "POST", `/api/tenants/${tenantId}/assignments`, { userId: me.user.id, role: "fm", isPrimary: true });
    await ok(page, "POST", `/api/tenants/${tenantId}/notes`, { category: "engagement_management", body: PLAIN });
    await ok(page, "POST", `/api/tenants/${tenantId}/notes`, {
      category: "engagement_management", body: ESCALATED, escalated: true, nextAction: "Send the competitive comparison", nextActionDate: "2030-01-15", nextActionOwnerId: me.user.id,
    });
    await ok(page, "POST", `/api/tenants/${tenantId}/drafts`, { category: "environment", body: DRAFT });

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notes" }).click();
    await page.getByRole("heading", { level: 1, name: "Notes" }).waitFor();
    const latest = page.getByRole("list", { name: "Latest notes" });
    const note = latest.getByRole("listitem").filter({ hasText: ESCALATED });
    await note.waitFor();
    expect(await note.getByRole("link", { name: NAME }).count()).toBe(1);
    const noteText = await note.innerText();
    for (const words of ["Recent", "Escalated", "Engagement Management", "Next action", "owner you", "Send the competitive comparison"]) expect(noteText).toContain(words);
    await latest.getByRole("listitem").filter({ hasText: PLAIN }).waitFor();
    await page.screenshot({ path: shot("waymark-notes-library-latest.png"), fullPage: true });

    // Escalated only: the plain note leaves the list, and the filter is in the URL.
    await page.getByRole("button", { name: /Escalation/ }).click();
    await page.getByRole("option", { name: "Escalated", exact: true }).click();
    await latest.getByRole("listitem").filter({ hasText: PLAIN }).waitFor({ state: "detached" });
    await note.waitFor();
    expect(new URL(page.url()).searchParams.get("escalated")).toBe("true");
    await page.reload();
    await page.getByRole("list", { name: "Latest notes" }).getByRole("listitem").filter({ hasText: ESCALATED }).waitFor();
    expect(await page.getByRole("list", { name: "Latest notes" }).getByRole("listitem").filter({ hasText: PLAIN }).count()).toBe(0);

    // Search by a word, then by the hashtag.
    await page.getByRole("radiogroup", { name: "Show" }).getByText("Search", { exact: true }).click();
    const box = page.getByRole("searchbox", { name: "Search notes" });
    await box.fill("zephyrine");
    const matches = page.getByRole("list", { name: "Matching notes" });
    await matches.getByRole("listitem").filter({ hasText: NAME }).waitFor();
    expect(await matches.locator("mark").first().innerText()).toMatch(/Zephyrine/i);
    await box.fill("#Compete");
    await page.waitForURL(/q=%23Compete/);
    await matches.getByRole("listitem").filter({ hasText: "competitor" }).waitFor();
    expect(await matches.getByRole("listitem").filter({ hasText: PLAIN }).count()).toBe(0);
    await page.screenshot({ path: shot("waymark-notes-library-search.png"), fullPage: true });

    // Drafts: mine, with a way to finish it on the tenant's notes.
    await page.getByRole("radiogroup", { name: "Show" }).getByText("My drafts", { exact: true }).click();
    const draft = page.getByRole("list", { name: "My drafts" }).getByRole("listitem").filter({ hasText: DRAFT });
    await draft.waitFor();
    expect(await draft.getByRole("link", { name: `Finish on ${NAME}'s notes` }).getAttribute("href")).toContain(`/tenants/${tenantId}`);
    await page.screenshot({ path: shot("waymark-notes-library-drafts.png"), fullPage: true });

    // A note opens its tenant's notes.
    await page.getByRole("radiogroup", { name: "Show" }).getByText("Latest notes", { exact: true }).click();
    await page.getByRole("list", { name: "Latest notes" }).getByRole("link", { name: "Open the tenant's notes" }).first().click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/tenants/${tenantId}`);
  });
});
