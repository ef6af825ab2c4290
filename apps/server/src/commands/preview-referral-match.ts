import type { Executor } from "@waymark/db";
import type { TReferralMatch } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import { AppError } from "../errors.ts";
import { findVisibleTenant } from "../policies/visibility.ts";
import { assertReferralRequest, matchPartnersFor, type ReferralRequest } from "./match-referral-partners.ts";
import { referredContact } from "./submit-referral.ts";

/**
 * The partners a referral for the tenant (and, when named, its customer contact's country) would go to now; changes
 * nothing. Not for partner users: it names other partner organisations, which they do not see.
 */
export async function previewReferralMatch(db: Executor, actor: UserActor, tenantId: string, query: ReferralRequest & { contactId?: string | undefined }): Promise<TReferralMatch> {
  const tenant = await findVisibleTenant(db, actor, tenantId);
  if (actor.partnerId) throw new AppError("forbidden", `Partner referrals for ${tenant.name} are made by its FastTrack Manager; partner users do not see other partner organisations.`);
  assertReferralRequest(query, "query");
  const contact = query.contactId ? await referredContact(db, tenant, query.contactId, "/query/contactId") : undefined;
  return matchPartnersFor(db, query, contact?.country ?? tenant.country);
}
