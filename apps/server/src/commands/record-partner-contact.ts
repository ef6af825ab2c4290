import { findReferral, insertAuditEvents, type ReferralRow, updateReferralStatus } from "@waymark/db";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import { auditEvent } from "./audit.ts";
import { lockFoundTenant } from "./lock-tenant.ts";
import { libraryOf, runPlaybooks } from "./run-playbooks.ts";
import { assertMayRefer } from "./submit-referral.ts";

const CONTACTED_EVENTS = { acm: "acm.partner_contacted_customer", quickleads: "quickleads.partner_contacted_customer" } as const;

/** A referred partner contacted the customer: the referral says so and the playbook stops waiting for it. */
export async function recordPartnerContact(deps: Deps, options: { actor: UserActor; referralId: string }): Promise<ReferralRow> {
  const { actor } = options;
  return deps.db.transaction(async (tx) => {
    const current = await findReferral(tx, options.referralId);
    if (!current) throw notFound("The referral");
    const tenant = await assertMayRefer(tx, actor, current.tenantId);
    const locked = await lockFoundTenant(tx, tenant.id);
    const updated = await updateReferralStatus(tx, current.id, "submitted", "partner_contacted");
    if (!updated) {
      const { status } = (await findReferral(tx, current.id)) ?? current;
      throw new AppError("validation_failed", `This referral is ${status === "partner_contacted" ? "already marked as contacted by a partner" : status}: there is nothing to record.`);
    }
    const type = CONTACTED_EVENTS[current.kind as keyof typeof CONTACTED_EVENTS];
    await runPlaybooks(tx, { actor, tenant: locked, event: { type }, now: deps.now(), library: libraryOf(deps), timerQueue: deps.timerQueue, mailDomain: deps.mailDomain, reason: "A referred partner contacted the customer" });
    await insertAuditEvents(tx, [
      auditEvent(actor, "referral.partner_contacted", { type: "referral", id: current.id }, { tenantId: tenant.id, customerId: tenant.customerId }, {
        before: { status: current.status },
        after: { status: updated.status },
      }),
    ]);
    return updated;
  });
}
