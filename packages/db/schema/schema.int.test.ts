import {
  L1_STATUSES,
  OVERALL_STATUSES,
  QUEUES,
  REGIONS,
  SEGMENTS,
  TASK_STATUSES,
  CONTACT_TYPES,
} from "@waymark/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test-support/database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function allowedValues(constraint: string): Promise<string[]> {
  const result = await database.db.execute<{ def: string }>(
    sql`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = ${constraint}`,
  );
  const definition = result.rows[0]?.def ?? "";
  return [...definition.matchAll(/'([a-z_0-9]+)'/g)].map((m) => m[1] as string).sort();
}

/** Drizzle wraps driver errors; what PostgreSQL said is in the cause. */
async function databaseError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: { message?: string; constraint?: string } }).cause;
    return `${cause?.message ?? ""} ${cause?.constraint ?? ""}`;
  }
  return "no error";
}

const codes = (entries: readonly { code: string }[]) => [...new Set(entries.map((e) => e.code))].sort();

describe("the database guards the same values as the catalogs", () => {
  it.each([
    ["entitlement_splits_l1_check", codes(L1_STATUSES)],
    ["tasks_status_check", codes(TASK_STATUSES)],
    ["tenants_region_check", codes(REGIONS)],
    ["customers_region_check", codes(REGIONS)],
    ["tenants_segment_check", codes(SEGMENTS)],
    ["tenants_overall_status_check", codes(OVERALL_STATUSES)],
    ["contacts_type_check", codes(CONTACT_TYPES)],
  ])("%s", async (constraint, expected) => {
    expect(await allowedValues(constraint)).toEqual(expected);
  });

  it("holds the nine FTCQ routing queues of the catalog", async () => {
    const result = await database.db.execute<{ code: string; name: string }>(sql`SELECT code, name FROM queues ORDER BY code`);
    expect(result.rows).toEqual(QUEUES.map((q) => ({ code: q.code, name: q.label })).sort((a, b) => a.code.localeCompare(b.code)));
  });
});

describe("the audit trail", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, even to the database owner", async () => {
    await database.db.execute(
      sql`INSERT INTO audit_events (actor_kind, action, entity_type, entity_id) VALUES ('system', 'test.event', 'test', '1')`,
    );
    expect(await databaseError(database.db.execute(sql`UPDATE audit_events SET action = 'rewritten'`))).toContain("append-only");
    expect(await databaseError(database.db.execute(sql`DELETE FROM audit_events`))).toContain("append-only");
    expect(await databaseError(database.db.execute(sql`TRUNCATE audit_events`))).toContain("append-only");
    const result = await database.db.execute<{ action: string }>(sql`SELECT action FROM audit_events`);
    expect(result.rows).toEqual([{ action: "test.event" }]);
  });
});

describe("entitlement rows", () => {
  it("cannot carry an L3 without an L2, or a negative count", async () => {
    const tenant = await database.db.execute<{ id: string }>(sql`
      WITH c AS (INSERT INTO customers (tpid, name, region) VALUES (1, 'C', 'emea') RETURNING id),
      t AS (INSERT INTO tenants (tenant_guid, customer_id, name, priority, segment, seats, country, time_zone, region)
            SELECT gen_random_uuid(), id, 'T', 'low', 'smc', 10, 'DE', 'Europe/Berlin', 'emea' FROM c RETURNING id, customer_id)
      INSERT INTO tenant_services (tenant_id, customer_id, service, total_entitlements) SELECT id, customer_id, 'exchange', 10 FROM t
      RETURNING id`);
    const serviceId = tenant.rows[0]?.id;
    const insertRow = (l2: string | null, l3: string | null, n: number) =>
      database.db.execute(sql`INSERT INTO entitlement_splits (tenant_service_id, tenant_id, customer_id, l1, entitlements, l2, l3)
        SELECT id, tenant_id, customer_id, 'blocked', ${n}, ${l2}, ${l3} FROM tenant_services WHERE id = ${serviceId}`);
    expect(await databaseError(insertRow(null, "some_l3", 1))).toContain("entitlement_splits_l3_needs_l2_check");
    expect(await databaseError(insertRow("adoption_readiness", null, -1))).toContain("entitlement_splits_entitlements_check");
  });
});
