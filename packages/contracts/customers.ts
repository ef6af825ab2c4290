import { REGIONS } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZPage, ZPageOf, ZUuid, ZVersion } from "./common.ts";

export const ZCustomer = z.object({
  id: ZUuid,
  tpid: z.number().int(),
  name: z.string(),
  region: codesOf(REGIONS),
  vertical: z.string().nullable(),
  winnerTenantId: ZUuid.nullable(),
  tenantCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  visibleTenantCount: z.number().int().optional().describe("List only: the customer's tenants the reader may see"),
  blockedTenantCount: z.number().int().optional().describe("List only: of the tenants the reader may see, those whose overall status is Blocked"),
  winnerTenantName: z.string().nullable().optional().describe("List only: the winner tenant's name"),
  primaryFmName: z.string().nullable().optional().describe("List only: the primary FM of the winner tenant, else of any of the customer's tenants"),
});
export type TCustomer = z.infer<typeof ZCustomer>;

export const ZCustomerList = ZPageOf(ZCustomer);
export type TCustomerList = z.infer<typeof ZCustomerList>;

export const CUSTOMER_LIST_SCOPES = ["primary", "assigned", "all"] as const;
export type CustomerListScope = (typeof CUSTOMER_LIST_SCOPES)[number];

export const ZCustomerListQuery = z.object({
  q: z.string().trim().max(200).optional().describe("Name contains, or exact TPID"),
  region: codesOf(REGIONS).optional(),
  sort: z.enum(["name", "-name", "tpid", "-tpid", "createdAt", "-createdAt", "region", "-region"]).default("name"),
  scope: z
    .enum(CUSTOMER_LIST_SCOPES)
    .optional()
    .describe("primary: customers where you hold a primary assignment (on the customer or one of its tenants); assigned: any assignment of yours; all: every customer (readers of all tenants only). Without it: every customer you may see"),
  ...ZPage,
});
export type TCustomerListQuery = z.infer<typeof ZCustomerListQuery>;

export const ZCreateCustomer = z.object({
  tpid: z.number().int().positive().describe("Top Parent ID"),
  name: z.string().trim().min(1).max(300),
  region: codesOf(REGIONS),
  vertical: z.string().trim().max(200).nullable().optional(),
});
export type TCreateCustomer = z.infer<typeof ZCreateCustomer>;

export const ZUpdateCustomer = z.object({
  version: ZVersion,
  name: z.string().trim().min(1).max(300).optional(),
  region: codesOf(REGIONS).optional(),
  vertical: z.string().trim().max(200).nullable().optional(),
  winnerTenantId: ZUuid.nullable().optional().describe("Must be one of the customer's tenants"),
});
export type TUpdateCustomer = z.infer<typeof ZUpdateCustomer>;
