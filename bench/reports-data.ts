/**
 * What bench/reports.ts adds to a seeded database so the six reports have portfolio-like data to read, all in
 * set-based SQL (a few statements, whatever the number of tenants). The seed gives services, splits and statuses;
 * this adds, per service, a plausible history:
 * - created 30–630 days before today, a third with their own engagement start (the rest use the tenant's);
 * - DIBS recorded on about half (Target Date 50 %, Business Reason 45 %, Success Owner Role 50 % from six roles) and
 *   SSAT on a quarter to a third, so every requirement row has complete and incomplete services;
 * - the audit events the time-to-DIBS report reads: `service.added` with the split, a `service.updated` per DIBS
 *   field set (days after the service was added), a `service.split_replaced` on 40 % of services, and one unrelated
 *   `service.updated` (next action date) per service, as busy services have;
 * - twelve month-end usage days (AU % rising 4 points a month from a per-service start of 0–29 %);
 * - 15 %/40 % forecast dates on a third of the services;
 * - an FM with `fmTenants` tenants (returned: the user's id).
 */
import type pg from "pg";

const ROLES = ["it_manager", "ceo", "cio_it_leader", "change_management_lead", "hr_communication_training_manager", "it_administrator"];
const REASONS = ["increase_security", "end_of_life_existing_it", "improve_service_quality", "greater_savings"];

/** A stable pseudo-random whole number in [0, n) per row and purpose. */
const pick = (id: string, salt: string, n: number) => `((hashtext(${id}::text || '${salt}') & 2147483647) % ${n})`;

export async function seedReportData(pool: pg.Pool, options: { today: string; fmTenants: number }): Promise<string> {
  const today = options.today;
  await pool.query(
    `UPDATE tenant_services s SET
       created_at = (($1::date - (30 + ${pick("s.id", "created", 600)})) + time '09:00') AT TIME ZONE 'UTC',
       engagement_start_date = CASE WHEN ${pick("s.id", "start", 3)} = 0 THEN $1::date - ${pick("s.id", "startday", 400)} END,
       dibs_target_date = CASE WHEN ${pick("s.id", "date", 2)} = 0 THEN $1::date + ${pick("s.id", "dateday", 300)} END,
       dibs_business_reason = CASE WHEN ${pick("s.id", "reason", 20)} < 9 THEN ($2::text[])[1 + ${pick("s.id", "reasonpick", REASONS.length)}] END,
       dibs_success_owner_role = CASE WHEN ${pick("s.id", "owner", 2)} = 0 THEN ($3::text[])[1 + ${pick("s.id", "ownerpick", ROLES.length)}] END,
       ssat_stakeholders = CASE WHEN ${pick("s.id", "stake", 3)} = 0 THEN 'it_lead' END,
       ssat_scenarios = CASE WHEN ${pick("s.id", "scen", 4)} = 0 THEN '{work_in_email}'::text[] ELSE '{}' END,
       ssat_awareness = CASE WHEN ${pick("s.id", "aware", 4)} = 0 THEN '{email_campaign}'::text[] ELSE '{}' END,
       ssat_training = CASE WHEN ${pick("s.id", "train", 4)} = 0 THEN '{instructor_led}'::text[] ELSE '{}' END,
       forecast15_on = CASE WHEN ${pick("s.id", "", 3)} = 0 THEN $1::date + (${pick("s.id", "", 240)} - 120) END,
       forecast40_on = CASE WHEN ${pick("s.id", "", 3)} = 0 THEN $1::date + ${pick("s.id", "", 240)} END`,
    [today, REASONS, ROLES],
  );
  // The audit history. A DIBS field's change comes 1–120 days after the service was added.
  const event = (action: string, after: string, dayOffset: string, where: string) => `
    INSERT INTO audit_events (occurred_at, actor_kind, action, entity_type, entity_id, customer_id, tenant_id, after)
    SELECT s.created_at + make_interval(days => ${dayOffset}), 'system', '${action}', 'service', s.id::text, s.customer_id, s.tenant_id, ${after}
    FROM tenant_services s WHERE ${where}`;
  const split = `(SELECT coalesce(jsonb_agg(jsonb_build_object('l1', e.l1, 'entitlements', e.entitlements, 'targetDate', e.target_date) ORDER BY e.position), '[]')
    FROM entitlement_splits e WHERE e.tenant_service_id = s.id)`;
  await pool.query(event("service.added", `jsonb_build_object('service', s.service, 'split', ${split})`, "0", "TRUE"));
  await pool.query(event("service.split_replaced", split, `1 + ${pick("s.id", "splitday", 90)}`, `${pick("s.id", "split", 5)} < 2`));
  await pool.query(event("service.updated", "jsonb_build_object('dibsTargetDate', s.dibs_target_date)", `1 + ${pick("s.id", "dateev", 120)}`, "s.dibs_target_date IS NOT NULL"));
  await pool.query(event("service.updated", "jsonb_build_object('dibsBusinessReason', s.dibs_business_reason)", `1 + ${pick("s.id", "reasonev", 120)}`, "s.dibs_business_reason IS NOT NULL"));
  await pool.query(event("service.updated", "jsonb_build_object('dibsSuccessOwnerRole', s.dibs_success_owner_role)", `1 + ${pick("s.id", "ownerev", 120)}`, "s.dibs_success_owner_role IS NOT NULL"));
  await pool.query(event("service.updated", "jsonb_build_object('nextActionDate', s.next_action_date)", `1 + ${pick("s.id", "nextev", 200)}`, "TRUE"));
  await pool.query(
    `INSERT INTO usage_daily (tenant_id, customer_id, service, day, active_users, entitlements)
     SELECT s.tenant_id, s.customer_id, s.service, m.day,
            least(s.total_entitlements, s.total_entitlements * (${pick("s.id", "", 30)} + m.k * 4) / 100),
            s.total_entitlements
     FROM tenant_services s
     CROSS JOIN LATERAL (SELECT k, (date_trunc('month', $1::date) - make_interval(months => 11 - k) + interval '1 month - 1 day')::date AS day
                         FROM generate_series(0, 11) AS k) m
     WHERE m.day <= $1::date
     ON CONFLICT DO NOTHING`,
    [today],
  );
  const fm = (await pool.query<{ id: string }>("INSERT INTO users (username, display_name, roles) VALUES ('bench-reports-fm', 'Bench Reports FM', '{fasttrack_manager}') RETURNING id")).rows[0]?.id ?? "";
  await pool.query(
    `INSERT INTO assignments (customer_id, tenant_id, user_id, role, is_primary)
     SELECT customer_id, id, $1::uuid, 'fm', true FROM tenants ORDER BY (hashtext(id::text || 'reports') & 2147483647), id LIMIT $2
     ON CONFLICT DO NOTHING`,
    [fm, options.fmTenants],
  );
  await pool.query("VACUUM (ANALYZE) tenant_services, audit_events, usage_daily, usage_monthly, assignments");
  return fm;
}
