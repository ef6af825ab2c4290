/** What a benchmark that also runs on its own needs: its arguments read, and a fresh seeded database. */
import { applyMigrations, connect } from "@waymark/db";
import { seedTenants } from "../apps/server/src/seed/seed.ts";
import { type DatabaseKind, openEmbedded, openExternal } from "./databases.ts";
import { progress, timed } from "./stats.ts";

/** `--name` as a whole number of at least `min` (underscores allowed: 100_000). */
export function wholeNumber(name: string, value: string | undefined, min = 1): number {
  const n = Number((value ?? "").replaceAll("_", ""));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
  return n;
}

export function databaseKindOf(value: string | undefined): DatabaseKind {
  if (value !== "embedded" && value !== "external") throw new Error("--only takes embedded or external");
  return value;
}

/**
 * Opens a fresh database of `kind`, migrates it, seeds `tenants` tenants (seed 1, as `npm run bench` does), runs
 * `work` on its URL, and removes the database whatever happens.
 */
export async function withSeededDatabase<T>(kind: DatabaseKind, options: { tenants: number; today: string }, work: (url: string) => Promise<T>): Promise<T> {
  const database = kind === "embedded" ? await openEmbedded() : await openExternal();
  if (typeof database === "string") throw new Error(`external: ${database}`);
  try {
    progress(`${kind}: ${database.description}`);
    const handle = connect(database.url, { applicationName: "waymark-bench" });
    try {
      await applyMigrations(handle.pool);
      const seeded = await timed(() => seedTenants(handle.db, { tenants: options.tenants, seed: 1, today: options.today }));
      await handle.pool.query("VACUUM (ANALYZE)");
      progress(`${kind}: seeded ${options.tenants.toLocaleString("en")} tenants in ${(seeded.ms / 1000).toFixed(1)} s`);
    } finally {
      await handle.close();
    }
    return await work(database.url);
  } finally {
    await database.cleanup();
  }
}
