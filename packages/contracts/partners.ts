import { z } from "zod";
import { ZPage, ZPageOf, ZUuid } from "./common.ts";

/** A partner organisation (FastTrack Ready Partner or other); its people sign in as partner users. */
export const ZPartner = z.object({
  id: ZUuid,
  name: z.string(),
  mpnId: z.string().nullable().describe("Microsoft Partner Network id; null is FTOP's \"N/A\""),
  frpMember: z.boolean().describe("On the FastTrack Ready Partner list"),
  country: z.string().nullable(),
  city: z.string().nullable(),
  specialties: z.array(z.string()),
  version: z.number().int(),
});
export type TPartner = z.infer<typeof ZPartner>;

export const ZPartnerList = ZPageOf(ZPartner);
export type TPartnerList = z.infer<typeof ZPartnerList>;

export const ZPartnerListQuery = z.object({ q: z.string().trim().max(200).optional().describe("Name or MPN id contains"), ...ZPage });

const partnerFields = {
  name: z.string().trim().min(1).max(300),
  mpnId: z.string().trim().regex(/^\d{4,12}$/, "an MPN id is 4 to 12 digits; leave it out (or null) for N/A").nullable(),
  frpMember: z.boolean(),
  country: z.string().length(2).toUpperCase().nullable().describe("ISO 3166-1 alpha-2"),
  city: z.string().trim().max(200).nullable(),
  specialties: z.array(z.string().trim().min(1).max(100)).max(20).describe("Specialty codes or labels (Advisory and Planning, Training and Enablement, ...)"),
};

export const ZCreatePartner = z
  .object({
    name: partnerFields.name,
    mpnId: partnerFields.mpnId.default(null),
    frpMember: partnerFields.frpMember.default(false),
    country: partnerFields.country.default(null),
    city: partnerFields.city.default(null),
    specialties: partnerFields.specialties.default([]),
  })
  .strict();
export type TCreatePartner = z.infer<typeof ZCreatePartner>;

export const ZUpdatePartner = z
  .object({
    version: z.number().int().describe("The version you read; 409 when the partner changed since"),
    name: partnerFields.name.optional(),
    mpnId: partnerFields.mpnId.optional(),
    frpMember: partnerFields.frpMember.optional(),
    country: partnerFields.country.optional(),
    city: partnerFields.city.optional(),
    specialties: partnerFields.specialties.optional(),
  })
  .strict();
export type TUpdatePartner = z.infer<typeof ZUpdatePartner>;

// --- FastTrack Ready Partner list import -------------------------------------------------------------------

export const FRP_LIST_COLUMNS = ["Partner Name", "MPN ID", "Country", "City", "Specialties"] as const;

/** The CSV file as text/csv, or as JSON {csv}; the import also carries the preview's fingerprint. */
export const ZFrpListPreviewBody = z.union([z.string(), z.object({ csv: z.string() }).strict()]);
export const ZFrpListImportQuery = z.object({ previewFingerprint: z.string().min(1).describe("From the preview; the import refuses (409, with the new preview) when it no longer matches") });

const ZFrpFields = z.object({ name: z.string(), country: z.string().nullable(), city: z.string().nullable(), specialties: z.array(z.string()), frpMember: z.boolean() });
export const ZFrpListPreview = z.object({
  added: z.array(ZFrpFields.extend({ line: z.number().int(), mpnId: z.string() })),
  updated: z.array(
    z.object({
      line: z.number().int(),
      partnerId: ZUuid,
      name: z.string(),
      mpnId: z.string(),
      changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
    }),
  ),
  leaving: z.array(z.object({ partnerId: ZUuid, name: z.string(), mpnId: z.string().nullable() }).describe("On the list until now; their FRP membership ends")),
  unchanged: z.number().int(),
  problems: z.array(z.object({ line: z.number().int().describe("Line of the file; the header is line 1"), message: z.string() })),
  counts: z.object({ added: z.number().int(), updated: z.number().int(), leaving: z.number().int(), unchanged: z.number().int(), problems: z.number().int() }),
  previewFingerprint: z.string(),
  applied: z.boolean(),
});
export type TFrpListPreview = z.infer<typeof ZFrpListPreview>;

// --- A tenant's partners (the Partners tab) ----------------------------------------------------------------

export const NO_PARTNER_IDENTIFIED = "No Partner Identified";
export const MPN_NOT_AVAILABLE = "N/A";

export const ZTenantPartner = z.object({
  partnerId: ZUuid.nullable().describe("null on the \"No Partner Identified\" row"),
  name: z.string(),
  mpnId: z.string().describe("\"N/A\" when the partner has none"),
  frpMember: z.boolean(),
  desiresAssistance: z.boolean(),
});
export type TTenantPartner = z.infer<typeof ZTenantPartner>;

export const ZTenantPartners = z.object({
  tenantId: ZUuid,
  noPartnerIdentified: z.boolean().describe("True when no partner is linked: items then hold the one \"No Partner Identified\" / \"N/A\" row"),
  items: z.array(ZTenantPartner),
  message: z.string().optional(),
});
export type TTenantPartners = z.infer<typeof ZTenantPartners>;

export const ZLinkTenantPartner = z.object({ partnerId: ZUuid, desiresAssistance: z.boolean().default(false) }).strict();
export type TLinkTenantPartner = z.infer<typeof ZLinkTenantPartner>;

export const ZTenantPartnerParams = z.object({ id: ZUuid, partnerId: ZUuid });
export const ZUnlinkTenantPartnerQuery = z.object({ reason: z.string().trim().min(3, "say why the partner is removed (at least 3 characters)").max(500) });
