import { claimDueTimer, claimTimerById, type DueTimer, failPendingTimer, findTimerTenantId, lockTenant, timerStanding, type Transaction } from "@waymark/db";
import type { TPlaybookEvent } from "@waymark/contracts";
import type { Effect } from "@waymark/domain";
import type PgBoss from "pg-boss";
import type { Deps } from "../app-types.ts";
import { libraryOf, runPlaybooks } from "../commands/run-playbooks.ts";
import { TIMER_QUEUE, type TimerJobData } from "./timer-queue.ts";

/** With a queue, timers that firing a timer starts get their jobs too (without one, the sweep finds them). */
export type TimerDeps = Deps;

export type TimerFiring = { outcome: "fired"; effects: Effect[] } | { outcome: "failed"; reason: string } | { outcome: "none" };

/**
 * Fires one timer in one transaction: claim it (the claim locks the row and skips a timer another process holds),
 * run the playbooks on its event, mark it fired — all or nothing, so a crash neither loses nor doubles an effect.
 * A timer whose event the playbooks refuse is marked failed with the reason, not retried forever; a lost connection,
 * a deadlock or a serialization failure leaves it pending for the next delivery or sweep.
 */
export async function fireTimer(deps: TimerDeps, claim: (tx: Transaction, now: Date) => Promise<DueTimer | undefined>): Promise<TimerFiring> {
  const now = deps.now();
  let claimedId: string | undefined;
  try {
    const effects = await deps.db.transaction(async (tx) => {
      const timer = await claim(tx, now);
      if (!timer) return null;
      claimedId = timer.id;
      const tenant = await lockTenant(tx, timer.tenantId);
      if (!tenant) return [];
      return runPlaybooks(tx, {
        actor: { kind: "rule", ruleId: `${timer.playbookId}@${timer.playbookVersion}/${timer.ruleId}` },
        tenant,
        event: timer.event as TPlaybookEvent,
        now,
        library: libraryOf(deps),
        timerQueue: deps.timerQueue, mailDomain: deps.mailDomain,
        reason: `the wait "${timer.key}" started by rule ${timer.ruleId} ran out on ${timer.dueOn}`,
      });
    });
    return effects === null ? { outcome: "none" } : { outcome: "fired", effects };
  } catch (error) {
    if (!claimedId || isTransient(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    await failPendingTimer(deps.db, claimedId, reason);
    return { outcome: "failed", reason };
  }
}

/**
 * The sweep: fires every timer whose due date has come, each in its own transaction. It moves timers when an
 * adjustable clock jumps ahead and is the safety net for jobs; every Waymark process may sweep at once.
 */
export async function fireDueTimers(deps: TimerDeps, options: { limit?: number } = {}): Promise<{ fired: number; failed: number; effects: Effect[] }> {
  const limit = options.limit ?? 1000;
  const effects: Effect[] = [];
  let fired = 0;
  let failed = 0;
  for (let i = 0; i < limit; i++) {
    const firing = await fireTimer(deps, claimDueTimer);
    if (firing.outcome === "none") break;
    if (firing.outcome === "failed") failed++;
    else {
      fired++;
      effects.push(...firing.effects);
    }
  }
  return { fired, failed, effects };
}

export type TimerJobOutcome = TimerFiring["outcome"] | "not_due";

/**
 * A `timer-due` job: fires exactly that timer if it is still pending and due by the server's clock. Already fired or
 * cancelled: nothing to do. Not yet due (an adjustable clock behind real time): left to the sweep. Held by another
 * transaction that has not committed: thrown, so pg-boss delivers the job again and the next delivery finds it
 * fired, or fires it if that transaction rolled back.
 */
export async function fireTimerJob(deps: TimerDeps, timerId: string): Promise<TimerJobOutcome> {
  const firing = await fireTimer(deps, async (tx, now) => {
    // The tenant first, then the timer: the order every command locks in.
    const tenantId = await findTimerTenantId(tx, timerId);
    if (!tenantId) return undefined;
    await lockTenant(tx, tenantId);
    return claimTimerById(tx, timerId, now);
  });
  if (firing.outcome !== "none") return firing.outcome;
  const standing = await timerStanding(deps.db, timerId, deps.now());
  if (standing === "due") throw new Error(`timer ${timerId} is being fired by another transaction; trying again`);
  return standing === "not_due" ? "not_due" : "none";
}

/**
 * Works the timer queue: each job of a batch on its own, so one job waiting for a retry does not send the others
 * back. A job that fails is left to pg-boss's retries; the sweep remains the safety net.
 */
export async function workTimerQueue(
  boss: PgBoss,
  deps: Deps,
  options: { batchSize?: number; pollingIntervalSeconds?: number; onError?: (error: unknown, timerId: string) => void } = {},
): Promise<string> {
  const workerDeps: TimerDeps = { ...deps, timerQueue: boss };
  return boss.work<TimerJobData>(
    TIMER_QUEUE,
    { batchSize: options.batchSize ?? 10, ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}) },
    async (jobs) => {
      for (const job of jobs) {
        try {
          await fireTimerJob(workerDeps, job.data.timerId);
        } catch (error) {
          options.onError?.(error, job.data.timerId);
          await boss.fail(TIMER_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }
    },
  );
}

// Connection lost (08; 57P01 when a backend is terminated), transaction rolled back by the server (40: serialization
// failure, deadlock), out of resources (53): nothing about the timer is wrong, so it stays pending.
const TRANSIENT_SQLSTATE = /^(08|40|53|57P)/;
const TRANSIENT_MESSAGE = /Connection terminated|not queryable|ECONNRESET|ECONNREFUSED/i;

function isTransient(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (TRANSIENT_SQLSTATE.test(code) || code.startsWith("ECONN"))) return true;
    if (TRANSIENT_MESSAGE.test(e.message)) return true;
  }
  return false;
}
