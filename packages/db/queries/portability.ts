import { sql } from "drizzle-orm";
import type { Pool } from "pg";
import type { Executor } from "../client.ts";

/**
 * Tables in an export, parents before children. Sessions are left out: they are credentials, not data.
 * `deferred` columns point forward (customers → winner tenant) and are filled in after every table is loaded.
 * `fromMigrations` tables hold reference rows that migrations insert; an import replaces them with the export's
 * rows, whose ids the exported assignments refer to.
 */
export const PORTABLE_TABLES = [
  { name: "users" },
  { name: "queues", fromMigrations: true },
  { name: "partners" },
  { name: "customers", deferred: ["winner_tenant_id"] },
  { name: "tenants" },
  { name: "tenant_services" },
  { name: "service_status_history" },
  { name: "entitlement_splits" },
  { name: "service_migrations" },
  { name: "tasks" },
  { name: "notes" },
  { name: "contacts" },
  { name: "consents" },
  { name: "tenant_partners" },
  { name: "assignments" },
  { name: "outreach_attempts" },
  { name: "outreach_replies" },
  { name: "meetings" },
  { name: "referrals" },
  { name: "usage_daily" },
  // usage_monthly is derived, not exported: its triggers rebuild it from usage_daily as the import inserts those rows.
  // usage_latest is derived, not exported: its triggers rebuild it from usage_monthly.
  // dibs_first_recorded is derived, not exported: its trigger rebuilds it as the import inserts audit_events.
  { name: "playbook_runs" },
  { name: "rule_effects" },
  { name: "timers" },
  { name: "findings" },
  { name: "saved_views" },
  { name: "audit_events", sequence: "audit_events_id_seq" },
] as const satisfies readonly { name: string; deferred?: readonly string[]; sequence?: string; fromMigrations?: boolean }[];

export type PortableTable = (typeof PORTABLE_TABLES)[number]["name"];
const BATCH = 2000;

/** Streams every row of every portable table as JSON text, through a cursor so memory stays flat at any size. */
export async function* exportRows(pool: Pool): AsyncGenerator<{ table: PortableTable; json: string }> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const { name } of PORTABLE_TABLES) {
      await client.query(`DECLARE export_cursor NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM "${name}" t`);
      for (;;) {
        const { rows } = await client.query<{ j: string }>(`FETCH ${BATCH} FROM export_cursor`);
        for (const row of rows) yield { table: name, json: row.j };
        if (rows.length < BATCH) break;
      }
      await client.query("CLOSE export_cursor");
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

async function writableColumns(db: Executor, table: string): Promise<string[]> {
  const result = await db.execute<{ column_name: string }>(sql`
    SELECT column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} AND is_generated = 'NEVER'
    ORDER BY ordinal_position`);
  return result.rows.map((r) => r.column_name);
}

/** True when nothing but migration reference data is there: the only state an import may load into. */
export async function isEmptyForImport(db: Executor): Promise<boolean> {
  for (const spec of PORTABLE_TABLES) {
    if ("fromMigrations" in spec) continue;
    const result = await db.execute<{ any: boolean }>(sql.raw(`SELECT EXISTS (SELECT 1 FROM "${spec.name}") AS any`));
    if (result.rows[0]?.any) return false;
  }
  return true;
}

/** Removes the reference rows migrations inserted, so the export's own rows (and ids) take their place. */
export async function clearMigrationReferenceData(db: Executor): Promise<void> {
  // The export brings each service's status history; the trigger would add a second, made-up stay per service.
  await db.execute(sql`SELECT set_config('waymark.skip_status_history', 'on', true)`);
  for (const spec of PORTABLE_TABLES) {
    if ("fromMigrations" in spec) await db.execute(sql.raw(`DELETE FROM "${spec.name}"`));
  }
}

/** Inserts exported rows of one table (JSON objects keyed by column name); generated columns are recomputed. */
export async function importRows(db: Executor, table: PortableTable, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const spec = PORTABLE_TABLES.find((t) => t.name === table);
  if (!spec) throw new Error(`unknown table ${table}`);
  const deferred: readonly string[] = "deferred" in spec ? spec.deferred : [];
  const names = await writableColumns(db, table);
  const columns = names.map((c) => `"${c}"`).join(", ");
  const values = names.map((c) => (deferred.includes(c) ? "NULL" : `r."${c}"`)).join(", ");
  await db.execute(
    sql`INSERT INTO ${sql.raw(`"${table}" (${columns})`)} SELECT ${sql.raw(values)} FROM json_populate_recordset(NULL::${sql.raw(`"${table}"`)}, ${JSON.stringify(rows)}::json) r`,
  );
}

/** After every table is loaded: fill the forward references and move sequences past the imported ids. */
export async function finishImport(db: Executor, deferredRows: { table: PortableTable; rows: Record<string, unknown>[] }[]): Promise<void> {
  for (const { table, rows } of deferredRows) {
    const spec = PORTABLE_TABLES.find((t) => t.name === table);
    if (!spec || !("deferred" in spec)) continue;
    for (const column of spec.deferred) {
      const pairs = rows.filter((r) => r[column] != null).map((r) => ({ id: r.id, value: r[column] }));
      if (pairs.length === 0) continue;
      await db.execute(
        sql`UPDATE ${sql.raw(`"${table}" t SET "${column}"`)} = p.value FROM json_to_recordset(${JSON.stringify(pairs)}::json) AS p(id uuid, value uuid) WHERE t.id = p.id`,
      );
    }
  }
  // Exports from before the status history give each service one open stay, as migration 0013 did.
  await db.execute(sql`
    INSERT INTO service_status_history (tenant_service_id, tenant_id, customer_id, status, entered_on, entered_at)
    SELECT s.id, s.tenant_id, s.customer_id, s.service_status, coalesce(s.service_status_since, (s.created_at AT TIME ZONE t.time_zone)::date),
           least(coalesce(s.service_status_since::timestamp AT TIME ZONE t.time_zone, s.created_at), now())
    FROM tenant_services s JOIN tenants t ON t.id = s.tenant_id
    WHERE NOT EXISTS (SELECT 1 FROM service_status_history h WHERE h.tenant_service_id = s.id)`);
  for (const spec of PORTABLE_TABLES) {
    if (!("sequence" in spec)) continue;
    await db.execute(sql.raw(`SELECT setval('${spec.sequence}', greatest((SELECT max(id) FROM "${spec.name}"), 1))`));
  }
}

export async function countPortableRows(db: Executor): Promise<Record<PortableTable, number>> {
  const counts = {} as Record<PortableTable, number>;
  for (const { name } of PORTABLE_TABLES) {
    const result = await db.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM "${name}"`));
    counts[name] = result.rows[0]?.n ?? 0;
  }
  return counts;
}
