import type { Executor, TenantRow } from "@waymark/db";
import { type ServiceCode, SERVICE_CHANGED } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { libraryOf, runPlaybooks } from "./run-playbooks.ts";

/**
 * After a person changed a service, the playbooks review it in the same transaction (seed 002's 4+4 checks and
 * more). The caller has locked the tenant (lockFoundTenant) before changing the service.
 */
export async function reviewServiceChange(tx: Executor, deps: Deps, options: { actor: UserActor; tenant: TenantRow; service: string }) {
  return runPlaybooks(tx, {
    actor: options.actor,
    tenant: options.tenant,
    event: { type: SERVICE_CHANGED, service: options.service as ServiceCode },
    now: deps.now(),
    library: libraryOf(deps),
    timerQueue: deps.timerQueue, mailDomain: deps.mailDomain,
    reason: "a person changed the service",
  });
}
