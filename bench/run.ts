/**
 * `npm run bench [-- --tenants N] [--notes M] [--only embedded|external] [--explain]`: figures for the foundation on the
 * embedded PostgreSQL and on an external one. Prints figures, never asserts; progress goes to stderr.
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import { parseArgs } from "node:util";
import { applyMigrations, connect } from "@waymark/db";
import pg from "pg";
import { seedTenants } from "../apps/server/src/seed/seed.ts";
import { type BenchDatabase, type DatabaseKind, openEmbedded, openExternal } from "./databases.ts";
import { type EngineSweepResult, measureEngineSweep, printEngineSweep } from "./engine-sweep.ts";
import { type Case, createBenchUser, measureCase, measureThroughput, startInProcessApi } from "./latency.ts";
import { type DataQualityBenchResult, measureDataQuality, printDataQuality } from "./data-quality.ts";
import { measureReports, printReports } from "./reports.ts";
import { measureNoteQuality, printNoteQuality } from "./note-quality.ts";
import { measureNotesSearch, type NotesSearchResult, printNotesSearch } from "./notes-search.ts";
import { type DatabaseResult, printDatabase, printSummary } from "./report.ts";
import { measureServerStarts } from "./server-start.ts";
import { explain, listStatements, type ListQuery, runDetail, runList, sampleTenantIds } from "./sql.ts";
import { checkEquivalence } from "./verify.ts";
import { wholeNumber } from "./standalone.ts";
import { progress, round, timed } from "./stats.ts";
import { measureTenantPage, printTenantPage, type TenantPageResult } from "./tenant-page.ts";
import { prepareTenantPageData } from "./tenant-page-data.ts";
import { measurePortfolio, type PortfolioBenchResult, printPortfolio } from "./portfolio.ts";

const TODAY = "2026-11-23";
const SEED = 1;

const { values: args } = parseArgs({
  options: {
    tenants: { type: "string", default: "100000" },
    only: { type: "string" },
    requests: { type: "string", default: "300" },
    warmup: { type: "string", default: "30" },
    clients: { type: "string", default: "8" },
    starts: { type: "string", default: "5" },
    "engine-timers": { type: "string" },
    "engine-seconds": { type: "string", default: "60" },
    notes: { type: "string", default: "1000000" },
    "page-loads": { type: "string", default: "30" },
    explain: { type: "boolean", default: false },
  },
});
const options = {
  tenants: wholeNumber("tenants", args.tenants, 1),
  requests: wholeNumber("requests", args.requests, 1),
  warmup: wholeNumber("warmup", args.warmup, 0),
  clients: wholeNumber("clients", args.clients, 1),
  starts: wholeNumber("starts", args.starts, 1),
  engineTimers: args["engine-timers"] === undefined ? undefined : wholeNumber("engine-timers", args["engine-timers"], 1),
  engineSeconds: wholeNumber("engine-seconds", args["engine-seconds"], 1),
  notes: wholeNumber("notes", args.notes, 0),
  pageLoads: wholeNumber("page-loads", args["page-loads"], 0),
  explain: args.explain ?? false,
};
if (args.only && args.only !== "embedded" && args.only !== "external") throw new Error("--only takes embedded or external");
const kinds: DatabaseKind[] = args.only ? [args.only as DatabaseKind] : ["embedded", "external"];

const LIST_CASES: { name: string; query: ListQuery; path: string }[] = [
  {
    name: "list: filter+sort+page",
    query: { region: "emea", sort: "-seats", limit: 50, offset: 500 },
    path: "/api/tenants?region=emea&sort=-seats&limit=50&offset=500",
  },
  { name: "list: search q=Summit", query: { q: "Summit", sort: "priority", limit: 50, offset: 0 }, path: "/api/tenants?q=Summit" },
  { name: "list: default sort", query: { sort: "priority", limit: 50, offset: 0 }, path: "/api/tenants?sort=priority&limit=50" },
];
const DETAIL_SAMPLE = 200;
/** The tenant-page figures per database (bench/tenant-page.ts), printed after the others of that database. */
const tenantPages = new Map<DatabaseKind, TenantPageResult>();
/** The Portfolio grid figures per database (bench/portfolio.ts); it adds assignments, inactive tenants and usage. */
const portfolios = new Map<DatabaseKind, PortfolioBenchResult>();

async function benchDatabase(
  database: BenchDatabase,
): Promise<DatabaseResult & { engine: EngineSweepResult; dataQuality: DataQualityBenchResult; notesSearch: NotesSearchResult | null }> {
  progress(`${database.kind}: ${database.description}`);
  const handle = connect(database.url, { applicationName: "waymark-bench" });
  const pool = new pg.Pool({ connectionString: database.url, max: 10, application_name: "waymark-bench-sql" });
  let password: string;
  let seed: DatabaseResult["seed"];
  const cases: Case[] = [];
  try {
    await applyMigrations(handle.pool);
    progress(`${database.kind}: seeding ${options.tenants.toLocaleString("en")} tenants`);
    let nextReport = 0.1;
    const seeded = await timed(() =>
      seedTenants(handle.db, {
        tenants: options.tenants,
        seed: SEED,
        today: TODAY,
        onProgress: (done, total) => {
          if (done / total >= nextReport || done === total) {
            progress(`  seeded ${done.toLocaleString("en")} / ${total.toLocaleString("en")} tenants`);
            nextReport = Math.floor((done / total) * 10 + 1) / 10;
          }
        },
      }),
    );
    const analyze = await timed(() => pool.query("VACUUM (ANALYZE)"));
    const size = await pool.query<{ bytes: string }>("SELECT pg_database_size(current_database())::text AS bytes");
    seed = {
      ms: round(seeded.ms, 0),
      tenantsPerSecond: round(seeded.value.tenants / (seeded.ms / 1000), 0),
      ...seeded.value,
      vacuumAnalyzeMs: round(analyze.ms, 0),
      databaseMb: round(Number(size.rows[0]?.bytes ?? 0) / 1024 / 1024, 0),
    };
    progress(`${database.kind}: seeded in ${(seeded.ms / 1000).toFixed(1)} s; VACUUM ANALYZE ${(analyze.ms / 1000).toFixed(1)} s`);
    password = await createBenchUser(handle.db);

    const ids = await sampleTenantIds(pool, DETAIL_SAMPLE);
    for (const c of LIST_CASES) cases.push({ name: c.name, api: () => c.path, sql: () => runList(pool, c.query) });
    cases.push({ name: "tenant detail", api: (i) => `/api/tenants/${ids[i % ids.length]}`, sql: (i) => runDetail(pool, ids[i % ids.length] as string) });

    if (options.explain) {
      for (const c of LIST_CASES) {
        const { page, count } = listStatements(c.query);
        progress(`EXPLAIN ANALYZE ${c.name} (page):\n${await explain(pool, page)}`);
        progress(`EXPLAIN ANALYZE ${c.name} (count):\n${await explain(pool, count)}`);
      }
    }
  } catch (error) {
    await pool.end();
    await handle.close();
    throw error;
  }

  const latency: DatabaseResult["latency"] = [];
  const throughput: DatabaseResult["throughput"] = [];
  const api = await startInProcessApi(handle.db, password).catch(async (error: unknown) => {
    await pool.end();
    await handle.close();
    throw error;
  });
  try {
    await checkEquivalence(api.client, pool, LIST_CASES, cases.at(-1) as Case);
    progress(`${database.kind}: latency, ${options.warmup} warm-up + ${options.requests} timed requests per case`);
    for (const c of cases) latency.push(await measureCase(api.client, c, options));
    progress(`${database.kind}: throughput with ${options.clients} concurrent clients`);
    for (const c of [cases[0], cases.at(-1)] as Case[]) {
      throughput.push(await measureThroughput(api.client, c, { clients: options.clients, requests: options.clients * 50 }));
    }
  } finally {
    await api.close();
    await pool.end();
    await handle.close();
  }

  // After the latency figures (they see the seed as it was), before the hand-over stops the embedded cluster.
  const dataQuality = await measureDataQuality(database.url, { today: TODAY, label: database.kind });
  const notesSearch = options.notes === 0 ? null : await withConnection(database.url, (notes) => measureNotesSearch(notes, database.kind, options.notes));
  const engine = await measureEngineSweep(database.url, {
    today: TODAY,
    label: database.kind,
    seconds: options.engineSeconds,
    ...(options.engineTimers ? { timers: options.engineTimers } : {}),
  });

  portfolios.set(database.kind, await measurePortfolio(database.url, { today: TODAY, label: database.kind }));

  // Its data goes in while the bench still owns the database; the loads run against waymark serve after the starts.
  const tenantPageData = options.pageLoads === 0 ? null : await prepareTenantPageData(database.url, TODAY);
  // The reports add usage days and forecasts to the seed, after the figures that read it as it was.
  printReports(await measureReports(database.url, { today: TODAY, label: database.kind }));
  progress(`${database.kind}: server start (waymark serve as a child process)`);
  await database.handOver();
  const server = await measureServerStarts({
    env: database.serverEnv(),
    starts: options.starts,
    password,
    loadPaths: [...LIST_CASES.map((c) => c.path), ...Array.from({ length: 5 }, (_, i) => cases.at(-1)?.api(i) ?? "")],
    rounds: 25,
    emptyTarget: database.emptyTarget,
  });
  if (tenantPageData) {
    const label = `${database.description}, ${options.tenants.toLocaleString("en")} tenants`;
    tenantPages.set(database.kind, await measureTenantPage(database, { loads: options.pageLoads, label, prepared: tenantPageData }));
  }
  return {
    kind: database.kind,
    description: database.description,
    clusterStartMs: database.clusterStartMs === null ? null : round(database.clusterStartMs, 0),
    seed,
    latency,
    throughput,
    server,
    engine,
    dataQuality,
    notesSearch,
  };
}

async function withConnection<T>(url: string, work: (handle: ReturnType<typeof connect>) => Promise<T>): Promise<T> {
  const handle = connect(url, { applicationName: "waymark-bench" });
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  const results: DatabaseResult[] = [];
  const skipped: { kind: DatabaseKind; reason: string }[] = [];
  for (const kind of kinds) {
    const database = kind === "embedded" ? await openEmbedded() : await openExternal();
    if (typeof database === "string") {
      progress(`external: skipped: ${database}`);
      skipped.push({ kind, reason: database });
      continue;
    }
    try {
      const result = await benchDatabase(database);
      results.push(result);
      printDatabase(result, options);
      printEngineSweep(result.engine);
      printDataQuality(result.dataQuality);
      if (result.notesSearch) printNotesSearch(result.notesSearch);
      const tenantPage = tenantPages.get(kind);
      if (tenantPage) printTenantPage(tenantPage);
      const portfolio = portfolios.get(kind);
      if (portfolio) printPortfolio(portfolio);
    } finally {
      progress(`${kind}: cleaning up`);
      await database.cleanup();
    }
  }
  printSummary(results, skipped, options);
  const noteQuality = measureNoteQuality();
  printNoteQuality(noteQuality);
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "?", memoryGb: round(os.totalmem() / 1024 ** 3, 1), node: process.version };
  const file = new URL("./results/latest.json", import.meta.url);
  await mkdir(new URL("./results/", import.meta.url), { recursive: true });
  await writeFile(file, `${JSON.stringify({ at: new Date().toISOString(), options, machine, results, skipped, noteQuality }, null, 2)}\n`);
  const tenantPageFile = new URL("./results/tenant-page.json", import.meta.url);
  await writeFile(tenantPageFile, `${JSON.stringify({ at: new Date().toISOString(), options, machine, results: [...tenantPages.values()] }, null, 2)}\n`);
  progress(`figures written to bench/results/latest.json`);
}

await main();
