// Reading a partner specialty as people write it (in a form or the FastTrack Ready Partner list): by its code or its
// label. The specialties themselves are the referral catalog's (referrals.ts), which the ACM referral matching uses.
import { PARTNER_SPECIALTIES, type PartnerSpecialty } from "./referrals.ts";

const squeeze = (value: string) => value.trim().toLowerCase().replace(/\s+/g, " ");

/** The specialty's code from its code or its label (any case, extra spaces ignored); undefined when it is not one. */
export function partnerSpecialtyCode(value: string): PartnerSpecialty | undefined {
  const wanted = squeeze(value);
  return PARTNER_SPECIALTIES.find((entry) => entry.code === wanted || squeeze(entry.label) === wanted)?.code;
}

/** The specialties' labels, for saying what is accepted. */
export const partnerSpecialtyLabels = (): string => PARTNER_SPECIALTIES.map((entry) => entry.label).join(", ");
