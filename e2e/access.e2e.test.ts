import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openTenantTab, postFromPage as post, useSignedInPortal } from "./harness.ts";
import { signInAndReplacePassword } from "./sign-in.ts";

const NOTE = "Kick-off held with the customer's IT lead; migration waves agreed for January.";

/** Where the screenshots for a person to look at go. */
const shot = (name: string) => join(process.env.E2E_SCREENSHOT_DIR ?? tmpdir(), name);

/** Creates an account as the signed-in administrator; answers its one-time password. */
async function createUser(page: Page, user: { username: string; displayName: string; roles: string[] }): Promise<string> {
  const created = await page.evaluate(async (body) => {
    const response = await fetch("/api/users", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Requested-With": "waymark" },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { oneTimePassword?: string } };
  }, user);
  if (created.status !== 201 || !created.body.oneTimePassword) throw new Error(`creating ${user.username} answered ${created.status}`);
  return created.body.oneTimePassword;
}

/** A demo tenant with SharePoint, High or Medium priority (the BVD applies), found through the API. */
async function tenantWithSharePoint(page: Page): Promise<string> {
  const id = await page.evaluate(async () => {
    const list = (await (await fetch("/api/tenants?limit=50")).json()) as { items: { id: string }[] };
    for (const { id } of list.items) {
      const tenant = (await (await fetch(`/api/tenants/${id}`)).json()) as { effectivePriority: string; services: { service: string }[] };
      if (tenant.services.some((service) => service.service === "sharepoint") && tenant.effectivePriority !== "low") return id;
    }
    return null;
  });
  if (!id) throw new Error("no High or Medium demo tenant has SharePoint");
  return id;
}

describe("access rules on the tenant page", () => {
  const portal = useSignedInPortal();

  it("shows a Senior Leadership reader a read-only tenant: the reason, and no control that would change it", async () => {
    const admin = await portal.newPage();
    const tenantId = await tenantWithSharePoint(admin);
    // Something in every section a writer could act on: tasks and findings from a BVD, and a note.
    expect(await post(admin, `/api/tenants/${tenantId}/playbook-events`, { type: "bvd.delivered", service: "sharepoint", data: { intent: "blocked" } })).toBe(200);
    expect(await post(admin, `/api/tenants/${tenantId}/notes`, { category: "engagement_management", body: NOTE })).toBe(201);
    const password = await createUser(admin, { username: "slt.reader", displayName: "Sam Leader", roles: ["senior_leadership"] });
    const browser = admin.context().browser();
    await admin.close();
    if (!browser) throw new Error("no browser");
    const context = await browser.newContext({ viewport: { width: 1280, height: 2600 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signInAndReplacePassword(page, portal.baseUrl(), "slt.reader", password);
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);

    const notice = page.getByRole("note", { name: "Read-only" });
    await notice.getByText("Your role reads every tenant but changes none: this is a read-only view.").waitFor();

    await openTenantTab(page, "Notes");
    const notes = page.getByRole("region", { name: /^Notes/ });
    await notes.getByText(NOTE, { exact: true }).waitFor();
    await notes.getByText(/^Read-only: you can read this tenant's notes/).waitFor();
    await openTenantTab(page, "Findings");
    const findings = page.getByRole("region", { name: /^Findings/ });
    await findings.getByText(/^Update the SharePoint L1\/L2\/L3/).waitFor();
    await openTenantTab(page, "Playbook");
    const playbook = page.getByRole("region", { name: /^Playbook/ });
    await playbook.getByRole("table", { name: "Playbook tasks" }).waitFor();
    await openTenantTab(page, "Assignments");
    const assignments = page.getByRole("region", { name: /^Assignments/ });
    await assignments.getByText("You may read the assignments here but not change them.").waitFor();
    await openTenantTab(page, "History");
    await page.getByRole("list", { name: "History, newest first" }).getByText("Finding raised").first().waitFor();

    // Nothing that writes: no save, add, edit, accept, record or start control on any tab of the page.
    const main = page.locator("main");
    for (const tab of ["Status", "Services", "Playbook", "Notes", "Contacts", "Partners", "Assignments", "Outreach & meetings", "Usage", "Findings", "History", "Simulate"]) {
      await openTenantTab(page, tab);
      await page.waitForLoadState("networkidle");
      for (const name of [/Save/, /^Add/, /^Edit$/, /Accept as it stands/, /Record BVD outcome/, /^Start .* BVD$/, /^Remove/, /^Publish/]) {
        expect(await main.getByRole("button", { name }).count(), `${tab}: ${String(name)}`).toBe(0);
      }
      expect(await main.getByRole("form").count(), tab).toBe(0);
    }
    await openTenantTab(page, "Status");
    await page.screenshot({ path: shot("waymark-access-read-only.png"), fullPage: true });
    await context.close();
  }, 60_000);

  it("lets an administrator assign a primary FM through the form and remove it, with messages and history", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 2600 });
    await createUser(page, { username: "fiona.fm", displayName: "Fiona Fieldmanager", roles: ["fasttrack_manager"] });
    const tenantId = await tenantWithSharePoint(page);
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    await openTenantTab(page, "Assignments");

    const section = page.getByRole("region", { name: /^Assignments/ });
    const form = section.getByRole("form", { name: "Assign someone" });
    // Sending with nobody chosen says what is missing, in place.
    await form.getByRole("button", { name: "Add assignment" }).click();
    await form.getByText(/^Choose the person to assign/).waitFor();

    await form.getByRole("combobox", { name: "Person" }).fill("Fiona");
    await page.getByRole("option", { name: /Fiona Fieldmanager/ }).click();
    await form.getByRole("button", { name: /Role/ }).click();
    await page.getByRole("option", { name: "FM · FastTrack Manager (Onboarding)" }).click();
    await form.getByText(/^Primary \(replaces/).click();
    expect(await form.getByRole("checkbox", { name: /^Primary/ }).isChecked()).toBe(true);
    await form.getByRole("button", { name: "Add assignment" }).click();

    await section.getByRole("status").getByText(/Fiona Fieldmanager was assigned as primary FastTrack Manager\./).waitFor();
    const onboarding = section.getByRole("table", { name: /^Onboarding/ });
    const row = onboarding.getByRole("row").filter({ hasText: "Fiona Fieldmanager" });
    await row.getByRole("cell", { name: "Primary", exact: true }).waitFor();
    expect(await row.getByRole("rowheader").innerText()).toBe("FastTrack Manager");
    expect(await row.getByText("Whole tenant", { exact: true }).isVisible()).toBe(true);
    expect(await form.getByRole("combobox", { name: "Person" }).inputValue()).toBe("");

    await section.screenshot({ path: shot("waymark-access-assigned.png") });
    await openTenantTab(page, "History");
    const history = page.getByRole("list", { name: "History, newest first" });
    const added = history.getByRole("listitem").filter({ hasText: /^Assigned by Administrator/ }).first();
    await added.getByRole("listitem").filter({ hasText: /^Assignee name: — .*Fiona Fieldmanager$/ }).waitFor();
    await page.getByRole("region", { name: /^History/ }).screenshot({ path: shot("waymark-access-history.png") });
    await openTenantTab(page, "Assignments");

    // Removal asks first, in the row; Keep leaves it, Yes removes it.
    await row.getByRole("button", { name: /^Remove Fiona Fieldmanager as primary FastTrack Manager/ }).click();
    await row.getByRole("button", { name: "Keep" }).click();
    await row.getByRole("button", { name: /^Remove Fiona Fieldmanager/ }).click();
    await row.getByRole("button", { name: "Yes, remove" }).click();
    await section.getByRole("status").getByText(/Fiona Fieldmanager is no longer primary FastTrack Manager\./).waitFor();
    await row.waitFor({ state: "detached" });
    await openTenantTab(page, "History");
    await history.getByRole("listitem").filter({ hasText: /^Assignment removed by Administrator/ }).first().waitFor();
    await page.close();
  }, 60_000);
});
