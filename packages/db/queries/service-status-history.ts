import { asc, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { serviceStatusHistory } from "../schema/services.ts";

export type StatusHistoryRow = typeof serviceStatusHistory.$inferSelect;

/** The status stays of services, oldest first; the trigger on tenant_services writes them. */
export async function findStatusHistory(db: Executor, serviceIds: readonly string[]): Promise<StatusHistoryRow[]> {
  if (serviceIds.length === 0) return [];
  return db
    .select()
    .from(serviceStatusHistory)
    .where(inArray(serviceStatusHistory.tenantServiceId, [...serviceIds]))
    .orderBy(asc(serviceStatusHistory.enteredAt), asc(serviceStatusHistory.id));
}

/**
 * Names who the status changes written next in this transaction are by, for the history trigger; call it again
 * with nothing once the change is written, so later writers in the same transaction are not attributed to them.
 */
export async function attributeStatusChanges(db: Executor, by: { userId?: string | null; rule?: string | null } = {}): Promise<void> {
  await db.execute(
    sql`SELECT set_config('waymark.changed_by_user', ${by.userId ?? ""}, true), set_config('waymark.changed_by_rule', ${by.rule ?? ""}, true)`,
  );
}
