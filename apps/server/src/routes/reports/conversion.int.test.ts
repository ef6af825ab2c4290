import type { TConversionReport } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, useTestApi } from "../../../../../test-support/api.ts";
import { asCsvRows, buildDataset, type Dataset, NOW, parseCsv } from "./test-dataset.ts";

const { admin, api } = useTestApi({ now: () => NOW });
let data: Dataset;

beforeAll(async () => {
  data = await buildDataset(api(), admin);
});

async function conversion(query = "", client: Client = admin) {
  const response = await client.get(`/api/reports/conversion${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TConversionReport>();
}
const byService = (report: TConversionReport) => report.services.map((s) => `${s.service} ${s.services} >10:${s.over10} >40:${s.over40}`);
const items = (report: TConversionReport) =>
  report.forecastItems.items.map((i) => `${i.milestone} ${i.tenantName} ${i.service} ${i.forecastOn} ${i.reachedOn ?? "-"} ${i.outcome}`);

describe("conversion report", () => {
  it("counts services over 10 % and 40 % by their latest AU %, in catalog order", async () => {
    // Alpha Exchange 50 %, Bravo Exchange 42 %; Alpha Intune exactly 10 % (not over), Charlie Intune 12 %;
    // Delta SharePoint 20 %; Bravo Teams has no usage yet.
    expect(byService(await conversion())).toEqual(["exchange 2 >10:2 >40:2", "teams 1 >10:0 >40:0", "sharepoint 1 >10:1 >40:0", "intune 2 >10:1 >40:0"]);
  });

  it("shows the AU % per service per month of the last 12 months, from each service's last day of the month", async () => {
    expect((await conversion()).trend).toEqual([
      { service: "exchange", month: "2026-09", activeUsers: 15, entitlements: 300, auPercent: 5 },
      { service: "exchange", month: "2026-10", activeUsers: 160, entitlements: 800, auPercent: 20 },
      { service: "exchange", month: "2026-11", activeUsers: 360, entitlements: 800, auPercent: 45 },
      { service: "sharepoint", month: "2025-12", activeUsers: 20, entitlements: 100, auPercent: 20 },
      { service: "intune", month: "2026-11", activeUsers: 16, entitlements: 150, auPercent: 10.7 },
    ]);
  });

  it("compares the 15 % and 40 % forecast dates with the first day usage reached them", async () => {
    const report = await conversion();
    expect(report.forecasts).toEqual([
      { milestone: 15, forecasts: 3, onTime: 1, late: 1, notYet: 1 },
      { milestone: 40, forecasts: 4, onTime: 1, late: 2, notYet: 1 },
    ]);
    expect(items(report)).toEqual([
      "15 Bravo Bank exchange 2026-10-15 2026-10-31 late",
      "15 Alpha Retail exchange 2026-10-31 2026-10-15 on_time",
      "15 Charlie Foods intune 2026-12-15 - not_yet",
      "40 Delta Parts sharepoint 2026-06-30 - late",
      "40 Alpha Retail exchange 2026-11-15 2026-11-20 late",
      // Due on 11-23, which is still today in Los Angeles.
      "40 Charlie Foods intune 2026-11-23 - not_yet",
      "40 Bravo Bank exchange 2026-12-31 2026-11-22 on_time",
    ]);
    const page = await conversion("?limit=2&offset=6");
    expect(page.forecastItems).toMatchObject({ total: 7, limit: 2, offset: 6 });
    expect(items(page)).toEqual(["40 Bravo Bank exchange 2026-12-31 2026-11-22 on_time"]);
  });

  it("narrows by the filters and shows an FM only their tenants", async () => {
    const emea = await conversion("?region=emea&service=intune");
    expect(emea.description).toBe("Region EMEA · Service Intune");
    expect(byService(emea)).toEqual(["intune 1 >10:0 >40:0"]);
    expect(emea.forecasts.map((f) => f.forecasts)).toEqual([0, 0]);
    const mine = await conversion("", data.fm);
    expect(byService(mine)).toEqual(["exchange 1 >10:1 >40:1", "sharepoint 1 >10:1 >40:0", "intune 1 >10:0 >40:0"]);
    expect(mine.forecasts).toEqual([
      { milestone: 15, forecasts: 1, onTime: 1, late: 0, notYet: 0 },
      { milestone: 40, forecasts: 2, onTime: 0, late: 2, notYet: 0 },
    ]);
  });

  it("exports exactly the rows of each table as CSV", async () => {
    const report = await conversion();
    for (const [table, rows] of [
      ["services", report.services],
      ["trend", report.trend],
      ["forecasts", report.forecasts],
      ["forecast_items", report.forecastItems.items],
    ] as const) {
      const csv = await admin.get(`/api/reports/conversion.csv?table=${table}`);
      expect(parseCsv(csv.body), table).toEqual(asCsvRows(rows));
    }
  });
});
