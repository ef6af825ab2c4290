import { findServicesOfTenant, type TenantWithCustomer } from "@waymark/db";
import type { TTenant } from "@waymark/contracts";
import type { UserActor } from "../../actor.ts";
import type { App } from "../../app-types.ts";
import { tenantAccessOf } from "../../policies/tenant-access.ts";
import { presentTenant } from "../../presenters/tenants.ts";

/** A tenant with its services and what this reader may do on it. */
export async function presentTenantFor(app: App, actor: UserActor, tenant: TenantWithCustomer): Promise<TTenant> {
  const [services, access] = await Promise.all([findServicesOfTenant(app.deps.db, tenant.id), tenantAccessOf(app.deps.db, actor, tenant)]);
  return presentTenant(tenant, services, app.deps.now(), access);
}
