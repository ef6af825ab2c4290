import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAsFirstAdministrator, startServeProcess } from "../../../../../test-support/serve-process.ts";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "waymark-serve-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe("waymark serve on its embedded PostgreSQL", () => {
  it("sets up on the first start and reuses the data on the second, with no new administrator or demo", async () => {
    const first = await startServeProcess({ WAYMARK_DATA_DIR: dataDir });
    expect(first.output()).toContain("initialising a new PostgreSQL cluster");
    expect(first.output()).toContain("An administrator was created");
    const cookie = await signInAsFirstAdministrator(first);
    await fetch(`${first.baseUrl}/api/customers`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-requested-with": "waymark" },
      body: JSON.stringify({ tpid: 777, name: "Made before the restart", region: "apj" }),
    });
    expect(await first.stop()).toBe(0);

    const second = await startServeProcess({ WAYMARK_DATA_DIR: dataDir });
    try {
      expect(second.output()).not.toContain("initialising");
      expect(second.output()).not.toContain("An administrator was created");
      expect(second.output()).not.toContain("Created the demo organisation");
      const login = await fetch(`${second.baseUrl}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "admin", password: "a password of my own choosing" }),
      });
      const session = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const customers = await (await fetch(`${second.baseUrl}/api/customers?q=777`, { headers: { cookie: session } })).json();
      expect(customers.items.map((c: { name: string }) => c.name)).toEqual(["Made before the restart"]);
    } finally {
      await second.stop();
    }
  });
});
