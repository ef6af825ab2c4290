import { findCustomerByTpid, insertAuditEvents, insertCustomer } from "@waymark/db";
import type { TCreateCustomer } from "@waymark/contracts";
import type { Actor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { auditEvent } from "./audit.ts";

export async function createCustomer(deps: Deps, options: { actor: Actor; input: TCreateCustomer }) {
  const { actor, input } = options;
  return deps.db.transaction(async (tx) => {
    const existing = await findCustomerByTpid(tx, input.tpid);
    if (existing) {
      throw new AppError("already_exists", `TPID ${input.tpid} already belongs to the customer "${existing.name}".`);
    }
    const customer = await insertCustomer(tx, {
      tpid: input.tpid,
      name: input.name,
      region: input.region,
      vertical: input.vertical ?? null,
    });
    await insertAuditEvents(tx, [
      auditEvent(actor, "customer.created", { type: "customer", id: customer.id }, { customerId: customer.id }, { after: customer }),
    ]);
    return { ...customer, tenantCount: 0 };
  });
}
