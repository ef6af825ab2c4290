import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { countPortableRows } from "@waymark/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../../test-support/database.ts";
import { verifyPassword } from "../../auth/passwords.ts";

const run = promisify(execFile);
const BIN = fileURLToPath(new URL("../../../bin/waymark.js", import.meta.url));

let source: TestDatabase;
let target: TestDatabase;
let workDir: string;

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  workDir = await mkdtemp(path.join(tmpdir(), "waymark-cli-"));
});
afterAll(async () => {
  await Promise.all([source.drop(), target.drop()]);
  await rm(workDir, { recursive: true, force: true });
});

const waymark = (database: TestDatabase, ...args: string[]) =>
  run(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: database.url }, maxBuffer: 64 * 1024 * 1024 });

describe("the waymark command", () => {
  it("seeds deterministic data and reports what it made", async () => {
    const { stdout, stderr } = await waymark(source, "seed", "--tenants", "40", "--seed", "5", "--today", "2026-11-23");
    expect(stdout).toMatch(/^Seeded \d+ customers, 40 tenants, \d+ services in [\d.]+ s/);
    expect(stderr).toContain("40/40 tenants (100%)");
    const counts = await countPortableRows(source.db);
    expect(counts.tenants).toBe(40);
    expect(counts.entitlement_splits).toBeGreaterThanOrEqual(counts.tenant_services);
  });

  it("refuses to seed a database that already has tenants unless told to append", async () => {
    await expect(waymark(source, "seed", "--tenants", "5")).rejects.toMatchObject({
      stderr: expect.stringContaining("already has 40 tenants"),
    });
    await waymark(source, "seed", "--tenants", "5", "--append");
    expect((await countPortableRows(source.db)).tenants).toBe(45);
  });

  it("exports the whole database as JSON lines and imports it into an empty one, identical", async () => {
    const file = path.join(workDir, "export.jsonl");
    await waymark(source, "export", "--out", file);
    const lines = (await readFile(file, "utf8")).trim().split("\n");
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ format: "waymark-export", version: 1 });
    expect(lines.some((line) => line.includes('"table":"sessions"'))).toBe(false);

    await waymark(target, "import", "--in", file);
    expect(await countPortableRows(target.db)).toEqual(await countPortableRows(source.db));
    const query = "SELECT c.tpid, c.name, t.name AS winner, t.priority_rank FROM customers c JOIN tenants t ON t.id = c.winner_tenant_id ORDER BY c.tpid";
    expect((await target.pool.query(query)).rows).toEqual((await source.pool.query(query)).rows);
  });

  it("imports all or nothing: a broken line leaves the target untouched", async () => {
    const empty = await createTestDatabase();
    try {
      const file = path.join(workDir, "broken.jsonl");
      const good = (await readFile(path.join(workDir, "export.jsonl"), "utf8")).split("\n").slice(0, 30).join("\n");
      await import("node:fs/promises").then((fs) => fs.writeFile(file, `${good}\n{"table":"tenants","row":`));
      await expect(waymark(empty, "import", "--in", file)).rejects.toMatchObject({ stderr: expect.stringMatching(/line \d+ is not JSON/) });
      expect(Object.values(await countPortableRows(empty.db)).reduce((a, b) => a + b, 0)).toBe(9); // the nine routing queues
    } finally {
      await empty.drop();
    }
  });

  it("refuses a bad configuration value and names it", async () => {
    await expect(
      run(process.execPath, [BIN, "migrate"], { env: { ...process.env, DATABASE_URL: "mysql://nope" } }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining("DATABASE_URL: must be a postgres:// URL") });
  });

  it("creates another administrator and gives a locked-out account a new one-time password, each printed once", async () => {
    const created = await waymark(target, "create-admin", "--username", "Second.Admin", "--display-name", "Second Admin");
    const first = /One-time password for second\.admin: (\S+)/.exec(created.stdout)?.[1] ?? "";
    const stored = async () => (await target.pool.query<{ password_hash: string; is_administrator: boolean; must_change_password: boolean }>("SELECT password_hash, is_administrator, must_change_password FROM users WHERE username = 'second.admin'")).rows[0];
    expect(await stored()).toMatchObject({ is_administrator: true, must_change_password: true });
    expect(await verifyPassword((await stored())?.password_hash ?? null, first)).toBe(true);
    await expect(waymark(target, "create-admin", "--username", "second.admin")).rejects.toMatchObject({ stderr: expect.stringContaining("is taken") });

    const reset = await waymark(target, "reset-password", "--username", "second.admin");
    const second = /One-time password for second\.admin: (\S+)/.exec(reset.stdout)?.[1] ?? "";
    expect(second).not.toBe(first);
    expect(await verifyPassword((await stored())?.password_hash ?? null, second)).toBe(true);
    const audit = await target.pool.query<{ action: string; reason: string }>("SELECT action, reason FROM audit_events WHERE action IN ('user.created', 'user.password_reset') ORDER BY id");
    expect(audit.rows).toEqual([
      { action: "user.created", reason: "waymark create-admin" },
      { action: "user.password_reset", reason: "waymark reset-password" },
    ]);
  });
});
