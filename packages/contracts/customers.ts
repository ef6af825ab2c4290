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
});
export type TCustomer = z.infer<typeof ZCustomer>;

export const ZCustomerList = ZPageOf(ZCustomer);
export type TCustomerList = z.infer<typeof ZCustomerList>;

export const ZCustomerListQuery = z.object({
  q: z.string().trim().max(200).optional().describe("Name contains, or exact TPID"),
  region: codesOf(REGIONS).optional(),
  sort: z.enum(["name", "-name", "tpid", "-tpid", "createdAt", "-createdAt"]).default("name"),
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
