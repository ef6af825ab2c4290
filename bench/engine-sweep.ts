import { performance } from "node:perf_hooks";
import { claimDueTimer, connect, lockTenant } from "@waymark/db";
import { ONEDRIVE_BVD, taskById } from "@waymark/domain";
import type pg from "pg";
import { fireDueTimers } from "../apps/server/src/jobs/fire-due-timers.ts";
import { progress, round, type Summary, summarize, timed } from "./stats.ts";

/**
 * The engine sweep: every tenant of the seeded database gets the OneDrive BVD running and task 3718 open, and every
 * tenant (or the first `timers` by id) the wait for a third BVD attempt running out today — a few set-based
 * statements, seconds at 100,000 tenants. Then `fireDueTimers` drains them one transaction per call, as the sweep
 * does, each call timed, for at most `seconds` (the whole backlog stays due meanwhile, so every claim searches it;
 * what is left is projected at the measured rate); before each, an empty transaction that only locks a tenant is timed too — the floor any
 * per-tenant transaction pays — so the engine's cost is printed as a ratio to it, measured in the same run on the
 * same connections. Every 10th timer the claim query alone is timed as well (claimed, then rolled back).
 */
export type EngineSweepResult = {
  tenants: number;
  /** Timers set up (one per tenant, the first `timers` tenants by id or all). */
  timers: number;
  setupMs: number;
  /** ANALYZE of the tables the setup filled, so the claim query is planned on fresh statistics. */
  analyzeMs: number;
  fired: number;
  failed: number;
  /** Timers still due when the time budget ran out, and the drain time they project to at the measured rate. */
  remaining: number;
  projectedTotalSeconds: number;
  effects: number;
  /** Sum of the timed fireDueTimers calls. */
  drainMs: number;
  tenantsPerSecond: number;
  engine: Summary;
  baseline: Summary;
  /** Claiming a due timer alone (the claim query, then rolled back), sampled before every CLAIM_SAMPLE_EVERY-th timer. */
  claim: Summary;
  ratioP50: number;
  ratioP99: number;
  /** p50 of the first and of the last tenth of the drain: how the claim's cost follows the number of pending timers. */
  firstTenthP50: number;
  lastTenthP50: number;
  /** After the drain, from the database: the work really happened. */
  check: { cancelledTasks: number; unresponsiveNotes: number; pendingTimers: number };
};

const CLAIM_SAMPLE_EVERY = 10;
const ROLLBACK = new Error("rollback: the claim was only measured");

const EVENT = { type: "bvd.attempt_unanswered", service: "onedrive", data: { attemptNumber: 3 } };

/**
 * Set-based setup: what `playbook.started` and three `bvd.attempt_made` would have left, for every tenant. Rows
 * already there are skipped with EXCEPT rather than NOT EXISTS: on a table that was empty when analysed the planner
 * picks a nested-loop anti join, whose inner scan then re-reads every row the INSERT has added so far (quadratic:
 * minutes at 100,000 tenants); EXCEPT reads both sides completely before the first row is inserted.
 */
async function setUp(pool: pg.Pool, today: string, timerCount: number | null): Promise<number> {
  const role = taskById(3718)?.role ?? "fasttrack_manager";
  const attemptRule = ONEDRIVE_BVD.rules.find((r) => r.on === "bvd.attempt_made")?.id ?? "od-attempt-made";
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`
      INSERT INTO tenant_services (tenant_id, customer_id, service, total_entitlements)
      SELECT id, customer_id, 'onedrive', seats FROM tenants
      ON CONFLICT (tenant_id, service) DO NOTHING`);
    await client.query(`
      INSERT INTO entitlement_splits (tenant_service_id, tenant_id, customer_id, l1, entitlements, position)
      SELECT s.id, s.tenant_id, s.customer_id, 'status_unknown', coalesce(s.entitlement_override, s.total_entitlements), 0
      FROM tenant_services s
      JOIN (SELECT id FROM tenant_services WHERE service = 'onedrive' EXCEPT SELECT tenant_service_id FROM entitlement_splits) todo USING (id)`);
    await client.query(
      `INSERT INTO tasks (tenant_id, customer_id, tenant_service_id, catalog_task_id, responsible_role, source_rule_id, playbook_id, playbook_version)
       SELECT s.tenant_id, s.customer_id, s.id, 3718, $1, 'od-start', $2, $3
       FROM tenant_services s
       JOIN (SELECT id FROM tenant_services WHERE service = 'onedrive'
             EXCEPT SELECT tenant_service_id FROM tasks WHERE catalog_task_id = 3718) todo USING (id)`,
      [role, ONEDRIVE_BVD.id, ONEDRIVE_BVD.version],
    );
    await client.query(
      `INSERT INTO playbook_runs (tenant_id, customer_id, playbook_id, playbook_version, service)
       SELECT id, customer_id, $1, $2, 'onedrive' FROM tenants
       ON CONFLICT (tenant_id, playbook_id) DO NOTHING`,
      [ONEDRIVE_BVD.id, ONEDRIVE_BVD.version],
    );
    const timers = await client.query(
      `INSERT INTO timers (tenant_id, customer_id, service, key, due_on, event, playbook_id, playbook_version, rule_id)
       SELECT n.id, n.customer_id, 'onedrive', 'bvd-answer', $1::date, $2::jsonb, $3, $4, $5
       FROM tenants n
       JOIN ((SELECT id FROM tenants ORDER BY id LIMIT $6)
             EXCEPT SELECT tenant_id FROM timers WHERE status = 'pending' AND service = 'onedrive' AND key = 'bvd-answer') todo USING (id)`,
      [today, JSON.stringify(EVENT), ONEDRIVE_BVD.id, ONEDRIVE_BVD.version, attemptRule, timerCount],
    );
    await client.query("COMMIT");
    return timers.rowCount ?? 0;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/**
 * `timers`: how many tenants (the first by id) get a due timer; all of them when omitted. The claim's cost grows
 * with the number of pending timers, so a subset measures the drain of a smaller backlog.
 */
export async function measureEngineSweep(url: string, options: { today: string; label: string; timers?: number; seconds?: number }): Promise<EngineSweepResult> {
  // Midday UTC: `today` has begun in every time zone, so every timer due today is due for the job.
  const now = new Date(`${options.today}T12:00:00Z`);
  const handle = connect(url, { applicationName: "waymark-bench-engine" });
  try {
    progress(`${options.label}: engine sweep: OneDrive BVD, task 3718 on every tenant, a due "${EVENT.type}" timer on ${options.timers ? `the first ${options.timers.toLocaleString("en")}` : "every one"}`);
    const setup = await timed(() => setUp(handle.pool, options.today, options.timers ?? null));
    const analyze = await timed(() => handle.pool.query("ANALYZE tenant_services, entitlement_splits, tasks, playbook_runs, timers"));
    const tenantIds = (await handle.pool.query<{ id: string }>("SELECT id FROM tenants ORDER BY id")).rows.map((r) => r.id);
    progress(`${options.label}: ${setup.value.toLocaleString("en")} timers set up in ${(setup.ms / 1000).toFixed(1)} s; draining them with fireDueTimers`);

    const deps = { db: handle.db, now: () => now };
    const engine: number[] = [];
    const baseline: number[] = [];
    const claim: number[] = [];
    let fired = 0;
    let failed = 0;
    let effects = 0;
    const budgetMs = (options.seconds ?? Number.POSITIVE_INFINITY) * 1000;
    const drainStarted = performance.now();
    for (let i = 0; performance.now() - drainStarted < budgetMs; i++) {
      const lockStarted = performance.now();
      await handle.db.transaction((tx) => lockTenant(tx, tenantIds[i % tenantIds.length] as string));
      const lockMs = performance.now() - lockStarted;
      if (i % CLAIM_SAMPLE_EVERY === 0) claim.push(await claimOnly(handle.db, now));
      const started = performance.now();
      const outcome = await fireDueTimers(deps, { limit: 1 });
      const ms = performance.now() - started;
      if (outcome.fired + outcome.failed === 0) break;
      baseline.push(lockMs);
      engine.push(ms);
      fired += outcome.fired;
      failed += outcome.failed;
      effects += outcome.effects.length;
      if (engine.length % 1000 === 0) progress(`  fired ${engine.length.toLocaleString("en")} / ${setup.value.toLocaleString("en")}`);
    }

    const check = await handle.pool.query<{ cancelled: number; notes: number; pending: number }>(`
      SELECT (SELECT count(*)::int FROM tasks WHERE catalog_task_id = 3718 AND status = 'cancelled') AS cancelled,
             (SELECT count(*)::int FROM entitlement_splits e JOIN tenant_services s ON s.id = e.tenant_service_id
               WHERE s.service = 'onedrive' AND e.notes LIKE '%#Unresponsive%') AS notes,
             (SELECT count(*)::int FROM timers WHERE status = 'pending') AS pending`);
    const drainMs = engine.reduce((sum, ms) => sum + ms, 0);
    const remaining = check.rows[0]?.pending ?? 0;
    const tenth = Math.max(1, Math.floor(engine.length / 10));
    const e = summarize(engine);
    const b = summarize(baseline);
    return {
      tenants: tenantIds.length,
      timers: setup.value,
      setupMs: round(setup.ms, 0),
      analyzeMs: round(analyze.ms, 0),
      fired,
      failed,
      remaining,
      projectedTotalSeconds: round(((fired + remaining) / fired) * (drainMs / 1000), 0),
      effects,
      drainMs: round(drainMs, 0),
      tenantsPerSecond: round(fired / (drainMs / 1000), 0),
      engine: e,
      baseline: b,
      claim: summarize(claim),
      ratioP50: round(e.p50 / b.p50),
      ratioP99: round(e.p99 / b.p99),
      firstTenthP50: summarize(engine.slice(0, tenth)).p50,
      lastTenthP50: summarize(engine.slice(-tenth)).p50,
      check: {
        cancelledTasks: check.rows[0]?.cancelled ?? 0,
        unresponsiveNotes: check.rows[0]?.notes ?? 0,
        pendingTimers: check.rows[0]?.pending ?? 0,
      },
    };
  } finally {
    await handle.close();
  }
}

/** Milliseconds to claim a due timer in a transaction that is then rolled back, so the timer stays due. */
async function claimOnly(db: ReturnType<typeof connect>["db"], now: Date): Promise<number> {
  const started = performance.now();
  await db
    .transaction(async (tx) => {
      await claimDueTimer(tx, now);
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  return performance.now() - started;
}

const n = (x: number) => x.toLocaleString("en");
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export function printEngineSweep(r: EngineSweepResult): void {
  const rows: [string, string][] = [
    [`setup: OneDrive BVD + task 3718 on ${n(r.tenants)} tenants, a due timer on ${n(r.timers)} (set-based SQL)`, `${(r.setupMs / 1000).toFixed(1)} s`],
    ["  ANALYZE afterwards", `${n(r.analyzeMs)} ms`],
    [`drain: fireDueTimers({ limit: 1 }), one transaction per timer, until none is due or the time budget ends`, `${(r.drainMs / 1000).toFixed(1)} s`],
    ["  fired / failed / effects", `${n(r.fired)} / ${n(r.failed)} / ${n(r.effects)}`],
    ["  still due when the budget ended; whole backlog projected at this rate", `${n(r.remaining)}; ${n(r.projectedTotalSeconds)} s`],
    ["  rate", `${n(r.tenantsPerSecond)} tenants/s`],
    ["per timer, ms: p50 / p99", `${ms(r.engine.p50)} / ${ms(r.engine.p99)}`],
    ["  first tenth / last tenth of the drain, p50", `${ms(r.firstTenthP50)} / ${ms(r.lastTenthP50)}`],
    [`  of which claiming the timer (sampled every ${CLAIM_SAMPLE_EVERY}th), p50 / p99`, `${ms(r.claim.p50)} / ${ms(r.claim.p99)}`],
    ["baseline, ms: empty transaction locking a tenant, p50 / p99", `${ms(r.baseline.p50)} / ${ms(r.baseline.p99)}`],
    ["engine ÷ baseline, p50 (p99)", `${r.ratioP50.toFixed(1)}× (${r.ratioP99.toFixed(1)}×)`],
    ["check: tasks 3718 cancelled / #Unresponsive notes / timers pending", `${n(r.check.cancelledTasks)} / ${n(r.check.unresponsiveNotes)} / ${n(r.check.pendingTimers)}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const out = (line = "") => process.stdout.write(`${line}\n`);
  out();
  out("engine sweep (bench/engine-sweep.ts)");
  out(`${"figure".padEnd(width)}  value`);
  out(`${"-".repeat(width)}  ${"-".repeat(12)}`);
  for (const [label, value] of rows) out(`${label.padEnd(width)}  ${value}`);
}
