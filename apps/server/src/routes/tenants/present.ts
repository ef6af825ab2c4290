import { findServicesOfTenant, findTenant, type TenantWithCustomer } from "@waymark/db";
import type { TTenant } from "@waymark/contracts";
import type { UserActor } from "../../actor.ts";
import type { App } from "../../app-types.ts";
import { tenantAccessOf } from "../../policies/tenant-access.ts";
import { visibilityOf } from "../../policies/visibility.ts";
import { presentTenant } from "../../presenters/tenants.ts";

/** A tenant with its services and what this reader may do on it. */
export async function presentTenantFor(app: App, actor: UserActor, tenant: TenantWithCustomer): Promise<TTenant> {
  const [services, access, winner] = await Promise.all([
    findServicesOfTenant(app.deps.db, tenant.id),
    tenantAccessOf(app.deps.db, actor, tenant),
    tenant.duplicateOfTenantId ? findTenant(app.deps.db, tenant.duplicateOfTenantId, visibilityOf(actor)) : undefined,
  ]);
  const duplicateOf = tenant.duplicateOfTenantId ? { id: tenant.duplicateOfTenantId, name: winner?.name ?? null } : null;
  return presentTenant(tenant, services, app.deps.now(), access, duplicateOf);
}
