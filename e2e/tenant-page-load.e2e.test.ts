import { describe, expect, it } from "vitest";
import type { ConsoleMessage, Request } from "playwright-core";
import { createTenantFromPage, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const portal = useSignedInPortal();

describe("a tenant page's first load", () => {
  it("has its data fetched with the HTML, each request sent once, and every preload used", async () => {
    const setup = await portal.newPage();
    const tenantId = await createTenantFromPage(setup, "Preload Works");
    const session = await setup.context().storageState();
    await setup.close();

    const context = await setup.context().browser()!.newContext({ storageState: session });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const requests: Request[] = [];
    const warnings: string[] = [];
    page.on("request", (request) => void requests.push(request));
    page.on("console", (message: ConsoleMessage) => void (message.type() === "warning" && warnings.push(message.text())));

    const response = await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    expect(response?.headers().link).toContain(`</api/tenants/${tenantId}>; rel=preload; as=fetch`);
    await page.getByRole("heading", { level: 1, name: "Preload Works" }).waitFor();
    await page.getByRole("heading", { name: "Overall status" }).waitFor();
    await page.waitForLoadState("networkidle");

    const api = requests.map((request) => new URL(request.url())).filter((url) => url.pathname.startsWith("/api/"));
    const counts = new Map<string, number>();
    for (const url of api) counts.set(url.pathname + url.search, (counts.get(url.pathname + url.search) ?? 0) + 1);
    // A preload the app did not use would show as a second request for the same URL and a console warning.
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    expect([...counts.keys()]).toEqual(
      expect.arrayContaining(["/api/auth/me", "/api/catalogs", `/api/tenants/${tenantId}`, `/api/tenants/${tenantId}/notes?limit=100`]),
    );
    expect(warnings.filter((text) => text.includes("preload"))).toEqual([]);
    await page.screenshot({ path: shot("waymark-tenant-page-loaded.png"), fullPage: true });
    await context.close();
  }, 60_000);
});
