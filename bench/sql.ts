import type pg from "pg";

/**
 * The SQL the API runs, written out by hand (read from packages/db/queries/tenants.ts and services.ts) so the
 * bench can time it without Drizzle, Fastify, the session check, validation or JSON serialisation in between.
 * Visibility: the bench signs in as an administrator, who sees every tenant, so no visibility condition applies.
 */

export type ListQuery = { q?: string; region?: string; sort: string; limit: number; offset: number };

const TENANT_COLUMNS = `
  t.id, t.tenant_guid, t.customer_id, t.name, t.priority, t.priority_override, t.priority_override_reason,
  t.priority_rank, t.segment, t.seats, t.country, t.time_zone, t.region, t.managed, t.engagement_start_date,
  t.overall_status, t.overall_status_date, t.go_back, t.rfa_submitted_on, t.rfa_approved_on, t.rfa_reference,
  t.enterprise_level, t.created_at, t.updated_at, t.version,
  c.name AS customer_name, c.tpid,
  c.winner_tenant_id IS NOT DISTINCT FROM t.id AS is_winner,
  (SELECT count(*)::int FROM tenant_services s WHERE s.tenant_id = t.id) AS service_count`;

const SORT_COLUMNS: Record<string, string> = {
  priority: "t.priority_rank",
  name: "t.name",
  seats: "t.seats",
  country: "t.country",
  overallStatusDate: "t.overall_status_date",
  createdAt: "t.created_at",
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export type Statement = { text: string; values: unknown[] };

/** The page query and the count query of GET /api/tenants (the API runs both at once). */
export function listStatements(query: ListQuery): { page: Statement; count: Statement } {
  const where: string[] = [];
  const values: unknown[] = [];
  const q = query.q?.trim();
  if (q) {
    // The bench only searches for words: not a UUID, not a TPID, so the API matches tenant or customer name.
    values.push(likePattern(q), likePattern(q));
    where.push(`(t.name ILIKE $${values.length - 1} OR c.name ILIKE $${values.length})`);
  }
  if (query.region) {
    values.push(query.region);
    where.push(`t.region = $${values.length}`);
  }
  const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const descending = query.sort.startsWith("-");
  const column = SORT_COLUMNS[query.sort.replace(/^-/, "")] ?? "t.priority_rank";
  const from = "FROM tenants t JOIN customers c ON c.id = t.customer_id";
  const n = values.length;
  return {
    page: {
      text: `SELECT ${TENANT_COLUMNS} ${from} ${whereSql}
        ORDER BY ${column} ${descending ? "DESC" : "ASC"}, t.name ASC, t.id ASC LIMIT $${n + 1} OFFSET $${n + 2}`,
      values: [...values, query.limit, query.offset],
    },
    count: { text: `SELECT count(*)::int AS total ${from} ${whereSql}`, values },
  };
}

export async function runList(pool: pg.Pool, query: ListQuery): Promise<{ ids: string[]; total: number }> {
  const { page, count } = listStatements(query);
  const [rows, counted] = await Promise.all([pool.query<{ id: string }>(page), pool.query<{ total: number }>(count)]);
  return { ids: rows.rows.map((row) => row.id), total: Number(counted.rows[0]?.total ?? 0) };
}

export const DETAIL_TENANT = `SELECT ${TENANT_COLUMNS} FROM tenants t JOIN customers c ON c.id = t.customer_id WHERE t.id = $1`;
export const DETAIL_SERVICES = "SELECT * FROM tenant_services WHERE tenant_id = $1 ORDER BY service ASC";
/** Drizzle's inArray: one parameter per service id. */
export const detailSplits = (n: number) =>
  `SELECT * FROM entitlement_splits WHERE tenant_service_id IN (${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(", ")}) ORDER BY position ASC`;

/** GET /api/tenants/:id: the tenant with its customer, then its services, then their split rows, one after another. */
export async function runDetail(pool: pg.Pool, id: string): Promise<{ services: number; splits: number }> {
  const tenant = await pool.query(DETAIL_TENANT, [id]);
  if (tenant.rowCount === 0) throw new Error(`tenant ${id} not found`);
  const services = await pool.query<{ id: string }>(DETAIL_SERVICES, [id]);
  if (services.rows.length === 0) return { services: 0, splits: 0 };
  const splits = await pool.query(detailSplits(services.rows.length), services.rows.map((row) => row.id));
  return { services: services.rows.length, splits: splits.rowCount ?? 0 };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a statement, as text. */
export async function explain(pool: pg.Pool, statement: Statement): Promise<string> {
  const result = await pool.query<{ "QUERY PLAN": string }>({
    text: `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
    values: statement.values,
  });
  return result.rows.map((row) => row["QUERY PLAN"]).join("\n");
}

/** Tenant ids for the detail case: a fixed, spread-out sample (ids are random UUIDs, so id order is arbitrary). */
export async function sampleTenantIds(pool: pg.Pool, count: number): Promise<string[]> {
  const result = await pool.query<{ id: string }>("SELECT id FROM tenants ORDER BY id LIMIT $1", [count]);
  return result.rows.map((row) => row.id);
}
