import { activeUsersPercent, type TenantState } from "@waymark/domain";
import { sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import type { TenantRow } from "./tenants.ts";

/** A service as the statement returns it: the latest usage day's entitlements instead of the AU % derived from them. */
type LoadedService = Omit<TenantState["services"][number], "activeUsersPercent"> & { usageEntitlements: number | null };
type Loaded = Pick<TenantState, "tasks" | "timers" | "findings" | "queues" | "assignees" | "messages" | "outreach"> & { services: LoadedService[] };

/**
 * What the playbook engine needs to know about a tenant, read in one statement inside the engine's transaction:
 * every timer, event and edit pays for this read, so it is one round trip that PostgreSQL assembles as JSON in the
 * shape the engine reads. Services come in the order they were added; a service's split in its rows' order.
 */
export async function loadTenantState(db: Executor, tenant: TenantRow): Promise<TenantState> {
  const id = tenant.id;
  const result = await db.execute<{ state: Loaded }>(sql`
    SELECT json_build_object(
      'services', coalesce((
        SELECT json_agg(json_build_object(
          'code', s.service,
          'status', s.service_status,
          'deploymentOrder', s.deployment_order,
          'split', coalesce((
            SELECT json_agg(json_build_object('l1', e.l1, 'entitlements', e.entitlements, 'l2', e.l2, 'l3', e.l3, 'notes', e.notes, 'targetDate', e.target_date) ORDER BY e.position)
            FROM entitlement_splits e WHERE e.tenant_service_id = s.id), '[]'::json),
          'activeUsers', u.active_users,
          'usageEntitlements', u.entitlements,
          'nextActionDate', s.next_action_date,
          'entitlements', coalesce(s.entitlement_override, s.total_entitlements),
          'engagementScenario', s.engagement_scenario,
          'adoption', json_build_object(
            'targetDate', s.dibs_target_date, 'businessReason', s.dibs_business_reason, 'successOwnerRole', s.dibs_success_owner_role,
            'stakeholders', s.ssat_stakeholders, 'scenarios', s.ssat_scenarios, 'awareness', s.ssat_awareness, 'training', s.ssat_training)
        ) ORDER BY s.created_at, s.id)
        FROM tenant_services s
        LEFT JOIN LATERAL (
          SELECT d.active_users, d.entitlements
          FROM usage_daily d WHERE d.tenant_id = s.tenant_id AND d.service = s.service ORDER BY d.day DESC LIMIT 1) u ON true
        WHERE s.tenant_id = ${id}), '[]'::json),
      'tasks', coalesce((
        SELECT json_agg(json_build_object('taskId', t.catalog_task_id, 'service', s.service, 'status', t.status))
        FROM tasks t LEFT JOIN tenant_services s ON s.id = t.tenant_service_id WHERE t.tenant_id = ${id}), '[]'::json),
      'timers', coalesce((
        SELECT json_agg(json_build_object('key', m.key, 'service', m.service, 'dueDate', m.due_on))
        FROM timers m WHERE m.tenant_id = ${id} AND m.status = 'pending'), '[]'::json),
      -- Accepted findings count as raised: a person accepted the gap as it stands, so the same words are not raised again.
      'findings', coalesce((
        SELECT json_agg(json_build_object('code', f.code, 'service', f.service, 'message', f.message))
        FROM findings f WHERE f.tenant_id = ${id} AND f.status IN ('open', 'accepted')), '[]'::json),
      'queues', coalesce((
        SELECT json_agg(q.code) FROM assignments a JOIN queues q ON q.id = a.queue_id WHERE a.tenant_id = ${id}), '[]'::json),
      'assignees', coalesce((
        SELECT json_agg(json_build_object('userId', a.user_id, 'role', a.role, 'primary', a.is_primary))
        FROM assignments a WHERE a.tenant_id = ${id} AND a.user_id IS NOT NULL), '[]'::json),
      'messages', coalesce((
        SELECT json_agg(json_build_object('template', o.template, 'recipientUserId', o.recipient_user_id))
        FROM outbox_messages o WHERE o.tenant_id = ${id} AND o.recipient_user_id IS NOT NULL), '[]'::json),
      'outreach', coalesce((
        SELECT json_agg(json_build_object('audience', r.audience, 'attemptNumber', r.attempt_number))
        FROM outreach_attempts r WHERE r.tenant_id = ${id}), '[]'::json)
    ) AS state`);
  const loaded = result.rows[0]?.state;
  if (!loaded) throw new Error(`no state for tenant ${id}`);
  const services = loaded.services.map(({ usageEntitlements, ...service }) => ({
    ...service,
    activeUsersPercent: service.activeUsers === null || usageEntitlements === null ? null : activeUsersPercent(service.activeUsers, usageEntitlements),
  }));
  type State = TenantState;
  return {
    tenantId: tenant.id,
    name: tenant.name,
    priority: tenant.priority as State["priority"],
    priorityOverride: tenant.priorityOverride as State["priorityOverride"],
    segment: tenant.segment as State["segment"],
    country: tenant.country,
    timeZone: tenant.timeZone,
    seats: tenant.seats,
    region: tenant.region as State["region"],
    managed: tenant.managed,
    goBack: tenant.goBack,
    rfaApprovedOn: tenant.rfaApprovedOn,
    overallStatus: tenant.overallStatus as State["overallStatus"],
    overallStatusDate: tenant.overallStatusDate,
    engagementStartDate: tenant.engagementStartDate,
    assignmentOption: tenant.assignmentOption as State["assignmentOption"],
    ...loaded,
    services,
  };
}
