import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { entitlementSplits, tenantServices } from "../schema/services.ts";
import { tenants } from "../schema/tenants.ts";
import { findMigrationScenarios, type MigrationScenarioRow } from "./service-migrations.ts";
import { findStatusHistory, type StatusHistoryRow } from "./service-status-history.ts";

export type ServiceRow = typeof tenantServices.$inferSelect;
export type NewServiceRow = typeof tenantServices.$inferInsert;
export type SplitRow = typeof entitlementSplits.$inferSelect;
export type NewSplitRow = Omit<typeof entitlementSplits.$inferInsert, "tenantServiceId" | "tenantId" | "customerId">;
/** The latest day of usage reported for a service. */
export type LatestUsage = { day: string; activeUsers: number; entitlements: number };
/** What the database keeps about a service besides its row: the trigger-written status history, and more. */
export type ServiceDetails = {
  /** The status stays, oldest first (the last one is open). */
  statusHistory: StatusHistoryRow[];
  migrations: MigrationScenarioRow[];
  /** The tenant's time zone, in which its dates (status since, days in status) are counted. */
  timeZone: string;
};
export type ServiceWithSplit = ServiceRow & ServiceDetails & { split: SplitRow[]; usage: LatestUsage | null };

async function attachSplits(db: Executor, services: ServiceRow[]): Promise<ServiceWithSplit[]> {
  if (services.length === 0) return [];
  const splits = await db
    .select()
    .from(entitlementSplits)
    .where(inArray(entitlementSplits.tenantServiceId, services.map((s) => s.id)))
    .orderBy(asc(entitlementSplits.position));
  const tenantIds = [...new Set(services.map((s) => s.tenantId))];
  const usage = await db.execute<{ tenant_id: string; service: string; day: string; active_users: number; entitlements: number }>(sql`
    SELECT DISTINCT ON (tenant_id, service) tenant_id, service, day::text AS day, active_users, entitlements
    FROM usage_daily WHERE tenant_id IN (${sql.join(tenantIds.map((id) => sql`${id}`), sql`, `)})
    ORDER BY tenant_id, service, day DESC`);
  const serviceIds = services.map((s) => s.id);
  const statusHistory = await findStatusHistory(db, serviceIds);
  const migrations = await findMigrationScenarios(db, serviceIds);
  const zones = await db.select({ id: tenants.id, timeZone: tenants.timeZone }).from(tenants).where(inArray(tenants.id, tenantIds));
  const zoneOf = (service: ServiceRow) => {
    const zone = zones.find((z) => z.id === service.tenantId);
    if (!zone) throw new Error(`service ${service.id} has no tenant ${service.tenantId}`);
    return zone.timeZone;
  };
  return services.map((service) => {
    const latest = usage.rows.find((u) => u.tenant_id === service.tenantId && u.service === service.service);
    return {
      ...service,
      split: splits.filter((row) => row.tenantServiceId === service.id),
      usage: latest ? { day: latest.day, activeUsers: latest.active_users, entitlements: latest.entitlements } : null,
      statusHistory: statusHistory.filter((stay) => stay.tenantServiceId === service.id),
      migrations: migrations.filter((scenario) => scenario.tenantServiceId === service.id),
      timeZone: zoneOf(service),
    };
  });
}

export async function findServicesOfTenant(db: Executor, tenantId: string): Promise<ServiceWithSplit[]> {
  const services = await db
    .select()
    .from(tenantServices)
    .where(eq(tenantServices.tenantId, tenantId))
    .orderBy(asc(tenantServices.service));
  return attachSplits(db, services);
}

export async function findService(db: Executor, id: string): Promise<ServiceWithSplit | undefined> {
  const services = await db.select().from(tenantServices).where(eq(tenantServices.id, id));
  const [found] = await attachSplits(db, services);
  return found;
}

export async function findServiceOfTenant(db: Executor, tenantId: string, service: string): Promise<ServiceRow | undefined> {
  const [row] = await db
    .select()
    .from(tenantServices)
    .where(and(eq(tenantServices.tenantId, tenantId), eq(tenantServices.service, service)));
  return row;
}

export async function insertService(db: Executor, row: NewServiceRow, split: NewSplitRow[]): Promise<ServiceWithSplit> {
  const [inserted] = await db.insert(tenantServices).values(row).returning();
  if (!inserted) throw new Error("insert into tenant_services returned no row");
  const rows = await insertSplitRows(db, inserted, split);
  return { ...inserted, ...(await detailsOf(db, inserted)), split: rows, usage: null };
}

/** Changes a service if it is still at `version`; returns it as it is now, with the status history the change wrote. */
export async function updateServiceIfVersion(
  db: Executor,
  id: string,
  version: number,
  patch: Partial<NewServiceRow>,
): Promise<(ServiceRow & ServiceDetails) | undefined> {
  const [row] = await db
    .update(tenantServices)
    .set({ ...patch, version: sql`${tenantServices.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(tenantServices.id, id), eq(tenantServices.version, version)))
    .returning();
  return row && { ...row, ...(await detailsOf(db, row)) };
}

async function detailsOf(db: Executor, service: ServiceRow): Promise<ServiceDetails> {
  const [zone] = await db.select({ timeZone: tenants.timeZone }).from(tenants).where(eq(tenants.id, service.tenantId));
  if (!zone) throw new Error(`service ${service.id} has no tenant ${service.tenantId}`);
  return {
    statusHistory: await findStatusHistory(db, [service.id]),
    migrations: await findMigrationScenarios(db, [service.id]),
    timeZone: zone.timeZone,
  };
}

/** Replaces a service's whole L1 split; the caller has checked the rows and holds the service's new version. */
export async function replaceSplitRows(db: Executor, service: ServiceRow, rows: NewSplitRow[]): Promise<SplitRow[]> {
  await db.delete(entitlementSplits).where(eq(entitlementSplits.tenantServiceId, service.id));
  return insertSplitRows(db, service, rows);
}

async function insertSplitRows(db: Executor, service: ServiceRow, rows: NewSplitRow[]): Promise<SplitRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(entitlementSplits)
    .values(
      rows.map((row, position) => ({
        ...row,
        position,
        tenantServiceId: service.id,
        tenantId: service.tenantId,
        customerId: service.customerId,
      })),
    )
    .returning();
}
