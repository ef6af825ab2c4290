import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../test-support/database.ts";
import { type ServeProcess, signInAsFirstAdministrator, startServeProcess } from "../../../../test-support/serve-process.ts";

/**
 * Two `waymark serve` processes on one database, as a deployment runs them: each works the timer jobs and sweeps
 * every second. Timers are made due at once (their dates and jobs moved into the past), so both race for every
 * one; then one process is killed mid-way, and the other finishes. Every timer's effects must happen exactly once.
 */
const TENANTS = 40;
const ENV = { WAYMARK_DEMO: "false", WAYMARK_TIMER_SWEEP_SECONDS: "1" };

let database: TestDatabase;
let first: ServeProcess;
let second: ServeProcess;
let cookie: string;

const api = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${first.baseUrl}${path}`, {
    method,
    headers: { cookie, "x-requested-with": "waymark", ...(body ? { "content-type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
};
const count = async (query: string) => Number((await database.pool.query<{ n: string }>(query)).rows[0]?.n);
const pendingTimers = () => count("SELECT count(*) AS n FROM timers WHERE status = 'pending'");

/** Starts tenants each waiting for an answer to the 3rd OneDrive BVD attempt, then makes all those waits due now. */
async function dueWaits(prefix: string): Promise<void> {
  for (let i = 0; i < TENANTS; i++) {
    const customer = await api("POST", "/api/customers", { tpid: 70_000_000 + (prefix === "race" ? 0 : 1000) + i, name: `${prefix} ${i}`, region: "emea" });
    const tenant = await api("POST", "/api/tenants", {
      customerId: customer.id,
      tenantGuid: crypto.randomUUID(),
      name: `${prefix} ${i}`,
      priority: "medium",
      segment: "smc",
      seats: 500,
      country: "DE",
      timeZone: "Europe/Berlin",
      region: "emea",
    });
    await api("POST", `/api/tenants/${tenant.id}/services`, { service: "onedrive", totalEntitlements: 500 });
    await api("POST", `/api/tenants/${tenant.id}/playbook-events`, { type: "playbook.started", service: "onedrive" });
    await api("POST", `/api/tenants/${tenant.id}/playbook-events`, { type: "bvd.attempt_made", service: "onedrive", data: { attemptNumber: 3 } });
  }
  // One statement: the waits and their jobs come due together, so both processes' workers and sweeps race.
  await database.pool.query(`
    WITH due AS (UPDATE timers SET due_on = current_date - 7 WHERE status = 'pending' RETURNING id)
    UPDATE pgboss.job SET start_after = now() WHERE id IN (SELECT id FROM due)`);
}

async function drained(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await pendingTimers()) > 0) {
    if (Date.now() > deadline) throw new Error(`${await pendingTimers()} timers still pending after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What firing a 3rd unanswered attempt does, counted per tenant: exactly once each, or the count says otherwise. */
async function effectsPerTenant(prefix: string) {
  const { rows } = await database.pool.query<{ fired: number; cancelled: number; notes: string }>(
    `SELECT (SELECT count(*)::int FROM audit_events a WHERE a.tenant_id = t.id AND a.action = 'playbook.event_recorded' AND a.actor_kind = 'rule') AS fired,
            (SELECT count(*)::int FROM rule_effects r WHERE r.tenant_id = t.id AND r.kind = 'set_task_status') AS cancelled,
            (SELECT string_agg(e.notes, '|') FROM entitlement_splits e WHERE e.tenant_id = t.id AND e.notes IS NOT NULL) AS notes
     FROM tenants t WHERE t.name LIKE $1 ORDER BY t.name`,
    [`${prefix} %`],
  );
  return rows;
}

beforeAll(async () => {
  database = await createTestDatabase();
  first = await startServeProcess({ DATABASE_URL: database.url, ...ENV });
  cookie = await signInAsFirstAdministrator(first);
  second = await startServeProcess({ DATABASE_URL: database.url, ...ENV });
}, 120_000);
afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await database?.drop();
});

describe("two Waymark processes on one database", () => {
  it("fire each of 40 due timers exactly once between them", async () => {
    await dueWaits("race");
    await drained(30_000);
    const rows = await effectsPerTenant("race");
    expect(rows).toHaveLength(TENANTS);
    expect(rows.every((r) => r.fired === 1 && r.cancelled === 1 && r.notes === "#Unresponsive"), JSON.stringify(rows)).toBe(true);
  }, 120_000);

  it("a process killed mid-way loses nothing and doubles nothing: the other one finishes", async () => {
    await dueWaits("crash");
    // Kill the first process as soon as the drain is under way, whatever it is doing (SIGKILL: no clean-up).
    const deadline = Date.now() + 30_000;
    while ((await pendingTimers()) === TENANTS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill("SIGKILL");
    await drained(60_000);
    const rows = await effectsPerTenant("crash");
    expect(rows).toHaveLength(TENANTS);
    expect(rows.every((r) => r.fired === 1 && r.cancelled === 1 && r.notes === "#Unresponsive"), JSON.stringify(rows)).toBe(true);
    expect(second.child.exitCode).toBeNull();
  }, 120_000);
});
