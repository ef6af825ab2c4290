import { acceptFinding as markAccepted, findFinding, findTenant, insertAuditEvents } from "@waymark/db";
import type { TAcceptFinding } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";
import { lockFoundTenant } from "./lock-tenant.ts";

/**
 * A person accepts a finding as it stands (the gap is known and fine, the prompt is handled outside Waymark), with
 * the reason. The playbooks do not raise it again with the same words; when the gap closes, it closes as usual.
 */
export async function acceptFinding(deps: Deps, options: { actor: UserActor; tenantId: string; findingId: string; input: TAcceptFinding }) {
  const { actor, tenantId, findingId, input } = options;
  return deps.db.transaction(async (tx) => {
    await assertMayWriteTenant(tx, actor, await findTenant(tx, tenantId, visibilityOf(actor)));
    const tenant = await lockFoundTenant(tx, tenantId);
    const finding = await findFinding(tx, tenantId, findingId);
    if (!finding) throw notFound("The finding");
    const accepted = await markAccepted(tx, findingId, { userId: actor.userId, reason: input.reason, at: deps.now() });
    if (!accepted) {
      const state = finding.status === "accepted" ? "was already accepted" : "was closed: what it asked for holds now";
      throw new AppError("version_conflict", `The finding ${state}.`, { current: finding });
    }
    await insertAuditEvents(tx, [
      auditEvent(actor, "finding.accepted", { type: "finding", id: findingId }, { tenantId, customerId: tenant.customerId }, {
        before: { status: finding.status, code: finding.code, message: finding.message },
        after: { status: "accepted" },
        reason: input.reason,
      }),
    ]);
    return { ...accepted, acceptedByName: actor.displayName };
  });
}
