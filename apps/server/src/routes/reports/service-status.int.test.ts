import type { TServiceStatusReport } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, useTestApi } from "../../../../../test-support/api.ts";
import { asCsvRows, buildDataset, type Dataset, NOW, parseCsv } from "./test-dataset.ts";

const { admin, api } = useTestApi({ now: () => NOW });
let data: Dataset;

beforeAll(async () => {
  data = await buildDataset(api(), admin);
});

async function funnel(query = "", client: Client = admin) {
  const response = await client.get(`/api/reports/service-status${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TServiceStatusReport>();
}
/** status → "services median p90" for the stages that have services */
const stages = (report: TServiceStatusReport) =>
  Object.fromEntries(report.stages.filter((s) => s.services > 0).map((s) => [s.status, `${s.services} ${s.medianDays} ${s.p90Days}`]));

describe("service status funnel", () => {
  it("counts services per status in catalog order with days in status (median, p90), each tenant in its own time zone", async () => {
    const report = await funnel();
    expect(report.stages.map((s) => s.status)).toEqual(["initiate", "initiate_serialized", "assess", "remediate", "enable", "migrate", "adoption", "operate"]);
    expect(report.stages[1]).toEqual({ status: "initiate_serialized", label: "Initiate - Serialized", services: 0, medianDays: null, p90Days: null });
    // Initiate: Bravo Teams 10 days, Charlie Intune 39 (since 10-15; today is still 11-23 in Los Angeles): p90 = 10 + 0.9 × 29.
    expect(stages(report)).toEqual({ initiate: "2 24.5 36.1", assess: "1 10 10", migrate: "1 115 115", adoption: "1 30 30", operate: "1 84 84" });
    // All six: 10, 10, 30, 39, 84, 115 → median (30 + 39) / 2, p90 halfway between 84 and 115.
    expect(report.days).toEqual({ services: 6, medianDays: 34.5, p90Days: 99.5 });
    expect(report.longest.map((l) => `${l.tenantName} ${l.service} ${l.status} ${l.since} ${l.days}`)).toEqual([
      "Delta Parts sharepoint migrate 2026-08-01 115",
      "Alpha Retail exchange operate 2026-09-01 84",
      "Charlie Foods intune initiate 2026-10-15 39",
      "Bravo Bank exchange adoption 2026-10-25 30",
      "Alpha Retail intune assess 2026-11-14 10",
      "Bravo Bank teams initiate 2026-11-14 10",
    ]);
    expect(report.longest[0]?.tenantId).toBe(data.delta.id);
  });

  it("narrows to the services and tenants the filters pick", async () => {
    const exchange = await funnel("?service=exchange");
    expect(exchange.description).toBe("Service Exchange");
    expect(stages(exchange)).toEqual({ adoption: "1 30 30", operate: "1 84 84" });
    expect(exchange.days).toEqual({ services: 2, medianDays: 57, p90Days: 78.6 });
    expect(stages(await funnel("?serviceStatus=initiate&region=emea"))).toEqual({ initiate: "1 10 10" });
    expect((await funnel(`?fm=${data.fm.userId}`)).longest.map((l) => l.tenantName)).toEqual(["Delta Parts", "Alpha Retail", "Alpha Retail"]);
  });

  it("shows an FM only the services of their tenants", async () => {
    const mine = await funnel("", data.fm);
    expect(mine.days.services).toBe(3);
    expect(stages(mine)).toEqual({ assess: "1 10 10", migrate: "1 115 115", operate: "1 84 84" });
  });

  it("exports exactly the rows of each table as CSV", async () => {
    const report = await funnel("?region=emea");
    expect(parseCsv((await admin.get("/api/reports/service-status.csv?region=emea")).body)).toEqual(asCsvRows(report.stages));
    const longest = await admin.get("/api/reports/service-status.csv?region=emea&table=longest");
    expect(longest.headers["content-disposition"]).toBe('attachment; filename="service-status-longest.csv"');
    expect(parseCsv(longest.body)).toEqual(asCsvRows(report.longest));
    expect(report.longest).toHaveLength(5);
  });
});
