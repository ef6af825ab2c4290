import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../test-support/database.ts";
import { upsertUsage } from "../usage.ts";
import { reportConversion } from "./conversion.ts";

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
  await database.db.execute(sql`INSERT INTO tenant_services (tenant_id, customer_id, service, total_entitlements)
    SELECT ${tenantId}, ${customerId}, s, 100 FROM unnest(ARRAY['exchange', 'teams', 'intune']) s`);
});
afterAll(() => database.drop());

const day = (service: string, on: string, activeUsers: number, entitlements = 100) => ({ tenantId, customerId, service, day: on, activeUsers, entitlements });

async function latest(service: string): Promise<string | null> {
  const result = await database.db.execute<Record<string, string | null>>(sql`
    SELECT last_day::text, active_users, entitlements, reached10_on::text, reached40_on::text, trend_first_month::text,
      trend_active_users::text FROM usage_latest WHERE tenant_id = ${tenantId} AND service = ${service}`);
  const r = result.rows[0];
  return r ? [r.last_day, `${r.active_users}/${r.entitlements}`, r.reached10_on ?? "-", r.reached40_on ?? "-", r.trend_first_month, r.trend_active_users ?? "null"].join(" ") : null;
}

describe("the latest-usage rollup", () => {
  it("follows the months: latest day, first days reaching 10 / 40 %, recent months without gaps", async () => {
    await upsertUsage(database.db, [day("exchange", "2026-09-30", 5), day("exchange", "2026-10-31", 45), day("exchange", "2026-11-15", 30)]);
    expect(await latest("exchange")).toBe("2026-11-15 30/100 2026-10-31 2026-10-31 2026-09-01 {5,45,30}");
    // A month without usage between two: the trend arrays are dropped (readers read the months).
    await upsertUsage(database.db, [day("teams", "2026-08-31", 20), day("teams", "2026-10-31", 50)]);
    expect(await latest("teams")).toBe("2026-10-31 50/100 2026-08-31 2026-10-31 2026-08-01 null");
    await database.db.execute(sql`DELETE FROM usage_daily WHERE tenant_id = ${tenantId} AND service = 'teams' AND day = '2026-08-31'`);
    expect(await latest("teams")).toBe("2026-10-31 50/100 2026-10-31 2026-10-31 2026-10-01 {50}");
    await database.db.execute(sql`DELETE FROM usage_daily WHERE tenant_id = ${tenantId} AND service = 'teams'`);
    expect(await latest("teams")).toBeNull();
  });

  it("gives the usage trend the same sums whether a service is read from the rollup or month by month", async () => {
    // Exchange from the rollup; Teams has a gap (months); Intune reported a day after today (months, and its
    // November is its last day up to today).
    await upsertUsage(database.db, [day("teams", "2026-08-31", 20), day("teams", "2026-10-31", 50)]);
    await upsertUsage(database.db, [day("intune", "2026-10-31", 10), day("intune", "2026-11-20", 60), day("intune", "2026-11-25", 90)]);
    const report = await reportConversion(database.db, { visibility: { kind: "all" }, filters: {}, now: new Date("2026-11-23T12:00:00Z"), limit: 10, offset: 0 });
    expect(report.trend.map((t) => `${t.service} ${t.month} ${t.activeUsers}/${t.entitlements}`)).toEqual([
      "exchange 2026-09 5/100",
      "exchange 2026-10 45/100",
      "exchange 2026-11 30/100",
      "teams 2026-08 20/100",
      "teams 2026-10 50/100",
      "intune 2026-10 10/100",
      "intune 2026-11 60/100",
    ]);
  });
});

describe("the DIBS first-recorded rollup", () => {
  const event = (action: string, at: string, after: unknown) =>
    database.db.execute(sql`INSERT INTO audit_events (occurred_at, actor_kind, action, entity_type, entity_id, after)
      VALUES (${at}::timestamptz, 'system', ${action}, 'service', 'svc-1', ${JSON.stringify(after)}::jsonb)`);
  const firsts = async () =>
    (await database.db.execute<Record<string, string | null>>(sql`
      SELECT to_char(intent_at AT TIME ZONE 'UTC', 'MM-DD') AS i, to_char(target_date_at AT TIME ZONE 'UTC', 'MM-DD') AS t,
        to_char(business_reason_at AT TIME ZONE 'UTC', 'MM-DD') AS b, to_char(success_owner_at AT TIME ZONE 'UTC', 'MM-DD') AS s
      FROM dibs_first_recorded WHERE service_entity_id = 'svc-1'`)).rows[0] ?? null;

  it("keeps each factor's earliest event, whatever order events are written in, and ignores events it cannot read", async () => {
    await event("service.updated", "2026-10-05T10:00:00Z", { dibsBusinessReason: "increase_security" });
    await event("service.split_replaced", "2026-10-01T10:00:00Z", [{ l1: "in_progress", entitlements: 5, targetDate: null }]);
    expect(await firsts()).toEqual({ i: "10-01", t: null, b: "10-05", s: null });
    // Written later, happened earlier: it wins. A dated In Progress row is a Target Date.
    await event("service.added", "2026-09-20T10:00:00Z", { split: [{ l1: "in_progress", entitlements: 5, targetDate: "2027-01-01" }] });
    await event("service.updated", "2026-11-01T10:00:00Z", { dibsSuccessOwnerRole: "ceo", dibsBusinessReason: "greater_savings" });
    expect(await firsts()).toEqual({ i: "09-20", t: "09-20", b: "10-05", s: "11-01" });
    // Events whose `after` holds no split rows, or rows it cannot read, are written and count for nothing.
    await event("service.split_adjusted", "2026-08-01T10:00:00Z", "not a split");
    await event("service.added", "2026-08-01T10:00:00Z", { split: { l1: "in_progress" } });
    await event("service.entitlements_moved", "2026-08-01T10:00:00Z", [{ l1: "in_progress", entitlements: "many" }, 3]);
    await event("service.updated", "2026-08-01T10:00:00Z", [{ dibsSuccessOwnerRole: "ceo" }]);
    expect(await firsts()).toEqual({ i: "09-20", t: "09-20", b: "10-05", s: "11-01" });
  });
});
