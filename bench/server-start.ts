import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { freePort } from "./databases.ts";
import { type ApiClient, apiGet, signIn } from "./latency.ts";
import { median, onExit, progress, round, sleep } from "./stats.ts";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const WAYMARK_BIN = path.join(REPO_ROOT, "apps/server/bin/waymark.js");
const HEALTH_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

type Server = { child: ChildProcess; pid: number; base: string; output: () => string; exited: Promise<number | null> };

/** BENCH_TRACE_SERVER=1 echoes the child's output to stderr, each line with the ms since spawn. */
const TRACE = process.env.BENCH_TRACE_SERVER === "1";

/** Variables a developer's shell may carry that would point the child somewhere else. */
const INHERITED_CONFIG = ["DATABASE_URL", "REPORTING_DATABASE_URL", "WAYMARK_DATA_DIR", "WAYMARK_WEB_DIR", "PORT", "HOST", "LOG_LEVEL"];

async function spawnServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of INHERITED_CONFIG) delete childEnv[name];
  Object.assign(childEnv, { WAYMARK_DEMO: "false", PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info" }, env);
  const child = spawn(process.execPath, [WAYMARK_BIN, "serve"], { cwd: REPO_ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error("could not spawn waymark serve");
  let output = "";
  const spawned = performance.now();
  // Keep only the tail (and never a one-time password) for error messages; always drain the pipes.
  const keep = (chunk: Buffer) => {
    const text = chunk.toString().replace(/password: .*/g, "password: ***");
    output = (output + text).slice(-8000);
    if (TRACE) {
      const at = (performance.now() - spawned).toFixed(0).padStart(6);
      for (const line of text.split("\n").filter(Boolean)) process.stderr.write(`[serve +${at} ms] ${line}\n`);
    }
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // If the bench itself is interrupted, the server still gets its orderly SIGTERM shutdown.
  const cancelExit = onExit(() => child.kill("SIGTERM"));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      cancelExit();
      resolve(code);
    }),
  );
  return { child, pid: child.pid, base: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Milliseconds from now until GET /api/health answers 200 (polled every 10 ms). */
async function waitHealthy(server: Server, started: number): Promise<number> {
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code ?? -1));
  while (performance.now() - started < HEALTH_TIMEOUT_MS) {
    if (exitCode !== undefined) throw new Error(`waymark serve exited (${exitCode}) before answering:\n${server.output()}`);
    try {
      const response = await fetch(`${server.base}/api/health`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  throw new Error(`waymark serve did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000} s:\n${server.output()}`);
}

/** SIGTERM, then wait for the process to exit (SIGKILL after a minute); returns the shutdown time. */
async function stopServer(server: Server): Promise<number> {
  const started = performance.now();
  if (server.child.exitCode !== null || server.child.signalCode !== null) return 0;
  server.child.kill("SIGTERM");
  const code = await Promise.race([server.exited, sleep(STOP_TIMEOUT_MS).then(() => "timeout" as const)]);
  if (code === "timeout") {
    progress(`waymark serve (pid ${server.pid}) ignored SIGTERM for ${STOP_TIMEOUT_MS / 1000} s; killing it`);
    server.child.kill("SIGKILL");
    await server.exited;
  }
  return performance.now() - started;
}

/** VmRSS and VmHWM (peak) of a process, in kB, from /proc/<pid>/status. */
export async function residentMemory(pid: number): Promise<{ rssKb: number; peakKb: number }> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssKb: field("VmRSS"), peakKb: field("VmHWM") };
}

/** Starts a server, times it until healthy, runs `during` (if any) and stops it, whatever happens. */
async function oneStart<T>(env: Record<string, string>, during?: (server: Server) => Promise<T>) {
  const started = performance.now();
  const server = await spawnServer(env);
  try {
    const ms = await waitHealthy(server, started);
    // `waymark serve` reports how long its own start took, from its first line of code to listening.
    const reported = /started in (\d+) ms/.exec(server.output());
    const extra = during ? await during(server) : undefined;
    return { ms, inServeMs: reported ? Number(reported[1]) : Number.NaN, extra, stopMs: await stopServer(server) };
  } catch (error) {
    await stopServer(server);
    throw error;
  }
}

export type StartResult = {
  startsMs: number[];
  medianStartMs: number;
  /** Of the start, the part `waymark serve` reports itself (database, migrations, app, listen): the rest is Node + tsx + module loading. */
  medianInServeMs: number;
  medianStopMs: number;
  firstStart: { label: string; ms: number };
  memory: { idleRssKb: number; afterLoadRssKb: number; peakKb: number; loadRequests: number };
};

export async function measureServerStarts(options: {
  env: Record<string, string>;
  starts: number;
  password: string;
  /** API paths requested, each `rounds` times, before reading the memory after load. */
  loadPaths: string[];
  rounds: number;
  emptyTarget: () => Promise<{ env: Record<string, string>; label: string; dispose: () => Promise<void> }>;
}): Promise<StartResult> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "waymark-bench-serve-"));
  const env = { WAYMARK_DATA_DIR: scratch, ...options.env };
  try {
    progress("  server start: one untimed start (fills the TypeScript transform cache)");
    await oneStart(env);
    const starts: number[] = [];
    const inServe: number[] = [];
    const stops: number[] = [];
    let memory: StartResult["memory"] | undefined;
    for (let k = 1; k <= options.starts; k++) {
      const last = k === options.starts;
      const result = await oneStart(env, last ? (server) => memoryUnderLoad(server, options) : undefined);
      starts.push(result.ms);
      inServe.push(result.inServeMs);
      stops.push(result.stopMs);
      if (result.extra) memory = result.extra;
      progress(
        `  server start ${k}/${options.starts}: ${result.ms.toFixed(0)} ms, ${result.inServeMs} ms of it inside serve (stop ${result.stopMs.toFixed(0)} ms)`,
      );
    }
    const target = await options.emptyTarget();
    let first: number;
    try {
      first = (await oneStart({ WAYMARK_DATA_DIR: scratch, ...target.env })).ms;
    } finally {
      await target.dispose();
    }
    progress(`  ${target.label}: ${first.toFixed(0)} ms`);
    if (!memory) throw new Error("no memory figures were taken");
    return {
      startsMs: starts.map((ms) => round(ms, 1)),
      medianStartMs: round(median(starts), 1),
      medianInServeMs: round(median(inServe), 1),
      medianStopMs: round(median(stops), 1),
      firstStart: { label: target.label, ms: round(first, 1) },
      memory,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function memoryUnderLoad(server: Server, options: { password: string; loadPaths: string[]; rounds: number }) {
  await sleep(2000); // let start-up garbage settle
  const idle = await residentMemory(server.pid);
  const client: ApiClient = await signIn(server.base, options.password);
  let requests = 0;
  for (let round = 0; round < options.rounds; round++) {
    for (const path of options.loadPaths) {
      await apiGet(client, path);
      requests++;
    }
  }
  const after = await residentMemory(server.pid);
  progress(`  memory: idle ${(idle.rssKb / 1024).toFixed(1)} MB, after ${requests} requests ${(after.rssKb / 1024).toFixed(1)} MB`);
  return { idleRssKb: idle.rssKb, afterLoadRssKb: after.rssKb, peakKb: after.peakKb, loadRequests: requests };
}
