/**
 * `waymark serve` as a child process for the tenant-page bench, on 127.0.0.1 and a free port, serving a snapshot of
 * the built web app; its request log (LOG_LEVEL=info, one JSON line per request) gives the server time of each request.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { freePort } from "./databases.ts";
import { onExit, progress, sleep } from "./stats.ts";

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const WAYMARK_BIN = path.join(REPO_ROOT, "apps/server/bin/waymark.js");
const WEB_DIST = path.join(REPO_ROOT, "apps/web/dist");
/** The lock other work takes around `npm run build:web`, so the bench never copies a half-written build. */
const WEB_LOCK = "/tmp/waymark-web.lock";
const INHERITED_CONFIG = ["DATABASE_URL", "REPORTING_DATABASE_URL", "WAYMARK_DATA_DIR", "WAYMARK_WEB_DIR", "PORT", "HOST", "LOG_LEVEL"];

/** A copy of apps/web/dist (built first if missing), so a rebuild elsewhere during the run cannot change what is served. */
export async function webSnapshot(): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "waymark-bench-web-"));
  const script = `test -f ${WEB_DIST}/index.html || npm run build:web >&2; cp -r ${WEB_DIST}/. ${dir}/`;
  if (!existsSync(path.join(WEB_DIST, "index.html"))) progress("tenant page: apps/web/dist is missing; npm run build:web");
  if (existsSync("/usr/bin/flock")) await run("flock", [WEB_LOCK, "sh", "-c", script], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
  else {
    if (!existsSync(path.join(WEB_DIST, "index.html"))) await run("npm", ["run", "build:web"], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
    await cp(WEB_DIST, dir, { recursive: true });
  }
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** One answered request from the server's log. */
export type ServedRequest = { method: string; url: string; status: number; ms: number };

export type PageServer = {
  base: string;
  served: () => ServedRequest[];
  clearServed: () => void;
  /** The server process's CPU time so far (user + system), in ms; NaN where /proc cannot tell. */
  cpuMs: () => number;
  stop: () => Promise<void>;
};

/** CPU time of a process from /proc/<pid>/stat (Linux): utime and stime, in clock ticks of 10 ms. */
function processCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

export async function startPageServer(env: Record<string, string>, webDir: string): Promise<PageServer> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of INHERITED_CONFIG) delete childEnv[name];
  // Background work would compete with the loads: the sweep and the summary refresh wait an hour (the summaries are fresh).
  Object.assign(
    childEnv,
    { WAYMARK_DEMO: "false", PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", WAYMARK_WEB_DIR: webDir },
    { WAYMARK_TIMER_SWEEP_SECONDS: "3600", WAYMARK_DATA_QUALITY_REFRESH_SECONDS: "3600" },
    env,
  );
  const child = spawn(process.execPath, [WAYMARK_BIN, "serve"], { cwd: REPO_ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  const pending = new Map<string, { method: string; url: string }>();
  let served: ServedRequest[] = [];
  let tail = "";
  let partial = "";
  const onLine = (line: string) => {
    if (!line.startsWith("{")) return;
    try {
      const entry = JSON.parse(line) as { reqId?: string; req?: { method: string; url: string }; res?: { statusCode: number }; responseTime?: number };
      if (!entry.reqId) return;
      if (entry.req) pending.set(entry.reqId, entry.req);
      else if (entry.res && entry.responseTime !== undefined) {
        const req = pending.get(entry.reqId);
        pending.delete(entry.reqId);
        if (req) served.push({ method: req.method, url: req.url, status: entry.res.statusCode, ms: entry.responseTime });
      }
    } catch {
      // not a log line of a request
    }
  };
  const keep = (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const lines = text.split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) onLine(line);
    tail = (tail + chunk.toString().replace(/password: .*/g, "password: ***")).slice(-6000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-6000)));
  const cancelExit = onExit(() => child.kill("SIGTERM"));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code) => {
      exitCode = code;
      cancelExit();
      resolve();
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exitCode !== undefined) return;
    child.kill("SIGTERM");
    if ((await Promise.race([exited.then(() => "exited"), sleep(60_000)])) !== "exited") {
      child.kill("SIGKILL");
      await exited;
    }
  };
  const started = performance.now();
  while (performance.now() - started < 180_000) {
    if (exitCode !== undefined) throw new Error(`waymark serve exited (${exitCode}) before answering:\n${tail}`);
    const healthy = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) })
      .then(async (response) => (await response.arrayBuffer(), response.status === 200))
      .catch(() => false);
    if (healthy) {
      progress(`tenant page: waymark serve answered in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return { base, served: () => served, clearServed: () => (served = []), cpuMs: () => processCpuMs(child.pid), stop };
    }
    await sleep(50);
  }
  await stop();
  throw new Error(`waymark serve did not answer /api/health within 180 s:\n${tail}`);
}

/** Signs in through POST /api/auth/login and returns the session cookie's value. */
export async function sessionCookie(base: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username} failed (${response.status}): ${await response.text()}`);
  await response.arrayBuffer();
  const value = response.headers.getSetCookie().find((c) => c.startsWith("waymark_session="))?.split(";")[0]?.slice("waymark_session=".length);
  if (!value) throw new Error("sign-in answered without a waymark_session cookie");
  return value;
}
