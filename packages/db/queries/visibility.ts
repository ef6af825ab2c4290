import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** Which tenants a reader may see: all of them, or only those assigned to the user (directly or via their customer). */
export type Visibility = { kind: "all" } | { kind: "assigned"; userId: string };

export function visibleTenantCondition(
  visibility: Visibility,
  tenantId: AnyPgColumn,
  customerId: AnyPgColumn,
): SQL | undefined {
  if (visibility.kind === "all") return undefined;
  return sql`(${tenantId} IN (SELECT a.tenant_id FROM assignments a WHERE a.user_id = ${visibility.userId} AND a.tenant_id IS NOT NULL)
    OR ${customerId} IN (SELECT a.customer_id FROM assignments a WHERE a.user_id = ${visibility.userId} AND a.tenant_id IS NULL))`;
}

/**
 * The ids of the tenants a reader may see, as a subquery (undefined: every tenant). A UNION of the two ways to be
 * assigned lets the planner see how few tenants an FM has and walk their rows by index, where the OR of two IN
 * lists in `visibleTenantCondition` makes it guess three quarters of all tenants.
 */
export function visibleTenantIds(visibility: Visibility): SQL | undefined {
  if (visibility.kind === "all") return undefined;
  return assignedTenantIds(visibility.userId);
}

/** The ids of the tenants a user is assigned to, directly or through the customer, in `role` when one is named. */
export function assignedTenantIds(userId: string, role?: string): SQL {
  const inRole = role ? sql` AND a.role = ${role}` : sql``;
  return sql`SELECT a.tenant_id FROM assignments a WHERE a.user_id = ${userId} AND a.tenant_id IS NOT NULL${inRole}
    UNION ALL
    SELECT t.id FROM tenants t JOIN assignments a ON a.customer_id = t.customer_id WHERE a.user_id = ${userId} AND a.tenant_id IS NULL${inRole}`;
}

export function visibleCustomerCondition(visibility: Visibility, customerId: AnyPgColumn): SQL | undefined {
  if (visibility.kind === "all") return undefined;
  return sql`${customerId} IN (SELECT a.customer_id FROM assignments a WHERE a.user_id = ${visibility.userId})`;
}

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
