import type { TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T12:00:00Z") });
let coho: TTenant;
let cookie: string;

const HEADER = "tenant,service,day,active_users,entitlements";
const importStreamed = (csv: string) =>
  api().app.inject({
    method: "POST",
    url: "/api/usage/imports",
    headers: { cookie, "x-requested-with": "waymark", "content-type": "text/csv", accept: "application/x-ndjson" },
    payload: csv,
  });
const linesOf = (body: string) => body.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
const storedRows = async () => (await api().database.pool.query("SELECT count(*)::int AS n FROM usage_daily")).rows[0].n as number;

/** One row per day going back from 22 November 2026, so every row is a new tenant, service and day. */
const daysBack = (count: number, activeUsers = 10) =>
  Array.from({ length: count }, (_, i) => `${coho.id},sharepoint,${new Date(Date.UTC(2026, 10, 22) - i * 86_400_000).toISOString().slice(0, 10)},${activeUsers},1000`);

beforeAll(async () => {
  coho = await createTenant(admin, (await createCustomer(admin, { name: "Coho Winery" })).id, { name: "Coho Winery" });
  await addService(admin, coho.id, "sharepoint", 1000);
  cookie = (await api().signIn()).cookie;
});

describe("the usage import's progress stream", () => {
  it("answers progress lines while checking and storing, then the result, and stores the rows", async () => {
    const response = await importStreamed([HEADER, ...daysBack(12_000)].join("\n"));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toContain("application/x-ndjson");
    const lines = linesOf(response.body);
    const progress = lines.slice(0, -1);
    expect(progress.every((line) => line.type === "progress")).toBe(true);
    expect(progress.filter((line) => line.phase === "checking").map((line) => line.done)).toEqual([0, 5_000, 10_000, 12_000]);
    expect(progress.filter((line) => line.phase === "storing").map((line) => line.done)).toEqual([0, 5_000, 10_000, 12_000]);
    expect(progress.every((line) => line.total === 12_000)).toBe(true);
    expect(lines.at(-1)).toMatchObject({ type: "result", rows: 12_000, inserted: 12_000, updated: 0, unchanged: 0 });
    expect(await storedRows()).toBe(12_000);
  });

  it("ends a bad file with the problem line listing each bad row and column, and stores nothing", async () => {
    const before = await storedRows();
    const response = await importStreamed([HEADER, ...daysBack(3, 99), `${coho.id},sharepoint,2026-11-30,5,1000`, `${coho.id},teams,2026-11-01,x,1000`].join("\n"));
    expect(response.statusCode).toBe(200);
    const last = linesOf(response.body).at(-1);
    expect(last).toMatchObject({ type: "problem", status: 422, code: "validation_failed", problemType: "/problems/validation-failed" });
    expect((last?.errors as { path: string }[]).map((e) => e.path)).toEqual(["/csv/rows/4/day", "/csv/rows/5/service", "/csv/rows/5/active_users"]);
    expect(last?.detail).toMatch(/^Nothing was imported/);
    expect(await storedRows()).toBe(before);
  });

  it("still answers plain JSON without the Accept header", async () => {
    const response = await api().app.inject({
      method: "POST",
      url: "/api/usage/imports",
      headers: { cookie, "x-requested-with": "waymark", "content-type": "text/csv" },
      payload: [HEADER, ...daysBack(2)].join("\n"),
    });
    expect(response.headers["content-type"]).toContain("application/json");
    expect(response.json()).toMatchObject({ rows: 2, unchanged: 2 });
  });
});
