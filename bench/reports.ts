/**
 * `npx tsx bench/reports.ts [--tenants N] [--only embedded|external] [--runs R] [--explain]`: the six reports at scale
 * (default 100,000 tenants, both databases). Seeds N tenants (as `npm run bench` does), then adds DIBS and SSAT, the
 * services' audit history, twelve month-end usage days, forecasts and an FM with 200 tenants (bench/reports-data.ts),
 * and times each report (the queries behind GET /api/reports/*) three ways: the whole portfolio, the portfolio filtered
 * (region EMEA, service Exchange) and the FM's own tenants (their visibility); each against reading one tenant by id
 * (the baseline), measured in the same run. `--explain` prints every statement's plan (EXPLAIN ANALYZE, BUFFERS, via
 * auto_explain) of one run per report and case to stderr. `measureReports` runs on a seeded database, so bench/run.ts
 * can call it. Prints figures, never asserts.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { connect, type Database, findTenant, reportConversion, reportHygiene, reportServiceStatus, type ReportScope } from "@waymark/db";
import { reportDibsCompletion, reportDibsTime, reportDibsUsage } from "@waymark/db";
import { seedReportData } from "./reports-data.ts";
import { databaseKindOf, wholeNumber, withSeededDatabase } from "./standalone.ts";
import { fmtMs, progress, round, type Summary, summarize, timed } from "./stats.ts";

const FM_TENANTS = 200;
const REPORTS = ["hygiene", "service-status", "conversion", "dibs-completion", "dibs-usage", "dibs-time"] as const;
const SCOPES = ["portfolio", "filtered", "fm"] as const;

export type ReportsBenchResult = {
  label: string;
  tenants: number;
  services: number;
  usageRows: number;
  auditEvents: number;
  setupMs: number;
  baseline: Summary;
  figures: { report: (typeof REPORTS)[number]; scope: (typeof SCOPES)[number]; summary: Summary }[];
};

function runReport(db: Database, report: (typeof REPORTS)[number], scope: ReportScope) {
  if (report === "hygiene") return reportHygiene(db, { ...scope, check: "next_action_past", newWithinDays: 30, limit: 50, offset: 0 });
  if (report === "service-status") return reportServiceStatus(db, scope);
  if (report === "dibs-completion") return reportDibsCompletion(db, { ...scope, missing: { row: "ftp_all", item: "intent" }, limit: 50, offset: 0 });
  if (report === "dibs-usage") return reportDibsUsage(db, scope);
  if (report === "dibs-time") return reportDibsTime(db, { ...scope, limit: 50, offset: 0 });
  return reportConversion(db, { ...scope, limit: 50, offset: 0 });
}

async function sample(runs: number, fn: () => Promise<unknown>): Promise<Summary> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/** Runs `work` with every statement's plan sent to this client as a notice (auto_explain), printed to stderr. */
async function withPlans(url: string, label: string, work: (db: Database) => Promise<unknown>): Promise<void> {
  const handle = connect(url, { applicationName: "waymark-bench-reports-explain", max: 1 });
  try {
    const client = await handle.pool.connect();
    try {
      client.on("notice", (notice) => progress(`${label}: ${notice.message ?? ""}`));
      await client.query("LOAD 'auto_explain'");
      await client.query("SET auto_explain.log_min_duration = 0; SET auto_explain.log_analyze = on; SET auto_explain.log_buffers = on; SET client_min_messages = log");
    } finally {
      client.release();
    }
    await work(handle.db);
  } finally {
    await handle.close();
  }
}

export async function measureReports(url: string, options: { today: string; label: string; runs?: number; explain?: boolean }): Promise<ReportsBenchResult> {
  const handle = connect(url, { applicationName: "waymark-bench-reports" });
  const { db, pool } = handle;
  const now = new Date(`${options.today}T12:00:00Z`);
  try {
    const setup = await timed(() => seedReportData(pool, { today: options.today, fmTenants: FM_TENANTS }));
    const count = async (table: string) => Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n ?? 0);
    const [tenants, services, usageRows, auditEvents] = [await count("tenants"), await count("tenant_services"), await count("usage_daily"), await count("audit_events")];
    progress(
      `${options.label}: DIBS, ${auditEvents.toLocaleString("en")} audit events, ${usageRows.toLocaleString("en")} usage days, forecasts and an FM with ${FM_TENANTS} tenants set up in ${(setup.ms / 1000).toFixed(1)} s`,
    );
    const scopes: Record<(typeof SCOPES)[number], ReportScope> = {
      portfolio: { visibility: { kind: "all" }, filters: {}, now },
      filtered: { visibility: { kind: "all" }, filters: { region: "emea", service: "exchange" }, now },
      fm: { visibility: { kind: "assigned", userId: setup.value }, filters: {}, now },
    };
    const runs = options.runs ?? 10;
    const ids = (await pool.query<{ id: string }>("SELECT id FROM tenants ORDER BY (hashtext(id::text || 'sample') & 2147483647), id LIMIT 200")).rows.map((r) => r.id);
    let i = 0;
    const baseline = await sample(runs * 5, () => findTenant(db, ids[i++ % ids.length] ?? "", { kind: "all" }));
    const figures: ReportsBenchResult["figures"] = [];
    for (const report of REPORTS) {
      for (const scope of SCOPES) {
        if (options.explain) await withPlans(url, `${options.label} ${report} (${scope})`, (plain) => runReport(plain, report, scopes[scope]));
        const summary = await sample(runs, () => runReport(db, report, scopes[scope]));
        figures.push({ report, scope, summary });
        progress(`${options.label}: ${report} (${scope}) p50 ${fmtMs(summary.p50)} ms`);
      }
    }
    return { label: options.label, tenants, services, usageRows, auditEvents, setupMs: setup.ms, baseline, figures };
  } finally {
    await handle.close();
  }
}

export function printReports(r: ReportsBenchResult): void {
  const scopeLabel = { portfolio: "whole portfolio", filtered: "region EMEA · service Exchange", fm: `an FM's ${FM_TENANTS} tenants` };
  const ratio = (a: number) => `${round(a / r.baseline.p50, 1)}×`;
  const rows: [string, string][] = [
    [`baseline: one tenant by id, ms p50 / p99 (${r.baseline.n} reads)`, `${fmtMs(r.baseline.p50)} / ${fmtMs(r.baseline.p99)}`],
    ...r.figures.map(({ report, scope, summary }): [string, string] => [
      `${report}, ${scopeLabel[scope]}, ms p50 / p99 (÷ baseline p50)`,
      `${fmtMs(summary.p50)} / ${fmtMs(summary.p99)} (${ratio(summary.p50)})`,
    ]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const out = (line = "") => process.stdout.write(`${line}\n`);
  out();
  out(
    `reports (bench/reports.ts), ${r.label}: ${r.tenants.toLocaleString("en")} tenants, ${r.services.toLocaleString("en")} services, ` +
      `${r.usageRows.toLocaleString("en")} usage days, ${r.auditEvents.toLocaleString("en")} audit events; setup ${(r.setupMs / 1000).toFixed(1)} s; ` +
      `${r.figures[0]?.summary.n ?? 0} timed runs each after a warm-up`,
  );
  out(`${"figure".padEnd(width)}  value`);
  out(`${"-".repeat(width)}  ${"-".repeat(12)}`);
  for (const [label, value] of rows) out(`${label.padEnd(width)}  ${value}`);
}

async function main() {
  const { values: args } = parseArgs({
    options: { tenants: { type: "string", default: "100000" }, only: { type: "string" }, runs: { type: "string", default: "10" }, explain: { type: "boolean", default: false } },
  });
  const tenants = wholeNumber("tenants", args.tenants);
  const runs = wholeNumber("runs", args.runs);
  const kinds = args.only ? [databaseKindOf(args.only)] : (["embedded", "external"] as const);
  const today = "2026-11-23";
  for (const kind of kinds) {
    try {
      await withSeededDatabase(kind, { tenants, today }, async (url) => printReports(await measureReports(url, { today, label: kind, runs, explain: args.explain ?? false })));
    } catch (error) {
      if (kind === "external" && error instanceof Error && error.message.startsWith("external:")) progress(`external: skipped: ${error.message}`);
      else throw error;
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
