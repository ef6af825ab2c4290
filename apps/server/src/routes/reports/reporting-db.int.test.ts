import { randomUUID } from "node:crypto";
import { insertUser } from "@waymark/db";
import type { THygieneReport } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../../test-support/database.ts";
import { buildApp } from "../../app.ts";
import type { App } from "../../app-types.ts";
import { hashPassword } from "../../auth/passwords.ts";
import { NOW } from "./test-dataset.ts";

// The main database and a "replica" whose data differ: a report must answer from the replica.
let main: TestDatabase;
let replica: TestDatabase;
let withReplica: App;
let withoutReplica: App;

async function tenantWithStaleStatus(database: TestDatabase, name: string) {
  const customer = await database.pool.query<{ id: string }>("INSERT INTO customers (tpid, name, region) VALUES ($1, $2, 'emea') RETURNING id", [
    Math.floor(Math.random() * 1e9),
    name,
  ]);
  await database.pool.query(
    `INSERT INTO tenants (tenant_guid, customer_id, name, priority, segment, seats, country, time_zone, region, overall_status, overall_status_date)
     VALUES ($1, $2, $3, 'high', 'smc', 500, 'DE', 'Europe/Berlin', 'emea', 'active', '2026-10-01')`,
    [randomUUID(), customer.rows[0]?.id, name],
  );
}

async function signedInCookie(app: App, database: TestDatabase) {
  const username = `report-reader-${randomUUID()}`;
  await insertUser(database.db, { username, displayName: "Report Reader", passwordHash: await hashPassword("a test password that is long"), roles: [], isAdministrator: true });
  const login = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password: "a test password that is long" } });
  return String(login.headers["set-cookie"]).split(";")[0] ?? "";
}

async function staleTenants(app: App, cookie: string) {
  const response = await app.inject({ method: "GET", url: "/api/reports/hygiene", headers: { cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<THygieneReport>().tenants.items.map((t) => t.tenantName);
}

beforeAll(async () => {
  [main, replica] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await tenantWithStaleStatus(main, "Only In Main");
  await tenantWithStaleStatus(replica, "Only In Replica");
  withReplica = await buildApp({ deps: { db: main.db, reportingDb: replica.db, now: () => NOW } });
  withoutReplica = await buildApp({ deps: { db: main.db, now: () => NOW } });
});

afterAll(async () => {
  await withReplica?.close();
  await withoutReplica?.close();
  await Promise.all([main?.drop(), replica?.drop()]);
});

describe("the reporting database", () => {
  it("answers reports from the replica when one is configured, and signs in against the main database", async () => {
    expect(await staleTenants(withReplica, await signedInCookie(withReplica, main))).toEqual(["Only In Replica"]);
  });

  it("answers from the main database without one", async () => {
    expect(await staleTenants(withoutReplica, await signedInCookie(withoutReplica, main))).toEqual(["Only In Main"]);
  });
});
