import { findTenant } from "@waymark/db";
import type { TPlaybookEvent } from "@waymark/contracts";
import type { Effect } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { lockFoundTenant } from "./lock-tenant.ts";
import { knownEventsOf, libraryOf, runPlaybooks } from "./run-playbooks.ts";

/**
 * Records what happened on a tenant (a BVD delivered, declined, an unanswered attempt, …) and lets the playbooks
 * act on it, in one transaction with the tenant locked so two events never interleave.
 */
export async function recordPlaybookEvent(
  deps: Deps,
  options: { actor: UserActor; tenantId: string; event: TPlaybookEvent },
): Promise<Effect[]> {
  const { actor, tenantId, event } = options;
  const known = knownEventsOf(deps);
  if (!known.includes(event.type)) {
    throw new AppError("validation_failed", `No playbook reacts to "${event.type}"; known events: ${known.join(", ")}.`, {
      errors: [{ path: "/body/type", message: "unknown event type" }],
    });
  }
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    await assertMayWriteTenant(tx, actor, await findTenant(tx, tenantId, visibilityOf(actor)));
    const tenant = await lockFoundTenant(tx, tenantId);
    return runPlaybooks(tx, { actor, tenant, event, now, library: libraryOf(deps), timerQueue: deps.timerQueue, mailDomain: deps.mailDomain });
  });
}
