/**
 * `npx tsx bench/data-quality.ts [--tenants N] [--only embedded|external]`: the data-quality report at scale. Seeds N
 * tenants (as `npm run bench` does), gives them notes (an Overall Status note per tenant, a third of them revised,
 * two other notes each) and Enterprise Level 3 on a quarter of the enterprise tenants, then times, against baselines
 * measured in the same run:
 * - one tenant's report (`tenantDataQuality`, what GET /api/tenants/:id/data-quality reads and checks) against reading
 *   the tenant and its services as GET /api/tenants/:id does;
 * - the refresh of every tenant's stored summary (`refreshDataQualitySummaries`, as `waymark serve` runs it), tenants/s;
 * - the portfolio report from the summaries (`reportDataQuality`, first page of 25) against
 *   `SELECT count(*) FROM tenant_services`, and against computing it live (`computeDataQualityReport`, every check
 *   run on every tenant in batches: what the report did before the summaries);
 * - an FM's report (200 assigned tenants among the N), from the summaries.
 * `measureDataQuality` runs on a seeded database, so bench/run.ts can call it. Prints figures, never asserts.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import {
  computeDataQualityReport,
  connect,
  findServicesOfTenant,
  findTenant,
  refreshDataQualitySummaries,
  reportDataQuality,
  tenantDataQuality,
} from "@waymark/db";
import { databaseKindOf, wholeNumber, withSeededDatabase } from "./standalone.ts";
import { fmtMs, progress, round, type Summary, summarize, timed } from "./stats.ts";

const TENANT_SAMPLE = 200;
const FM_TENANTS = 200;

export type DataQualityBenchResult = {
  label: string;
  tenants: number;
  setupMs: number;
  perTenant: Summary;
  perTenantBaseline: Summary;
  refreshMs: number;
  portfolio: Summary;
  portfolioLive: Summary;
  portfolioBaseline: Summary;
  fm: Summary;
  tenantsWithFindings: number;
  findings: number;
};

async function sample(runs: number, fn: (i: number) => Promise<unknown>): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export async function measureDataQuality(url: string, options: { today: string; label: string; portfolioRuns?: number; liveRuns?: number }): Promise<DataQualityBenchResult> {
  const handle = connect(url, { applicationName: "waymark-bench-data-quality" });
  const { db, pool } = handle;
  const now = new Date(`${options.today}T12:00:00Z`);
  try {
    const setup = await timed(async () => {
      const author = (await pool.query<{ id: string }>("INSERT INTO users (username, display_name, is_administrator) VALUES ('bench-dq', 'Bench DQ', true) RETURNING id")).rows[0]?.id;
      // Overall Status notes 0–29 days old, a next action on every fifth; two other notes per tenant; a third revised.
      await pool.query(
        `INSERT INTO notes (tenant_id, customer_id, category, body, author_id, created_at, next_action_date)
         SELECT t.id, t.customer_id, c.category, 'Governance call held; next steps agreed with the IT lead.', $1::uuid,
                $2::timestamptz - make_interval(days => ((hashtext(t.id::text) & 2147483647) + c.k * 7) % 30),
                CASE WHEN c.k = 0 AND (hashtext(t.id::text) & 2147483647) % 5 = 0 THEN $3::date + ((hashtext(t.id::text) & 2147483647) % 40 - 20) END
         FROM tenants t CROSS JOIN (VALUES (0, 'engagement_management'), (1, 'technical_enablement'), (2, 'service_intent')) AS c(k, category)`,
        [author, now.toISOString(), options.today],
      );
      await pool.query(
        `INSERT INTO notes (tenant_id, customer_id, category, body, author_id, created_at, supersedes_note_id)
         SELECT n.tenant_id, n.customer_id, n.category, n.body || ' Revised.', n.author_id, n.created_at + interval '1 hour', n.id
         FROM notes n WHERE n.category = 'engagement_management' AND (hashtext(n.id::text) & 2147483647) % 3 = 0`,
      );
      await pool.query("UPDATE tenants SET enterprise_level = 3 WHERE segment = 'enterprise' AND (hashtext(id::text) & 2147483647) % 4 = 0");
      const fm = (await pool.query<{ id: string }>("INSERT INTO users (username, display_name, roles) VALUES ('bench-dq-fm', 'Bench DQ FM', '{fasttrack_manager}') RETURNING id")).rows[0]?.id;
      await pool.query(
        `INSERT INTO assignments (customer_id, tenant_id, user_id, role, is_primary)
         SELECT customer_id, id, $1::uuid, 'fm', true FROM tenants ORDER BY (hashtext(id::text) & 2147483647), id LIMIT $2`,
        [fm, FM_TENANTS],
      );
      await pool.query("VACUUM (ANALYZE) notes, tenants, assignments");
      return fm ?? "";
    });
    const tenants = Number((await pool.query<{ n: string }>("SELECT count(*) AS n FROM tenants")).rows[0]?.n ?? 0);
    progress(`${options.label}: notes, Enterprise flags and an FM with ${FM_TENANTS} tenants set up in ${(setup.ms / 1000).toFixed(1)} s`);
    const ids = (await pool.query<{ id: string }>("SELECT id FROM tenants ORDER BY (hashtext(id::text || 'sample') & 2147483647), id LIMIT $1", [TENANT_SAMPLE])).rows.map((r) => r.id);
    const at = (i: number) => ids[i % ids.length] as string;

    // Warm both paths once, then alternate so machine noise hits both sides alike.
    await tenantDataQuality(db, at(0), now);
    await findServicesOfTenant(db, at(0));
    const perTenant: number[] = [];
    const perTenantBaseline: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      let started = performance.now();
      await tenantDataQuality(db, at(i), now);
      perTenant.push(performance.now() - started);
      started = performance.now();
      await findTenant(db, at(i), { kind: "all" });
      await findServicesOfTenant(db, at(i));
      perTenantBaseline.push(performance.now() - started);
    }
    const refresh = await timed(() => refreshDataQualitySummaries(db, { now }));
    progress(`${options.label}: refreshed ${refresh.value.refreshed.toLocaleString("en")} summaries in ${(refresh.ms / 1000).toFixed(1)} s`);
    await pool.query("VACUUM (ANALYZE) tenant_data_quality");
    const runs = options.portfolioRuns ?? 10;
    const portfolioBaseline = await sample(runs, () => pool.query("SELECT count(*) FROM tenant_services"));
    const all = { scope: { visibility: { kind: "all" as const } }, filter: {}, limit: 25, now };
    let last: Awaited<ReturnType<typeof reportDataQuality>> | undefined;
    const portfolio = await sample(runs, async () => {
      last = await reportDataQuality(db, all);
    });
    const portfolioLive = await sample(options.liveRuns ?? 3, () => computeDataQualityReport(db, all));
    const fm = await sample(10, () => reportDataQuality(db, { scope: { visibility: { kind: "all" }, fmUserId: setup.value }, filter: {}, limit: 25, now }));
    return {
      label: options.label,
      tenants,
      setupMs: setup.ms,
      perTenant: summarize(perTenant),
      perTenantBaseline: summarize(perTenantBaseline),
      refreshMs: refresh.ms,
      portfolio,
      portfolioLive,
      portfolioBaseline,
      fm,
      tenantsWithFindings: last?.tenantsWithFindings ?? 0,
      findings: last?.checks.reduce((sum, check) => sum + check.findings, 0) ?? 0,
    };
  } finally {
    await handle.close();
  }
}

export function printDataQuality(r: DataQualityBenchResult): void {
  const n = (x: number) => x.toLocaleString("en");
  const ratio = (a: number, b: number) => `${round(a / b, 1)}×`;
  const rows: [string, string][] = [
    [`setup: 3 notes per tenant (a third revised), Enterprise Level 3, an FM with ${FM_TENANTS} tenants`, `${(r.setupMs / 1000).toFixed(1)} s`],
    [`one tenant's report, ms p50 / p99 (${r.perTenant.n} tenants)`, `${fmtMs(r.perTenant.p50)} / ${fmtMs(r.perTenant.p99)}`],
    ["  baseline: the tenant and its services (GET /api/tenants/:id), p50 / p99", `${fmtMs(r.perTenantBaseline.p50)} / ${fmtMs(r.perTenantBaseline.p99)}`],
    ["  report ÷ baseline, p50 (p99)", `${ratio(r.perTenant.p50, r.perTenantBaseline.p50)} (${ratio(r.perTenant.p99, r.perTenantBaseline.p99)})`],
    [`refresh of every summary (${n(r.tenants)} tenants), s`, `${(r.refreshMs / 1000).toFixed(1)}`],
    ["  rate", `${n(Math.round(r.tenants / (r.refreshMs / 1000)))} tenants/s`],
    [`portfolio report from summaries, ${n(r.tenants)} tenants, first page of 25, ms p50 / p99 (max of ${r.portfolio.n})`, `${fmtMs(r.portfolio.p50)} / ${fmtMs(r.portfolio.p99)} (${fmtMs(r.portfolio.max)})`],
    ["  baseline: SELECT count(*) FROM tenant_services, ms median", fmtMs(r.portfolioBaseline.p50)],
    ["  report ÷ baseline, median", ratio(r.portfolio.p50, r.portfolioBaseline.p50)],
    [`  computed live (every check on every tenant, as before), ms median (max of ${r.portfolioLive.n})`, `${fmtMs(r.portfolioLive.p50)} (${fmtMs(r.portfolioLive.max)})`],
    ["  live ÷ from summaries, median", ratio(r.portfolioLive.p50, r.portfolio.p50)],
    ["  tenants with findings / findings", `${n(r.tenantsWithFindings)} / ${n(r.findings)}`],
    [`an FM's report (${FM_TENANTS} tenants), ms p50 / p99`, `${fmtMs(r.fm.p50)} / ${fmtMs(r.fm.p99)}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const out = (line = "") => process.stdout.write(`${line}\n`);
  out();
  out(`data-quality report (bench/data-quality.ts), ${r.label}`);
  out(`${"figure".padEnd(width)}  value`);
  out(`${"-".repeat(width)}  ${"-".repeat(12)}`);
  for (const [label, value] of rows) out(`${label.padEnd(width)}  ${value}`);
}

async function main() {
  const { values: args } = parseArgs({ options: { tenants: { type: "string", default: "10000" }, only: { type: "string", default: "embedded" } } });
  const tenants = wholeNumber("tenants", args.tenants);
  const kind = databaseKindOf(args.only);
  const today = "2026-11-23";
  await withSeededDatabase(kind, { tenants, today }, async (url) => printDataQuality(await measureDataQuality(url, { today, label: kind })));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
