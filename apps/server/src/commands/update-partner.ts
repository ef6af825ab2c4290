import { findPartnerById, insertAuditEvents, type PartnerRow, updatePartnerIfVersion } from "@waymark/db";
import type { TUpdatePartner } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { notFound, staleVersion } from "../errors.ts";
import { auditEvent, changedFields } from "./audit.ts";
import { assertValidPartner } from "./create-partner.ts";

/** Changes a partner organisation's record under the rules of registering one; 409 when it changed since it was read. */
export async function updatePartner(deps: Deps, options: { actor: UserActor; partnerId: string; input: TUpdatePartner }): Promise<PartnerRow> {
  const { actor } = options;
  const { version, ...input } = options.input;
  return deps.db.transaction(async (tx) => {
    const current = await findPartnerById(tx, options.partnerId);
    if (!current) throw notFound("The partner organisation");
    if (current.version !== version) throw staleVersion("The partner organisation", version, current);
    const specialties = await assertValidPartner(tx, { id: current.id, ...input });
    const patch = { ...input, ...(specialties ? { specialties } : {}) };
    const { before, after, changed } = changedFields(current, patch);
    if (!changed) return current;
    const updated = await updatePartnerIfVersion(tx, current.id, version, patch);
    if (!updated) throw staleVersion("The partner organisation", version, current);
    await insertAuditEvents(tx, [auditEvent(actor, "partner.updated", { type: "partner", id: current.id }, {}, { before, after })]);
    return updated;
  });
}
