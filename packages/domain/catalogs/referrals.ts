// Partner referrals and the consents they need.
// Sources: seeds/004 step 13 (Request an ACM Partner), research rules 105 and 117–121, §2.25 (ACM service types),
// §4 item 27 (where consent is recorded: who, when, scope).

// --- Partner specialties ----------------------------------------------------------------------------------

/** What a partner offers, as stored in `partners.specialties`. */
export const PARTNER_SPECIALTIES = [
  { code: "advisory_planning", label: "Advisory and Planning" },
  { code: "training_enablement", label: "Training and Enablement" },
  { code: "project_management", label: "Project Management" },
  { code: "complex_design", label: "Complex Design and Customization" },
  { code: "out_of_scope_services", label: "Services beyond the FastTrack scope" },
] as const;

export type PartnerSpecialty = (typeof PARTNER_SPECIALTIES)[number]["code"];

export function isPartnerSpecialty(value: string): value is PartnerSpecialty {
  return PARTNER_SPECIALTIES.some((s) => s.code === value);
}

export function partnerSpecialtyLabel(code: PartnerSpecialty): string {
  return PARTNER_SPECIALTIES.find((s) => s.code === code)?.label ?? code;
}

// --- ACM service types (rule 120) -------------------------------------------------------------------------

export const ACM_SERVICE_TYPES = [
  { code: "advisory_planning", label: "Advisory and Planning", specialties: ["advisory_planning"] },
  { code: "training_enablement", label: "Training and Enablement", specialties: ["training_enablement"] },
  { code: "both", label: "Advisory and Planning, and Training and Enablement", specialties: ["advisory_planning", "training_enablement"] },
] as const satisfies readonly { code: string; label: string; specialties: readonly PartnerSpecialty[] }[];

export type AcmServiceType = (typeof ACM_SERVICE_TYPES)[number]["code"];

export function isAcmServiceType(value: string): value is AcmServiceType {
  return ACM_SERVICE_TYPES.some((t) => t.code === value);
}

// --- Referral needs (rule 105: the kickoff's risks a partner can take on) ----------------------------------

export const REFERRAL_NEEDS = [
  { code: "project_management", label: "Project management", kind: "quickleads", specialty: "project_management" },
  { code: "complex_design", label: "Complex design or customization", kind: "quickleads", specialty: "complex_design" },
  { code: "out_of_scope", label: "Work beyond the FastTrack scope", kind: "quickleads", specialty: "out_of_scope_services" },
  /** The specialties of an ACM referral come from its service type. */
  { code: "acm", label: "Adoption and change management", kind: "acm", specialty: null },
] as const satisfies readonly { code: string; label: string; kind: "quickleads" | "acm"; specialty: PartnerSpecialty | null }[];

export type ReferralNeed = (typeof REFERRAL_NEEDS)[number]["code"];
export type ReferralKind = (typeof REFERRAL_NEEDS)[number]["kind"];

export function isReferralNeed(value: string): value is ReferralNeed {
  return REFERRAL_NEEDS.some((n) => n.code === value);
}

/**
 * The specialties a partner must offer for a need; an ACM need without its service type has none, because the
 * seed asks the FM to say which ACM service the customer wants.
 */
export function specialtiesNeeded(need: ReferralNeed, serviceType?: AcmServiceType | null): PartnerSpecialty[] {
  const entry = REFERRAL_NEEDS.find((n) => n.code === need);
  if (entry?.specialty) return [entry.specialty];
  return [...(ACM_SERVICE_TYPES.find((t) => t.code === serviceType)?.specialties ?? [])];
}

export const REFERRAL_STATUSES = [
  { code: "submitted", label: "Submitted: waiting for a partner to contact the customer" },
  { code: "partner_contacted", label: "A partner contacted the customer" },
  { code: "closed", label: "Closed" },
] as const;

export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]["code"];

// --- Consents (research §4 item 27) ----------------------------------------------------------------------

export const CONSENT_SCOPES = [
  { code: "share_contact_with_referral_partners", label: "Share contact details with referred partners", neededFor: "partner referrals (seed 004 step 13)" },
  { code: "survey", label: "Take part in the customer survey", neededFor: "the customer survey" },
  { code: "marketing_contact", label: "Be contacted about FastTrack offers", neededFor: "outreach beyond the engagement" },
] as const;

export type ConsentScope = (typeof CONSENT_SCOPES)[number]["code"];

export function isConsentScope(value: string): value is ConsentScope {
  return CONSENT_SCOPES.some((s) => s.code === value);
}

/** The seed asks for verbal approval; written and e-mailed approvals are recorded too. */
export const CONSENT_METHODS = [
  { code: "verbal", label: "Verbal (said to the FM, on a call or in a meeting)" },
  { code: "written", label: "Written (a signed or typed statement)" },
  { code: "email", label: "E-mail from the person" },
] as const;

export type ConsentMethod = (typeof CONSENT_METHODS)[number]["code"];

export function isConsentMethod(value: string): value is ConsentMethod {
  return CONSENT_METHODS.some((m) => m.code === value);
}
