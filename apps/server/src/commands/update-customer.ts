import { findCustomer, findTenant, insertAuditEvents, updateCustomerIfVersion } from "@waymark/db";
import type { TUpdateCustomer } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound, staleVersion } from "../errors.ts";
import { assertMayWriteCustomer, visibilityOf } from "../policies/visibility.ts";
import { auditEvent, changedFields } from "./audit.ts";

export async function updateCustomer(deps: Deps, options: { actor: UserActor; customerId: string; input: TUpdateCustomer }) {
  const { actor, customerId, input } = options;
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const current = await findCustomer(tx, customerId, visibilityOf(actor));
    if (!current) throw notFound("The customer");
    await assertMayWriteCustomer(tx, actor, current);
    if (patch.winnerTenantId) {
      const tenant = await findTenant(tx, patch.winnerTenantId, { kind: "all" });
      if (!tenant || tenant.customerId !== customerId) {
        throw new AppError("validation_failed", "The winner tenant must be one of this customer's tenants.", {
          errors: [{ path: "/body/winnerTenantId", message: "not a tenant of this customer" }],
        });
      }
    }
    const { before, after, changed } = changedFields(current, patch);
    if (current.version !== version) throw staleVersion("The customer", version, current);
    if (!changed) return current;
    const updated = await updateCustomerIfVersion(tx, customerId, version, patch);
    if (!updated) throw staleVersion("The customer", version, current);
    await insertAuditEvents(tx, [
      auditEvent(actor, "customer.updated", { type: "customer", id: customerId }, { customerId }, { before, after }),
    ]);
    return { ...updated, tenantCount: current.tenantCount };
  });
}
