import { ACM_SERVICE_TYPES, REFERRAL_NEEDS, REFERRAL_STATUSES } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZIsoDate, ZUuid } from "./common.ts";

export const ZMatchedPartner = z.object({ partnerId: ZUuid, name: z.string(), reasons: z.array(z.string()).describe("Why it was matched, in words") });

export const ZReferralMatch = z.object({
  state: z.enum(["enough", "fewer_than_three", "none"]).describe("enough: the usual 3; fewer_than_three: the referral goes to those found; none: no referral can be made"),
  partners: z.array(ZMatchedPartner),
  message: z.string(),
  location: z.object({ country: z.string(), city: z.string().nullable() }),
  specialties: z.array(z.string()).describe("What a partner must offer"),
});
export type TReferralMatch = z.infer<typeof ZReferralMatch>;

const ZNeed = codesOf(REFERRAL_NEEDS).describe("project_management, complex_design, out_of_scope (QuickLeads, rule 105) or acm");
const ZServiceType = codesOf(ACM_SERVICE_TYPES).describe("ACM only: advisory_planning, training_enablement or both");
const ZCity = z.string().trim().min(1).max(100).describe("The customer's city, to prefer partners there");

export const ZReferralMatchQuery = z.object({
  need: ZNeed,
  serviceType: ZServiceType.optional(),
  city: ZCity.optional(),
  contactId: ZUuid.optional().describe("The customer contact to refer: their country, where recorded, instead of the tenant's"),
});

export const ZCreateReferral = z.object({
  kind: z.enum(["quickleads", "acm"]),
  need: ZNeed,
  serviceType: ZServiceType.optional(),
  contactId: ZUuid.describe("The customer contact the partners will reach; needs an e-mail and consent to share it"),
  city: ZCity.optional(),
});
export type TCreateReferral = z.infer<typeof ZCreateReferral>;

export const ZReferral = z.object({
  id: ZUuid,
  tenantId: ZUuid,
  kind: z.enum(["quickleads", "acm"]),
  need: z.string(),
  serviceType: z.string().nullable(),
  contactId: ZUuid.nullable(),
  consentId: ZUuid,
  partners: z.array(ZMatchedPartner),
  status: codesOf(REFERRAL_STATUSES),
  followUpDueOn: ZIsoDate.nullable().describe("When a partner should have contacted the customer by (3 business days)"),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type TReferral = z.infer<typeof ZReferral>;

export const ZSubmittedReferral = z.object({
  referral: ZReferral,
  match: ZReferralMatch.omit({ partners: true }),
  notice: z.object({ messageId: ZUuid, to: z.array(z.string()), status: z.enum(["queued", "failed"]) }).describe("The e-mail telling the customer"),
  notes: z.array(z.string()),
});
export type TSubmittedReferral = z.infer<typeof ZSubmittedReferral>;
