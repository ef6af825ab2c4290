import { findPartnerByMpnId, insertAuditEvents, insertPartner, type PartnerRow } from "@waymark/db";
import type { TCreatePartner } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { auditEvent } from "./audit.ts";

/** Registers a partner organisation; an MPN id names one partner only. */
export async function createPartner(deps: Deps, options: { actor: UserActor; input: TCreatePartner }): Promise<PartnerRow> {
  const { actor, input } = options;
  return deps.db.transaction(async (tx) => {
    const same = input.mpnId ? await findPartnerByMpnId(tx, input.mpnId) : undefined;
    if (same) {
      throw new AppError("already_exists", `MPN id ${input.mpnId} is ${same.name}'s already; use that partner or check the id.`, { current: same });
    }
    const partner = await insertPartner(tx, { ...input, createdAt: deps.now() });
    await insertAuditEvents(tx, [auditEvent(actor, "partner.created", { type: "partner", id: partner.id }, {}, { after: input })]);
    return partner;
  });
}
