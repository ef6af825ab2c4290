import type { TDibsUsageReport } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, useTestApi } from "../../../../../test-support/api.ts";
import { recordDibs } from "./dibs-dataset.ts";
import { asCsvRows, buildDataset, type Dataset, NOW, parseCsv } from "./test-dataset.ts";

const { admin, api } = useTestApi({ now: () => NOW });
let data: Dataset;

beforeAll(async () => {
  data = await buildDataset(api(), admin);
  await recordDibs(api(), data);
});

async function usage(query = "", client: Client = admin) {
  const response = await client.get(`/api/reports/dibs-usage${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TDibsUsageReport>();
}
const services = (report: TDibsUsageReport) =>
  report.services.map((s) => `${s.service} ${s.dibs} ${s.services} used:${s.withUsage} ${s.activeUsers}/${s.entitlements} ${s.auPercent ?? "-"}`);

describe("DIBS → active usage report", () => {
  it("compares the latest AU % of services with full DIBS and without, per service", async () => {
    // Full DIBS: Alpha Exchange (150/300) and Bravo Exchange (210/500). Without: Bravo Teams (no usage), Delta
    // SharePoint (20/100), Alpha Intune (10/100) and Charlie Intune (6/50).
    expect(services(await usage())).toEqual([
      "exchange full 2 used:2 360/800 45",
      "teams not_full 1 used:0 0/0 -",
      "sharepoint not_full 1 used:1 20/100 20",
      "intune not_full 2 used:2 16/150 10.7",
    ]);
  });

  it("shows the AU % per month of the last 12 per service and DIBS group", async () => {
    expect((await usage()).trend).toEqual([
      { service: "exchange", dibs: "full", month: "2026-09", activeUsers: 15, entitlements: 300, auPercent: 5 },
      { service: "exchange", dibs: "full", month: "2026-10", activeUsers: 160, entitlements: 800, auPercent: 20 },
      { service: "exchange", dibs: "full", month: "2026-11", activeUsers: 360, entitlements: 800, auPercent: 45 },
      { service: "sharepoint", dibs: "not_full", month: "2025-12", activeUsers: 20, entitlements: 100, auPercent: 20 },
      { service: "intune", dibs: "not_full", month: "2026-11", activeUsers: 16, entitlements: 150, auPercent: 10.7 },
    ]);
  });

  it("shows the AU % per success-owner role, highest first", async () => {
    expect((await usage()).roles).toEqual([
      { role: "it_manager", label: "IT Manager", services: 2, withUsage: 2, activeUsers: 360, entitlements: 800, auPercent: 45 },
      { role: null, label: "No success owner", services: 3, withUsage: 2, activeUsers: 26, entitlements: 150, auPercent: 17.3 },
      { role: "ceo", label: "CEO", services: 1, withUsage: 1, activeUsers: 10, entitlements: 100, auPercent: 10 },
    ]);
  });

  it("narrows by the filters and shows an FM only their tenants", async () => {
    const intune = await usage("?service=intune&segment=smc");
    expect(intune.description).toBe("Service Intune · Segment SMC");
    expect(services(intune)).toEqual(["intune not_full 2 used:2 16/150 10.7"]);
    expect(intune.roles.map((r) => `${r.role} ${r.services}`)).toEqual(["null 1", "ceo 1"]);
    const mine = await usage("", data.fm);
    expect(services(mine)).toEqual(["exchange full 1 used:1 150/300 50", "sharepoint not_full 1 used:1 20/100 20", "intune not_full 1 used:1 10/100 10"]);
  });

  it("exports exactly the rows of each table as CSV", async () => {
    const report = await usage();
    for (const [table, rows] of [
      ["services", report.services],
      ["trend", report.trend],
      ["roles", report.roles],
    ] as const) {
      const csv = await admin.get(`/api/reports/dibs-usage.csv?table=${table}`);
      expect(parseCsv(csv.body), table).toEqual(asCsvRows(rows));
    }
  });
});
