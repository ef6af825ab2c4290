import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test-support/database.ts";
import { reportConversion } from "./reports/conversion.ts";
import { upsertUsage } from "./usage.ts";

let database: TestDatabase;
let tenantId: string;
let customerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const created = await database.db.execute<{ id: string; customer_id: string }>(sql`
    WITH c AS (INSERT INTO customers (tpid, name, region) VALUES (1, 'C', 'emea') RETURNING id)
    INSERT INTO tenants (tenant_guid, customer_id, name, priority, segment, seats, country, time_zone, region)
    SELECT gen_random_uuid(), id, 'T', 'low', 'smc', 10, 'DE', 'Europe/Berlin', 'emea' FROM c RETURNING id, customer_id`);
  tenantId = created.rows[0]?.id ?? "";
  customerId = created.rows[0]?.customer_id ?? "";
});
afterAll(() => database.drop());

const day = (service: string, on: string, activeUsers: number, entitlements = 100) => ({ tenantId, customerId, service, day: on, activeUsers, entitlements });

/** The rollup of one service, one line per month: month, last day, its AU / entitlements, max AU %, days reaching 10/15/40 %. */
async function months(service: string): Promise<string[]> {
  const result = await database.db.execute<Record<string, string | null>>(sql`
    SELECT month::text, last_day::text, active_users, entitlements, max_au_percent, reached10_on::text, reached15_on::text, reached40_on::text
    FROM usage_monthly WHERE tenant_id = ${tenantId} AND service = ${service} ORDER BY month`);
  return result.rows.map((r) =>
    [r.month, r.last_day, `${r.active_users}/${r.entitlements}`, `max ${r.max_au_percent ?? "-"}`, r.reached10_on ?? "-", r.reached15_on ?? "-", r.reached40_on ?? "-"].join(" "),
  );
}

describe("the monthly usage rollup", () => {
  it("follows inserts, updates and deletes of usage days", async () => {
    await upsertUsage(database.db, [day("exchange", "2026-09-10", 12), day("exchange", "2026-09-20", 45), day("exchange", "2026-09-30", 30), day("exchange", "2026-10-05", 5, 0)]);
    expect(await months("exchange")).toEqual([
      "2026-09-01 2026-09-30 30/100 max 45.0 2026-09-10 2026-09-20 2026-09-20",
      "2026-10-01 2026-10-05 5/0 max - - - -",
    ]);

    // A second report of a day replaces it (the upsert's update path).
    await upsertUsage(database.db, [day("exchange", "2026-09-10", 16), day("exchange", "2026-10-05", 50, 200)]);
    expect(await months("exchange")).toEqual([
      "2026-09-01 2026-09-30 30/100 max 45.0 2026-09-10 2026-09-10 2026-09-20",
      "2026-10-01 2026-10-05 50/200 max 25.0 2026-10-05 2026-10-05 -",
    ]);

    // A day moved to another month counts in its new month and no longer in its old one.
    await database.db.execute(sql`UPDATE usage_daily SET day = '2026-10-20' WHERE tenant_id = ${tenantId} AND service = 'exchange' AND day = '2026-09-20'`);
    expect(await months("exchange")).toEqual([
      "2026-09-01 2026-09-30 30/100 max 30.0 2026-09-10 2026-09-10 -",
      "2026-10-01 2026-10-20 45/100 max 45.0 2026-10-05 2026-10-05 2026-10-20",
    ]);

    // Deleting a month's last day falls back to the day before; deleting every day removes the month.
    await database.db.execute(sql`DELETE FROM usage_daily WHERE tenant_id = ${tenantId} AND service = 'exchange' AND day IN ('2026-09-30', '2026-10-05')`);
    expect(await months("exchange")).toEqual([
      "2026-09-01 2026-09-10 16/100 max 16.0 2026-09-10 2026-09-10 -",
      "2026-10-01 2026-10-20 45/100 max 45.0 2026-10-20 2026-10-20 2026-10-20",
    ]);
    await database.db.execute(sql`DELETE FROM usage_daily WHERE tenant_id = ${tenantId} AND service = 'exchange' AND day < '2026-10-01'`);
    expect(await months("exchange")).toEqual(["2026-10-01 2026-10-20 45/100 max 45.0 2026-10-20 2026-10-20 2026-10-20"]);
  });

  it("counts both of two concurrent writers to the same month", async () => {
    const first = await database.pool.connect();
    const second = await database.pool.connect();
    const insert = (on: string, activeUsers: number) =>
      `INSERT INTO usage_daily (tenant_id, customer_id, service, day, active_users, entitlements) VALUES ('${tenantId}', '${customerId}', 'teams', '${on}', ${activeUsers}, 100)`;
    try {
      await first.query("BEGIN");
      await first.query(insert("2026-11-05", 41));
      await second.query("BEGIN");
      // Waits for the first writer's month, then recomputes it with the first writer's day included.
      const waiting = second.query(insert("2026-11-20", 20));
      await first.query("COMMIT");
      await waiting;
      await second.query("COMMIT");
    } finally {
      first.release();
      second.release();
    }
    expect(await months("teams")).toEqual(["2026-11-01 2026-11-20 20/100 max 41.0 2026-11-05 2026-11-05 2026-11-05"]);
  });

  it("gives the conversion trend the last day up to today, not a day reported ahead", async () => {
    await database.db.execute(sql`INSERT INTO tenant_services (tenant_id, customer_id, service, total_entitlements) VALUES (${tenantId}, ${customerId}, 'intune', 100)`);
    await upsertUsage(database.db, [day("intune", "2026-10-31", 5), day("intune", "2026-11-10", 20), day("intune", "2026-11-28", 60)]);
    const report = await reportConversion(database.db, { visibility: { kind: "all" }, filters: {}, now: new Date("2026-11-23T12:00:00Z"), limit: 50, offset: 0 });
    expect(report.trend).toEqual([
      { service: "intune", month: "2026-10", activeUsers: 5, entitlements: 100, auPercent: 5 },
      { service: "intune", month: "2026-11", activeUsers: 20, entitlements: 100, auPercent: 20 },
    ]);
  });

  it("goes with its tenant", async () => {
    await database.db.execute(sql`DELETE FROM tenants WHERE id = ${tenantId}`);
    const left = await database.db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM usage_monthly`);
    expect(Number(left.rows[0]?.n)).toBe(0);
  });
});
