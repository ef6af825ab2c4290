import { claimDueTimer, lockTenant, markTimerFailed } from "@waymark/db";
import type { TPlaybookEvent } from "@waymark/contracts";
import type { Effect } from "@waymark/domain";
import type { Deps } from "../app-types.ts";
import { libraryOf, runPlaybooks } from "../commands/run-playbooks.ts";

/**
 * Fires every timer whose due date has come, each in its own transaction: claim it (skipping timers another
 * process holds), run the playbooks on its event, mark it fired — all or nothing, so a crash neither loses nor
 * doubles an effect. A timer whose event the playbooks refuse is marked failed with the reason, not retried forever.
 */
export async function fireDueTimers(deps: Deps, options: { limit?: number } = {}): Promise<{ fired: number; failed: number; effects: Effect[] }> {
  const limit = options.limit ?? 1000;
  const effects: Effect[] = [];
  let fired = 0;
  let failed = 0;
  for (let i = 0; i < limit; i++) {
    const now = deps.now();
    let claimedId: string | undefined;
    try {
      const outcome = await deps.db.transaction(async (tx) => {
        const timer = await claimDueTimer(tx, now);
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
          reason: `the wait "${timer.key}" started by rule ${timer.ruleId} ran out on ${timer.dueOn}`,
        });
      });
      if (outcome === null) break;
      fired++;
      effects.push(...outcome);
    } catch (error) {
      if (!claimedId) throw error;
      failed++;
      await markTimerFailed(deps.db, claimedId, error instanceof Error ? error.message : String(error));
    }
  }
  return { fired, failed, effects };
}
