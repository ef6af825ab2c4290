import { insertAssignment } from "@waymark/db";
import type { TPortfolioColumns, TPortfolioPage, TProblem, TTenant } from "@waymark/contracts";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, useTestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const NOW = new Date("2026-11-24T10:00:00Z");
const { admin, api } = useTestApi({ now: () => NOW });

let fm: Client & { userId: string };
let reader: Client & { userId: string }; // Senior Leadership: reads every tenant
const tenant: Record<string, TTenant> = {};

const sqlRun = (text: string, values: unknown[] = []) => api().database.pool.query(text, values);

async function page(client: Client, query: string) {
  const response = await client.get(`/api/portfolio/tenants?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TPortfolioPage>();
}
const names = async (client: Client, query: string) => (await page(client, `cols=name&${query}`)).items.map((item) => item.cells.name);

// name, automated priority, override, seats, engagement start date
const DATA = [
  ["Alpha Works", "high", null, 1200, "2026-01-15"],
  ["Bravo Foods", "medium", "high", 800, "2026-03-01"], // overridden to High
  ["Charlie Labs", "low", null, 200, null], // inactive: in the FTCQ Inactive queue
  ["Delta Retail", "medium", "low", 300, null], // overridden to Low
  ["Echo Media", "medium", null, 500, "2025-12-01"], // the other FM's
  ["Foxtrot Copy", "medium", null, 450, null], // inactive: a confirmed duplicate of Alpha Works
] as const;

beforeAll(async () => {
  fm = await api().signIn({ roles: ["fasttrack_manager"] });
  const otherFm = await api().signIn({ roles: ["fasttrack_manager"] });
  reader = await api().signIn({ roles: ["senior_leadership"] });
  await sqlRun("UPDATE users SET display_name = $2 WHERE id = $1", [fm.userId, "Fiona Meyer"]);
  await sqlRun("UPDATE users SET display_name = $2 WHERE id = $1", [otherFm.userId, "Oscar Quist"]);
  const db = api().database.db;
  for (const [name, priority, override, seats, start] of DATA) {
    const created = await createTenant(admin, (await createCustomer(admin, { name })).id, { name, priority, seats });
    tenant[name] = created;
    await sqlRun("UPDATE tenants SET priority_override = $2, engagement_start_date = $3 WHERE id = $1", [created.id, override, start]);
  }
  const t = (name: keyof typeof tenant) => tenant[name]!;
  for (const name of ["Alpha Works", "Charlie Labs", "Delta Retail", "Foxtrot Copy"]) {
    await insertAssignment(db, { customerId: t(name).customerId, tenantId: t(name).id, userId: fm.userId, role: "fm", isPrimary: true });
  }
  // Bravo is the FM's through its customer (TPID level).
  await insertAssignment(db, { customerId: t("Bravo Foods").customerId, tenantId: null, userId: fm.userId, role: "fm", isPrimary: true });
  await insertAssignment(db, { customerId: t("Echo Media").customerId, tenantId: t("Echo Media").id, userId: otherFm.userId, role: "fm", isPrimary: true });
  await sqlRun(
    "INSERT INTO assignments (customer_id, tenant_id, queue_id, role) SELECT $1, $2, id, 'rm' FROM queues WHERE code = 'ftcq_inactive_emea'",
    [t("Charlie Labs").customerId, t("Charlie Labs").id],
  );
  await sqlRun("UPDATE tenants SET duplicate_of_tenant_id = $2 WHERE id = $1", [t("Foxtrot Copy").id, t("Alpha Works").id]);
  // Exchange usage: Alpha's latest day is 40 % (90 % the week before), Bravo 75 %, Echo 10 %.
  for (const [name, day, active] of [["Alpha Works", "2026-11-15", 90], ["Alpha Works", "2026-11-22", 40], ["Bravo Foods", "2026-11-22", 75], ["Echo Media", "2026-11-22", 10]] as const) {
    await sqlRun("INSERT INTO usage_daily (tenant_id, customer_id, service, day, active_users, entitlements) VALUES ($1, $2, 'exchange', $3, $4, 100)", [t(name).id, t(name).customerId, day, active]);
  }
});

describe("portfolio scopes", () => {
  it("offers an FM only the My scopes, and says why", async () => {
    const columns = (await fm.get("/api/portfolio/columns")).json<TPortfolioColumns>();
    expect(columns.scopes.map((s) => `${s.code}:${s.available}`)).toEqual(["my_active:true", "my_inactive:true", "my:true", "active:false", "inactive:false", "all:false"]);
    expect(columns.scopes.find((s) => s.code === "all")?.why).toContain("only the My scopes");
    expect(columns.scopes.find((s) => s.code === "my_inactive")?.description).toContain("FTCQ Inactive queue");
    expect(columns.displays.find((d) => d.code === "overview")?.columns[0]).toBe("name");
    expect(columns.columns.find((c) => c.key === "svc_exchange_au")).toMatchObject({ type: "number", label: "EXO %" });
  });

  it("shows an FM their active, inactive and all tenants, High first", async () => {
    expect(await names(fm, "")).toEqual(["Alpha Works", "Bravo Foods", "Delta Retail"]);
    expect(await names(fm, "scope=my_inactive")).toEqual(["Foxtrot Copy", "Charlie Labs"]);
    expect(await names(fm, "scope=my")).toEqual(["Alpha Works", "Bravo Foods", "Foxtrot Copy", "Charlie Labs", "Delta Retail"]);
    const refused = await fm.get("/api/portfolio/tenants?scope=all");
    expect(refused.statusCode).toBe(422);
    expect(refused.json<TProblem>().errors).toEqual([{ path: "/querystring/scope", message: expect.stringContaining('The scope "all" is not available to you') }]);
  });

  it("shows a reader of all tenants every scope", async () => {
    expect(await names(reader, "scope=active")).toEqual(["Alpha Works", "Bravo Foods", "Echo Media", "Delta Retail"]);
    expect(await names(reader, "scope=inactive")).toEqual(["Foxtrot Copy", "Charlie Labs"]);
    expect(await names(reader, "scope=all")).toEqual(["Alpha Works", "Bravo Foods", "Echo Media", "Foxtrot Copy", "Charlie Labs", "Delta Retail"]);
    expect((await page(reader, "scope=my_active")).total).toBe(0);
  });
});

describe("portfolio filters, sort and search", () => {
  it("filters by FTOP's priority filter, overrides included", async () => {
    expect(await names(reader, "scope=all&priority=high")).toEqual(["Alpha Works", "Bravo Foods"]);
    expect(await names(reader, "scope=all&priority=medium")).toEqual(["Echo Media", "Foxtrot Copy"]);
    expect(await names(reader, "scope=all&priority=low")).toEqual(["Charlie Labs"]);
    expect(await names(reader, "scope=all&priority=low_override")).toEqual(["Delta Retail"]);
    const bravo = await page(reader, "scope=all&cols=name,priority,priority_overridden&q=bravo");
    expect(bravo.items[0]?.cells).toEqual({ name: "Bravo Foods", priority: "high", priority_overridden: true });
    // The grid marks an overridden priority even when the marker's own column is not shown.
    const withoutMarker = await page(reader, "scope=all&cols=name,priority&q=bravo");
    expect([withoutMarker.columns, withoutMarker.items[0]?.cells]).toEqual([["name", "priority"], { name: "Bravo Foods", priority: "high", priority_overridden: true }]);
  });

  it("filters by number, date and text", async () => {
    expect(await names(reader, "scope=all&filter=seats:gte:500")).toEqual(["Alpha Works", "Bravo Foods", "Echo Media"]);
    expect(await names(reader, "scope=all&filter=engagement_start_date:before:2026-02-01")).toEqual(["Alpha Works", "Echo Media"]);
    expect(await names(reader, "scope=all&filter=customer:contains:LAB")).toEqual(["Charlie Labs"]);
    expect(await names(reader, "scope=all&filter=seats:gte:500&filter=engagement_start_date:notempty&filter=priority:eq:medium")).toEqual(["Echo Media"]);
  });

  it("sorts by a computed column: the latest Exchange AU %", async () => {
    const result = await page(reader, "scope=all&cols=name,svc_exchange_au&sort=-svc_exchange_au&filter=svc_exchange_au:notempty");
    expect(result.items.map((item) => item.cells)).toEqual([
      { name: "Bravo Foods", svc_exchange_au: 75 },
      { name: "Alpha Works", svc_exchange_au: 40 },
      { name: "Echo Media", svc_exchange_au: 10 },
    ]);
  });

  it("searches every row, not just the page, and in the shown name columns", async () => {
    const first = await page(reader, "scope=all&limit=2");
    expect(first.items.map((i) => i.cells.name)).toEqual(["Alpha Works", "Bravo Foods"]);
    expect(first.total).toBe(6);
    const found = await page(reader, "scope=all&limit=2&q=media");
    expect([found.total, found.items.map((i) => i.cells.name)]).toEqual([1, ["Echo Media"]]);
    // The overview shows the primary FM: searching the other FM's name finds their tenant.
    expect((await page(reader, "scope=all&display=overview&q=oscar")).items.map((i) => [i.cells.name, i.cells.primary_fm])).toEqual([["Echo Media", "Oscar Quist"]]);
    expect((await page(reader, "scope=all&cols=name,primary_fm&q=bravo")).items[0]?.cells.primary_fm).toBe("Fiona Meyer");
  });

  it("pages with limit and offset", async () => {
    expect(await names(reader, "scope=all&limit=2&offset=2")).toEqual(["Echo Media", "Foxtrot Copy"]);
  });

  it("refuses an unknown column and a bad op with what is allowed", async () => {
    const badColumn = await reader.get("/api/portfolio/tenants?cols=name,colour");
    expect(badColumn.statusCode).toBe(422);
    expect(badColumn.json<TProblem>().errors).toEqual([{ path: "/querystring/cols", message: "Not columns: colour. The columns are listed by GET /api/portfolio/columns." }]);
    const badOp = await reader.get("/api/portfolio/tenants?filter=seats:about:4");
    expect(badOp.statusCode).toBe(422);
    expect(badOp.json<TProblem>().errors?.[0]).toEqual({ path: "/querystring/filter", message: expect.stringContaining('"about" is not a filter operation. Use one of: eq, ne') });
  });
});

describe("portfolio CSV", () => {
  it("exports exactly the grid's rows and columns, enum values as labels", async () => {
    const query = "scope=all&cols=name,priority,seats,svc_exchange_au&sort=-seats";
    const grid = await page(reader, `${query}&limit=500`);
    const response = await reader.get(`/api/portfolio/tenants.csv?${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.headers["content-disposition"]).toContain("attachment");
    expect(response.headers["x-total-count"]).toBe("6");
    const [header, ...rows] = Papa.parse<string[]>(response.body.trim()).data;
    expect(header).toEqual(["Tenant", "Priority", "Seats", "EXO %"]);
    const label = { high: "High", medium: "Medium", low: "Low" } as Record<string, string>;
    expect(rows).toEqual(grid.items.map(({ cells }) => [cells.name, label[String(cells.priority)], String(cells.seats), cells.svc_exchange_au === null ? "" : String(cells.svc_exchange_au)]));
    expect(rows.map((row) => row[0])).toEqual(["Alpha Works", "Bravo Foods", "Echo Media", "Foxtrot Copy", "Delta Retail", "Charlie Labs"]);
  });
});
