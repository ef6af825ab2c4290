import { CONSENT_METHODS, CONSENT_SCOPES } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZUuid } from "./common.ts";

/** What a person agreed to, how and when (e.g. verbal consent to share their contact details with referral partners). */
export const ZConsent = z.object({
  id: ZUuid,
  contactId: ZUuid,
  tenantId: ZUuid.nullable(),
  scope: codesOf(CONSENT_SCOPES),
  method: codesOf(CONSENT_METHODS),
  consentedAt: z.iso.datetime(),
  statement: z.string().nullable().describe("What the person was told and agreed to, in the words used"),
  recordedBy: z.object({ id: ZUuid, name: z.string() }).nullable(),
  withdrawnAt: z.iso.datetime().nullable(),
  standing: z.boolean().describe("Not withdrawn: it can be relied on"),
});
export type TConsent = z.infer<typeof ZConsent>;

export const ZConsentList = z.object({ items: z.array(ZConsent) });
export type TConsentList = z.infer<typeof ZConsentList>;

export const ZRecordConsent = z.object({
  scope: codesOf(CONSENT_SCOPES),
  method: codesOf(CONSENT_METHODS),
  statement: z.string().trim().min(1).max(2000).describe("What the person was told and agreed to, in the words used"),
  consentedAt: z.iso.datetime({ offset: true }).optional().describe("When they agreed; now when left out"),
});
export type TRecordConsent = z.infer<typeof ZRecordConsent>;
