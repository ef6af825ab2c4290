/**
 * `npx tsx bench/portfolio.ts [--tenants N] [--only embedded|external] [--runs R] [--explain]`: the Portfolio grid at scale. Seeds N tenants
 * (as `npm run bench` does), gives each a primary FM (50 FMs) and a customer-level primary RM (10 RMs), puts 5 % in an
 * FTCQ Inactive queue and marks 2 % confirmed duplicates, records two days of Exchange usage on 70 %, and gives one
 * bench FM 300 tenants. Then times, each against reading one tenant by id (the baseline) in the same run:
 * the FM's default view (my_active, High first), the all-tenant scope's first page by priority, a search, a sort on a
 * computed column (latest Exchange AU %), a filter on plain columns, a filter on a computed column, and the CSV export
 * of every row (total time). Queries run as GET /api/portfolio/tenants runs them (`listPortfolioPage`). Prints figures,
 * never asserts.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { connect, explainPortfolioPage, findTenant, listPortfolioPage, type PortfolioSelection, streamPortfolioRows } from "@waymark/db";
import { parsePortfolioQuery } from "@waymark/domain";
import Papa from "papaparse";
import { databaseKindOf, wholeNumber, withSeededDatabase } from "./standalone.ts";
import { fmtMs, progress, round, type Summary, summarize, timed } from "./stats.ts";

const FM_TENANTS = 300;
const RUNS = 20;

export type PortfolioBenchResult = {
  label: string;
  tenants: number;
  setupMs: number;
  baseline: Summary;
  cases: { name: string; summary: Summary; total: number }[];
  csv: { ms: number; rows: number; bytes: number };
};

async function sample(runs: number, fn: () => Promise<unknown>): Promise<Summary> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

async function seedPortfolio(pool: import("pg").Pool): Promise<string> {
  const fms = await pool.query<{ id: string }>(
    "INSERT INTO users (username, display_name, roles) SELECT 'bench-fm-' || g, 'Bench FM ' || g, '{fasttrack_manager}' FROM generate_series(1, 50) g RETURNING id",
  );
  const rms = await pool.query<{ id: string }>(
    "INSERT INTO users (username, display_name, roles) SELECT 'bench-rm-' || g, 'Bench RM ' || g, '{regional_manager}' FROM generate_series(1, 10) g RETURNING id",
  );
  const benchFm = fms.rows[0]?.id ?? "";
  await pool.query(
    `INSERT INTO assignments (customer_id, tenant_id, user_id, role, is_primary)
     SELECT t.customer_id, t.id, ($1::uuid[])[1 + (hashtext(t.id::text) & 2147483647) % 49 + 1], 'fm', true FROM tenants t
     ON CONFLICT DO NOTHING`,
    [fms.rows.map((r) => r.id)],
  );
  // Earlier figures of `npm run bench` may have given some tenants a primary FM already; they keep it.
  // The bench FM takes over the primary FM role of FM_TENANTS tenants.
  await pool.query(
    `UPDATE assignments SET user_id = $1 WHERE id IN (SELECT id FROM assignments WHERE role = 'fm' ORDER BY (hashtext(tenant_id::text || 'fm') & 2147483647), id LIMIT $2)`,
    [benchFm, FM_TENANTS],
  );
  await pool.query(
    `INSERT INTO assignments (customer_id, user_id, role, is_primary)
     SELECT c.id, ($1::uuid[])[1 + (hashtext(c.id::text) & 2147483647) % 10], 'rm', true FROM customers c
     ON CONFLICT DO NOTHING`,
    [rms.rows.map((r) => r.id)],
  );
  await pool.query(
    `INSERT INTO assignments (customer_id, tenant_id, queue_id, role)
     SELECT t.customer_id, t.id, q.id, 'rm' FROM tenants t JOIN queues q ON q.code = 'ftcq_inactive_' || t.region
     WHERE (hashtext(t.id::text || 'inactive') & 2147483647) % 20 = 0`,
  );
  await pool.query(
    `UPDATE tenants t SET duplicate_of_tenant_id = w.id
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM tenants) w
     WHERE (hashtext(t.id::text || 'dup') & 2147483647) % 50 = 0 AND w.n = 1 AND w.id <> t.id`,
  );
  await pool.query(
    `INSERT INTO usage_daily (tenant_id, customer_id, service, day, active_users, entitlements)
     SELECT t.id, t.customer_id, 'exchange', d.day, (hashtext(t.id::text || d.day::text) & 2147483647) % (t.seats + 1), t.seats
     FROM tenants t CROSS JOIN (VALUES ('2026-11-15'::date), ('2026-11-22'::date)) AS d(day)
     WHERE (hashtext(t.id::text || 'usage') & 2147483647) % 10 < 7 ON CONFLICT DO NOTHING`,
  );
  await pool.query("VACUUM (ANALYZE) assignments, tenants, usage_daily");
  return benchFm;
}

export async function measurePortfolio(url: string, options: { today: string; label: string; runs?: number; explain?: boolean }): Promise<PortfolioBenchResult> {
  const handle = connect(url, { applicationName: "waymark-bench-portfolio" });
  const { db, pool } = handle;
  try {
    const setup = await timed(() => seedPortfolio(pool));
    const fm = { userId: setup.value };
    progress(`${options.label}: assignments, inactive tenants and usage set up in ${(setup.ms / 1000).toFixed(1)} s`);
    const tenants = Number((await pool.query<{ n: string }>("SELECT count(*) AS n FROM tenants")).rows[0]?.n ?? 0);
    const selection = (scope: { mine: boolean; state: PortfolioSelection["state"] }, input: Parameters<typeof parsePortfolioQuery>[0]): PortfolioSelection => {
      const parsed = parsePortfolioQuery(input);
      if ("problems" in parsed) throw new Error(JSON.stringify(parsed.problems));
      const { filters, sort, search, columns } = parsed.query;
      return { ...scope, assignee: fm, visibility: { kind: "all" }, priority: "all", filters, sort, search, columns, today: options.today };
    };
    const all = { mine: false, state: "any" as const };
    const CASES: [string, PortfolioSelection][] = [
      [`FM default view: my_active, High first (${FM_TENANTS} tenants)`, selection({ mine: true, state: "active" }, {})],
      ["all scope, page 1 by priority (overview)", selection(all, {})],
      ["all active, page 1 by priority (overview)", selection({ mine: false, state: "active" }, {})],
      ["search q=Summit, all scope (overview columns)", selection(all, { q: "Summit" })],
      ["search q=Bench RM 7 (a primary RM's name), all scope", selection(all, { q: "Bench RM 7" })],
      ["sort by computed: -svc_exchange_au, all scope", selection(all, { display: "scorecard_adoption", sort: "-svc_exchange_au" })],
      ["filter: seats >= 5000 and region = emea, all scope", selection(all, { filter: ["seats:gte:5000", "region:eq:emea"] })],
      ["filter on computed: svc_exchange_au >= 90, all scope", selection(all, { filter: "svc_exchange_au:gte:90" })],
    ];
    const ids = (await pool.query<{ id: string }>("SELECT id FROM tenants ORDER BY (hashtext(id::text || 'sample') & 2147483647), id LIMIT 200")).rows.map((r) => r.id);
    let i = 0;
    const runs = options.runs ?? RUNS;
    const baseline = await sample(runs * 2, () => findTenant(db, ids[i++ % ids.length] ?? "", { kind: "all" }));
    const cases: PortfolioBenchResult["cases"] = [];
    for (const [name, query] of CASES) {
      if (options.explain) progress(`${options.label}: ${name}\n${(await explainPortfolioPage(db, query, { limit: 100, offset: 0 })).join("\n")}`);
      let total = 0;
      const summary = await sample(runs, async () => {
        total = (await listPortfolioPage(db, query, { limit: 100, offset: 0 })).total;
      });
      progress(`${options.label}: ${name}: p50 ${fmtMs(summary.p50)} ms, ${total.toLocaleString("en")} rows`);
      cases.push({ name, summary, total });
    }
    const csv = await timed(async () => {
      let rows = 0;
      let bytes = 0;
      for await (const chunk of streamPortfolioRows(db, selection(all, {}))) {
        rows += chunk.length;
        bytes += Papa.unparse(chunk.map((row) => Object.values(row.cells)), { header: false }).length;
      }
      return { rows, bytes };
    });
    return { label: options.label, tenants, setupMs: setup.ms, baseline, cases, csv: { ms: csv.ms, ...csv.value } };
  } finally {
    await handle.close();
  }
}

export function printPortfolio(r: PortfolioBenchResult): void {
  const ratio = (a: number, b: number) => `${round(a / b, 1)}×`;
  const rows: [string, string][] = [
    [`baseline: one tenant by id, ms p50 / p99 (${r.baseline.n} reads)`, `${fmtMs(r.baseline.p50)} / ${fmtMs(r.baseline.p99)}`],
    ...r.cases.map(({ name, summary, total }): [string, string] => [
      `${name}, page of 100 of ${total.toLocaleString("en")}, ms p50 / p99 (÷ baseline p50)`,
      `${fmtMs(summary.p50)} / ${fmtMs(summary.p99)} (${ratio(summary.p50, r.baseline.p50)})`,
    ]),
    [`CSV export of every row (${r.csv.rows.toLocaleString("en")} rows, overview columns), total s`, `${(r.csv.ms / 1000).toFixed(2)} (${ratio(r.csv.ms, r.baseline.p50)})`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const out = (line = "") => process.stdout.write(`${line}\n`);
  out();
  out(`portfolio grid (bench/portfolio.ts), ${r.label}, ${r.tenants.toLocaleString("en")} tenants; setup ${(r.setupMs / 1000).toFixed(1)} s`);
  out(`${"figure".padEnd(width)}  value`);
  out(`${"-".repeat(width)}  ${"-".repeat(12)}`);
  for (const [label, value] of rows) out(`${label.padEnd(width)}  ${value}`);
}

async function main() {
  const { values: args } = parseArgs({
    options: { tenants: { type: "string", default: "100000" }, only: { type: "string", default: "embedded" }, explain: { type: "boolean", default: false }, runs: { type: "string", default: String(RUNS) } },
  });
  const tenants = wholeNumber("tenants", args.tenants);
  const kind = databaseKindOf(args.only);
  const today = "2026-11-23";
  await withSeededDatabase(kind, { tenants, today }, async (url) => printPortfolio(await measurePortfolio(url, { today, label: kind, explain: args.explain ?? false, runs: wholeNumber("runs", args.runs) })));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
