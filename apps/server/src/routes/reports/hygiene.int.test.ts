import type { THygieneReport } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, useTestApi } from "../../../../../test-support/api.ts";
import { asCsvRows, buildDataset, type Dataset, NOW, parseCsv } from "./test-dataset.ts";

const { admin, api } = useTestApi({ now: () => NOW });
let data: Dataset;

beforeAll(async () => {
  data = await buildDataset(api(), admin);
});

async function hygiene(query = "", client: Client = admin) {
  const response = await client.get(`/api/reports/hygiene${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<THygieneReport>();
}
/** check → "tenants/items" */
const counts = (report: THygieneReport) => Object.fromEntries(report.checks.map((c) => [c.check, `${c.tenants}/${c.items}`]));
const names = (report: THygieneReport) => report.tenants.items.map((t) => t.tenantName);

describe("hygiene report", () => {
  it("counts each check over the whole portfolio, each tenant in its own time zone", async () => {
    const report = await hygiene();
    expect(report.description).toBe("All tenants");
    expect(counts(report)).toEqual({
      stale_overall_status: "2/2", // Alpha (23 days), Charlie (engaged 53 days ago, no status); Bravo's is exactly 14 days
      next_action_past: "3/3", // Alpha and Bravo Exchange, Delta SharePoint; Charlie's 11-23 is still today in Los Angeles
      blocked_without_note: "3/3", // Alpha Exchange, Charlie Intune (blank note), Delta SharePoint; Bravo's No Intent has one
      new_subscription_unknown: "1/1", // Bravo Teams, added 10 days ago
    });
    expect(names(report)).toEqual(["Alpha Retail", "Charlie Foods"]);
    expect(report.tenants.items[0]).toEqual({ tenantId: data.alpha.id, tenantName: "Alpha Retail", items: 1 });
  });

  it("lists the tenants of the check asked for, a page at a time", async () => {
    const first = await hygiene("?check=blocked_without_note&limit=2");
    expect(first.tenants).toMatchObject({ check: "blocked_without_note", total: 3, limit: 2, offset: 0 });
    expect(names(first)).toEqual(["Alpha Retail", "Charlie Foods"]);
    expect(names(await hygiene("?check=blocked_without_note&limit=2&offset=2"))).toEqual(["Delta Parts"]);
  });

  it("widens the new-subscription window on request", async () => {
    const report = await hygiene("?check=new_subscription_unknown&newWithinDays=60");
    expect(counts(report).new_subscription_unknown).toBe("2/2");
    expect(names(report)).toEqual(["Bravo Bank", "Charlie Foods"]);
  });

  it("narrows every check by the filters and names them in the header", async () => {
    const emea = await hygiene("?region=emea&newWithinDays=60");
    expect(counts(emea)).toEqual({ stale_overall_status: "1/1", next_action_past: "3/3", blocked_without_note: "2/2", new_subscription_unknown: "1/1" });
    const intune = await hygiene("?region=americas&service=intune&check=blocked_without_note");
    expect(intune.description).toBe("Region Americas · Service Intune");
    expect(counts(intune)).toEqual({ stale_overall_status: "1/1", next_action_past: "0/0", blocked_without_note: "1/1", new_subscription_unknown: "0/0" });
    expect(names(intune)).toEqual(["Charlie Foods"]);
    // Priority is the effective one: Bravo's override makes it High.
    expect(counts(await hygiene("?priority=high"))).toEqual({ stale_overall_status: "1/1", next_action_past: "2/2", blocked_without_note: "1/1", new_subscription_unknown: "1/1" });
    expect(counts(await hygiene("?engagementStatus=blocked&segment=enterprise"))).toMatchObject({ next_action_past: "1/1", stale_overall_status: "0/0" });
    expect(counts(await hygiene("?scenario=ftc_css_led"))).toEqual({ stale_overall_status: "1/1", next_action_past: "0/0", blocked_without_note: "0/0", new_subscription_unknown: "0/0" });
  });

  it("filters by FM, RM and team, naming the people", async () => {
    const byFm = await hygiene(`?fm=${data.fm.userId}`);
    expect(byFm.description).toMatch(/^FM Test User \d+$/);
    expect(counts(byFm)).toEqual({ stale_overall_status: "1/1", next_action_past: "2/2", blocked_without_note: "2/2", new_subscription_unknown: "0/0" });
    const byRm = await hygiene(`?manager=${data.rmUserId}`);
    expect(counts(byRm)).toEqual({ stale_overall_status: "0/0", next_action_past: "1/1", blocked_without_note: "0/0", new_subscription_unknown: "1/1" });
    // Onboarding holds the RM and FM roles: Alpha and Delta (FM), Bravo (RM); nobody works Charlie.
    expect(counts(await hygiene("?team=onboarding"))).toEqual({ stale_overall_status: "1/1", next_action_past: "3/3", blocked_without_note: "2/2", new_subscription_unknown: "1/1" });
    expect(counts(await hygiene("?team=migration"))).toEqual({ stale_overall_status: "0/0", next_action_past: "0/0", blocked_without_note: "0/0", new_subscription_unknown: "0/0" });
  });

  it("shows an FM only the tenants assigned to them", async () => {
    const mine = await hygiene("?check=next_action_past", data.fm);
    expect(counts(mine)).toEqual({ stale_overall_status: "1/1", next_action_past: "2/2", blocked_without_note: "2/2", new_subscription_unknown: "0/0" });
    expect(names(mine)).toEqual(["Alpha Retail", "Delta Parts"]);
  });

  it("refuses a bad filter with 422 naming the parameter", async () => {
    const region = await admin.get("/api/reports/hygiene?region=mars");
    expect(region.statusCode).toBe(422);
    expect(region.json().errors[0].path).toBe("/querystring/region");
    expect(region.json().detail).toMatch(/^Fix these report parameters: region: /);
    const nobody = await admin.get("/api/reports/hygiene?fm=00000000-0000-4000-8000-000000000000");
    expect(nobody.statusCode).toBe(422);
    expect(nobody.json().errors).toEqual([{ path: "/querystring/fm", message: "no user has the id 00000000-0000-4000-8000-000000000000" }]);
    expect((await admin.get("/api/reports/hygiene.csv?table=totals")).json().errors[0].path).toBe("/querystring/table");
  });

  it("exports exactly the rows of each JSON table as CSV", async () => {
    const query = "?check=blocked_without_note&region=emea";
    const report = await hygiene(query);
    const checks = await admin.get(`/api/reports/hygiene.csv${query}`);
    expect(checks.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(parseCsv(checks.body)).toEqual(asCsvRows(report.checks));
    const tenants = await admin.get(`/api/reports/hygiene.csv${query}&table=tenants`);
    expect(tenants.body.split("\r\n")[0]).toBe("tenantId,tenantName,items");
    expect(parseCsv(tenants.body)).toEqual(asCsvRows(report.tenants.items));
    expect(report.tenants.items).toHaveLength(2);
  });
});
