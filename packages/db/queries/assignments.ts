import { sql } from "drizzle-orm";
import type { Executor } from "../client.ts";

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
