import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

type HygieneCheck = { check: string; label: string; tenants: number; items: number; counts: string };
const NEW_UNKNOWN = "New subscriptions still Status Unknown";

/** A customer and tenant in the Americas, so a region filter tells them apart from the harness's German tenants. */
async function americasTenant(page: Page, name: string): Promise<string> {
  const customer = await ok<{ id: string }>(page, "POST", "/api/customers", { tpid: 97_000_000 + Math.floor(Math.random() * 900_000), name, region: "americas" });
  const tenant = await ok<{ id: string }>(page, "POST", "/api/tenants", {
    customerId: customer.id,
    tenantGuid: randomUUID(),
    name,
    priority: "high",
    segment: "smc",
    seats: 800,
    country: "US",
    timeZone: "America/New_York",
    region: "americas",
    managed: true,
  });
  return tenant.id;
}

/** The text of each body row of a table, cell by cell (row header included). */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole("table", { name: caption });
  await table.waitFor();
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())));
}

function csvRows(text: string): string[][] {
  // The report tables here hold no quotes or line breaks, so a plain split reads them.
  return text.trim().split(/\r?\n/).map((line) => line.split(",").map((cell) => cell.replace(/^"|"$/g, "")));
}

describe("the reports page", () => {
  const portal = useSignedInPortal();

  it("shows hygiene counts as a chart with its numbers and as a table, filtered in the URL, with the tenants and the CSV one click away", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1500 });
    const berlin = await createTenantFromPage(page, "Fabrikam Reports EMEA");
    await ok(page, "POST", `/api/tenants/${berlin}/services`, { service: "exchange", totalEntitlements: 500 });
    await ok(page, "POST", `/api/tenants/${berlin}/services`, { service: "intune", totalEntitlements: 300 });
    const boston = await americasTenant(page, "Contoso Reports Americas");
    await ok(page, "POST", `/api/tenants/${boston}/services`, { service: "exchange", totalEntitlements: 200 });
    // The demo data has tenants of its own: this administrator is FM of only these two.
    const me = (await ok<{ user: { id: string } }>(page, "GET", "/api/auth/me")).user.id;
    for (const tenantId of [berlin, boston]) await ok(page, "POST", `/api/tenants/${tenantId}/assignments`, { userId: me, role: "fm", isPrimary: true });
    const all = await ok<{ checks: HygieneCheck[] }>(page, "GET", `/api/reports/hygiene?fm=${me}`);
    const emea = await ok<{ checks: HygieneCheck[] }>(page, "GET", `/api/reports/hygiene?fm=${me}&region=emea`);
    const newAll = all.checks.find((check) => check.check === "new_subscription_unknown")!;
    const newEmea = emea.checks.find((check) => check.check === "new_subscription_unknown")!;
    // Three new services on two tenants, one tenant (two services) in EMEA.
    expect([newAll.tenants, newAll.items, newEmea.tenants, newEmea.items]).toEqual([2, 3, 1, 2]);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
    await page.getByRole("heading", { level: 1, name: "Reports" }).waitFor();
    await page.goto(`${portal.baseUrl()}/reports?fm=${me}`);
    const numbers = page.getByRole("list", { name: "Findings per check: the numbers" });
    await numbers.getByText(`${NEW_UNKNOWN}: Tenants 2, Items 3`).waitFor();
    await page.locator("figure svg").first().waitFor();
    await page.screenshot({ path: shot("waymark-reports-chart.png"), fullPage: true });

    await page.getByRole("radiogroup", { name: "Show" }).getByText("Table", { exact: true }).click();
    const checks = await tableRows(page, "Findings per check");
    expect(checks.find((row) => row[0] === NEW_UNKNOWN)?.slice(1, 3)).toEqual(["2", "3"]);
    expect(new URL(page.url()).searchParams.get("view")).toBe("table");

    await page.getByRole("group", { name: "Report filters" }).getByRole("button", { name: /Region/ }).click();
    await page.getByRole("option", { name: "EMEA", exact: true }).click();
    await page.getByTestId("report-description").filter({ hasText: "Region EMEA" }).waitFor();
    expect([new URL(page.url()).searchParams.get("region"), new URL(page.url()).searchParams.get("fm")]).toEqual(["emea", me]);
    await page.waitForFunction(() => !document.body.innerText.includes("updating…"));
    expect((await tableRows(page, "Findings per check")).find((row) => row[0] === NEW_UNKNOWN)?.slice(1, 3)).toEqual(["1", "2"]);

    await page.reload();
    await page.getByTestId("report-description").filter({ hasText: "Region EMEA" }).waitFor();
    const reloaded = await tableRows(page, "Findings per check");
    expect(reloaded.find((row) => row[0] === NEW_UNKNOWN)?.slice(1, 3)).toEqual(["1", "2"]);

    // The CSV holds exactly the rows of the table shown.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV: Findings per check" }).click();
    const csv = csvRows(await readFile((await (await download).path())!, "utf8"));
    expect(csv[0]).toEqual(["check", "label", "tenants", "items", "counts"]);
    expect(csv.slice(1).map((row) => row.slice(1))).toEqual(reloaded);
    await page.getByText(`Downloaded ${reloaded.length} rows.`).waitFor();

    // The tenants behind a count, one click away, each linking to its tenant.
    await page
      .getByRole("table", { name: "Findings per check" })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: NEW_UNKNOWN }) })
      .getByRole("button", { name: /list them/ })
      .click();
    const caption = `Tenants: ${NEW_UNKNOWN}`;
    const tenants = await tableRows(page, caption);
    expect(tenants).toEqual([["Fabrikam Reports EMEA", "2"]]);
    expect(new URL(page.url()).searchParams.get("check")).toBe("new_subscription_unknown");
    expect(await page.getByRole("table", { name: caption }).getByRole("link", { name: "Fabrikam Reports EMEA" }).getAttribute("href")).toBe(`/tenants/${berlin}`);
    await page.screenshot({ path: shot("waymark-reports-table.png"), fullPage: true });
  });

  it("shows the service status funnel with the numbers of the API, and the conversion report", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1280, height: 1500 });
    const report = await ok<{ stages: { label: string; services: number }[] }>(page, "GET", "/api/reports/service-status");
    await page.goto(`${portal.baseUrl()}/reports?report=service-status&view=table`);
    const stages = await tableRows(page, "Services per status");
    expect(stages.map((row) => [row[0], row[1]])).toEqual(report.stages.map((stage) => [stage.label, String(stage.services)]));
    expect(report.stages.reduce((sum, stage) => sum + stage.services, 0)).toBeGreaterThan(0);
    await page.getByRole("radiogroup", { name: "Show" }).getByText("Chart", { exact: true }).click();
    await page.getByRole("list", { name: "Services per status: the numbers" }).waitFor();
    await page.locator("figure svg").first().waitFor();
    await page.screenshot({ path: shot("waymark-reports-service-status.png"), fullPage: true });

    await ok(page, "GET", "/api/reports/conversion");
    await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "Conversion" }).click();
    await page.getByRole("list", { name: "Services over 10 % and 40 % AU: the numbers" }).waitFor().catch(async (error: unknown) => {
      await page.screenshot({ path: shot("waymark-reports-conversion-failed.png"), fullPage: true });
      throw error;
    });
    expect(new URL(page.url()).searchParams.get("report")).toBe("conversion");
    await page.screenshot({ path: shot("waymark-reports-conversion.png"), fullPage: true });

    // The DIBS reports: each opens from the picker with its first table's numbers.
    for (const [name, list] of [
      ["DIBS completion", "Full DIBS per requirement row: the numbers"],
      ["Time to DIBS", "Services by days to full DIBS: the numbers"],
      ["DIBS and usage", "AU % by service: full DIBS or not: the numbers"],
    ] as const) {
      await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name }).click();
      await page.getByRole("list", { name: list }).waitFor();
    }
    await page.getByRole("radiogroup", { name: "Show" }).getByText("Table", { exact: true }).click();
    await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "DIBS completion" }).click();
    const items = page.getByRole("table", { name: "DIBS and SSAT items per requirement row" });
    await items.waitFor();
    const missing = items.getByRole("button", { name: /list them/ }).first();
    if ((await missing.count()) > 0) {
      await missing.click();
      await page.getByRole("table", { name: /^Missing / }).waitFor();
      expect(new URL(page.url()).searchParams.get("missing")).not.toBeNull();
    }
    await page.screenshot({ path: shot("waymark-reports-dibs-completion.png"), fullPage: true });
  });
});
