import type { TTenant, TUpdateTenant } from "@waymark/contracts";
import { apiSend } from "../../lib/api.ts";

/** PATCH /api/tenants/:id with the version read; 409 when someone changed the tenant meanwhile. */
export const patchTenant = (tenantId: string, body: TUpdateTenant): Promise<TTenant> =>
  apiSend<TTenant>("PATCH", `/tenants/${encodeURIComponent(tenantId)}`, body);
