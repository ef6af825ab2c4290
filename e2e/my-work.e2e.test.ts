import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { okFromPage as ok, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const NAME = "Wingtip Gateway";
const FM_EMAIL = "first.admin@fasttrack.example";

/** Today's date in Berlin, the tenant's time zone. */
const berlinToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

/**
 * A Gateway tenant whose primary FM is the signed-in user: the Gateway started (task 2453 and the FM's prompts), the
 * customer contacted without a customer address (the e-mail fails), Exchange's next action date set for today, and an
 * escalated note.
 */
async function tenantWithWork(page: Page): Promise<string> {
  const me = await ok<{ user: { id: string } }>(page, "GET", "/api/auth/me");
  const users = await ok<{ items: { id: string; email: string | null; version: number }[] }>(page, "GET", "/api/users?limit=100");
  const account = users.items.find((user) => user.id === me.user.id);
  if (account && !account.email) await ok(page, "PATCH", `/api/users/${me.user.id}`, { version: account.version, email: FM_EMAIL });
  const customer = await ok<{ id: string }>(page, "POST", "/api/customers", { tpid: 96_000_000 + Math.floor(Math.random() * 900_000), name: NAME, region: "emea" });
  const tenant = await ok<{ id: string }>(page, "POST", "/api/tenants", {
    customerId: customer.id,
    tenantGuid: randomUUID(),
    name: NAME,
    priority: "high",
    segment: "smc",
    seats: 800,
    country: "DE",
    timeZone: "Europe/Berlin",
    region: "emea",
    managed: true,
  });
  const exchange = await ok<{ id: string; version: number }>(page, "POST", `/api/tenants/${tenant.id}/services`, { service: "exchange", totalEntitlements: 500 });
  await ok(page, "PUT", `/api/services/${exchange.id}/split`, {
    version: exchange.version,
    rows: [{ l1: "in_progress", entitlements: 500, targetDate: "2027-03-31", nextActionDate: berlinToday() }],
  });
  await ok(page, "POST", `/api/tenants/${tenant.id}/assignments`, { userId: me.user.id, role: "fm", isPrimary: true });
  await ok(page, "POST", `/api/tenants/${tenant.id}/contacts`, { type: "microsoft", name: "Sam ATS", email: "sam.ats@microsoft.example", role: "ATS" });
  for (const [type, data] of [
    ["gateway.started", undefined],
    ["gateway.duplicate_check_recorded", { outcome: "different_organization" }],
    ["gateway.entitlement_check_recorded", { met: true }],
    ["gateway.customer_contacted", undefined],
  ] as const) {
    await ok(page, "POST", `/api/tenants/${tenant.id}/playbook-events`, data ? { type, data } : { type });
  }
  await ok(page, "POST", `/api/tenants/${tenant.id}/notes`, {
    category: "engagement_management",
    body: "The CIO wants to stop the rollout until the licence question is settled.",
    escalated: true,
    nextAction: "Call the CIO with the licence answer",
    nextActionDate: berlinToday(),
  });
  return tenant.id;
}

describe("my work", () => {
  const portal = useSignedInPortal();

  it("opens after sign-in with the FM's prompts, failed e-mail, next action and escalated note, and one click reaches the tenant", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1400 });
    const tenantId = await tenantWithWork(page);

    // The portal's home is My work.
    await page.goto(portal.baseUrl());
    await page.getByRole("heading", { level: 1, name: "My work" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/my-work");

    const prompts = page.getByRole("region", { name: /^Waits run out and prompts/ });
    const failed = prompts.getByRole("listitem").filter({ hasText: "E-mail not sent" });
    await failed.waitFor();
    expect(await failed.getByRole("link", { name: NAME }).count()).toBe(1);
    expect(await failed.textContent()).toContain("Delivery failed:");
    expect(await prompts.getByRole("listitem").count()).toBeGreaterThan(1);

    const nextActions = page.getByRole("region", { name: /^Next action dates \(1\)/ });
    const today = nextActions.getByRole("listitem").filter({ hasText: "Exchange: next action on 500 In Progress entitlements" });
    expect((await today.textContent())?.startsWith("today")).toBe(true);
    const escalated = page.getByRole("region", { name: /^Escalated notes \(1\)/ }).getByRole("listitem");
    expect(await escalated.textContent()).toContain("Next action: Call the CIO with the licence answer");
    expect((await escalated.textContent())?.startsWith("escalated today")).toBe(true);
    // No dated task is due (the playbooks create task 2453 without a date): the group says so.
    await page.getByRole("region", { name: /^Tasks due \(0\)/ }).getByText("No tasks of yours due this week.").waitFor();
    await page.screenshot({ path: shot("waymark-my-work-week.png"), fullPage: true });

    // Today keeps what is due today, and the choice is in the URL.
    await page.getByRole("radiogroup", { name: "Due" }).getByText("Today", { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("horizon") === "today");
    await today.waitFor();
    await page.screenshot({ path: shot("waymark-my-work-today.png"), fullPage: true });

    // One click from the failed e-mail to the tenant's outreach.
    await failed.getByRole("link", { name: "Open outreach" }).click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/tenants/${tenantId}`);
    expect(url.hash).toBe("#outreach-heading");
  });
});
