import { findCustomer, findTenant, findTenantByGuid, insertAuditEvents, insertTenant } from "@waymark/db";
import type { TCreateTenant } from "@waymark/contracts";
import type { Actor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { assertValidTimeZone } from "./time-zone.ts";
import { auditEvent } from "./audit.ts";

export async function createTenant(deps: Deps, options: { actor: Actor; input: TCreateTenant }) {
  const { actor, input } = options;
  assertValidTimeZone(input.timeZone);
  return deps.db.transaction(async (tx) => {
    const customer = await findCustomer(tx, input.customerId, { kind: "all" });
    if (!customer) {
      throw new AppError("validation_failed", "The customer does not exist; create it first (POST /api/customers).", {
        errors: [{ path: "/body/customerId", message: "no such customer" }],
      });
    }
    const existing = await findTenantByGuid(tx, input.tenantGuid);
    if (existing) throw new AppError("already_exists", `Tenant ${input.tenantGuid} is already recorded as "${existing.name}".`);
    if (input.priorityOverride && !input.priorityOverrideReason?.trim()) {
      throw new AppError("validation_failed", "Say why the priority is overridden.", {
        errors: [{ path: "/body/priorityOverrideReason", message: "required with a priority override" }],
      });
    }
    const tenant = await insertTenant(tx, {
      ...input,
      priorityOverride: input.priorityOverride ?? null,
      priorityOverrideReason: input.priorityOverride ? (input.priorityOverrideReason ?? null) : null,
    });
    await insertAuditEvents(tx, [
      auditEvent(
        actor,
        "tenant.created",
        { type: "tenant", id: tenant.id },
        { tenantId: tenant.id, customerId: tenant.customerId },
        { after: tenant },
      ),
    ]);
    const created = await findTenant(tx, tenant.id, { kind: "all" });
    if (!created) throw new Error("created tenant not found");
    return created;
  });
}
