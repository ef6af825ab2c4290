import { checkEntitlementSplit, isL1Status } from "@waymark/domain";
import { describe, expect, it } from "vitest";
import { generateCustomer } from "./generate.ts";

const TODAY = "2026-11-23";

describe("generateCustomer", () => {
  it("gives the same customer for the same seed and index, whatever else was generated", () => {
    expect(generateCustomer(7, 42, TODAY, 10)).toEqual(generateCustomer(7, 42, TODAY, 10));
    expect(generateCustomer(8, 42, TODAY, 10)).not.toEqual(generateCustomer(7, 42, TODAY, 10));
  });

  it("names the first customers after the well-known demo companies", () => {
    expect(generateCustomer(1, 0, TODAY, 10).customers[0]?.name).toBe("Contoso");
    expect(generateCustomer(1, 1, TODAY, 10).customers[0]?.name).toBe("Fabrikam");
  });

  it("produces splits that obey the same rules the API enforces, summing to each service's total", () => {
    for (let index = 0; index < 300; index++) {
      const batch = generateCustomer(3, index, TODAY, 10);
      for (const service of batch.services) {
        const rows = batch.splits.filter((row) => row.tenantServiceId === service.id);
        expect(rows.every((row) => isL1Status(row.l1))).toBe(true);
        const problems = checkEntitlementSplit(
          service.totalEntitlements,
          rows.map((row) => ({ ...row, engagementStartDate: null })),
        );
        expect(problems, `${service.service} of customer ${index}`).toEqual([]);
      }
    }
  });

  it("makes the first tenant the winner and respects the tenant budget", () => {
    const batch = generateCustomer(1, 3, TODAY, 1);
    expect(batch.tenants).toHaveLength(1);
    expect(batch.customers[0]?.winnerTenantId).toBe(batch.tenants[0]?.id);
  });

  it("spreads tenants over every region, priority and segment", () => {
    const tenants = Array.from({ length: 200 }, (_, i) => generateCustomer(1, i, TODAY, 4).tenants).flat();
    expect(new Set(tenants.map((t) => t.region))).toEqual(new Set(["americas", "apj", "emea"]));
    expect(new Set(tenants.map((t) => t.priority))).toEqual(new Set(["high", "medium", "low"]));
    expect(new Set(tenants.map((t) => t.segment))).toEqual(new Set(["smc", "enterprise"]));
    expect(tenants.some((t) => t.priorityOverride !== null)).toBe(true);
  });
});
