import { describe, expect, it } from "vitest";
import type { DataQualityCheck, DataQualityFinding } from "./data-quality.ts";
import { createDataQualityTally, decodeDataQualityCursor, encodeDataQualityCursor } from "./data-quality-tally.ts";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const finding = (check: DataQualityCheck, severity: DataQualityFinding["severity"], service: DataQualityFinding["service"] = null): DataQualityFinding => ({
  check,
  severity,
  service,
  message: check,
  action: "fix it",
  field: "/tenants/x",
});
const HIGH = finding("target_date_past", "high", "exchange");
const MEDIUM = finding("overall_status_stale", "medium");
const LOW = finding("target_date_probe", "low", "teams");

/** Tenants 1–6: two highs, one high, a medium on a High-priority tenant, the same on a Low one, a low, nothing. */
const TENANTS: [number, number, DataQualityFinding[]][] = [
  [5, 3, [LOW]],
  [1, 2, [HIGH, HIGH, LOW]],
  [4, 3, [MEDIUM]],
  [6, 1, []],
  [3, 1, [MEDIUM]],
  [2, 3, [HIGH]],
];

function run(options: Parameters<typeof createDataQualityTally>[0]) {
  const tally = createDataQualityTally<{ id: string; priorityRank: number }>(options);
  for (const [n, priorityRank, findings] of TENANTS) tally.add({ id: id(n), priorityRank }, findings);
  return tally.result();
}
const order = (result: ReturnType<typeof run>) => result.items.map((item) => Number(item.tenant.id.slice(-2)));

describe("the data-quality tally", () => {
  it("counts findings and tenants per check, and the tenants with any finding", () => {
    const result = run({ limit: 10 });
    expect(result.tenantsChecked).toBe(6);
    expect(result.tenantsWithFindings).toBe(5);
    const count = (code: string) => result.checks.find((c) => c.code === code);
    expect(count("target_date_past")).toMatchObject({ findings: 3, tenants: 2, severity: "high" });
    expect(count("target_date_probe")).toMatchObject({ findings: 2, tenants: 2 });
    expect(count("dibs_missing")).toMatchObject({ findings: 0, tenants: 0 });
  });

  it("lists the worst tenants first: most high, then medium, then low findings, then the higher priority", () => {
    expect(order(run({ limit: 10 }))).toEqual([1, 2, 3, 4, 5]);
  });

  it("pages with a cursor, holding no more than a page, until no tenant is left", () => {
    const pages: number[][] = [];
    let cursor: string | null = null;
    do {
      const result = run({ limit: 2, ...(cursor ? { after: decodeDataQualityCursor(cursor) ?? undefined } : {}) });
      expect(result.items.length).toBeLessThanOrEqual(2);
      pages.push(order(result));
      cursor = result.nextCursor;
    } while (cursor);
    expect(pages).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("lists only one check's findings when asked, while the counts per check stay whole", () => {
    const result = run({ limit: 10, check: "overall_status_stale" });
    expect(order(result)).toEqual([3, 4]);
    expect(result.items[0]?.findings).toEqual([MEDIUM]);
    expect(result.tenantsWithFindings).toBe(2);
    expect(result.checks.find((c) => c.code === "target_date_past")?.findings).toBe(3);
  });

  it("counts only one service's findings when asked", () => {
    const result = run({ limit: 10, service: "teams" });
    expect(order(result)).toEqual([1, 5]);
    expect(result.checks.find((c) => c.code === "overall_status_stale")?.findings).toBe(0);
  });

  it("reads back the cursors it writes and refuses anything else", () => {
    const position = { high: 2, medium: 0, low: 11, priorityRank: 1, tenantId: id(7) };
    expect(decodeDataQualityCursor(encodeDataQualityCursor(position))).toEqual(position);
    expect(decodeDataQualityCursor("2.0.11.1")).toBeNull();
    expect(decodeDataQualityCursor(`2.0.11.4.${id(7)}`)).toBeNull();
  });
});
