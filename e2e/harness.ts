import { type Browser, chromium } from "playwright-core";
import { buildApp } from "../apps/server/src/app.ts";
import { createFirstAdministrator } from "../apps/server/src/commands/create-first-administrator.ts";
import { WEB_DIST_DIR } from "../apps/server/src/paths.ts";
import { seedTenants } from "../apps/server/src/seed/seed.ts";
import { createTestDatabase } from "../test-support/database.ts";

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
