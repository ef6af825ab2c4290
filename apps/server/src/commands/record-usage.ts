import { findTenant, upsertUsage } from "@waymark/db";
import type { TUsageReport } from "@waymark/contracts";
import { activeUsersPercent, type Effect } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
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
    const effects: Effect[] = [];
    for (const service of [...new Set(input.items.map((item) => item.service))]) {
      const latest = input.items.filter((i) => i.service === service).sort((a, b) => b.day.localeCompare(a.day))[0];
      if (!latest) continue;
      const percent = activeUsersPercent(latest.activeUsers, latest.entitlements);
      try {
        effects.push(...(await runPlaybooks(tx, { actor, tenant, event: { type: "usage.reported", service, data: { activeUsersPercent: percent, day: latest.day } }, now: deps.now(), library: libraryOf(deps), timerQueue: deps.timerQueue })));
      } catch (error) {
        if (error instanceof AppError) {
          throw new AppError("validation_failed", `${error.message} Usage can only be reported for the tenant's services.`, {
            errors: [{ path: "/body/items", message: `${service} is not a service of this tenant` }],
          });
        }
        throw error;
      }
    }
    return { stored: input.items.length, effects };
  });
}
