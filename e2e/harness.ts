import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { buildApp } from "../apps/server/src/app.ts";
import { createFirstAdministrator } from "../apps/server/src/commands/create-first-administrator.ts";
import { WEB_DIST_DIR } from "../apps/server/src/paths.ts";
import { seedTenants } from "../apps/server/src/seed/seed.ts";
import { createTestDatabase } from "../test-support/database.ts";
import { signInAndReplacePassword } from "./sign-in.ts";

/** The real server, serving the built portal, on a fresh database with the demo organisation and a first administrator. */
export async function startPortal() {
  const database = await createTestDatabase();
  const admin = await createFirstAdministrator(database);
  if (!admin) throw new Error("a fresh database already had an administrator");
  await seedTenants(database.db, { tenants: 24, seed: 1, today: new Date().toISOString().slice(0, 10) });
  const app = await buildApp({ deps: { db: database.db, now: () => new Date() }, webDir: WEB_DIST_DIR });
  const baseUrl = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    baseUrl,
    adminUsername: admin.username,
    adminPassword: admin.password,
    stop: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** Debian's Chromium, headless, with a fresh profile and nothing that reaches beyond this machine. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * For a test file: the portal and a browser, with the first administrator signed in once (the one-time password is
 * replaced once); `newPage` opens a page on the portal with that session.
 */
export function useSignedInPortal() {
  let portal: Awaited<ReturnType<typeof startPortal>> | undefined;
  let browser: Browser | undefined;
  let session: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    const page = await browser.newPage();
    await signInAndReplacePassword(page, portal.baseUrl, portal.adminUsername, portal.adminPassword);
    session = await page.context().storageState();
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });
  const started = () => {
    if (!portal || !browser) throw new Error("the portal or the browser did not start");
    return { portal, browser };
  };
  return {
    baseUrl: () => started().portal.baseUrl,
    /** A page on the portal's home, signed in, failing a step after 10 s. */
    newPage: async (): Promise<Page> => {
      const { portal: running, browser: chromiumBrowser } = started();
      const page = await chromiumBrowser.newPage({ storageState: session });
      page.setDefaultTimeout(10_000);
      await page.goto(running.baseUrl);
      return page;
    },
  };
}

/** Writes the way the web client does: cookie session plus the X-Requested-With header. */
export async function postFromPage(page: Page, path: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ({ path, body }) =>
      (await fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "X-Requested-With": "waymark" }, body: JSON.stringify(body) }))
        .status,
    { path, body },
  );
}

/** Where the screenshots for a person to look at go. */
export const screenshotPath = (name: string) => join(process.env.E2E_SCREENSHOT_DIR ?? tmpdir(), name);

export type ApiAnswer = { status: number; body: unknown };

/** Calls the API the way the web client does (cookie session plus the X-Requested-With header). */
export async function callFromPage(page: Page, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { "Content-Type": "application/json", "X-Requested-With": "waymark" },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, path, body },
  );
}

/** As callFromPage, for set-up that must succeed: throws with the answer when it is refused. */
export async function okFromPage<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await callFromPage(page, method, path, body);
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body as T;
}

let tpid = 96_000_000 + Math.floor(Math.random() * 900_000);

/** A customer and its one tenant of the same name, in Germany (Europe/Berlin, EMEA, High, SMC, 800 seats). */
export async function createTenantFromPage(page: Page, name: string, options: { managed?: boolean } = {}): Promise<string> {
  const customer = await okFromPage<{ id: string }>(page, "POST", "/api/customers", { tpid: ++tpid, name, region: "emea" });
  const tenant = await okFromPage<{ id: string }>(page, "POST", "/api/tenants", {
    customerId: customer.id,
    tenantGuid: randomUUID(),
    name,
    priority: "high",
    segment: "smc",
    seats: 800,
    country: "DE",
    timeZone: "Europe/Berlin",
    region: "emea",
    managed: options.managed ?? true,
  });
  return tenant.id;
}

/** The signed-in user's id, after giving them an e-mail address if they had none (outreach e-mails are signed with it). */
export async function signedInUserWithEmail(page: Page, email: string): Promise<string> {
  const me = await okFromPage<{ user: { id: string } }>(page, "GET", "/api/auth/me");
  const users = await okFromPage<{ items: { id: string; email: string | null; version: number }[] }>(page, "GET", "/api/users?limit=100");
  const account = users.items.find((user) => user.id === me.user.id);
  if (!account) throw new Error("the signed-in user is not in the list of accounts");
  if (!account.email) await okFromPage(page, "PATCH", `/api/users/${me.user.id}`, { version: account.version, email });
  return me.user.id;
}

/**
 * Opens a tab of the tenant page ("Notes", "Outreach & meetings"...), which shows one section at a time, and waits until
 * it is the open tab. The name may be followed by the tab's count badge.
 */
export async function openTenantTab(page: Page, name: string): Promise<void> {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const tab = page.getByRole("tablist", { name: "Tenant sections" }).getByRole("tab", { name: new RegExp(`^${escaped}(\\W|$)`) });
  await tab.click();
  await page.waitForFunction((label) => {
    const list = document.querySelector('[role="tablist"][aria-label="Tenant sections"]');
    const selected = list?.querySelector('[role="tab"][aria-selected="true"]');
    return selected?.textContent?.startsWith(label) ?? false;
  }, name);
}
