import { randomUUID } from "node:crypto";
import { insertAssignment } from "@waymark/db";
import type { TAuditEvent, TTaskList, TTenant, TUsageImportResult } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

// 12:00 UTC: still 23 November in Berlin, already 24 November in Auckland.
const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T12:00:00Z") });
let coho: TTenant;
let fabrikam: TTenant;
let cookie: string;

const HEADER = "tenant,service,day,active_users,entitlements";
const csvOf = (...rows: string[]) => [HEADER, ...rows].join("\n");
const importCsv = (csv: string, as = cookie) =>
  api().app.inject({
    method: "POST",
    url: "/api/usage/imports",
    headers: { cookie: as, "x-requested-with": "waymark", "content-type": "text/csv" },
    payload: csv,
  });
const storedRows = async () => (await api().database.pool.query("SELECT count(*)::int AS n FROM usage_daily")).rows[0].n as number;
const auditActions = async (tenant: TTenant) =>
  (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>().items.map((e) => e.action);
const sharepointTask = async () => (await admin.get(`/api/tenants/${coho.id}/tasks`)).json<TTaskList>().items.find((t) => t.catalogTaskId === 3737);

beforeAll(async () => {
  coho = await createTenant(admin, (await createCustomer(admin, { name: "Coho Winery" })).id, { name: "Coho Winery" });
  await addService(admin, coho.id, "sharepoint", 1000);
  await addService(admin, coho.id, "teams", 500);
  await admin.post(`/api/tenants/${coho.id}/playbook-events`, { type: "playbook.started", service: "sharepoint" });
  fabrikam = await createTenant(admin, (await createCustomer(admin, { name: "Fabrikam" })).id, {
    name: "Fabrikam",
    country: "NZ",
    timeZone: "Pacific/Auckland",
    region: "apj",
  });
  await addService(admin, fabrikam.id, "exchange", 200);
  cookie = (await api().signIn()).cookie;
});

const firstFile = () =>
  csvOf(
    `${coho.id},sharepoint,2026-11-20,50,1000`,
    `${coho.id},sharepoint,2026-11-21,80,1000`,
    `${coho.tenantGuid},teams,2026-11-21,100,500`,
    `${fabrikam.tenantGuid},exchange,2026-11-24,30,200`,
  );

describe("importing usage from a CSV file", () => {
  it("stores every row, naming tenants by id or GUID, and reports the latest AU % of each service to the playbooks", async () => {
    const response = await importCsv(firstFile());
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<TUsageImportResult>();
    expect(result).toMatchObject({ rows: 4, inserted: 4, updated: 0, unchanged: 0, summary: "4 rows: 4 new, 0 updated, 0 unchanged." });
    expect(result.playbooks.map(({ tenantId, service, day, activeUsersPercent }) => [tenantId, service, day, activeUsersPercent])).toEqual(
      expect.arrayContaining([
        [coho.id, "sharepoint", "2026-11-21", 8],
        [coho.id, "teams", "2026-11-21", 20],
        [fabrikam.id, "exchange", "2026-11-24", 15],
      ]),
    );
    expect(await storedRows()).toBe(4);
    expect(await sharepointTask()).toMatchObject({ status: "not_started" });
    expect(await auditActions(coho)).toContain("usage.imported");
  });

  it("changes nothing when the same file is imported again, and says so", async () => {
    const auditBefore = (await auditActions(coho)).length;
    const result = (await importCsv(firstFile())).json<TUsageImportResult>();
    expect(result).toEqual({
      rows: 4,
      inserted: 0,
      updated: 0,
      unchanged: 4,
      summary: "Nothing changed: all 4 rows were already stored with the same figures.",
      playbooks: [],
    });
    expect(await storedRows()).toBe(4);
    expect(await auditActions(coho)).toHaveLength(auditBefore);
  });

  it("cancels the SharePoint BVD when the imported AU goes above 10 %, counting new, updated and unchanged rows", async () => {
    const response = await importCsv(
      csvOf(`${coho.id},sharepoint,2026-11-21,90,1000`, `${coho.id},sharepoint,2026-11-22,150,1000`, `${coho.id},teams,2026-11-21,100,500`),
    );
    const result = response.json<TUsageImportResult>();
    expect(result).toMatchObject({ rows: 3, inserted: 1, updated: 1, unchanged: 1 });
    expect(result.playbooks).toHaveLength(1);
    expect(result.playbooks[0]).toMatchObject({ service: "sharepoint", day: "2026-11-22", activeUsersPercent: 15 });
    expect(result.playbooks[0]?.effects.map((e) => e.kind)).toEqual(["set_task_status", "append_entitlement_note"]);
    expect(await sharepointTask()).toMatchObject({ status: "cancelled" });
  });

  it("stores a back-filled older day without telling the playbooks, since the latest AU % did not change", async () => {
    const result = (await importCsv(csvOf(`${coho.id},sharepoint,2026-11-01,5,1000`))).json<TUsageImportResult>();
    expect(result).toMatchObject({ inserted: 1, playbooks: [] });
  });

  it("accepts the file as JSON {csv} too", async () => {
    const response = await admin.post("/api/usage/imports", { csv: csvOf(`${coho.id},teams,2026-11-22,110,500`) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<TUsageImportResult>()).toMatchObject({ inserted: 1, playbooks: [{ service: "teams", activeUsersPercent: 22 }] });
  });
});

describe("a file with bad rows", () => {
  it("is refused whole, listing each bad row with its number, column and why, and stores none of it", async () => {
    const before = await storedRows();
    const response = await importCsv(
      csvOf(
        `${coho.id},sharepoint,2026-11-23,200,1000`,
        `${randomUUID()},sharepoint,2026-11-23,1,10`,
        `Coho Winery,sharepoint,2026-11-23,1,10`,
        `${coho.id},sharepointt,2026-11-23,1,10`,
        `${coho.id},exchange,2026-11-23,1,10`,
        `${coho.id},teams,2026-02-30,1,10`,
        `${coho.id},teams,2026-11-24,1,10`,
        `${coho.id},teams,2026-11-19,-1,10`,
        `${coho.id},teams,2026-11-18,12.5,10`,
        `${coho.id},teams,2026-11-17,600,500`,
        `${coho.tenantGuid},sharepoint,2026-11-23,210,1000`,
      ),
    );
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.detail).toBe("Nothing was imported: the file has 10 problems in 10 rows. Fix them and import the whole file again.");
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([
      "/csv/rows/2/tenant",
      "/csv/rows/3/tenant",
      "/csv/rows/4/service",
      "/csv/rows/5/service",
      "/csv/rows/6/day",
      "/csv/rows/7/day",
      "/csv/rows/8/active_users",
      "/csv/rows/9/active_users",
      "/csv/rows/10/active_users",
      "/csv/rows/11",
    ]);
    const messages = problem.errors.map((e: { message: string }) => e.message);
    expect(messages[0]).toMatch(/^Row 2, tenant: no tenant has the id or GUID/);
    expect(messages[3]).toBe("Row 5, service: Coho Winery has no Exchange service; add the service first or remove the row.");
    expect(messages[5]).toBe(
      "Row 7, day: 2026-11-24 is in the future for Coho Winery (today there is 2026-11-23); usage can only be reported for days that have begun.",
    );
    expect(messages[9]).toBe("Row 11: row 1 already has Coho Winery, sharepoint on 2026-11-23; keep one of the two.");
    expect(await storedRows()).toBe(before);
  });

  it("is refused when the header lacks a column, before any row is read", async () => {
    const response = await importCsv(`tenant,service,day,active_users\n${coho.id},teams,2026-11-20,1`);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        path: "/csv/header/entitlements",
        message: "The column entitlements is missing. The first line must name the columns tenant, service, day, active_users, entitlements (in any order).",
      },
    ]);
  });

  it("is refused above 100,000 rows with how to fix it", async () => {
    const row = `${coho.id},teams,2026-11-20,1,10\n`;
    const response = await importCsv(`${HEADER}\n${row.repeat(100_001)}`);
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toMatch(/100,001 data rows; one import takes at most 100,000\. Split it into several files\./);
  });
});

describe("who may import", () => {
  it("refuses rows for a tenant the importer can see but is not assigned to, storing nothing", async () => {
    const lead = await api().signIn({ roles: ["team_manager"] });
    await insertAssignment(api().database.db, { customerId: coho.customerId, tenantId: coho.id, userId: lead.userId, role: "fm", isPrimary: false });
    const before = await storedRows();
    const response = await importCsv(csvOf(`${coho.id},teams,2026-11-10,5,500`, `${fabrikam.id},exchange,2026-11-10,5,200`), lead.cookie);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        path: "/csv/rows/2/tenant",
        message: "Row 2, tenant: you are not assigned to Fabrikam, so you cannot import its usage; ask its primary FastTrack Manager to assign you.",
      },
    ]);
    expect(await storedRows()).toBe(before);
    expect((await importCsv(csvOf(`${coho.id},teams,2026-11-10,5,500`), lead.cookie)).statusCode).toBe(200);
  });

  it("treats a tenant the importer cannot see as unknown, and refuses read-only users outright", async () => {
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    const hidden = await importCsv(csvOf(`${fabrikam.id},exchange,2026-11-10,5,200`), fm.cookie);
    expect(hidden.json().errors[0].message).toMatch(/^Row 1, tenant: no tenant has the id or GUID .* \(or it is not visible to you\)\.$/);
    const reader = await api().signIn({ roles: ["senior_leadership"] });
    expect((await importCsv(csvOf(`${coho.id},teams,2026-11-10,5,500`), reader.cookie)).statusCode).toBe(403);
  });
});
