import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { fileURLToPath } from "node:url";
import * as schema from "./schema/index.ts";

export type Database = NodePgDatabase<typeof schema>;
/** A database handle inside a transaction; commands receive this. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

export type DatabaseHandle = { db: Database; pool: pg.Pool; close: () => Promise<void> };

// node-postgres returns int8 (count(*), bigserial) as strings; every count we read fits in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
// Dates (no time) stay ISO strings, never shifted through the process time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function connect(url: string, options: { max?: number; applicationName?: string } = {}): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? "waymark",
  });
  pool.on("error", () => {
    // An idle client lost its connection (e.g. the server restarted); the pool replaces it on next use.
  });
  // A connection dropped mid-transaction (server restart, killed backend) fails the query that was using it; without
  // a listener the client's own error event would crash the process.
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = drizzle({ client: pool, schema, casing: "snake_case" });
  return { db, pool, close: () => pool.end() };
}

export const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations", import.meta.url));

/**
 * Applies every pending migration; safe on every start and from several processes at once. The advisory lock and
 * the migrations share one dedicated connection: a session-level lock must be released on the connection that took it.
 */
export async function applyMigrations(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock(727274)");
    try {
      await migrate(drizzle({ client, casing: "snake_case" }), { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await client.query("SELECT pg_advisory_unlock(727274)");
    }
  } finally {
    client.release();
  }
}
