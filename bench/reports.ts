/**
 * `npx tsx bench/reports.ts [--tenants N] [--only embedded|external]`: the hygiene, service status and conversion
 * reports at scale (default 100,000 tenants, both databases). Seeds N tenants (as `npm run bench` does), gives every
 * service twelve month-end usage days (AU % rising from a per-service start) and a third of them 15 %/40 % forecast
 * dates, assigns an FM 200 tenants, then times each report (the queries behind GET /api/reports/*) three ways: the
 * whole portfolio, the portfolio filtered (region EMEA, service Exchange) and the FM's own tenants (their visibility).
 * `measureReports` runs on a seeded database, so bench/run.ts can call it. Prints figures, never asserts.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { connect, type Database, reportConversion, reportHygiene, reportServiceStatus, type ReportScope } from "@waymark/db";
import { reportDibsCompletion, reportDibsTime, reportDibsUsage } from "@waymark/db";
import { databaseKindOf, wholeNumber, withSeededDatabase } from "./standalone.ts";
import { fmtMs, progress, type Summary, summarize, timed } from "./stats.ts";

const FM_TENANTS = 200;
const REPORTS = ["hygiene", "service-status", "conversion", "dibs-completion", "dibs-usage", "dibs-time"] as const;
const SCOPES = ["portfolio", "filtered", "fm"] as const;

export type ReportsBenchResult = {
  label: string;
  tenants: number;
  services: number;
  usageRows: number;
  setupMs: number;
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

export async function measureReports(url: string, options: { today: string; label: string; runs?: number }): Promise<ReportsBenchResult> {
  const handle = connect(url, { applicationName: "waymark-bench-reports" });
  const { db, pool } = handle;
  const now = new Date(`${options.today}T12:00:00Z`);
  try {
    const setup = await timed(async () => {
      // Month ends of the last 12 months; AU % = start + 4 points a month, start 0–29 % by service.
      await pool.query(
        `INSERT INTO usage_daily (tenant_id, customer_id, service, day, active_users, entitlements)
         SELECT s.tenant_id, s.customer_id, s.service, m.day,
                least(s.total_entitlements, s.total_entitlements * ((hashtext(s.id::text) & 2147483647) % 30 + m.k * 4) / 100),
                s.total_entitlements
         FROM tenant_services s
         CROSS JOIN LATERAL (SELECT k, (date_trunc('month', $1::date) - make_interval(months => 11 - k) + interval '1 month - 1 day')::date AS day
                             FROM generate_series(0, 11) AS k) m
         WHERE m.day <= $1::date
         ON CONFLICT DO NOTHING`,
        [options.today],
      );
      await pool.query(
        `UPDATE tenant_services SET forecast15_on = $1::date + ((hashtext(id::text) & 2147483647) % 240 - 120),
                                    forecast40_on = $1::date + ((hashtext(id::text) & 2147483647) % 240)
         WHERE (hashtext(id::text) & 2147483647) % 3 = 0`,
        [options.today],
      );
      const fm = (await pool.query<{ id: string }>("INSERT INTO users (username, display_name, roles) VALUES ('bench-reports-fm', 'Bench Reports FM', '{fasttrack_manager}') RETURNING id")).rows[0]?.id ?? "";
      await pool.query(
        `INSERT INTO assignments (customer_id, tenant_id, user_id, role, is_primary)
         SELECT customer_id, id, $1::uuid, 'fm', true FROM tenants ORDER BY (hashtext(id::text || 'reports') & 2147483647), id LIMIT $2
         ON CONFLICT DO NOTHING`,
        [fm, FM_TENANTS],
      );
      await pool.query("VACUUM (ANALYZE) usage_daily, tenant_services, assignments");
      await pool.query("VACUUM (ANALYZE) usage_monthly"); // the rollup the usage days' triggers wrote
      return fm;
    });
    const count = async (table: string) => Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n ?? 0);
    const [tenants, services, usageRows] = [await count("tenants"), await count("tenant_services"), await count("usage_daily")];
    progress(`${options.label}: ${usageRows.toLocaleString("en")} usage days, forecasts and an FM with ${FM_TENANTS} tenants set up in ${(setup.ms / 1000).toFixed(1)} s`);
    const scopes: Record<(typeof SCOPES)[number], ReportScope> = {
      portfolio: { visibility: { kind: "all" }, filters: {}, now },
      filtered: { visibility: { kind: "all" }, filters: { region: "emea", service: "exchange" }, now },
      fm: { visibility: { kind: "assigned", userId: setup.value }, filters: {}, now },
    };
    const runs = options.runs ?? 10;
    const figures: ReportsBenchResult["figures"] = [];
    for (const report of REPORTS) {
      for (const scope of SCOPES) {
        await runReport(db, report, scopes[scope]); // warm-up
        const samples: number[] = [];
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          await runReport(db, report, scopes[scope]);
          samples.push(performance.now() - started);
        }
        figures.push({ report, scope, summary: summarize(samples) });
        progress(`${options.label}: ${report} (${scope}) p50 ${fmtMs(summarize(samples).p50)} ms`);
      }
    }
    return { label: options.label, tenants, services, usageRows, setupMs: setup.ms, figures };
  } finally {
    await handle.close();
  }
}

export function printReports(r: ReportsBenchResult): void {
  const scopeLabel = { portfolio: "whole portfolio", filtered: "region EMEA · service Exchange", fm: `an FM's ${FM_TENANTS} tenants` };
  const rows: [string, string][] = r.figures.map(({ report, scope, summary }) => [
    `${report}, ${scopeLabel[scope]}, ms p50 / p99 (max of ${summary.n})`,
    `${fmtMs(summary.p50)} / ${fmtMs(summary.p99)} (${fmtMs(summary.max)})`,
  ]);
  const width = Math.max(...rows.map(([label]) => label.length));
  const out = (line = "") => process.stdout.write(`${line}\n`);
  out();
  out(`reports (bench/reports.ts), ${r.label}: ${r.tenants.toLocaleString("en")} tenants, ${r.services.toLocaleString("en")} services, ${r.usageRows.toLocaleString("en")} usage days`);
  out(`${"figure".padEnd(width)}  value`);
  out(`${"-".repeat(width)}  ${"-".repeat(12)}`);
  for (const [label, value] of rows) out(`${label.padEnd(width)}  ${value}`);
}

async function main() {
  const { values: args } = parseArgs({ options: { tenants: { type: "string", default: "100000" }, only: { type: "string" }, runs: { type: "string", default: "10" } } });
  const tenants = wholeNumber("tenants", args.tenants);
  const runs = wholeNumber("runs", args.runs);
  const kinds = args.only ? [databaseKindOf(args.only)] : (["embedded", "external"] as const);
  const today = "2026-11-23";
  for (const kind of kinds) {
    try {
      await withSeededDatabase(kind, { tenants, today }, async (url) => printReports(await measureReports(url, { today, label: kind, runs })));
    } catch (error) {
      if (kind === "external" && error instanceof Error && error.message.startsWith("external:")) progress(`external: skipped: ${error.message}`);
      else throw error;
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
