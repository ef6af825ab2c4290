import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded.ts";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "waymark-embedded-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("the embedded PostgreSQL", () => {
  it("keeps data across a stop and a start, on 127.0.0.1 only, with a generated password", async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    const [listen] = await query<{ listen_addresses: string }>(first.url, "SHOW listen_addresses");
    expect(listen?.listen_addresses).toBe("127.0.0.1");
    expect(first.url).not.toContain(":password@");
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    expect(await query(second.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    const [version] = await query<{ server_version_num: string }>(second.url, "SHOW server_version_num");
    expect(Number(version?.server_version_num)).toBeGreaterThanOrEqual(150000);
    await second.stop();
  });

  it("refuses a second Waymark on the same data directory while the first runs", async () => {
    const running = await startEmbeddedPostgres({ dataDir });
    try {
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(
        new RegExp(`another Waymark \\(pid ${process.pid}\\) is using the data directory`),
      );
      // The refused attempt must not have touched the running server.
      expect(await query(running.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    } finally {
      await running.stop();
    }
  });

  it("stops a server left running by a crashed Waymark instead of starting a second one", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./embedded-crash-fixture.ts", import.meta.url)), dataDir], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.on("exit", (code) => reject(new Error(`fixture exited with ${code}`)));
    });
    await query(url, "SELECT 1");
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));
    const orphanPid = Number((await readFile(path.join(dataDir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
    expect(isAlive(orphanPid)).toBe(true);

    const notices: string[] = [];
    const restarted = await startEmbeddedPostgres({ dataDir, log: (m) => notices.push(m) });
    try {
      expect(notices.join("\n")).toContain(`a PostgreSQL server (pid ${orphanPid}) was left running`);
      expect(isAlive(orphanPid)).toBe(false);
      expect(await query(restarted.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    } finally {
      await restarted.stop();
    }
  });

  it.runIf(process.getuid?.() === 0)("run as root inside a directory the postgres user cannot enter, says which and how to fix it", async () => {
    const closed = await mkdtemp(path.join(tmpdir(), "waymark-closed-")); // mode 700, as `mktemp -d` makes it
    try {
      await mkdir(path.join(closed, "data"));
      await expect(startEmbeddedPostgres({ dataDir: path.join(closed, "data") })).rejects.toThrow(
        `Waymark runs as root, so its embedded PostgreSQL runs as the postgres user, which cannot enter ${closed} (mode 700). Allow it (chmod o+x ${closed}), run Waymark as an ordinary user, or set DATABASE_URL to an external PostgreSQL.`,
      );
    } finally {
      await rm(closed, { recursive: true, force: true });
    }
  });
});
