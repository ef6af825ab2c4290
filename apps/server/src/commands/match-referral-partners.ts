import { type Executor, listPartnersInCountry } from "@waymark/db";
import type { TReferralMatch } from "@waymark/contracts";
import { type AcmServiceType, matchReferralPartners, type ReferralMatch, type ReferralNeed, specialtiesNeeded } from "@waymark/domain";
import { AppError } from "../errors.ts";

export type ReferralRequest = { need: ReferralNeed; serviceType?: AcmServiceType | undefined; city?: string | undefined };

/** An ACM referral names its service type, and only an ACM referral has one (rule 120). */
export function assertReferralRequest(request: ReferralRequest, where: "query" | "body") {
  if (request.need === "acm" && !request.serviceType) {
    throw new AppError("validation_failed", "Say which ACM service the customer needs: serviceType advisory_planning (Advisory and Planning), training_enablement (Training and Enablement) or both.", {
      errors: [{ path: `/${where}/serviceType`, message: "required for an ACM referral" }],
    });
  }
  if (request.need !== "acm" && request.serviceType) {
    throw new AppError("validation_failed", `serviceType is for ACM referrals only; a ${request.need} referral is matched by its need alone: leave serviceType out.`, {
      errors: [{ path: `/${where}/serviceType`, message: "only for need acm" }],
    });
  }
}

/**
 * The partners a referral would go to now, for a customer in `country` (and `city`): ranked, each with why, and
 * whether that is the usual 3, fewer, or none. Changes nothing.
 */
export async function matchPartnersFor(db: Executor, request: ReferralRequest, country: string): Promise<ReferralMatch & Pick<TReferralMatch, "location" | "specialties">> {
  const specialties = specialtiesNeeded(request.need, request.serviceType ?? null);
  const location = { country: country.toUpperCase(), city: request.city ?? null };
  const match = matchReferralPartners(await listPartnersInCountry(db, location.country), location, specialties);
  return { ...match, location, specialties };
}
