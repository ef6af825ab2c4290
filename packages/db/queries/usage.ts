import { sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { usageDaily } from "../schema/activity.ts";

export type UsageRow = typeof usageDaily.$inferInsert;

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
