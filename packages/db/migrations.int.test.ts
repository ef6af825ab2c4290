import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { withDatabase } from "../../test-support/template.ts";
import { applyMigrations, connect, type DatabaseHandle } from "./client.ts";

const name = `waymark_m_${Date.now()}`;
let first: DatabaseHandle;
let second: DatabaseHandle;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin(`CREATE DATABASE ${name}`);
  const url = withDatabase(inject("adminDatabaseUrl"), name);
  first = connect(url, { max: 3 });
  second = connect(url, { max: 3 });
});
afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe("migrations", () => {
  it("apply once when several Waymark processes start together on an empty database", async () => {
    await Promise.all([applyMigrations(first.pool), applyMigrations(second.pool)]);
    const applied = await first.pool.query("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations");
    expect(applied.rows[0].n).toBeGreaterThanOrEqual(4);
  });

  it("leave no lock behind, so another process can start while the first keeps running", async () => {
    const locks = await first.pool.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'");
    expect(locks.rows[0].n).toBe(0);
    await expect(Promise.race([
      applyMigrations(second.pool).then(() => "done"),
      new Promise((resolve) => setTimeout(() => resolve("blocked"), 5000)),
    ])).resolves.toBe("done");
  });
});
