import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { type Database, insertUser } from "@waymark/db";
import { buildApp } from "../apps/server/src/app.ts";
import { hashPassword } from "../apps/server/src/auth/passwords.ts";
import { progress, round, type Summary, summarize } from "./stats.ts";

export const BENCH_USERNAME = "bench";

/** An HTTP client signed in to a Waymark API (in-process or a spawned server). */
export type ApiClient = { base: string; cookie: string };

/** Creates the bench's administrator (once per database) and returns its password. */
export async function createBenchUser(db: Database): Promise<string> {
  const password = randomBytes(18).toString("base64url");
  await insertUser(db, {
    username: BENCH_USERNAME,
    displayName: "Benchmark",
    passwordHash: await hashPassword(password),
    isAdministrator: true,
    mustChangePassword: false,
  });
  return password;
}

export async function signIn(base: string, password: string): Promise<ApiClient> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: BENCH_USERNAME, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed (${response.status}): ${await response.text()}`);
  await response.arrayBuffer();
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("waymark_session="))?.split(";")[0];
  if (!cookie) throw new Error("sign-in answered without a waymark_session cookie");
  return { base, cookie };
}

/** GET over real HTTP (fetch keeps connections alive); reads the whole body; refuses anything but 200. */
export async function apiGet(client: ApiClient, path: string): Promise<number> {
  const response = await fetch(`${client.base}${path}`, { headers: { cookie: client.cookie } });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${Buffer.from(body).toString().slice(0, 300)}`);
  return body.byteLength;
}

/** The API as `waymark serve` builds it, in this process, listening on a free port of 127.0.0.1. */
export async function startInProcessApi(db: Database, password: string): Promise<{ client: ApiClient; close: () => Promise<void> }> {
  const app = await buildApp({ deps: { db, now: () => new Date() } });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  try {
    return { client: await signIn(address, password), close: () => app.close() };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/** One figure: the same work through the API and as raw SQL; `i` picks the request's parameters. */
export type Case = { name: string; api: (i: number) => string; sql: (i: number) => Promise<unknown> };

export type CaseResult = { name: string; path: string; api: Summary; sql: Summary; ratioP50: number; ratioP99: number; responseBytes: number };

/**
 * Sequential requests, API and SQL alternating request by request so both see the same database, cache and machine
 * state: `warmup` untimed pairs, then `requests` timed pairs.
 */
export async function measureCase(client: ApiClient, testCase: Case, options: { warmup: number; requests: number }): Promise<CaseResult> {
  const api: number[] = [];
  const sql: number[] = [];
  let bytes = 0;
  for (let i = 0; i < options.warmup + options.requests; i++) {
    const path = testCase.api(i);
    let started = performance.now();
    bytes = await apiGet(client, path);
    const apiMs = performance.now() - started;
    started = performance.now();
    await testCase.sql(i);
    const sqlMs = performance.now() - started;
    if (i >= options.warmup) {
      api.push(apiMs);
      sql.push(sqlMs);
    }
  }
  const apiSummary = summarize(api);
  const sqlSummary = summarize(sql);
  progress(`  ${testCase.name}: API p50 ${apiSummary.p50} ms, SQL p50 ${sqlSummary.p50} ms`);
  return {
    name: testCase.name,
    path: testCase.api(0),
    api: apiSummary,
    sql: sqlSummary,
    ratioP50: round(apiSummary.p50 / sqlSummary.p50),
    ratioP99: round(apiSummary.p99 / sqlSummary.p99),
    responseBytes: bytes,
  };
}

export type ThroughputResult = { name: string; clients: number; requests: number; apiPerSecond: number; sqlPerSecond: number; ratio: number };

/** `clients` concurrent loops sharing `requests` requests; requests per second of the whole run. */
async function throughput(clients: number, requests: number, one: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < requests) await one(next++);
    }),
  );
  return requests / ((performance.now() - started) / 1000);
}

export async function measureThroughput(
  client: ApiClient,
  testCase: Case,
  options: { clients: number; requests: number },
): Promise<ThroughputResult> {
  // A short concurrent warm-up so connection pools on both sides are fully open before timing.
  await throughput(options.clients, options.clients * 2, (i) => apiGet(client, testCase.api(i)));
  await throughput(options.clients, options.clients * 2, (i) => testCase.sql(i));
  const apiPerSecond = await throughput(options.clients, options.requests, (i) => apiGet(client, testCase.api(i)));
  const sqlPerSecond = await throughput(options.clients, options.requests, (i) => testCase.sql(i));
  progress(`  ${testCase.name} × ${options.clients} clients: API ${apiPerSecond.toFixed(0)} req/s, SQL ${sqlPerSecond.toFixed(0)} req/s`);
  return {
    name: testCase.name,
    clients: options.clients,
    requests: options.requests,
    apiPerSecond: round(apiPerSecond, 1),
    sqlPerSecond: round(sqlPerSecond, 1),
    ratio: round(sqlPerSecond / apiPerSecond),
  };
}
