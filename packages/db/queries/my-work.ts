// "My work": what needs the signed-in user on the tenants assigned to them, one query per group. Each query starts
// from the same CTE of the user's tenants (with the task roles their assignments there give them and the tenant's
// local today), so every group walks only those tenants' rows through the tenant_id indexes.
import { ASSIGNMENT_ROLES } from "@waymark/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Database, Executor } from "../client.ts";
import { IN_REQUEST_REFRESH_MAX, refreshDataQualitySummaries } from "./data-quality-summary.ts";
import { type Assignee, isAssigneeOf } from "./visibility.ts";

/** At most this many items per group are returned; the count says how many there are. */
export const MY_WORK_GROUP_LIMIT = 200;
/** Escalated notes stay on the list this long. */
export const ESCALATED_NOTE_DAYS = 14;

export type MyWorkOptions = { assignee: Assignee; now: Date; horizonDays: number };

/** One row of any group, before presentation: `date` is the tenant-local date it is due or arose. */
export type MyWorkRow = {
  id: string;
  tenantId: string;
  tenantName: string;
  timeZone: string;
  service: string | null;
  date: string;
  why: string | null;
  total: number;
  detail: Record<string, unknown>;
};

export type MyWorkRows = {
  tenantCount: number;
  tasks: MyWorkRow[];
  nextActions: MyWorkRow[];
  prompts: MyWorkRow[];
  dataQuality: MyWorkRow[];
  escalatedNotes: MyWorkRow[];
};

const ROLE_CODES = ASSIGNMENT_ROLES.map((r) => r.code);
const TASK_ROLE_CODES = ASSIGNMENT_ROLES.map((r) => r.taskRole ?? "");

/**
 * Ends each group's per-tenant subquery. OFFSET 0 keeps the planner from flattening it into a hash join over the whole
 * table (it cannot estimate how few tenants the CTE yields), so each of the user's tenants is read through its
 * tenant_id index rather than hashing every row of the table.
 */
const PER_TENANT = sql.raw("OFFSET 0");

/** The user's tenants: id, name, time zone, local today, and the task roles their assignments there carry. */
function myTenants(options: MyWorkOptions): SQL {
  const mine = isAssigneeOf(options.assignee);
  const now = options.now.toISOString();
  return sql`WITH mine AS (
      SELECT a.tenant_id, a.role FROM assignments a WHERE ${mine} AND a.tenant_id IS NOT NULL
      UNION
      SELECT t.id, a.role FROM tenants t JOIN assignments a ON a.customer_id = t.customer_id WHERE ${mine} AND a.tenant_id IS NULL
    ), my_roles AS (
      SELECT m.tenant_id, coalesce(array_agg(DISTINCT r.task_role) FILTER (WHERE r.task_role <> ''), '{}') AS task_roles
      FROM mine m
      LEFT JOIN unnest(${sql.param(ROLE_CODES)}::text[], ${sql.param(TASK_ROLE_CODES)}::text[]) AS r(role, task_role) ON r.role = m.role
      GROUP BY m.tenant_id
    ), my_tenants AS (
      SELECT t.id, t.name, t.time_zone, (${now}::timestamptz AT TIME ZONE t.time_zone)::date AS today, mr.task_roles
      FROM my_roles mr
      CROSS JOIN LATERAL (SELECT t.id, t.name, t.time_zone FROM tenants t WHERE t.id = mr.tenant_id ${PER_TENANT}) t
    )`;
}

const common = sql`mt.id AS tenant_id, mt.name AS tenant_name, mt.time_zone, count(*) OVER () AS total`;

async function rows(db: Executor, query: SQL): Promise<MyWorkRow[]> {
  const result = await db.execute<Record<string, unknown>>(query);
  return result.rows.map(({ id, tenant_id, tenant_name, time_zone, service, date, why, total, ...detail }) => ({
    id: String(id),
    tenantId: tenant_id as string,
    tenantName: tenant_name as string,
    timeZone: time_zone as string,
    service: (service as string | null) ?? null,
    date: date as string,
    why: (why as string | null) ?? null,
    total: Number(total),
    detail,
  }));
}

/** Open tasks due by the horizon, for a role the user holds on the tenant or for any role; overdue first. */
function tasksDue(options: MyWorkOptions): SQL {
  return sql`${myTenants(options)}
    SELECT k.id, ${common}, s.service, k.due_date AS date, k.catalog_task_id, k.status,
      (SELECT e.why FROM rule_effects e
        WHERE e.tenant_id = k.tenant_id AND e.catalog_task_id = k.catalog_task_id AND e.service IS NOT DISTINCT FROM s.service
        ORDER BY e.occurred_at DESC, e.created_at DESC LIMIT 1) AS why
    FROM my_tenants mt
    CROSS JOIN LATERAL (
      SELECT * FROM tasks k
      WHERE k.tenant_id = mt.id AND k.status NOT IN ('complete', 'cancelled', 'not_required')
        AND k.due_date <= mt.today + ${options.horizonDays}::int
        AND (k.responsible_role = 'any_role' OR k.responsible_role = ANY(mt.task_roles))
      ${PER_TENANT}) k
    LEFT JOIN tenant_services s ON s.id = k.tenant_service_id
    ORDER BY k.due_date - mt.today, k.due_date, mt.name, k.catalog_task_id
    LIMIT ${MY_WORK_GROUP_LIMIT}`;
}

/** Entitlement split rows whose next action date falls by the horizon, with the engine's reason when it set it. */
function nextActionsDue(options: MyWorkOptions): SQL {
  return sql`${myTenants(options)}
    SELECT es.id, ${common}, s.service, es.next_action_date AS date, es.l1, es.entitlements, es.owner, es.notes,
      (SELECT e.why FROM rule_effects e
        WHERE e.tenant_id = es.tenant_id AND e.kind = 'set_service_dates' AND e.service = s.service AND e.change ? 'nextActionDate'
        ORDER BY e.occurred_at DESC, e.created_at DESC LIMIT 1) AS why
    FROM my_tenants mt
    CROSS JOIN LATERAL (
      SELECT * FROM entitlement_splits es WHERE es.tenant_id = mt.id AND es.next_action_date <= mt.today + ${options.horizonDays}::int ${PER_TENANT}) es
    JOIN tenant_services s ON s.id = es.tenant_service_id
    ORDER BY es.next_action_date - mt.today, es.next_action_date, mt.name, s.service, es.position
    LIMIT ${MY_WORK_GROUP_LIMIT}`;
}

/**
 * What the playbooks ask of a person (a wait that ran out, a decision to make) for the user's role or for anyone,
 * and outreach e-mails that could not be sent; both are due from the day they arose.
 */
function promptsWaiting(options: MyWorkOptions): SQL {
  return sql`${myTenants(options)}, waiting AS (
      SELECT f.id, 'prompt' AS kind, f.tenant_id, f.service, f.code, f.message AS what, f.created_at,
        (SELECT e.why FROM rule_effects e
          WHERE e.tenant_id = f.tenant_id AND e.kind = 'raise_finding' AND e.change->>'code' = f.code
          ORDER BY e.occurred_at DESC, e.created_at DESC LIMIT 1) AS why
      FROM my_tenants mt
      CROSS JOIN LATERAL (
        SELECT * FROM findings f WHERE f.tenant_id = mt.id AND f.status = 'open' AND (f.role IS NULL OR f.role = ANY(mt.task_roles)) ${PER_TENANT}) f
      UNION ALL
      SELECT o.id, 'failed_email', o.tenant_id, NULL, o.template, o.subject, o.created_at, o.last_error
      FROM my_tenants mt
      CROSS JOIN LATERAL (SELECT * FROM outbox_messages o WHERE o.tenant_id = mt.id AND o.status = 'failed' ${PER_TENANT}) o
    )
    SELECT w.id, ${common}, w.service, (w.created_at AT TIME ZONE mt.time_zone)::date AS date, w.why, w.kind, w.code, w.what
    FROM waiting w JOIN my_tenants mt ON mt.id = w.tenant_id
    ORDER BY w.created_at, mt.name, w.id
    LIMIT ${MY_WORK_GROUP_LIMIT}`;
}

/** The stored data-quality findings of the user's tenants, worst first. */
function dataQualityFindings(options: MyWorkOptions): SQL {
  return sql`${myTenants(options)}
    SELECT mt.id || ':' || f.n AS id, ${common}, f.value->>'service' AS service, mt.today AS date, f.value->>'action' AS why,
      f.value->>'check' AS "check", f.value->>'severity' AS severity, f.value->>'message' AS what, f.value->>'field' AS link
    FROM my_tenants mt
    CROSS JOIN LATERAL (SELECT * FROM tenant_data_quality q WHERE q.tenant_id = mt.id ${PER_TENANT}) q
    CROSS JOIN LATERAL jsonb_array_elements(q.findings) WITH ORDINALITY AS f(value, n)
    ORDER BY CASE f.value->>'severity' WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, mt.name, f.n
    LIMIT ${MY_WORK_GROUP_LIMIT}`;
}

/** Escalated notes of the last ESCALATED_NOTE_DAYS days, current versions only, newest first. */
function escalatedNotes(options: MyWorkOptions): SQL {
  const now = options.now.toISOString();
  return sql`${myTenants(options)}
    SELECT n.id, ${common}, n.services[1] AS service, (n.created_at AT TIME ZONE mt.time_zone)::date AS date,
      n.next_action AS why, n.category, n.body, n.next_action_date, u.display_name AS author
    FROM my_tenants mt
    CROSS JOIN LATERAL (
      SELECT * FROM notes n
      WHERE n.tenant_id = mt.id AND n.escalated AND NOT n.is_draft
        AND n.created_at >= ${now}::timestamptz - make_interval(days => ${ESCALATED_NOTE_DAYS}::int)
        AND NOT EXISTS (SELECT 1 FROM notes later WHERE later.supersedes_note_id = n.id)
      ${PER_TENANT}) n
    LEFT JOIN users u ON u.id = n.author_id
    ORDER BY n.created_at DESC, n.id
    LIMIT ${MY_WORK_GROUP_LIMIT}`;
}

/**
 * Every group of the user's work. Data-quality summaries of their tenants that are stale are recomputed first (up to
 * IN_REQUEST_REFRESH_MAX), so the findings are today's.
 */
export async function listMyWork(db: Database, options: MyWorkOptions): Promise<MyWorkRows> {
  await refreshDataQualitySummaries(db, {
    now: options.now,
    limit: IN_REQUEST_REFRESH_MAX,
    scope: { visibility: { kind: "assigned", ...options.assignee } },
  });
  const [count, tasks, nextActions, prompts, dataQuality, notes] = await Promise.all([
    db.execute<{ n: number }>(sql`${myTenants(options)} SELECT count(*) AS n FROM my_tenants`),
    rows(db, tasksDue(options)),
    rows(db, nextActionsDue(options)),
    rows(db, promptsWaiting(options)),
    rows(db, dataQualityFindings(options)),
    rows(db, escalatedNotes(options)),
  ]);
  return { tenantCount: Number(count.rows[0]?.n ?? 0), tasks, nextActions, prompts, dataQuality, escalatedNotes: notes };
}
