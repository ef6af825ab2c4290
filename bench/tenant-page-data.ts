/**
 * What the tenant-page bench adds to a seeded database (`seedTenants` makes customers, tenants, services and splits):
 * assignments, notes and usage by set-based SQL, and two users who sign in (an FM and an administrator).
 */
import { randomBytes } from "node:crypto";
import { connect, insertUser, refreshDataQualitySummaries } from "@waymark/db";
import { hashPassword } from "../apps/server/src/auth/passwords.ts";
import { progress, timed } from "./stats.ts";

/** Tenants the bench FM is the primary FM of; the loads are drawn from them. */
export const FM_TENANTS = 200;
const POOL_FMS = 50;
const NOTES_PER_TENANT = 3;
const NOTES_PER_FM_TENANT = 30;
const USAGE_DAYS = 90;

export type BenchAccount = { username: string; password: string };
export type TenantPageData = { tenants: { id: string; name: string }[]; fm: BenchAccount; admin: BenchAccount; setupMs: number };

async function account(db: ReturnType<typeof connect>["db"], username: string, fm: boolean): Promise<{ id: string } & BenchAccount> {
  const password = randomBytes(18).toString("base64url");
  const row = await insertUser(db, {
    username,
    displayName: fm ? "Bench FM" : "Bench Administrator",
    passwordHash: await hashPassword(password),
    isAdministrator: !fm,
    roles: fm ? ["fasttrack_manager"] : [],
    mustChangePassword: false,
  });
  return { id: row.id, username, password };
}

/**
 * Every tenant gets a primary FM (the bench FM for FM_TENANTS of them, picked by hash among those without one; one of
 * 50 other FMs for the rest, unless it has one) and 3 notes; the bench FM's tenants also get 30 more notes and 90
 * days of usage per service. Then the data-quality summaries are brought up to date, as a running server keeps
 * them, so the server's start-up refresh does not compete with the loads.
 */
export async function prepareTenantPageData(url: string, today: string): Promise<TenantPageData> {
  const handle = connect(url, { applicationName: "waymark-bench-tenant-page" });
  const { db, pool } = handle;
  try {
    const setup = await timed(async () => {
      const fm = await account(db, "bench-page-fm", true);
      const admin = await account(db, "bench-page-admin", false);
      await pool.query(
        `INSERT INTO users (username, display_name, roles) SELECT 'bench-pool-fm-' || g, 'Pool FM ' || g, '{fasttrack_manager}' FROM generate_series(1, $1) g`,
        [POOL_FMS],
      );
      await pool.query(
        `CREATE TEMP TABLE bench_fm_tenants AS
         SELECT t.id FROM tenants t
         WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.tenant_id = t.id AND a.role = 'fm' AND a.is_primary AND a.service IS NULL)
         ORDER BY (hashtext(t.id::text || 'page') & 2147483647), t.id LIMIT $1`,
        [FM_TENANTS],
      );
      await pool.query(
        `INSERT INTO assignments (customer_id, tenant_id, user_id, role, is_primary)
         SELECT t.id_customer, t.id, CASE WHEN t.mine THEN $1::uuid ELSE p.id END, 'fm', true
         FROM (SELECT t.customer_id AS id_customer, t.id, f.id IS NOT NULL AS mine,
                      (hashtext(t.id::text) & 2147483647) % $2 + 1 AS k
               FROM tenants t LEFT JOIN bench_fm_tenants f ON f.id = t.id) t
         LEFT JOIN (SELECT id, row_number() OVER (ORDER BY username) AS k FROM users WHERE username LIKE 'bench-pool-fm-%') p
           ON p.k = t.k AND NOT t.mine
         ON CONFLICT DO NOTHING`,
        [fm.id, POOL_FMS],
      );
      await pool.query(
        `INSERT INTO notes (tenant_id, customer_id, category, body, author_id, created_at, next_action, next_action_date)
         SELECT t.id, t.customer_id, c.category,
                'Call with the IT lead: licences assigned, pilot group of ' || (k * 7 + 5) || ' users agreed; next steps sent by e-mail.',
                $1::uuid, now() - make_interval(days => ((hashtext(t.id::text) & 2147483647) + k * 11) % 120),
                CASE WHEN k = 0 THEN 'Follow up on the pilot' END, CASE WHEN k = 0 THEN current_date + 14 END
         FROM tenants t CROSS JOIN generate_series(0, $2 - 1) k
         CROSS JOIN LATERAL (SELECT (ARRAY['engagement_management','technical_enablement','service_intent'])[k % 3 + 1] AS category) c`,
        [fm.id, NOTES_PER_TENANT],
      );
      await pool.query(
        `INSERT INTO notes (tenant_id, customer_id, category, body, author_id, created_at)
         SELECT t.id, t.customer_id, (ARRAY['engagement_management','technical_enablement','service_intent'])[k % 3 + 1],
                'Workshop ' || k || ': adoption reviewed service by service, blockers noted and owners named.', $1::uuid,
                now() - make_interval(days => k * 3, hours => k)
         FROM tenants t JOIN bench_fm_tenants f ON f.id = t.id CROSS JOIN generate_series(1, $2) k`,
        [fm.id, NOTES_PER_FM_TENANT],
      );
      await pool.query(
        `INSERT INTO usage_daily (tenant_id, customer_id, service, day, active_users, entitlements)
         SELECT s.tenant_id, s.customer_id, s.service, current_date - d,
                (s.total_entitlements * (0.2 + 0.6 * (89 - d) / 89.0))::int, s.total_entitlements
         FROM tenant_services s JOIN bench_fm_tenants f ON f.id = s.tenant_id CROSS JOIN generate_series(0, $1 - 1) d
         ON CONFLICT DO NOTHING`,
        [USAGE_DAYS],
      );
      await pool.query("VACUUM (ANALYZE) users, assignments, notes, usage_daily");
      progress("tenant page: refreshing the data-quality summaries (as a running server keeps them)");
      await refreshDataQualitySummaries(db, { now: new Date() });
      const tenants = await pool.query<{ id: string; name: string }>(
        "SELECT t.id, t.name FROM tenants t JOIN bench_fm_tenants f ON f.id = t.id ORDER BY (hashtext(t.id::text || 'order') & 2147483647), t.id",
      );
      return { tenants: tenants.rows, fm, admin };
    });
    progress(`tenant page: assignments, notes, usage and users set up in ${(setup.ms / 1000).toFixed(1)} s`);
    const { fm, admin, tenants } = setup.value;
    return { tenants, fm: { username: fm.username, password: fm.password }, admin: { username: admin.username, password: admin.password }, setupMs: setup.ms };
  } finally {
    await handle.close();
  }
}
