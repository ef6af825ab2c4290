import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../test-support/database.ts";
import { buildApp } from "../app.ts";
import type { App } from "../app-types.ts";

const SCRIPT = `console.log(${JSON.stringify("waymark ".repeat(200))});`;

describe("the built web app as the server sends it", () => {
  let webDir: string;
  let database: TestDatabase;
  let app: App;

  beforeAll(async () => {
    webDir = await mkdtemp(path.join(tmpdir(), "waymark-web-"));
    await mkdir(path.join(webDir, "assets"));
    await writeFile(
      path.join(webDir, "index.html"),
      '<!doctype html><title>Waymark</title><script type="module" crossorigin src="/assets/index-Ab12Cd.js"></script>' +
        '<link rel="stylesheet" crossorigin href="/assets/index-Ef34Gh.css"><div id=root></div>',
    );
    await writeFile(path.join(webDir, "assets", "index-Ab12Cd.js"), SCRIPT);
    await writeFile(path.join(webDir, "assets", "index-Ab12Cd.js.gz"), gzipSync(SCRIPT));
    database = await createTestDatabase();
    app = await buildApp({ deps: { db: database.db, now: () => new Date() }, webDir });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
    await rm(webDir, { recursive: true, force: true });
  });

  it("sends a hashed script compressed when the browser accepts it, to be kept for good", async () => {
    const response = await app.inject({ method: "GET", url: "/assets/index-Ab12Cd.js", headers: { "accept-encoding": "gzip" } });
    expect([response.statusCode, response.headers["content-encoding"], response.headers["cache-control"]]).toEqual([200, "gzip", "public, max-age=31536000, immutable"]);
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
  });

  it("sends the plain script to a browser that accepts no compression", async () => {
    const response = await app.inject({ method: "GET", url: "/assets/index-Ab12Cd.js", headers: { "accept-encoding": "identity" } });
    expect([response.statusCode, response.headers["content-encoding"], response.body]).toEqual([200, undefined, SCRIPT]);
  });

  it("answers a script that is not in the build, or spelled otherwise, with 404 instead of the page", async () => {
    for (const url of ["/assets/index-Old123.js", "/assets/INDEX-Ab12Cd.js"]) {
      const response = await app.inject({ method: "GET", url });
      expect([url, response.statusCode]).toEqual([url, 404]);
      expect(response.body).not.toContain("<div id=root>");
    }
  });

  it("has the page asked for again each time, so a new build is picked up, also on a screen's own address", async () => {
    const home = await app.inject({ method: "GET", url: "/" });
    expect([home.statusCode, home.headers["cache-control"]]).toEqual([200, "no-cache"]);
    const screen = await app.inject({ method: "GET", url: "/tenants/6f1c2a1e-0000-4000-8000-000000000001?tab=services" });
    expect([screen.statusCode, screen.body]).toEqual([200, home.body]);
  });

  it("asks a signed-in reader's browser for the page's script and styles before the screen's data", async () => {
    const tenant = "/tenants/6f1c2a1e-0000-4000-8000-000000000001";
    const response = await app.inject({ method: "GET", url: tenant, cookies: { waymark_session: "any" } });
    const links = String(response.headers.link).split(", ").map((link) => link.split(";")[0]);
    expect(links.slice(0, 4)).toEqual(["</assets/index-Ab12Cd.js>", "</assets/index-Ef34Gh.css>", "</api/auth/me>", "</api/catalogs>"]);
    expect(links).toContain(`</api${tenant}>`);
  });

  it("answers HEAD on a screen's address as GET does, without the page, so link checkers and monitors see it exists", async () => {
    const screen = await app.inject({ method: "HEAD", url: "/tenants/6f1c2a1e-0000-4000-8000-000000000001" });
    expect([screen.statusCode, screen.headers["content-type"], screen.body]).toEqual([200, "text/html; charset=utf-8", ""]);
    const api = await app.inject({ method: "HEAD", url: "/api/no-such-route" });
    expect(api.statusCode).toBe(404);
  });
});
