// A small hand-built portfolio the report tests share; every right answer in them is worked out from these rows.
// "Today" is 2026-11-24 in Berlin (07:00) but still 2026-11-23 in Los Angeles (22:00), where Charlie Foods is.
import { insertAssignment } from "@waymark/db";
import type { TTenant } from "@waymark/contracts";
import type { Client, TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

export const NOW = new Date("2026-11-24T06:00:00Z");

export type Dataset = {
  alpha: TTenant;
  bravo: TTenant;
  charlie: TTenant;
  delta: TTenant;
  fm: Client & { userId: string };
  rmUserId: string;
};

type SplitRow = { l1: string; entitlements: number; notes?: string };

export async function buildDataset(api: TestApi, admin: Client): Promise<Dataset> {
  const sqlRun = (text: string, values: unknown[] = []) => api.database.pool.query(text, values);
  const tenant = async (name: string, body: Record<string, unknown>, region = "emea") =>
    createTenant(admin, (await createCustomer(admin, { name, region })).id, { name, region: region as "emea", ...body });
  const alpha = await tenant("Alpha Retail", { priority: "high", segment: "smc" });
  const bravo = await tenant("Bravo Bank", { priority: "medium", segment: "enterprise" });
  const charlie = await tenant("Charlie Foods", { priority: "low", segment: "smc", country: "US", timeZone: "America/Los_Angeles" }, "americas");
  const delta = await tenant("Delta Parts", { priority: "medium", segment: "smc" });
  const setTenant = (t: TTenant, status: string | null, statusDate: string | null, start: string | null, override: string | null = null) =>
    sqlRun("UPDATE tenants SET overall_status = $2, overall_status_date = $3, engagement_start_date = $4, priority_override = $5 WHERE id = $1", [t.id, status, statusDate, start, override]);
  await setTenant(alpha, "active", "2026-11-01", "2026-05-01"); // 23 days old: stale
  await setTenant(bravo, "blocked", "2026-11-10", "2026-05-01", "high"); // exactly 14 days: not stale
  await setTenant(charlie, null, null, "2026-10-01"); // engaged 53 days ago, never a status: stale
  await setTenant(delta, null, null, null); // not engaged yet

  const service = async (
    t: TTenant,
    code: string,
    total: number,
    fields: { status: string; since: string; createdAt?: string; nextAction?: string; scenario?: string; forecast15?: string; forecast40?: string },
    split: SplitRow[],
  ) => {
    const added = await addService(admin, t.id, code, total);
    // service_status_since moves only with the status (the history trigger), so pass through another status first.
    await sqlRun("UPDATE tenant_services SET service_status = 'enable', service_status_since = $2 WHERE id = $1", [added.id, fields.since]);
    await sqlRun(
      `UPDATE tenant_services SET service_status = $2, service_status_since = $3, created_at = $4, next_action_date = $5,
         engagement_scenario = coalesce($6, engagement_scenario), forecast15_on = $7, forecast40_on = $8 WHERE id = $1`,
      [added.id, fields.status, fields.since, fields.createdAt ?? "2026-06-01T00:00:00Z", fields.nextAction ?? null, fields.scenario ?? null, fields.forecast15 ?? null, fields.forecast40 ?? null],
    );
    await sqlRun("DELETE FROM entitlement_splits WHERE tenant_service_id = $1", [added.id]);
    for (const [position, row] of split.entries()) {
      await sqlRun(
        "INSERT INTO entitlement_splits (tenant_service_id, tenant_id, customer_id, l1, entitlements, notes, position) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        [added.id, t.id, t.customerId, row.l1, row.entitlements, row.notes ?? null, position],
      );
    }
  };
  await service(alpha, "exchange", 300, { status: "operate", since: "2026-09-01", nextAction: "2026-11-20", forecast15: "2026-10-31", forecast40: "2026-11-15" }, [
    { l1: "in_progress", entitlements: 200 },
    { l1: "blocked", entitlements: 100 },
  ]);
  await service(alpha, "intune", 100, { status: "assess", since: "2026-11-14", nextAction: "2026-11-24", scenario: "ftc_css_led" }, [{ l1: "in_progress", entitlements: 100 }]);
  await service(bravo, "exchange", 500, { status: "adoption", since: "2026-10-25", nextAction: "2026-11-01", forecast15: "2026-10-15", forecast40: "2026-12-31" }, [
    { l1: "in_progress", entitlements: 450 },
    { l1: "no_intent", entitlements: 50, notes: "Customer keeps mail with another provider" },
  ]);
  await service(bravo, "teams", 200, { status: "initiate", since: "2026-11-14", createdAt: "2026-11-14T09:00:00Z" }, [{ l1: "status_unknown", entitlements: 200 }]);
  await service(charlie, "intune", 50, { status: "initiate", since: "2026-10-15", createdAt: "2026-10-15T00:00:00Z", nextAction: "2026-11-23", forecast15: "2026-12-15", forecast40: "2026-11-23" }, [
    { l1: "status_unknown", entitlements: 30 },
    { l1: "blocked", entitlements: 20, notes: "   " },
  ]);
  await service(delta, "sharepoint", 100, { status: "migrate", since: "2026-08-01", nextAction: "2026-11-23", forecast40: "2026-06-30" }, [{ l1: "blocked", entitlements: 100 }]);

  const usage = (t: TTenant, code: string, day: string, activeUsers: number, entitlements: number) =>
    sqlRun("INSERT INTO usage_daily (tenant_id, customer_id, service, day, active_users, entitlements) VALUES ($1, $2, $3, $4, $5, $6)", [t.id, t.customerId, code, day, activeUsers, entitlements]);
  await usage(alpha, "exchange", "2026-09-30", 15, 300);
  await usage(alpha, "exchange", "2026-10-15", 45, 300); // 15 %: reached
  await usage(alpha, "exchange", "2026-10-31", 60, 300);
  await usage(alpha, "exchange", "2026-11-20", 150, 300); // 50 %: 40 % reached
  await usage(alpha, "intune", "2026-11-20", 10, 100); // exactly 10 %: not over 10 %
  await usage(bravo, "exchange", "2026-10-31", 100, 500); // 20 %
  await usage(bravo, "exchange", "2026-11-22", 210, 500); // 42 %
  await usage(charlie, "intune", "2026-11-01", 6, 50); // 12 %
  await usage(delta, "sharepoint", "2025-11-30", 10, 100); // before the 12-month window
  await usage(delta, "sharepoint", "2025-12-31", 20, 100);

  const fm = await api.signIn({ roles: ["fasttrack_manager"] });
  const rm = await api.signIn({ roles: ["fasttrack_manager"] });
  const db = api.database.db;
  await insertAssignment(db, { customerId: alpha.customerId, tenantId: alpha.id, userId: fm.userId, role: "fm", isPrimary: true });
  await insertAssignment(db, { customerId: delta.customerId, tenantId: null, userId: fm.userId, role: "fm", isPrimary: true });
  await insertAssignment(db, { customerId: bravo.customerId, tenantId: null, userId: rm.userId, role: "rm", isPrimary: true });
  return { alpha, bravo, charlie, delta, fm, rmUserId: rm.userId };
}

/** Parses the CSV the reports write (quoted cells, CRLF) into objects keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r") continue;
    else if (ch === "\n") row.push(cell), rows.push(row), (row = []), (cell = "");
    else cell += ch;
  }
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
}

/** JSON rows as the CSV carries them: every value as text, null as empty. */
export const asCsvRows = (rows: readonly Record<string, unknown>[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? "" : String(value)])));
