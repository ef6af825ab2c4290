import { and, asc, eq, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import { tenantServices } from "../schema/services.ts";
import { tenants } from "../schema/tenants.ts";
import { usageDaily } from "../schema/activity.ts";
import { type Assignee, isAssigneeOf, type Visibility, visibleTenantCondition } from "./visibility.ts";
import type { TenantRow } from "./tenants.ts";

export type UsageRow = typeof usageDaily.$inferInsert;

/** A whole JS array as one parameter (drizzle would spread a bare array into a list of parameters). */
const array = (values: unknown[]) => sql.param(values);
/** `column = ANY($1)`: one parameter however many ids an import names (IN (...) would need one per id). */
const anyOf = (column: AnyPgColumn, ids: string[]) => sql`${column} = ANY(${array(ids)}::uuid[])`;
/** One day of one service's usage as read back. */
export type UsageDayRow = { service: string; day: string; activeUsers: number; entitlements: number };

/** Stores daily usage; a second report for the same tenant, service and day replaces the first. */
export async function upsertUsage(db: Executor, rows: UsageRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(usageDaily)
    .values(rows)
    .onConflictDoUpdate({
      target: [usageDaily.tenantId, usageDaily.service, usageDaily.day],
      set: { activeUsers: sql`excluded.active_users`, entitlements: sql`excluded.entitlements` },
    });
}

export type UsageChange = { tenantId: string; service: string; day: string; inserted: boolean };

// One statement per chunk over unnest()ed arrays: 6 parameters instead of 6 per row (PostgreSQL allows 65,535).
const UPSERT_CHUNK = 20_000;

/**
 * Stores daily usage like `upsertUsage`, but leaves rows with the same figures untouched and returns the rows it
 * inserted or changed (`xmax = 0` marks a row this statement inserted rather than updated).
 */
export async function upsertUsageReportingChanges(db: Executor, rows: UsageRow[]): Promise<UsageChange[]> {
  const changes: UsageChange[] = [];
  for (let start = 0; start < rows.length; start += UPSERT_CHUNK) {
    const chunk = rows.slice(start, start + UPSERT_CHUNK);
    const result = await db.execute<{ tenant_id: string; service: string; day: string; inserted: boolean }>(sql`
      INSERT INTO usage_daily (tenant_id, customer_id, service, day, active_users, entitlements)
      SELECT * FROM unnest(
        ${array(chunk.map((r) => r.tenantId))}::uuid[], ${array(chunk.map((r) => r.customerId))}::uuid[],
        ${array(chunk.map((r) => r.service))}::text[], ${array(chunk.map((r) => r.day))}::date[],
        ${array(chunk.map((r) => r.activeUsers))}::int[], ${array(chunk.map((r) => r.entitlements))}::int[])
      ON CONFLICT (tenant_id, service, day) DO UPDATE
        SET active_users = excluded.active_users, entitlements = excluded.entitlements
        WHERE (usage_daily.active_users, usage_daily.entitlements) IS DISTINCT FROM (excluded.active_users, excluded.entitlements)
      RETURNING tenant_id, service, day::text AS day, (xmax = 0) AS inserted`);
    changes.push(...result.rows.map((r) => ({ tenantId: r.tenant_id, service: r.service, day: r.day, inserted: r.inserted })));
  }
  return changes;
}

/** The latest stored day of each of these services of a tenant. */
export async function findLatestUsage(db: Executor, tenantId: string, services: string[]): Promise<UsageDayRow[]> {
  if (services.length === 0) return [];
  const result = await db.execute<{ service: string; day: string; active_users: number; entitlements: number }>(sql`
    SELECT DISTINCT ON (service) service, day::text AS day, active_users, entitlements
    FROM usage_daily WHERE tenant_id = ${tenantId} AND service = ANY(${array(services)}::text[])
    ORDER BY service, day DESC`);
  return result.rows.map((r) => ({ service: r.service, day: r.day, activeUsers: r.active_users, entitlements: r.entitlements }));
}

/** Every stored day of a tenant's usage, per service oldest first (the primary key serves it). */
export async function findUsageHistory(db: Executor, tenantId: string): Promise<UsageDayRow[]> {
  return db
    .select({ service: usageDaily.service, day: usageDaily.day, activeUsers: usageDaily.activeUsers, entitlements: usageDaily.entitlements })
    .from(usageDaily)
    .where(eq(usageDaily.tenantId, tenantId))
    .orderBy(asc(usageDaily.service), asc(usageDaily.day));
}

export type UsageImportTenant = {
  id: string;
  tenantGuid: string;
  name: string;
  customerId: string;
  timeZone: string;
  /** The user is assigned to the tenant, one of its services, or its customer. */
  assigned: boolean;
};

/** The tenants named by id or by GUID that the reader may see, with whether the user is assigned to each. */
export async function findUsageImportTenants(db: Executor, keys: string[], visibility: Visibility, assignee: Assignee): Promise<UsageImportTenant[]> {
  if (keys.length === 0) return [];
  return db
    .select({
      id: tenants.id,
      tenantGuid: tenants.tenantGuid,
      name: tenants.name,
      customerId: tenants.customerId,
      timeZone: tenants.timeZone,
      // Qualified by hand: inside the subquery a bare "id" would name the assignment's id.
      assigned: sql<boolean>`EXISTS (SELECT 1 FROM assignments a WHERE ${isAssigneeOf(assignee)}
        AND (a.tenant_id = "tenants"."id" OR (a.tenant_id IS NULL AND a.customer_id = "tenants"."customer_id")))`,
    })
    .from(tenants)
    .where(and(or(anyOf(tenants.id, keys), anyOf(tenants.tenantGuid, keys)), visibleTenantCondition(visibility, tenants.id, tenants.customerId)));
}

/** The service codes each of these tenants has. */
export async function findServiceCodesOfTenants(db: Executor, tenantIds: string[]): Promise<{ tenantId: string; service: string }[]> {
  if (tenantIds.length === 0) return [];
  return db
    .select({ tenantId: tenantServices.tenantId, service: tenantServices.service })
    .from(tenantServices)
    .where(anyOf(tenantServices.tenantId, tenantIds));
}

/** Locks several tenants for the rest of the transaction, always in id order so two imports cannot deadlock. */
export async function lockTenantsInOrder(db: Executor, ids: string[]): Promise<TenantRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(tenants).where(anyOf(tenants.id, ids)).orderBy(asc(tenants.id)).for("update");
}
