import type { TDibsTimeReport } from "@waymark/contracts";
import type { TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, useTestApi } from "../../../../../test-support/api.ts";
import { recordDibs } from "./dibs-dataset.ts";
import { asCsvRows, buildDataset, type Dataset, NOW, parseCsv } from "./test-dataset.ts";

const { admin, api } = useTestApi({ now: () => NOW });
let data: Dataset;

/** An audit event of a tenant's service on a day (10:00 UTC, the same day in Berlin). */
async function changed(tenant: TTenant, service: string, action: string, day: string, after: unknown) {
  await api().database.pool.query(
    `INSERT INTO audit_events (occurred_at, actor_kind, action, entity_type, entity_id, tenant_id, customer_id, after)
     SELECT $4::date + time '10:00' AT TIME ZONE 'UTC', 'system', $3, 'service', s.id::text, s.tenant_id, s.customer_id, $5::jsonb
     FROM tenant_services s WHERE s.tenant_id = $1 AND s.service = $2`,
    [tenant.id, service, action, day, JSON.stringify(after)],
  );
}

beforeAll(async () => {
  data = await buildDataset(api(), admin);
  await recordDibs(api(), data);
  // Alpha Exchange, engaged 2026-09-01: Intent on day 10, Target Date on day 20, Business Reason on day 40; its
  // Success Owner has no change recorded, so it counts from the day the service was added (2026-06-01, before the start: day 0).
  await changed(data.alpha, "exchange", "service.split_replaced", "2026-09-11", [{ l1: "in_progress", entitlements: 200, targetDate: null }]);
  await changed(data.alpha, "exchange", "service.updated", "2026-09-21", { dibsTargetDate: "2026-12-15" });
  await changed(data.alpha, "exchange", "service.updated", "2026-10-11", { dibsBusinessReason: "increase_security" });
  // Bravo Exchange, engaged 2026-05-01: Intent with a dated In Progress row on day 10 (FTP-led needs no more).
  await changed(data.bravo, "exchange", "service.split_replaced", "2026-05-11", [{ l1: "in_progress", entitlements: 450, targetDate: "2027-01-31" }]);
});

async function time(query = "", client: Client = admin) {
  const response = await client.get(`/api/reports/dibs-time${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TDibsTimeReport>();
}
const buckets = (report: TDibsTimeReport) => report.buckets.map((b) => `${b.bucket} ${b.services} ${b.medianDays ?? "-"}`);

describe("time to establish DIBS report", () => {
  it("puts services in buckets by the days from engagement start to full DIBS", async () => {
    const report = await time();
    // Not yet: Alpha Intune and Bravo Teams (since 2026-05-01: 207 days), Charlie Intune (since 2026-10-01, today
    // 2026-11-23 in Los Angeles: 53). Delta SharePoint has no engagement start and is left out.
    expect(buckets(report)).toEqual(["under_30 1 10", "30_to_90 1 40", "over_90 0 -", "not_yet 3 207"]);
    expect(report.source).toContain("audit history");
    expect(report.services.items.map((s) => `${s.tenantName} ${s.service} ${s.startedOn} ${s.completeOn ?? "-"} ${s.days} ${s.bucket}`)).toEqual([
      "Alpha Retail intune 2026-05-01 - 207 not_yet",
      "Bravo Bank teams 2026-05-01 - 207 not_yet",
      "Charlie Foods intune 2026-10-01 - 53 not_yet",
      "Alpha Retail exchange 2026-09-01 2026-10-11 40 30_to_90",
      "Bravo Bank exchange 2026-05-01 2026-05-11 10 under_30",
    ]);
  });

  it("orders the DIBS factors by the median day they are recorded", async () => {
    // Intent: 10 (Alpha Exchange), 31 (Alpha Intune, from the day it was added), 10 (Bravo Exchange).
    // Target Date: 20, 10. Success Owner: 0, 31, 31. Business Reason: 40, 197 (Bravo Teams, added 2026-11-14).
    expect((await time()).factors).toEqual([
      { item: "intent", label: "Intent", services: 3, medianDay: 10 },
      { item: "target_date", label: "Target Date", services: 2, medianDay: 15 },
      { item: "success_owner", label: "Success Owner Role", services: 3, medianDay: 31 },
      { item: "business_reason", label: "Business Reason", services: 2, medianDay: 118.5 },
    ]);
  });

  it("narrows by the filters and shows an FM only their tenants", async () => {
    const americas = await time("?region=americas");
    expect(buckets(americas)).toEqual(["under_30 0 -", "30_to_90 0 -", "over_90 0 -", "not_yet 1 53"]);
    expect(buckets(await time("", data.fm))).toEqual(["under_30 0 -", "30_to_90 1 40", "over_90 0 -", "not_yet 1 207"]);
    const page = await time("?limit=2&offset=3");
    expect(page.services).toMatchObject({ total: 5, limit: 2, offset: 3 });
    expect(page.services.items.map((s) => s.tenantName)).toEqual(["Alpha Retail", "Bravo Bank"]);
  });

  it("exports exactly the rows of each table as CSV", async () => {
    const report = await time();
    for (const [table, rows] of [
      ["buckets", report.buckets],
      ["factors", report.factors],
      ["services", report.services.items],
    ] as const) {
      const csv = await admin.get(`/api/reports/dibs-time.csv?table=${table}`);
      expect(parseCsv(csv.body), table).toEqual(asCsvRows(rows));
    }
  });
});
