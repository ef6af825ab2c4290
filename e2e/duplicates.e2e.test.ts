import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, openTenantTab, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const REASON = "Same company in Viewpoint: same address and the same IT contacts.";

/** A customer and its one tenant of the same name, in Germany, with Exchange. */
async function tenantOf(page: Page, name: string): Promise<string> {
  const tenantId = await createTenantFromPage(page, name);
  await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service: "exchange", totalEntitlements: 500 });
  return tenantId;
}

describe("possible duplicates on the tenant page", () => {
  const portal = useSignedInPortal();

  it("opens by itself before first contact, shows the candidate with its evidence, and confirms it", async () => {
    const page = await portal.newPage();
    // The existing tenant is worked by Ana Fischer; the new one reaches the Gateway, which asks for the duplicate check.
    const fm = await ok<{ user: { id: string } }>(page, "POST", "/api/users", {
      username: "ana.fischer",
      displayName: "Ana Fischer",
      email: "ana.fischer@fasttrack.example",
      roles: ["fasttrack_manager"],
    });
    const winnerId = await tenantOf(page, "Contoso Ltd");
    await ok(page, "POST", `/api/tenants/${winnerId}/assignments`, { userId: fm.user.id, role: "fm", isPrimary: true });
    const newId = await tenantOf(page, "Contoso Limited");
    await ok(page, "POST", `/api/tenants/${newId}/playbook-events`, { type: "gateway.started" });

    await page.goto(`${portal.baseUrl()}/tenants/${newId}`);
    const section = page.getByRole("region", { name: /^Possible duplicates/ });
    const candidate = section.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Contoso Ltd", exact: true }) });
    await candidate.waitFor();
    await section.getByText("The Gateway asks for this check before anyone is contacted.").waitFor();
    expect(await section.getByRole("button", { name: "Check for duplicates" }).count()).toBe(0);
    await candidate.getByText("Likely duplicate").waitFor();
    await candidate.getByText(/^Score \d+$/).waitFor();
    await candidate.getByText("Worked by Ana Fischer (primary FM)").waitFor();
    const evidence = await candidate.getByRole("list", { name: "Why Contoso Ltd is a candidate" }).getByRole("listitem").allInnerTexts();
    expect(evidence.length).toBeGreaterThan(0);
    await section.screenshot({ path: shot("waymark-duplicates-candidates.png") });

    await candidate.getByRole("button", { name: "Confirm as duplicate of Contoso Ltd…" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Confirm Contoso Limited as a duplicate of Contoso Ltd?" });
    await dialog.getByText(/become L1 Duplicate\/Invalid, out of FastTrack reporting: Exchange \(500\)\./).waitFor();
    await dialog.getByText("Contoso Limited goes to Ana Fischer, the primary FastTrack Manager of Contoso Ltd, who is e-mailed about it.").waitFor();
    // The reason is required: a short one is refused in place.
    await dialog.getByRole("textbox", { name: "Why are they the same organisation?" }).fill("same");
    await dialog.getByRole("button", { name: "Confirm duplicate" }).click();
    await dialog.getByText(/at least 10 characters/).waitFor();
    await page.screenshot({ path: shot("waymark-duplicates-dialog.png") });
    await dialog.getByRole("textbox", { name: "Why are they the same organisation?" }).fill(REASON);
    await dialog.getByRole("button", { name: "Confirm duplicate" }).click();
    await dialog.waitFor({ state: "detached" });

    const status = section.getByRole("status");
    await status.getByText(/^Contoso Limited is now a confirmed duplicate of Contoso Ltd\./).waitFor();
    await status.getByText(/All entitlements of its service are now Duplicate\/Invalid/).waitFor();
    await status.getByText(/changes to Ana Fischer, the primary FM of Contoso Ltd, who is sent a message about it\./).waitFor();
    await section.getByText(/^This tenant is a duplicate of Contoso Ltd\./).waitFor();
    expect(await section.getByRole("button", { name: /^Confirm as duplicate/ }).count()).toBe(0);
    await section.screenshot({ path: shot("waymark-duplicates-linked.png") });

    // The services table, refreshed, shows the whole of Exchange as Duplicate/Invalid.
    await openTenantTab(page, "Services");
    const services = page.getByRole("table", { name: /^Services/ });
    await services.getByText("500 Duplicate/Invalid").waitFor();
    await page.screenshot({ path: shot("waymark-duplicates-confirmed.png"), fullPage: true });
    await page.close();
  }, 60_000);

  it("checks on demand when no finding asks for it, and says when there are no candidates", async () => {
    const page = await portal.newPage();
    const lonelyId = await tenantOf(page, "Quetzalcoatl Yarnworks");
    await page.goto(`${portal.baseUrl()}/tenants/${lonelyId}`);
    const section = page.getByRole("region", { name: /^Possible duplicates/ });
    await section.getByRole("button", { name: "Check for duplicates" }).click();
    await section.getByText("No candidates: no tenant shares the TPID or a similar name.").waitFor();
    await section.screenshot({ path: shot("waymark-duplicates-none.png") });
    await page.close();
  }, 60_000);
});
