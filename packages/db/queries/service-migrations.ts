import { eq, inArray } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { serviceMigrations } from "../schema/services.ts";

export type MigrationScenarioRow = typeof serviceMigrations.$inferSelect;
export type NewMigrationScenario = Pick<
  typeof serviceMigrations.$inferInsert,
  "migrationType" | "entitlements" | "estimatedMigrationDate" | "dataSizeGb" | "notes"
>;

export async function findMigrationScenarios(db: Executor, serviceIds: readonly string[]): Promise<MigrationScenarioRow[]> {
  if (serviceIds.length === 0) return [];
  const rows = await db.select().from(serviceMigrations).where(inArray(serviceMigrations.tenantServiceId, [...serviceIds]));
  return rows.sort(byType);
}

/** Scenarios in a stable order, by type code (compared as plain text, whatever the database's collation). */
const byType = (a: MigrationScenarioRow, b: MigrationScenarioRow) => (a.migrationType < b.migrationType ? -1 : a.migrationType > b.migrationType ? 1 : 0);

/**
 * Replaces a service's migration scenarios; the caller has checked them and holds the service's new version.
 * A scenario type that stays keeps the status its Migration SME set.
 */
export async function replaceMigrationScenarios(
  db: Executor,
  service: { id: string; tenantId: string },
  scenarios: readonly NewMigrationScenario[],
): Promise<MigrationScenarioRow[]> {
  const before = await db.delete(serviceMigrations).where(eq(serviceMigrations.tenantServiceId, service.id)).returning();
  if (scenarios.length === 0) return [];
  const inserted = await db
    .insert(serviceMigrations)
    .values(
      scenarios.map((scenario) => ({
        ...scenario,
        tenantServiceId: service.id,
        tenantId: service.tenantId,
        status: before.find((old) => old.migrationType === scenario.migrationType)?.status ?? null,
      })),
    )
    .returning();
  return inserted.sort(byType);
}
