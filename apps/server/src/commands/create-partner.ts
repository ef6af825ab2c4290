import { type Executor, findPartnerByMpnId, insertAuditEvents, insertPartner, type PartnerRow } from "@waymark/db";
import type { TCreatePartner } from "@waymark/contracts";
import { partnerSpecialtyCode, partnerSpecialtyLabels } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { auditEvent } from "./audit.ts";

/**
 * The rules a partner's record keeps, on registering and on changing it: an MPN id names one partner only (409 naming
 * the partner that has it) and specialties are known ones, given by code or label. Returns the specialties as codes.
 */
export async function assertValidPartner(tx: Executor, partner: { id?: string; mpnId?: string | null | undefined; specialties?: string[] | undefined }) {
  const same = partner.mpnId ? await findPartnerByMpnId(tx, partner.mpnId) : undefined;
  if (same && same.id !== partner.id) {
    throw new AppError("already_exists", `MPN id ${partner.mpnId} is ${same.name}'s already; use that partner or check the id.`, { current: same });
  }
  if (partner.specialties === undefined) return undefined;
  const codes: string[] = [];
  const problems = [];
  for (const [index, value] of partner.specialties.entries()) {
    const code = partnerSpecialtyCode(value);
    if (!code) problems.push({ path: `/body/specialties/${index}`, message: `"${value}" is not a partner specialty; use one of ${partnerSpecialtyLabels()}.` });
    else if (!codes.includes(code)) codes.push(code);
  }
  if (problems.length > 0) throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), { errors: problems });
  return codes;
}

/** Registers a partner organisation; an MPN id names one partner only. */
export async function createPartner(deps: Deps, options: { actor: UserActor; input: TCreatePartner }): Promise<PartnerRow> {
  const { actor } = options;
  return deps.db.transaction(async (tx) => {
    const specialties = (await assertValidPartner(tx, options.input)) ?? [];
    const input = { ...options.input, specialties };
    const partner = await insertPartner(tx, { ...input, createdAt: deps.now() });
    await insertAuditEvents(tx, [auditEvent(actor, "partner.created", { type: "partner", id: partner.id }, {}, { after: input })]);
    return partner;
  });
}
