import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { openTenantTab, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const DECLINED_WHY = "The customer declined the pitch but will deploy OneDrive after another workload, so OneDrive is serialized.";
const SERIAL_NOTE = "Serial: Exchange#1, OneDrive#2 (OneDrive BVD Declined)";

/** A demo tenant with both OneDrive and Exchange, High or Medium priority (the BVD applies), found through the API. */
async function tenantWithOneDriveAndExchange(page: Page): Promise<string> {
  return demoTenant(page, false);
}

async function demoTenant(page: Page, lowPriority: boolean): Promise<string> {
  const id = await page.evaluate(async (low) => {
    const list = (await (await fetch("/api/tenants?limit=50")).json()) as { items: { id: string }[] };
    for (const { id } of list.items) {
      const tenant = (await (await fetch(`/api/tenants/${id}`)).json()) as { effectivePriority: string; services: { service: string }[] };
      const codes = tenant.services.map((service) => service.service);
      if (codes.includes("onedrive") && codes.includes("exchange") && (tenant.effectivePriority === "low") === low) return id;
    }
    return null;
  }, lowPriority);
  if (!id) throw new Error("no demo tenant has both OneDrive and Exchange");
  return id;
}

/** The task row's inline status select shows this status. */
async function statusIs(task: Locator, label: string) {
  await task.getByRole("combobox", { name: /^Status of/ }).locator("option:checked", { hasText: label }).waitFor({ state: "attached" });
}

describe("playbook on the tenant page", () => {
  const portal = useSignedInPortal();

  it("starts the OneDrive BVD, records a decline serialized after Exchange and shows what changed and why", async () => {
    const page = await portal.newPage();

    await page.goto(`${portal.baseUrl()}/tenants/${await tenantWithOneDriveAndExchange(page)}`);
    await openTenantTab(page, "Playbook");
    await page.getByText("No playbook tasks yet").waitFor();
    await page.getByRole("button", { name: "Start OneDrive BVD" }).click();
    const tasks = page.getByRole("table", { name: "Playbook tasks" });
    const task = tasks.getByRole("row", { name: /3718/ });
    await statusIs(task, "Not Started");
    expect(await task.getByText("Required", { exact: true }).isVisible()).toBe(true);

    const opener = page.getByRole("button", { name: /^Record BVD outcome/ });
    await opener.click();
    const dialog = page.getByRole("dialog", { name: "Record BVD outcome" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: /Service/ }).click();
    await page.getByRole("option", { name: "OneDrive", exact: true }).click();
    // RAC hides the native inputs visually, so a person (and the test) clicks the visible label.
    await dialog.getByText("Declined", { exact: true }).click();
    expect(await dialog.getByRole("radio", { name: "Declined" }).isChecked()).toBe(true);

    // A plain decline without its reason is refused: the problem shows in the dialog and the choices stay.
    await dialog.getByRole("button", { name: "Record outcome" }).click();
    await dialog.getByRole("alert").getByText(/needs event\.data\.reason/).waitFor();
    expect(await dialog.getByRole("radio", { name: "Declined" }).isChecked()).toBe(true);

    await dialog.getByLabel("Reason").fill("Exchange migration first");
    await dialog.getByText("Exchange", { exact: true }).click();
    expect(await dialog.getByRole("checkbox", { name: "Exchange", exact: true }).isChecked()).toBe(true);
    await dialog.getByRole("button", { name: "Record outcome" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.getByRole("status").getByText(DECLINED_WHY, { exact: true }).waitFor();
    await statusIs(task, "Cancelled");
    // The latest sentence comes first; the collapsed history below it repeats it.
    expect(await tasks.getByText(DECLINED_WHY, { exact: true }).first().isVisible()).toBe(true);
    await tasks.getByRole("button", { name: /^Why\? \(2\)/ }).click();
    await tasks.getByText("od-declined-serialized", { exact: true }).waitFor();
    await page.screenshot({ path: shot("waymark-playbook-declined-why.png"), fullPage: true });

    await openTenantTab(page, "Services");
    const services = page.getByRole("table", { name: /^Services/ });
    const onedrive = services.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^OneDrive Edit split/ }) });
    await onedrive.getByRole("cell", { name: /^Initiate - Serialized/ }).waitFor();
    expect(await onedrive.getByText(SERIAL_NOTE, { exact: true }).isVisible()).toBe(true);
    await services.screenshot({ path: shot("waymark-playbook-declined-services.png") });

    await page.close();
  }, 60_000);

  it("on a Low priority tenant, asks why the BVD applies before starting it", async () => {
    const page = await portal.newPage();
    await page.goto(`${portal.baseUrl()}/tenants/${await demoTenant(page, true)}`);
    await openTenantTab(page, "Playbook");
    await page.getByText("No playbook tasks yet").waitFor();
    const start = page.getByRole("button", { name: "Start OneDrive BVD" });
    expect(await start.isDisabled()).toBe(true);
    await page.getByRole("button", { name: /Low priority: the BVD applies because the customer is/ }).click();
    await page.getByRole("option", { name: "Re-engaging on additional workloads" }).click();
    await start.click();
    const task = page.getByRole("table", { name: "Playbook tasks" }).getByRole("row", { name: /3718/ });
    await statusIs(task, "Not Started");
    await page.screenshot({ path: shot("waymark-playbook-low-priority-started.png"), fullPage: true });
    await page.close();
  }, 60_000);
});
