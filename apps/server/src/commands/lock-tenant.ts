import { type Executor, lockTenant, type TenantRow } from "@waymark/db";

/**
 * Locks a tenant the command has already found (and checked access to) for the rest of the transaction, so events
 * and edits on one tenant never interleave. Always the tenant first, then its rows: no deadlocks between them.
 */
export async function lockFoundTenant(tx: Executor, tenantId: string): Promise<TenantRow> {
  const tenant = await lockTenant(tx, tenantId);
  if (!tenant) throw new Error("tenant vanished inside its own transaction");
  return tenant;
}
