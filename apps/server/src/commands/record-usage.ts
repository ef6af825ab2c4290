import { type Executor, findLatestUsage, findTenant, insertAuditEvents, type TenantRow, upsertUsage, type UsageDayRow } from "@waymark/db";
import type { TUsageReport } from "@waymark/contracts";
import { activeUsersPercent, type Effect, isServiceCode, type ServiceCode } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";
import { lockFoundTenant } from "./lock-tenant.ts";
import { libraryOf, runPlaybooks } from "./run-playbooks.ts";

/**
 * Stores a tenant's daily active users and, per service, tells the playbooks the latest AU % — so rules such as
 * "SharePoint AU > 10 % cancels the BVD" act as soon as usage arrives (DESIGN decision 10).
 */
export async function recordUsage(deps: Deps, options: { actor: UserActor; tenantId: string; input: TUsageReport }) {
  const { actor, tenantId, input } = options;
  return deps.db.transaction(async (tx) => {
    await assertMayWriteTenant(tx, actor, await findTenant(tx, tenantId, visibilityOf(actor)));
    const tenant = await lockFoundTenant(tx, tenantId);
    await upsertUsage(
      tx,
      input.items.map((item) => ({ ...item, tenantId, customerId: tenant.customerId })),
    );
    const days = input.items.map((item) => item.day).sort();
    await insertAuditEvents(tx, [
      auditEvent(actor, "usage.reported", { type: "tenant", id: tenantId }, { tenantId, customerId: tenant.customerId }, {
        after: { rows: input.items.length, services: [...new Set(input.items.map((item) => item.service))].sort(), from: days[0], to: days.at(-1) },
      }),
    ]);
    const latest = await findLatestUsage(tx, tenantId, [...new Set(input.items.map((item) => item.service))]);
    const told = await tellPlaybooksLatestUsage(tx, deps, { actor, tenant, latest });
    return { stored: input.items.length, effects: told.flatMap((t) => t.effects) };
  });
}

export type PlaybooksTold = { service: ServiceCode; day: string; activeUsersPercent: number | null; effects: Effect[] };

/**
 * Tells the playbooks of a tenant the caller has locked each service's latest stored day of usage as a
 * `usage.reported` event: the latest stored, not the latest sent, so a back-filled older day never reads as news.
 */
export async function tellPlaybooksLatestUsage(
  tx: Executor,
  deps: Deps,
  options: { actor: UserActor; tenant: TenantRow; latest: UsageDayRow[] },
): Promise<PlaybooksTold[]> {
  const { actor, tenant } = options;
  const told: PlaybooksTold[] = [];
  for (const { service, day, activeUsers, entitlements } of options.latest) {
    if (!isServiceCode(service)) throw new Error(`usage stored for an unknown service ${service}`);
    const percent = activeUsersPercent(activeUsers, entitlements);
    try {
      const event = { type: "usage.reported", service, data: { activeUsersPercent: percent, day } };
      const effects = await runPlaybooks(tx, { actor, tenant, event, now: deps.now(), library: libraryOf(deps), timerQueue: deps.timerQueue, mailDomain: deps.mailDomain });
      told.push({ service, day, activeUsersPercent: percent, effects });
    } catch (error) {
      if (error instanceof AppError) {
        throw new AppError("validation_failed", `${error.message} Usage can only be reported for the tenant's services.`, {
          errors: [{ path: "/body/items", message: `${service} is not a service of this tenant` }],
        });
      }
      throw error;
    }
  }
  return told;
}
