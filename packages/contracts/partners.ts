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

export const ZCreatePartner = z
  .object({
    name: z.string().trim().min(1).max(300),
    mpnId: z.string().trim().regex(/^\d{4,12}$/, "an MPN id is 4 to 12 digits; leave it out for N/A").nullable().default(null),
    frpMember: z.boolean().default(false),
    country: z.string().length(2).toUpperCase().nullable().default(null).describe("ISO 3166-1 alpha-2"),
    city: z.string().trim().max(200).nullable().default(null),
    specialties: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  })
  .strict();
export type TCreatePartner = z.infer<typeof ZCreatePartner>;
