import { applyMigrations, connect, type DatabaseHandle, startEmbeddedPostgres } from "@waymark/db";
import { type Env, redactUrl } from "./env.ts";

export type OpenedDatabase = DatabaseHandle & {
  description: string;
  /** Closes the pool and, for the embedded server, stops it. */
  shutdown: () => Promise<void>;
};

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL in WAYMARK_DATA_DIR; then applies migrations. */
export async function openDatabase(
  env: Pick<Env, "DATABASE_URL" | "WAYMARK_DATA_DIR">,
  log: { notice: (message: string) => void; server?: (message: string) => void },
  options: { max?: number } = {},
): Promise<OpenedDatabase> {
  if (env.DATABASE_URL) {
    const handle = connect(env.DATABASE_URL, options);
    await applyMigrations(handle.pool);
    return { ...handle, description: `PostgreSQL at ${redactUrl(env.DATABASE_URL)}`, shutdown: handle.close };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: env.WAYMARK_DATA_DIR,
    log: log.notice,
    ...(log.server ? { serverLog: log.server } : {}),
  });
  try {
    const handle = connect(embedded.url, options);
    await applyMigrations(handle.pool);
    return {
      ...handle,
      description: `embedded PostgreSQL, data in ${embedded.dataDir}`,
      shutdown: async () => {
        await handle.close();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
