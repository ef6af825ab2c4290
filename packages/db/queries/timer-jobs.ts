import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type pg from "pg";
import type { Executor } from "../client.ts";
import { timers } from "../schema/playbooks.ts";
import { tenants } from "../schema/tenants.ts";
import type { DueTimer } from "./engine.ts";

/** Runs SQL text with $n parameters, the shape job queues (pg-boss's `db` option) accept. */
export type SqlTextExecutor = { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

/**
 * Lets another library's SQL run on the connection of a Drizzle transaction, so what it writes (a queued job)
 * commits or rolls back with the transaction (given the database itself, it runs on the pool, in no transaction).
 * Drizzle keeps that connection in its session and exposes no public accessor; the check below fails loudly should
 * that ever change, and timer-queue.int.test.ts proves a rolled-back transaction takes the job with it.
 */
export function sqlTextExecutor(tx: Executor): SqlTextExecutor {
  const client = (tx as unknown as { session?: { client?: pg.PoolClient } }).session?.client;
  if (typeof client?.query !== "function") throw new Error("cannot reach the connection of this Drizzle transaction");
  return { executeSql: (text, values) => client.query(text, values) };
}

export type TimerToEnqueue = { id: string; startAfter: Date };

/**
 * A tenant's pending timers with these keys, each with the instant its due date starts in the tenant's time zone:
 * the earliest moment it can fire.
 */
export async function findTimersToEnqueue(db: Executor, tenantId: string, keys: { service: string | null; key: string }[]): Promise<TimerToEnqueue[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .select({
      id: timers.id,
      service: timers.service,
      key: timers.key,
      startsAt: sql<number>`extract(epoch from (${timers.dueOn}::timestamp AT TIME ZONE ${tenants.timeZone}))::float8`,
    })
    .from(timers)
    .innerJoin(tenants, eq(tenants.id, timers.tenantId))
    .where(and(eq(timers.tenantId, tenantId), eq(timers.status, "pending"), inArray(timers.key, [...new Set(keys.map((k) => k.key))])));
  return rows
    .filter((row) => keys.some((k) => k.key === row.key && k.service === row.service))
    .map((row) => ({ id: row.id, startAfter: new Date(Number(row.startsAt) * 1000) }));
}

/** Whether timer `t` (joined to its tenant `n`) is due by `now`: its due date has begun in the tenant's time zone. */
const dueBy = (now: Date) => sql`t.due_on <= (${now.toISOString()}::timestamptz AT TIME ZONE n.time_zone)::date`;

/**
 * Marks fired the pending timer `pick` selects, in one statement that locks it first and skips a timer another
 * transaction holds: with any number of Waymark processes, each timer is fired by exactly one, inside that one's
 * transaction (undone if it rolls back). `pick` filters `timers t JOIN tenants n`, and may order and limit.
 */
async function claimTimer(db: Executor, pick: SQL): Promise<DueTimer | undefined> {
  const [timer] = await db
    .update(timers)
    .set({ status: "fired", settledAt: sql`now()` })
    .where(sql`${timers.id} = (SELECT t.id FROM timers t JOIN tenants n ON n.id = t.tenant_id WHERE t.status = 'pending' AND ${pick} FOR UPDATE OF t SKIP LOCKED)`)
    .returning();
  return timer;
}

/** Claims the oldest timer due by `now` that no other process holds (the sweep). */
export async function claimDueTimer(db: Executor, now: Date): Promise<DueTimer | undefined> {
  return claimTimer(db, sql`${dueBy(now)} ORDER BY t.due_on, t.created_at LIMIT 1`);
}

/** Claims one timer by id if it is pending and due by `now` (its job). */
export async function claimTimerById(db: Executor, id: string, now: Date): Promise<DueTimer | undefined> {
  return claimTimer(db, sql`t.id = ${id} AND ${dueBy(now)}`);
}

/** The tenant a timer belongs to, read without locking (to lock the tenant first, as every command does). */
export async function findTimerTenantId(db: Executor, id: string): Promise<string | undefined> {
  const [row] = await db.select({ tenantId: timers.tenantId }).from(timers).where(eq(timers.id, id));
  return row?.tenantId;
}

/** Where a timer stands by `now`, read without locking: gone or settled, pending but not yet due, or pending and due. */
export async function timerStanding(db: Executor, id: string, now: Date): Promise<"settled" | "not_due" | "due"> {
  const result = await db.execute<{ status: string; due: boolean }>(sql`
    SELECT t.status, ${dueBy(now)} AS due
    FROM timers t JOIN tenants n ON n.id = t.tenant_id
    WHERE t.id = ${id}`);
  const row = result.rows[0];
  if (!row || row.status !== "pending") return "settled";
  return row.due ? "due" : "not_due";
}

/**
 * A pending timer whose event the playbooks could not act on: kept, with the reason, instead of retried forever.
 * Only while still pending, so a process that lost the race never overwrites a timer another one fired.
 */
export async function failPendingTimer(db: Executor, id: string, reason: string): Promise<boolean> {
  const updated = await db
    .update(timers)
    .set({ status: "failed", settledAt: sql`now()`, event: sql`${timers.event} || jsonb_build_object('failure', ${reason}::text)` })
    .where(and(eq(timers.id, id), eq(timers.status, "pending")))
    .returning({ id: timers.id });
  return updated.length === 1;
}
