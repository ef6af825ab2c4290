import { CONTACT_TYPES } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZUuid } from "./common.ts";

export const SEARCH_GROUP_LIMIT_DEFAULT = 5;
/** Totals above this are reported as "more than": counting every match of a short word at 100k tenants is not worth it. */
export const SEARCH_TOTAL_CAP = 1000;

export const ZSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, "Type at least 2 characters to search.")
    .max(200, "Search text is at most 200 characters.")
    .describe("Tenant name, tenant GUID (full or first characters), TPID, customer name, contact name or e-mail"),
  limit: z.coerce.number().int().min(1).max(20).default(SEARCH_GROUP_LIMIT_DEFAULT).describe("Hits per group"),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

const ZGroupTotal = {
  total: z.number().int().describe(`Matches you may see, counted up to ${SEARCH_TOTAL_CAP}`),
  totalCapped: z.boolean().describe(`True when there are more than ${SEARCH_TOTAL_CAP} matches`),
};

export const ZSearchTenantHit = z.object({
  id: ZUuid,
  name: z.string(),
  tenantGuid: ZUuid,
  customerId: ZUuid,
  customerName: z.string(),
  tpid: z.number().int(),
  matchedBy: z.enum(["name", "tenant_guid", "tpid"]),
});
export type TSearchTenantHit = z.infer<typeof ZSearchTenantHit>;

export const ZSearchCustomerHit = z.object({
  id: ZUuid,
  name: z.string(),
  tpid: z.number().int(),
  tenantCount: z.number().int(),
  matchedBy: z.enum(["name", "tpid"]),
});
export type TSearchCustomerHit = z.infer<typeof ZSearchCustomerHit>;

export const ZSearchContactHit = z.object({
  id: ZUuid,
  name: z.string(),
  email: z.string().nullable(),
  type: codesOf(CONTACT_TYPES),
  role: z.string().nullable(),
  /** Null for a contact recorded for the whole customer: open the customer. */
  tenant: z.object({ id: ZUuid, name: z.string() }).nullable(),
  customer: z.object({ id: ZUuid, name: z.string() }),
});
export type TSearchContactHit = z.infer<typeof ZSearchContactHit>;

export const ZSearchResult = z.object({
  q: z.string(),
  /** A full tenant GUID or TPID that names exactly one record you may see: open it directly. */
  exact: z.object({ kind: z.enum(["tenant", "customer"]), id: ZUuid, name: z.string() }).nullable(),
  tenants: z.object({ items: z.array(ZSearchTenantHit), ...ZGroupTotal }),
  customers: z.object({ items: z.array(ZSearchCustomerHit), ...ZGroupTotal }),
  contacts: z.object({ items: z.array(ZSearchContactHit), ...ZGroupTotal }),
});
export type TSearchResult = z.infer<typeof ZSearchResult>;
