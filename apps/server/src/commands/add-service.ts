import { findServiceOfTenant, findTenant, insertAuditEvents, insertService } from "@waymark/db";
import type { TAddService } from "@waymark/contracts";
import { DEFAULT_ENGAGEMENT_SCENARIO, localDate, NEW_ENTITLEMENTS_L1, NEW_ENTITLEMENTS_L2 } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { assertMayChangeEngagementScenario } from "../policies/engagement-scenario.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { lockFoundTenant } from "./lock-tenant.ts";
import { reviewServiceChange } from "./review-service-change.ts";
import { auditEvent } from "./audit.ts";

/** Adds a workload to a tenant; all its entitlements start in Status Unknown / New Subscription or Workload. */
export async function addService(deps: Deps, options: { actor: UserActor; tenantId: string; input: TAddService }) {
  const { actor, tenantId, input } = options;
  return deps.db.transaction(async (tx) => {
    const tenant = await assertMayWriteTenant(tx, actor, await findTenant(tx, tenantId, visibilityOf(actor)));
    if (actor.partnerId) {
      // Partner guide: partners work on the services a tenant has; services and their entitlements come from licensing.
      throw new AppError("forbidden", `Partner users cannot add a service to ${tenant.name}: services and their entitlements come from licensing. Ask the tenant's FastTrack Manager.`);
    }
    const locked = await lockFoundTenant(tx, tenantId);
    if (await findServiceOfTenant(tx, tenantId, input.service)) {
      throw new AppError("already_exists", `${tenant.name} already has ${input.service}; change its entitlements instead.`);
    }
    assertMayChangeEngagementScenario(actor, DEFAULT_ENGAGEMENT_SCENARIO, input.engagementScenario);
    const today = localDate(deps.now(), tenant.timeZone);
    const service = await insertService(
      tx,
      {
        tenantId,
        customerId: tenant.customerId,
        service: input.service,
        totalEntitlements: input.totalEntitlements,
        engagementScenario: input.engagementScenario ?? DEFAULT_ENGAGEMENT_SCENARIO,
        serviceStatus: "initiate",
        serviceStatusSince: today,
      },
      input.totalEntitlements > 0
        ? [{ l1: NEW_ENTITLEMENTS_L1, l2: NEW_ENTITLEMENTS_L2, entitlements: input.totalEntitlements }]
        : [{ l1: NEW_ENTITLEMENTS_L1, l2: NEW_ENTITLEMENTS_L2, entitlements: 0 }],
    );
    await insertAuditEvents(tx, [
      auditEvent(actor, "service.added", { type: "service", id: service.id }, { tenantId, customerId: tenant.customerId }, {
        after: service,
      }),
    ]);
    await reviewServiceChange(tx, deps, { actor, tenant: locked, service: input.service });
    return service;
  });
}
