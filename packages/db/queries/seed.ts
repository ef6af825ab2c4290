import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import { customers } from "../schema/customers.ts";
import { entitlementSplits, tenantServices } from "../schema/services.ts";
import { tenants } from "../schema/tenants.ts";

export type SeedRows = {
  customers: (typeof customers.$inferInsert)[];
  tenants: (typeof tenants.$inferInsert)[];
  services: (typeof tenantServices.$inferInsert)[];
  splits: (typeof entitlementSplits.$inferInsert)[];
};

// PostgreSQL takes at most 65,535 parameters per statement; stay well below it.
const MAX_PARAMETERS = 30_000;

async function insertChunked<T extends PgTable>(db: Executor, table: T, rows: T["$inferInsert"][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length || 1;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let i = 0; i < rows.length; i += size) await db.insert(table).values(rows.slice(i, i + size));
}

/** Inserts generated data; winners are linked after the tenants exist (customers reference tenants and back). */
export async function insertSeedRows(db: Executor, rows: SeedRows): Promise<void> {
  const winners = rows.customers.map((c) => ({ id: c.id as string, winner: c.winnerTenantId ?? null }));
  await insertChunked(db, customers, rows.customers.map((c) => ({ ...c, winnerTenantId: null })));
  await insertChunked(db, tenants, rows.tenants);
  await insertChunked(db, tenantServices, rows.services);
  await insertChunked(db, entitlementSplits, rows.splits);
  if (winners.length > 0) {
    await db.execute(sql`
      UPDATE customers c SET winner_tenant_id = w.winner
      FROM jsonb_to_recordset(${JSON.stringify(winners)}::jsonb) AS w(id uuid, winner uuid)
      WHERE c.id = w.id`);
  }
}

export async function countTenants(db: Executor): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM tenants`);
  return result.rows[0]?.n ?? 0;
}

/** The highest TPID in use, so appended seed data continues after it. */
export async function maxTpid(db: Executor): Promise<number | null> {
  const result = await db.execute<{ m: number | null }>(sql`SELECT max(tpid)::bigint AS m FROM customers`);
  return result.rows[0]?.m ?? null;
}
