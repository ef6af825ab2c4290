import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const USAGE_HEADER = "tenant,service,day,active_users,entitlements";
const FRP_HEADER = "Partner Name,MPN ID,Country,City,Specialties";
const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const csvFile = (name: string, lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
const storedUsage = async (page: Page, tenantId: string) =>
  (await ok<{ services: { series: unknown[] }[] }>(page, "GET", `/api/tenants/${tenantId}/usage?from=${isoDaysAgo(3000)}`)).services.reduce((n, s) => n + s.series.length, 0);

/** Keeps every text the progress line showed, since a small import passes through it faster than a test can look. */
const recordProgress = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

async function openImports(page: Page, baseUrl: string) {
  // Tall enough for the whole screen in one screenshot (the shell scrolls its main area, not the page).
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.goto(baseUrl);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Imports" }).click();
  await page.getByRole("heading", { level: 1, name: "Imports" }).waitFor();
}

describe("the Imports screen", () => {
  const portal = useSignedInPortal();

  it("imports a usage CSV with upload and server progress, then shows what was stored; Cancel stores nothing", async () => {
    const page = await portal.newPage();
    const tenantId = await createTenantFromPage(page, "Northwind Imports");
    await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service: "exchange", totalEntitlements: 800 });
    await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service: "teams", totalEntitlements: 800 });
    await openImports(page, portal.baseUrl());
    const usage = page.getByRole("region", { name: "Usage (daily active users)" });

    // 6,000 rows: enough for the server to report checking and storing in steps of 5,000.
    const rows = ["exchange", "teams"].flatMap((service) => Array.from({ length: 3000 }, (_, i) => `${tenantId},${service},${isoDaysAgo(i + 1)},${100 + (i % 50)},800`));
    await usage.getByLabel("Choose a usage CSV file").setInputFiles(csvFile("northwind-usage.csv", [USAGE_HEADER, ...rows]));
    await usage.getByTestId("chosen-file").getByText(/^northwind-usage\.csv · [\d.]+ KB · 6,000 rows$/).waitFor();
    const preview = usage.getByRole("table", { name: /^The first 5 of 6,000 rows/ });
    expect(await preview.getByRole("columnheader").allInnerTexts()).toEqual(["tenant", "service", "day", "active_users", "entitlements"]);
    expect(await preview.getByRole("row").count()).toBe(6);

    // A slow upload, so a person (and the test) sees the upload move before the server's own progress.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 60_000 });
    await recordProgress(page);
    await usage.getByRole("button", { name: "Import 6,000 rows" }).click();
    await usage.getByTestId("import-progress").getByText(/^Uploading: [1-9][\d,]* of [\d,]+ bytes/).waitFor();
    await usage.getByRole("button", { name: "Cancel" }).waitFor();
    await page.screenshot({ path: shot("waymark-imports-usage-progress.png"), fullPage: true });
    const result = usage.getByTestId("usage-import-result");
    await result.waitFor({ timeout: 30_000 });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const seen = await progressSeen(page);
    expect(seen.some((text) => text.startsWith("Uploading:"))).toBe(true);
    expect(seen.some((text) => /^(Checking|Storing) rows: [\d,]+ of 6,000 rows/.test(text))).toBe(true);
    expect(seen.indexOf(seen.find((text) => text.startsWith("Uploading:")) ?? "")).toBeLessThan(seen.findIndex((text) => / rows: /.test(text)));
    await result.getByText("Imported 6,000 rows: 6,000 new, 0 updated, 0 unchanged.").waitFor();
    await result.getByText("1 tenant, 2 tenant services").waitFor();
    await result.getByText("2 services (their playbooks were told the new AU %)").waitFor();
    expect(await storedUsage(page, tenantId)).toBe(6000);
    await page.screenshot({ path: shot("waymark-imports-usage-result.png"), fullPage: true });

    // The file stays chosen; a slow second import cancelled while uploading stores nothing.
    const changed = rows.map((row) => row.replace(/,800$/, ",801"));
    await usage.getByLabel("Choose a usage CSV file").setInputFiles(csvFile("northwind-usage-2.csv", [USAGE_HEADER, ...changed]));
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 20_000 });
    await usage.getByRole("button", { name: "Import northwind-usage-2.csv again" }).click();
    await usage.getByTestId("import-progress").getByText(/^Uploading: [1-9]/).waitFor();
    await usage.getByRole("button", { name: "Cancel" }).click();
    await usage.getByText(/^Cancelled while uploading\. Nothing was stored\. Your file is still chosen\.$/).waitFor();
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const entitlements = await ok<{ services: { latest: { entitlements: number } | null }[] }>(page, "GET", `/api/tenants/${tenantId}/usage`);
    expect(entitlements.services.map((s) => s.latest?.entitlements)).toEqual([800, 800]);
    await usage.getByTestId("chosen-file").getByText(/^northwind-usage-2\.csv/).waitFor();
    await page.close();
  }, 90_000);

  it("shows each bad row of a refused usage file with its row, column and problem, and stores nothing", async () => {
    const page = await portal.newPage();
    const tenantId = await createTenantFromPage(page, "Fabrikam Imports");
    await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service: "exchange", totalEntitlements: 500 });
    await openImports(page, portal.baseUrl());
    const usage = page.getByRole("region", { name: "Usage (daily active users)" });
    const lines = [
      USAGE_HEADER,
      `${tenantId},exchange,${isoDaysAgo(2)},40,500`,
      `${tenantId},exchange,${isoDaysAgo(-5)},40,500`,
      `${tenantId},teams,${isoDaysAgo(2)},many,500`,
      `${tenantId},exchange,${isoDaysAgo(2)},41,500`,
    ];
    await usage.getByLabel("Choose a usage CSV file").setInputFiles(csvFile("fabrikam-bad.csv", lines));
    await usage.getByRole("button", { name: "Import 4 rows" }).click();
    const table = usage.getByRole("table", { name: /problems in the file$/ });
    await table.waitFor();
    await usage.getByRole("alert").getByText(/^Nothing was imported: the file has 4 problems in 3 rows\./).waitFor();
    const cells = await table.getByRole("row").evaluateAll((rows) => rows.slice(1).map((row) => [...row.querySelectorAll("td")].slice(0, 2).map((cell) => cell.textContent)));
    expect(cells).toEqual([
      ["2", "day"],
      ["3", "service"],
      ["3", "active_users"],
      ["4", "—"],
    ]);
    await table.getByRole("cell", { name: /is in the future for Fabrikam Imports/ }).waitFor();
    expect(await storedUsage(page, tenantId)).toBe(0);
    // The chosen file stays, ready for another try.
    await usage.getByTestId("chosen-file").getByText(/^fabrikam-bad\.csv/).waitFor();
    await page.screenshot({ path: shot("waymark-imports-usage-bad-rows.png"), fullPage: true });
    await page.close();
  }, 60_000);

  it("previews the FastTrack Ready Partner list, then imports it as previewed", async () => {
    const page = await portal.newPage();
    await openImports(page, portal.baseUrl());
    const frp = page.getByRole("region", { name: "FastTrack Ready Partner list" });
    const first = [FRP_HEADER, "Adatum Adoption,8810001,DE,Berlin,Advisory and Planning", "Litware Cloud,8810002,US,Seattle,Training and Enablement"];
    await frp.getByLabel("Choose the partner list CSV file").setInputFiles(csvFile("frp-2026.csv", first));
    await frp.getByTestId("chosen-file").getByText(/^frp-2026\.csv · [\d]+ bytes · 2 partners$/).waitFor();
    await frp.getByRole("button", { name: "Preview the changes" }).click();
    const preview = frp.getByTestId("frp-preview");
    await preview.getByRole("heading", { name: "Added (2)" }).waitFor();
    await preview.getByText("Adatum Adoption").waitFor();
    await frp.getByRole("button", { name: /^Import: \d+ changes?$/ }).click();
    await frp.getByTestId("frp-applied").getByText(/^Imported the list: 2 added/).waitFor();

    // Next year's list has a bad line: the preview lists it by number and nothing can be imported.
    await frp.getByLabel("Choose the partner list CSV file").setInputFiles(csvFile("frp-2027.csv", [FRP_HEADER, "Litware Cloud,8810002,US,Portland,Training and Enablement", "Bad line without an MPN,,US,,"]));
    await frp.getByRole("button", { name: "Preview the changes" }).click();
    const badLines = preview.getByRole("table", { name: /^1 bad line/ });
    await badLines.getByRole("cell", { name: "3", exact: true }).waitFor();
    expect(await frp.getByRole("button", { name: /^(Import: |Nothing to import)/ }).isDisabled()).toBe(true);
    await page.screenshot({ path: shot("waymark-imports-frp-bad-line.png"), fullPage: true });

    // Fixed: Litware moves, Adatum leaves the list.
    await frp.getByLabel("Choose the partner list CSV file").setInputFiles(csvFile("frp-2027-fixed.csv", [FRP_HEADER, "Litware Cloud,8810002,US,Portland,Training and Enablement"]));
    await frp.getByRole("button", { name: "Preview the changes" }).click();
    await preview.getByRole("heading", { name: "Updated (1)" }).waitFor();
    await preview.getByText("city: Seattle → Portland").waitFor();
    await preview.getByRole("heading", { name: /^Leaving the list/ }).waitFor();
    await preview.getByText("Adatum Adoption").waitFor();
    await page.screenshot({ path: shot("waymark-imports-frp-preview.png"), fullPage: true });
    await frp.getByRole("button", { name: /^Import: \d+ changes?$/ }).click();
    await frp.getByTestId("frp-applied").getByText(/1 updated/).waitFor();
    const litware = await ok<{ items: { name: string; city: string | null }[] }>(page, "GET", "/api/partners?q=Litware&limit=5");
    expect(litware.items.map((p) => p.city)).toEqual(["Portland"]);
    await page.screenshot({ path: shot("waymark-imports-frp-applied.png"), fullPage: true });
    await page.close();
  }, 60_000);
});
