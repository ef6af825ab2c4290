import type { TDibsCompletionReport } from "@waymark/contracts";
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

async function completion(query = "", client: Client = admin) {
  const response = await client.get(`/api/reports/dibs-completion${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TDibsCompletionReport>();
}
const rows = (report: TDibsCompletionReport) => report.rows.map((r) => `${r.row} ${r.services} full:${r.fullDibs} ${r.fullDibsPercent ?? "-"}`);
const itemsOf = (report: TDibsCompletionReport, row: string) =>
  report.items.filter((i) => i.row === row).map((i) => `${i.item} ${i.recorded}/${i.required} missing:${i.missing} ${i.percent ?? "-"}`);

describe("DIBS completion report", () => {
  it("counts the services of every requirement row and those with full DIBS", async () => {
    expect(rows(await completion())).toEqual([
      "css_smc_high 1 full:1 100",
      "css_smc_medium_low 0 full:0 -",
      "css_o365_enterprise 1 full:0 0",
      "css_ems 1 full:0 0",
      "ftp_all 3 full:1 33.3",
    ]);
  });

  it("shows per item how many services recorded it of those that must", async () => {
    const report = await completion();
    expect(itemsOf(report, "ftp_all")).toEqual([
      "target_date 1/3 missing:2 33.3",
      "intent 1/3 missing:2 33.3",
      "business_reason 0/0 missing:0 -",
      // Recorded though the row does not require it.
      "success_owner 1/0 missing:0 -",
      "stakeholders 0/0 missing:0 -",
      "scenarios 0/0 missing:0 -",
      "awareness 0/0 missing:0 -",
      "training 0/0 missing:0 -",
    ]);
    expect(itemsOf(report, "css_o365_enterprise")).toEqual([
      "target_date 0/1 missing:1 0",
      "intent 0/1 missing:1 0",
      "business_reason 1/1 missing:0 100",
      "success_owner 0/1 missing:1 0",
      "stakeholders 1/1 missing:0 100",
      "scenarios 1/1 missing:0 100",
      "awareness 0/1 missing:1 0",
      "training 0/1 missing:1 0",
    ]);
    // Intent without a Target Date on the In Progress row or the service.
    expect(itemsOf(report, "css_ems").slice(0, 4)).toEqual([
      "target_date 0/1 missing:1 0",
      "intent 1/1 missing:0 100",
      "business_reason 0/1 missing:1 0",
      "success_owner 1/1 missing:0 100",
    ]);
    expect(report.missing).toBeNull();
  });

  it("lists the tenants and services lacking an item of a row, a page at a time", async () => {
    const report = await completion("?missing=intent&row=ftp_all");
    expect(report.missing).toEqual({
      row: "ftp_all",
      item: "intent",
      total: 2,
      limit: 50,
      offset: 0,
      items: [
        { tenantId: data.charlie.id, tenantName: "Charlie Foods", service: "intune" },
        { tenantId: data.delta.id, tenantName: "Delta Parts", service: "sharepoint" },
      ],
    });
    const page = await completion("?missing=intent&row=ftp_all&limit=1&offset=1");
    expect(page.missing?.items.map((i) => i.tenantName)).toEqual(["Delta Parts"]);
    expect(page.missing?.total).toBe(2);
  });

  it("asks for both missing and row", async () => {
    const response = await admin.get("/api/reports/dibs-completion?missing=intent");
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([{ path: "/querystring/row", message: "is required with missing" }]);
    expect((await admin.get("/api/reports/dibs-completion?missing=intent&row=nope")).statusCode).toBe(422);
  });

  it("narrows by the filters and shows an FM only their tenants", async () => {
    const americas = await completion("?region=americas");
    expect(americas.description).toBe("Region Americas");
    expect(rows(americas)).toEqual(["css_smc_high 0 full:0 -", "css_smc_medium_low 0 full:0 -", "css_o365_enterprise 0 full:0 -", "css_ems 0 full:0 -", "ftp_all 1 full:0 0"]);
    // The FM has Alpha (on the tenant) and Delta (on the customer).
    expect(rows(await completion("", data.fm))).toEqual([
      "css_smc_high 1 full:1 100",
      "css_smc_medium_low 0 full:0 -",
      "css_o365_enterprise 0 full:0 -",
      "css_ems 1 full:0 0",
      "ftp_all 1 full:0 0",
    ]);
    const mine = await completion("?missing=intent&row=ftp_all", data.fm);
    expect(mine.missing?.items.map((i) => i.tenantName)).toEqual(["Delta Parts"]);
  });

  it("exports exactly the rows of each table as CSV", async () => {
    const query = "missing=target_date&row=ftp_all";
    const report = await completion(`?${query}`);
    for (const [table, tableRows] of [
      ["rows", report.rows],
      ["items", report.items],
      ["missing", report.missing?.items ?? []],
    ] as const) {
      const csv = await admin.get(`/api/reports/dibs-completion.csv?${query}&table=${table}`);
      expect(csv.headers["content-type"]).toContain("text/csv");
      expect(parseCsv(csv.body), table).toEqual(asCsvRows(tableRows));
    }
    expect(report.missing?.items.map((i) => `${i.tenantName} ${i.service}`)).toEqual(["Charlie Foods intune", "Delta Parts sharepoint"]);
  });
});
