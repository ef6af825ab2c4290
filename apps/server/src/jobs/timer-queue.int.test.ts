import { connect, type DatabaseHandle, lockTenant, sqlTextExecutor } from "@waymark/db";
import { createLibrary, ONEDRIVE_BVD } from "@waymark/domain";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../test-support/fixtures.ts";
import type { Deps } from "../app-types.ts";
import { adjustableClock } from "../clock.ts";
import { runPlaybooks } from "../commands/run-playbooks.ts";
import { fireDueTimers, workTimerQueue } from "./fire-due-timers.ts";
import { enqueueStartedTimers, startTimerQueue, TIMER_QUEUE } from "./timer-queue.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const library = createLibrary([ONEDRIVE_BVD]);
// Events are recorded a month ago, so their 3-business-day waits are due now and their jobs available at once.
const clock = adjustableClock(() => new Date(Date.now() - 30 * DAY_MS));
const FAST = { pollingIntervalSeconds: 0.5 };

let api: TestApi;
let admin: Client & { userId: string };
let customerId: string;
let producer: PgBoss;
const processes: { handle: DatabaseHandle; boss: PgBoss; deps: Deps }[] = [];

const query = async <T>(text: string, values: unknown[] = []) => (await api.database.pool.query(text, values)).rows as T[];
const timerOf = async (tenantId: string) => (await query<{ id: string; status: string }>("SELECT id, status FROM timers WHERE tenant_id = $1", [tenantId]))[0];

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 8000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function tenantWithOneDrive(name: string, overrides: { timeZone?: string; country?: string } = {}) {
  const tenant = await createTenant(admin, customerId, { name, ...overrides });
  await addService(admin, tenant.id, "onedrive", 40);
  const started = await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "playbook.started", service: "onedrive" });
  expect(started.statusCode, started.body).toBe(200);
  return tenant.id;
}

/** What the playbook-event command does with a queue: run the playbooks, then enqueue the timers they started, in one transaction. */
async function recordThirdAttempt(tenantId: string, options: { thenFail?: boolean } = {}) {
  let timerId: string | undefined;
  let jobsInside = 0;
  const done = api.database.db.transaction(async (tx) => {
    const tenant = await lockTenant(tx, tenantId);
    if (!tenant) throw new Error("no tenant");
    const effects = await runPlaybooks(tx, {
      actor: { kind: "rule", ruleId: "test" },
      tenant,
      event: { type: "bvd.attempt_made", service: "onedrive", data: { attemptNumber: 3 } },
      now: clock.now(),
      library,
    });
    await enqueueStartedTimers(tx, producer, tenant.id, effects);
    const inside = sqlTextExecutor(tx);
    timerId = (await inside.executeSql("SELECT id FROM timers WHERE tenant_id = $1 AND status = 'pending'", [tenantId])).rows.map((r) => (r as { id: string }).id)[0];
    jobsInside = (await inside.executeSql("SELECT id FROM pgboss.job WHERE id = $1", [timerId])).rows.length;
    if (options.thenFail) throw new Error("the command failed after enqueueing");
  });
  await (options.thenFail ? done.catch(() => undefined) : done);
  return { timerId: timerId as string, jobsInside };
}

/** A Waymark process of its own: a pool, a pg-boss instance and a worker on the timer queue. */
async function startProcess(name: string) {
  const handle = connect(api.database.url, { max: 3, applicationName: name });
  // A killed connection is reported by the query that was using it; without a listener pg would also throw it.
  handle.pool.on("connect", (client) => client.on("error", () => undefined));
  const boss = await startTimerQueue({ connectionString: api.database.url, ...FAST, onError: () => undefined });
  const deps: Deps = { db: handle.db, now: () => new Date(), playbooks: library };
  await workTimerQueue(boss, deps, { batchSize: 5, ...FAST });
  processes.push({ handle, boss, deps });
}

/** What the timer's firing did to a tenant, counted where a double would show. */
async function firingsOf(tenantId: string) {
  const [row] = await query<{ effects: number; recorded: number; notes: string }>(
    `SELECT (SELECT count(*)::int FROM rule_effects WHERE tenant_id = $1 AND event_type = 'bvd.attempt_unanswered') AS effects,
            (SELECT count(*)::int FROM audit_events WHERE tenant_id = $1 AND action = 'playbook.event_recorded' AND actor_rule_id LIKE 'onedrive-bvd@%') AS recorded,
            (SELECT string_agg(notes, '|') FROM entitlement_splits WHERE tenant_id = $1 AND notes IS NOT NULL) AS notes`,
    [tenantId],
  );
  return row;
}

beforeAll(async () => {
  api = await startTestApi({ clock, playbooks: library });
  admin = await api.signIn();
  customerId = (await createCustomer(admin, { name: "Fabrikam" })).id;
  // Enqueues only; queue settings for the tests: a failed delivery comes back after a second.
  producer = await startTimerQueue({ connectionString: api.database.url, ...FAST, queue: { retryDelay: 1, retryBackoff: false }, onError: () => undefined });
});

afterAll(async () => {
  for (const p of [...processes, { boss: producer }]) await p.boss.stop({ graceful: false });
  for (const p of processes) await p.handle.close();
  await api?.close();
});

describe("a timer's job is written in the transaction that starts the timer", () => {
  it("enqueues one job per started timer, available when the due date starts in the tenant's time zone", async () => {
    // India keeps no daylight saving time: a due date starts at 18:30 UTC the day before.
    const tenantId = await tenantWithOneDrive("Fabrikam India", { timeZone: "Asia/Kolkata", country: "IN" });
    const { timerId } = await recordThirdAttempt(tenantId);
    const [timer] = await query<{ dueOn: string }>("SELECT due_on AS \"dueOn\" FROM timers WHERE id = $1", [timerId]);
    const [job] = await query<{ name: string; data: unknown; singletonKey: string; startAfter: Date }>(
      'SELECT name, data, singleton_key AS "singletonKey", start_after AS "startAfter" FROM pgboss.job WHERE id = $1',
      [timerId],
    );
    expect(job).toEqual({ name: TIMER_QUEUE, data: { timerId }, singletonKey: timerId, startAfter: new Date(Date.parse(`${timer?.dueOn}T00:00:00+05:30`)) });
  });

  it("leaves no job behind when the transaction rolls back", async () => {
    const tenantId = await tenantWithOneDrive("Fabrikam Rolled Back");
    const { timerId, jobsInside } = await recordThirdAttempt(tenantId, { thenFail: true });
    expect(jobsInside).toBe(1);
    expect(await timerOf(tenantId)).toBeUndefined();
    expect(await query("SELECT id FROM pgboss.job WHERE id = $1", [timerId])).toEqual([]);
  });
});

describe("two Waymark processes on one database", () => {
  it("fire each due timer exactly once, racing their job workers and their sweeps", async () => {
    const tenants: string[] = [];
    for (let i = 0; i < 12; i++) tenants.push(await tenantWithOneDrive(`Fabrikam ${i}`));
    for (const tenantId of tenants) await recordThirdAttempt(tenantId);

    await Promise.all([startProcess("waymark-a"), startProcess("waymark-b")]);
    const [a, b] = processes;
    if (!a || !b) throw new Error("processes did not start");
    await Promise.all([fireDueTimers(a.deps), fireDueTimers(b.deps)]);
    await waitFor("every timer to fire", async () => {
      const pending = await query("SELECT id FROM timers WHERE status = 'pending' AND tenant_id = ANY($1)", [tenants]);
      return pending.length === 0;
    });

    const statuses = await query<{ status: string }>("SELECT status FROM timers WHERE tenant_id = ANY($1)", [tenants]);
    expect(statuses.map((s) => s.status)).toEqual(tenants.map(() => "fired"));
    for (const tenantId of tenants) {
      expect(await firingsOf(tenantId)).toEqual({ effects: 2, recorded: 1, notes: "#Unresponsive" });
    }
    // Jobs whose timer a sweep fired first complete doing nothing.
    const ids = (await query<{ id: string }>("SELECT id FROM timers WHERE tenant_id = ANY($1)", [tenants])).map((t) => t.id);
    await waitFor("every job to complete", async () => {
      const open = await query("SELECT id FROM pgboss.job WHERE name = $1 AND state <> 'completed' AND id = ANY($2)", [TIMER_QUEUE, ids]);
      return open.length === 0;
    });
  });

  it("a crash between claiming a timer and committing neither loses nor doubles its effects", async () => {
    const tenantId = await tenantWithOneDrive("Fabrikam Crashing");
    // Hold the task the firing will update, so a worker's firing transaction stops right after its claim.
    const holder = await api.database.pool.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT id FROM tasks WHERE tenant_id = $1 AND catalog_task_id = 3718 FOR UPDATE", [tenantId]);
      const { timerId } = await recordThirdAttempt(tenantId);
      const stuck = await waitFor("a worker to claim the timer and wait for the task", async () => {
        const rows = await query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND application_name LIKE 'waymark-%' AND query ILIKE 'update "tasks"%'`,
        );
        return rows[0];
      });
      expect((await timerOf(tenantId))?.status).toBe("pending"); // the claim is not committed
      await query("SELECT pg_terminate_backend($1)", [stuck.pid]);
      await holder.query("ROLLBACK");
      expect((await timerOf(tenantId))?.status).toBe("pending");
      await waitFor("the next delivery to fire the timer", async () => (await timerOf(tenantId))?.status === "fired");
      expect(await firingsOf(tenantId)).toEqual({ effects: 2, recorded: 1, notes: "#Unresponsive" });
      const [job] = await query<{ state: string; retryCount: number }>('SELECT state, retry_count AS "retryCount" FROM pgboss.job WHERE id = $1', [timerId]);
      expect(job).toMatchObject({ retryCount: 1 });
    } finally {
      holder.release();
    }
  });
});
