import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * Whose assignments count as a reader's own: the user's, and for a partner user (FRP) also those of their partner
 * organisation ("tenants assigned to your partner firm").
 */
export type Assignee = { userId: string; partnerId?: string | null };

/** Which tenants a reader may see: all of them, or only those assigned to them (directly or via their customer). */
export type Visibility = { kind: "all" } | ({ kind: "assigned" } & Assignee);

/** `a.user_id = …`, widened to the partner organisation's assignments for a partner user. */
export function isAssigneeOf(assignee: Assignee): SQL {
  return assignee.partnerId
    ? sql`(a.user_id = ${assignee.userId} OR a.partner_id = ${assignee.partnerId})`
    : sql`a.user_id = ${assignee.userId}`;
}

export function visibleTenantCondition(
  visibility: Visibility,
  tenantId: AnyPgColumn,
  customerId: AnyPgColumn,
): SQL | undefined {
  if (visibility.kind === "all") return undefined;
  const mine = isAssigneeOf(visibility);
  return sql`(${tenantId} IN (SELECT a.tenant_id FROM assignments a WHERE ${mine} AND a.tenant_id IS NOT NULL)
    OR ${customerId} IN (SELECT a.customer_id FROM assignments a WHERE ${mine} AND a.tenant_id IS NULL))`;
}

/**
 * The ids of the tenants a reader may see, as a subquery (undefined: every tenant). A UNION of the two ways to be
 * assigned lets the planner see how few tenants an FM has and walk their rows by index, where the OR of two IN
 * lists in `visibleTenantCondition` makes it guess three quarters of all tenants.
 */
export function visibleTenantIds(visibility: Visibility): SQL | undefined {
  if (visibility.kind === "all") return undefined;
  return assignedTenantIds(visibility);
}

/** The ids of the tenants an assignee holds, directly or through the customer, in `role` when one is named. */
export function assignedTenantIds(assignee: Assignee, role?: string): SQL {
  const inRole = role ? sql` AND a.role = ${role}` : sql``;
  const mine = isAssigneeOf(assignee);
  return sql`SELECT a.tenant_id FROM assignments a WHERE ${mine} AND a.tenant_id IS NOT NULL${inRole}
    UNION ALL
    SELECT t.id FROM tenants t JOIN assignments a ON a.customer_id = t.customer_id WHERE ${mine} AND a.tenant_id IS NULL${inRole}`;
}

/** Customers a reader may see: those with anything of theirs assigned (the customer itself, or one of its tenants). */
export function visibleCustomerCondition(visibility: Visibility, customerId: AnyPgColumn): SQL | undefined {
  if (visibility.kind === "all") return undefined;
  return sql`${customerId} IN (SELECT a.customer_id FROM assignments a WHERE ${isAssigneeOf(visibility)})`;
}

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
