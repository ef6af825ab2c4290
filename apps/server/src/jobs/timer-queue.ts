import { type Executor, findTimersToEnqueue, sqlTextExecutor, type TimerToEnqueue } from "@waymark/db";
import type { Effect } from "@waymark/domain";
import PgBoss from "pg-boss";

/**
 * Timers run as pg-boss jobs. The `timers` table stays the source of truth (the engine reads, cancels and explains
 * it); each timer row gets one job in the `timer-due` queue, written in the transaction that inserted the row, that
 * becomes available when the timer's due date starts in its tenant's time zone. The job only says "look at timer X
 * now": the worker claims the row under a lock and fires it at most once (fire-due-timers.ts).
 */
export const TIMER_QUEUE = "timer-due";
export const PGBOSS_SCHEMA = "pgboss";

export type TimerJobData = { timerId: string };

/** What enqueueing needs of pg-boss; the server passes its running instance. */
export type TimerQueue = Pick<PgBoss, "send">;

/** Retries back off from 10 s; a job left active by a crashed process is retried after 5 minutes (and the sweep runs meanwhile). */
export const TIMER_QUEUE_OPTIONS: Omit<PgBoss.Queue, "name"> = { retryLimit: 10, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 };

/**
 * Enqueues one job per timer inside the caller's transaction (pg-boss's `db` option on the transaction's own
 * connection): a rolled-back transaction leaves no job behind, a committed timer always has one. The job id is the
 * timer id, so enqueueing a timer twice is a no-op.
 */
export async function enqueueTimers(tx: Executor, boss: TimerQueue, timers: readonly TimerToEnqueue[]): Promise<void> {
  if (timers.length === 0) return;
  const db = sqlTextExecutor(tx);
  for (const timer of timers) {
    const data: TimerJobData = { timerId: timer.id };
    await boss.send(TIMER_QUEUE, data, { id: timer.id, singletonKey: timer.id, startAfter: timer.startAfter, db });
  }
}

/** Enqueues the timers these effects started on a tenant (call after applying them, in the same transaction). */
export async function enqueueStartedTimers(tx: Executor, boss: TimerQueue | undefined, tenantId: string, effects: readonly Effect[]): Promise<void> {
  if (!boss) return;
  const keys = effects.flatMap((effect) => (effect.kind === "start_timer" ? [{ service: effect.service, key: effect.key }] : []));
  await enqueueTimers(tx, boss, await findTimersToEnqueue(tx, tenantId, keys));
}

export type TimerQueueOptions = {
  /** The Waymark database; pg-boss keeps its tables in their own schema there. */
  connectionString: string;
  /** pg-boss's own pool; counts in the database's connection budget. */
  max?: number;
  pollingIntervalSeconds?: number;
  queue?: Omit<PgBoss.Queue, "name">;
  onError: (error: Error) => void;
};

/** Starts pg-boss on the Waymark database (installing or migrating its schema) and makes sure the timer queue exists. */
export async function startTimerQueue(options: TimerQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: PGBOSS_SCHEMA,
    max: options.max ?? 2,
    application_name: "waymark-jobs",
    // No cron schedules: the timers table is the only schedule.
    schedule: false,
    ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
  });
  boss.on("error", options.onError);
  try {
    await boss.start();
    await boss.createQueue(TIMER_QUEUE, { name: TIMER_QUEUE, ...TIMER_QUEUE_OPTIONS, ...options.queue });
  } catch (error) {
    // A failed start leaves pg-boss's pool open and stop() ignores a boss that never started.
    await boss.stop({ graceful: false }).catch(() => undefined);
    await (boss.getDb() as { close?: () => Promise<void> }).close?.().catch(() => undefined);
    throw error;
  }
  return boss;
}
