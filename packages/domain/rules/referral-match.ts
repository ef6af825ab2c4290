import { isPartnerSpecialty, type PartnerSpecialty, partnerSpecialtyLabel } from "../catalogs/referrals.ts";

/** A referral goes to 3 partners, matched by location and specialty (seed 004 step 13; rule 121). */
export const PARTNERS_PER_REFERRAL = 3;

export type MatchablePartner = {
  id: string;
  name: string;
  frpMember: boolean;
  country: string | null;
  city: string | null;
  specialties: readonly string[];
};

export type CustomerLocation = { country: string; city?: string | null | undefined };

export type MatchedPartner = { partnerId: string; name: string; reasons: string[] };

export type ReferralMatch =
  | { state: "enough"; partners: MatchedPartner[]; message: string }
  | { state: "fewer_than_three"; partners: MatchedPartner[]; available: number; message: string }
  | { state: "none"; partners: []; available: 0; message: string };

/** "Germany" for DE; the code itself where the runtime has no name for it. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const sameText = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
const labels = (codes: readonly PartnerSpecialty[]) => codes.map(partnerSpecialtyLabel).join(" and ");

type Candidate = { partner: MatchablePartner; offered: PartnerSpecialty[]; coversAll: boolean; sameCity: boolean };

function reasonsFor(c: Candidate, needed: readonly PartnerSpecialty[], location: CustomerLocation): string[] {
  const missing = needed.filter((s) => !c.offered.includes(s));
  const reasons = [c.coversAll ? `offers ${labels(needed)}` : `offers ${labels(c.offered)} only, not ${labels(missing)}`];
  reasons.push(c.sameCity ? `in ${c.partner.city}, as the customer` : `in ${countryName(location.country)}, as the customer`);
  if (c.partner.frpMember) reasons.push("on the FastTrack Ready Partner list");
  return reasons;
}

/**
 * Ranks the partners who can take a referral for a customer: a partner must work in the customer's country and
 * offer at least one of the specialties needed. Those offering all of them come first, then those in the
 * customer's city, then FastTrack Ready Partners, then by name. Returns up to 3, each with why it was matched, and
 * whether that is the usual 3, fewer, or none, in words a person can act on.
 */
export function matchReferralPartners(partners: readonly MatchablePartner[], location: CustomerLocation, needed: readonly PartnerSpecialty[]): ReferralMatch {
  const where = countryName(location.country);
  const candidates: Candidate[] = partners
    .filter((p) => sameText(p.country, location.country))
    .map((partner) => {
      const offered = needed.filter((s) => partner.specialties.some((code) => isPartnerSpecialty(code) && code === s));
      return { partner, offered, coversAll: offered.length === needed.length, sameCity: sameText(partner.city, location.city) };
    })
    .filter((c) => c.offered.length > 0);
  candidates.sort(
    (a, b) =>
      Number(b.coversAll) - Number(a.coversAll) ||
      Number(b.sameCity) - Number(a.sameCity) ||
      Number(b.partner.frpMember) - Number(a.partner.frpMember) ||
      a.partner.name.localeCompare(b.partner.name) ||
      a.partner.id.localeCompare(b.partner.id),
  );
  const chosen = candidates.slice(0, PARTNERS_PER_REFERRAL).map((c) => ({ partnerId: c.partner.id, name: c.partner.name, reasons: reasonsFor(c, needed, location) }));
  const offerWords = needed.length > 1 ? `${labels(needed)} (or one of them)` : labels(needed);
  if (chosen.length === 0) {
    return {
      state: "none",
      partners: [],
      available: 0,
      message: `No partner offers ${offerWords} in ${where}: register partners with that specialty in ${where}, or ask the Account Team for local partners.`,
    };
  }
  if (chosen.length < PARTNERS_PER_REFERRAL) {
    return {
      state: "fewer_than_three",
      partners: chosen,
      available: chosen.length,
      message: `Only ${chosen.length} partner${chosen.length === 1 ? "" : "s"} offer${chosen.length === 1 ? "s" : ""} ${offerWords} in ${where}, not the usual ${PARTNERS_PER_REFERRAL}: the referral goes to ${chosen.length === 1 ? "it" : "them"}; tell the customer.`,
    };
  }
  const partial = chosen.filter((p) => p.reasons[0]?.includes(" only, not "));
  return {
    state: "enough",
    partners: chosen,
    message:
      partial.length > 0
        ? `${PARTNERS_PER_REFERRAL} partners matched; ${partial.map((p) => p.name).join(" and ")} cover${partial.length === 1 ? "s" : ""} only part of what the customer needs.`
        : `${PARTNERS_PER_REFERRAL} partners matched by location and specialty.`,
  };
}
