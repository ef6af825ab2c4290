import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../../test-support/database.ts";
import { type ServeProcess, signInAsFirstAdministrator, startServeProcess } from "../../../../../test-support/serve-process.ts";
import { DEMO_TENANTS } from "./serve.ts";

let database: TestDatabase;
let server: ServeProcess;
beforeAll(async () => {
  database = await createTestDatabase();
  server = await startServeProcess({ DATABASE_URL: database.url });
});
afterAll(async () => {
  await server?.stop();
  await database.drop();
});

describe("waymark serve on a PostgreSQL named by DATABASE_URL", () => {
  it("creates the demo organisation and a first administrator, and serves the API and the portal", async () => {
    expect(server.output()).toContain("Created the demo organisation");
    expect(server.output()).not.toMatch(/postgres:\/\/[^:]+:[^*@]+@/); // no password in what it prints
    const cookie = await signInAsFirstAdministrator(server);
    const tenants = await (await fetch(`${server.baseUrl}/api/tenants`, { headers: { cookie } })).json();
    expect(tenants.total).toBe(DEMO_TENANTS);
    const regions = new Set(tenants.items.map((t: { region: string }) => t.region));
    expect(regions.size).toBe(3);
    const page = await fetch(`${server.baseUrl}/tenants`);
    expect(page.headers.get("content-type")).toContain("text/html");
  });

  it("stops cleanly on SIGTERM", async () => {
    expect(await server.stop()).toBe(0);
    expect(server.output()).toContain("Waymark stopped.");
  });
});
