import { PORTFOLIO_SERVICES, QUEUES } from "@waymark/domain";
import { type SQL, sql } from "drizzle-orm";

/**
 * The SQL of each Portfolio column (labels, types and options are in packages/domain catalogs/portfolio-columns.ts).
 * Expressions run over `tenants t JOIN customers c` with `${today}` bound to the caller's date. Computed columns are
 * scalar subselects, evaluated only for the columns asked for, and for a page's rows only unless sorted or filtered on.
 */
export type ColumnSql = {
  value: (today: string) => SQL;
  /** Sorts by this instead of the value (priority sorts by its rank). */
  sortKey?: SQL;
  /** The sort key runs the other way than the value: descending priority (High first) is ascending rank. */
  invertSort?: boolean;
  /** Never null: no NULLS LAST needed, so an index on the key can serve the sort. */
  notNull?: boolean;
  /** A search condition cheaper than `value ILIKE pattern` for a computed column: an uncorrelated IN, hashed once. */
  matches?: (pattern: string, search: string) => SQL;
  /** Reads the customer (`c`): the page query joins customers only when a column in play needs it. */
  customer?: boolean;
};

const whoIs = sql`coalesce(u.display_name, q.name, p.name)`;
const assignees = sql`assignments a LEFT JOIN users u ON u.id = a.user_id LEFT JOIN queues q ON q.id = a.queue_id LEFT JOIN partners p ON p.id = a.partner_id`;

/** The tenant's primary in a role for the whole tenant; the customer-level primary when the tenant has none. */
const primaryName = (role: string): ColumnSql => ({
  value: () => sql`(SELECT ${whoIs} FROM ${assignees}
    WHERE a.customer_id = t.customer_id AND (a.tenant_id = t.id OR a.tenant_id IS NULL) AND a.role = ${role} AND a.is_primary AND a.service IS NULL
    ORDER BY a.tenant_id IS NULL LIMIT 1)`,
  matches: (pattern, search) => assigneeMatch(role, pattern, search, sql` AND a.is_primary AND a.service IS NULL`),
});

/**
 * Tenants with an assignee in the role whose name contains the text, found from the names (people and partners by
 * their indexed assignments; queues from the catalog's labels) instead of naming every assignment of the portfolio.
 */
function assigneeMatch(role: string, pattern: string, search: string, extra: SQL): SQL {
  const needle = search.toLowerCase();
  const queueCodes = QUEUES.filter((queue) => queue.label.toLowerCase().includes(needle)).map((queue) => queue.code);
  const held = (level: SQL, key: SQL) => {
    const byQueue = queueCodes.length === 0 ? sql`` : sql` UNION ALL SELECT ${key} FROM assignments a
      WHERE a.queue_id IN (SELECT id FROM queues WHERE code IN (${sql.join(queueCodes.map((code) => sql`${code}`), sql`, `)})) AND ${level} AND a.role = ${role}${extra}`;
    return sql`SELECT ${key} FROM users u JOIN assignments a ON a.user_id = u.id WHERE u.display_name ILIKE ${pattern} AND ${level} AND a.role = ${role}${extra}
      UNION ALL SELECT ${key} FROM partners pa JOIN assignments a ON a.partner_id = pa.id WHERE pa.name ILIKE ${pattern} AND ${level} AND a.role = ${role}${extra}${byQueue}`;
  };
  return sql`(t.id IN (${held(sql`a.tenant_id IS NOT NULL`, sql`a.tenant_id`)}) OR t.customer_id IN (${held(sql`a.tenant_id IS NULL`, sql`a.customer_id`)}))`;
}

const plain = (expression: SQL, notNull = false): ColumnSql => ({ value: () => expression, notNull });
const serviceField = (code: string, column: "service_status" | "engagement_start_date") =>
  sql`(SELECT s.${sql.identifier(column)} FROM tenant_services s WHERE s.tenant_id = t.id AND s.service = ${code})`;

const BASE: Record<string, ColumnSql> = {
  name: plain(sql`t.name`, true),
  customer: { ...plain(sql`c.name`, true), customer: true },
  // Only digits can be in a TPID, only hex digits and dashes in a GUID: other text skips them (and the customer join).
  tpid: { ...plain(sql`c.tpid`, true), customer: true, matches: (pattern, search) => (/^\d+$/.test(search) ? sql`c.tpid::text LIKE ${pattern}` : sql`FALSE`) },
  tenant_guid: { ...plain(sql`t.tenant_guid::text`, true), matches: (pattern, search) => (/^[0-9a-f-]+$/i.test(search) ? sql`t.tenant_guid::text ILIKE ${pattern}` : sql`FALSE`) },
  winner: { ...plain(sql`(c.winner_tenant_id IS NOT DISTINCT FROM t.id)`, true), customer: true },
  priority: { value: () => sql`coalesce(t.priority_override, t.priority)`, sortKey: sql`t.priority_rank`, invertSort: true, notNull: true },
  priority_overridden: plain(sql`(t.priority_override IS NOT NULL)`, true),
  segment: plain(sql`t.segment`, true),
  seats: plain(sql`t.seats`, true),
  country: plain(sql`t.country`, true),
  region: plain(sql`t.region`, true),
  overall_status: plain(sql`t.overall_status`),
  overall_status_date: plain(sql`t.overall_status_date`),
  days_since_status: { value: (today) => sql`(${today}::date - t.overall_status_date)` },
  engagement_start_date: plain(sql`t.engagement_start_date`),
  created_on: plain(sql`(t.created_at AT TIME ZONE t.time_zone)::date`, true),
  days_in_ftc: { value: (today) => sql`(${today}::date - (t.created_at AT TIME ZONE t.time_zone)::date)`, notNull: true },
  go_back: plain(sql`t.go_back`, true),
  assignment_option: plain(sql`t.assignment_option`),
  enterprise_level: plain(sql`t.enterprise_level`),
  primary_fm: primaryName("fm"),
  primary_rm: primaryName("rm"),
  primary_fe: primaryName("fe"),
  fms: {
    value: () => sql`(SELECT string_agg(DISTINCT ${whoIs}, ', ') FROM ${assignees}
      WHERE a.customer_id = t.customer_id AND (a.tenant_id = t.id OR a.tenant_id IS NULL) AND a.role = 'fm')`,
    matches: (pattern, search) => assigneeMatch("fm", pattern, search, sql``),
  },
  next_action_date: plain(sql`(SELECT min(s.next_action_date) FROM tenant_services s WHERE s.tenant_id = t.id)`),
  last_status_note_on: plain(
    sql`(SELECT (max(n.created_at) AT TIME ZONE t.time_zone)::date FROM notes n WHERE n.tenant_id = t.id AND n.category = 'engagement_management' AND NOT n.is_draft)`,
  ),
  service_count: plain(sql`(SELECT count(*) FROM tenant_services s WHERE s.tenant_id = t.id)`, true),
  open_findings: plain(sql`(SELECT dq.high + dq.medium + dq.low FROM tenant_data_quality dq WHERE dq.tenant_id = t.id AND dq.computed_for IS NOT NULL)`),
};

function serviceColumns(code: string): Record<string, ColumnSql> {
  return {
    [`svc_${code}_status`]: plain(serviceField(code, "service_status")),
    [`svc_${code}_au`]: plain(
      sql`(SELECT round(100.0 * ud.active_users / nullif(ud.entitlements, 0), 1) FROM usage_daily ud WHERE ud.tenant_id = t.id AND ud.service = ${code} ORDER BY ud.day DESC LIMIT 1)`,
    ),
    [`svc_${code}_start`]: plain(serviceField(code, "engagement_start_date")),
  };
}

export const PORTFOLIO_COLUMN_SQL: Readonly<Record<string, ColumnSql>> = {
  ...BASE,
  ...Object.assign({}, ...PORTFOLIO_SERVICES.map(serviceColumns)),
};

/** `svc_<code>_status` matched against status codes, as a hashed IN rather than a subselect per row. */
export function serviceStatusIn(column: string, codes: readonly string[]): SQL | undefined {
  const code = /^svc_(.+)_status$/.exec(column)?.[1];
  if (!code || codes.length === 0) return undefined;
  return sql`t.id IN (SELECT s.tenant_id FROM tenant_services s WHERE s.service = ${code} AND s.service_status IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)}))`;
}
