import { sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { assignments } from "../schema/assignments.ts";

/** True when the user is assigned to the tenant itself, one of its services, or its customer (TPID level). */
export async function isUserAssignedToTenant(db: Executor, userId: string, tenantId: string): Promise<boolean> {
  const result = await db.execute<{ assigned: boolean }>(sql`
    SELECT EXISTS (
      SELECT 1 FROM assignments a JOIN tenants t ON t.id = ${tenantId}
      WHERE a.user_id = ${userId}
        AND (a.tenant_id = t.id OR (a.tenant_id IS NULL AND a.customer_id = t.customer_id))
    ) AS assigned`);
  return result.rows[0]?.assigned === true;
}

export async function insertAssignment(db: Executor, row: typeof assignments.$inferInsert) {
  const [inserted] = await db.insert(assignments).values(row).returning();
  if (!inserted) throw new Error("insert into assignments returned no row");
  return inserted;
}
