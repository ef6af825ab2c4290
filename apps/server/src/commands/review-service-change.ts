import { type Executor, lockTenant } from "@waymark/db";
import type { ServiceCode } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { libraryOf, runPlaybooks } from "./run-playbooks.ts";

/**
 * Locks the tenant before a service of it changes, so a person's edit and the playbooks' reaction never interleave
 * with another event on the same tenant (always tenant first, then its rows: no deadlocks).
 */
export async function lockTenantForChange(tx: Executor, tenantId: string) {
  const tenant = await lockTenant(tx, tenantId);
  if (!tenant) throw new Error("tenant vanished inside its own transaction");
  return tenant;
}

/** After a person changed a service, the playbooks review it in the same transaction (seed 002's 4+4 checks and more). */
export async function reviewServiceChange(tx: Executor, deps: Deps, options: { actor: UserActor; tenantId: string; service: string }) {
  const tenant = await lockTenantForChange(tx, options.tenantId);
  return runPlaybooks(tx, {
    actor: options.actor,
    tenant,
    event: { type: "service.changed", service: options.service as ServiceCode },
    now: deps.now(),
    library: libraryOf(deps),
    timerQueue: deps.timerQueue,
    reason: "a person changed the service",
  });
}
