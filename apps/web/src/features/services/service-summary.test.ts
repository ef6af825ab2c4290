import type { TService } from "@waymark/contracts";
import { SERVICE_STATUSES, SERVICES } from "@waymark/domain";
import { describe, expect, it } from "vitest";
import type { TCatalogEntry } from "../../lib/api.ts";
import { groupServices, migrationSummary, stageText } from "./service-summary.ts";

const migration = (overrides: Partial<TService["migration"]> = {}): TService["migration"] => ({
  microsoftMigrating: null,
  rejectionReason: null,
  rejectionReasonLabel: null,
  rejectionNote: null,
  startDate: null,
  endDate: null,
  scenarios: [],
  scenarioEntitlements: 0,
  inProgressEntitlements: 0,
  warning: null,
  ...overrides,
});

describe("the one-line summaries of a service row", () => {
  it("places the stage on the Initiate → Operate path", () => {
    expect(stageText("enable", SERVICE_STATUSES as unknown as TCatalogEntry[])).toBe("Enable, stage 5 of 8");
  });

  it("sums up the Data Migration section", () => {
    expect(migrationSummary(migration(), false)).toBe("No Microsoft migration for this service");
    expect(migrationSummary(migration(), true)).toBe("Not decided");
    expect(migrationSummary(migration({ microsoftMigrating: false, rejectionReasonLabel: "Customer self-migrating" }), true)).toBe("Not by Microsoft: Customer self-migrating");
    const scenario = { id: "s", migrationType: "mig_ex_hybrid" as const, migrationTypeLabel: "Mig-ExHybrid", entitlements: 120, estimatedMigrationDate: null, dataSizeGb: null, status: null, notes: null };
    expect(migrationSummary(migration({ microsoftMigrating: true, scenarios: [scenario], scenarioEntitlements: 120, inProgressEntitlements: 150 }), true)).toBe(
      "Microsoft migrating: 1 scenario, 120 of 150 In Progress",
    );
  });

  it("groups services Office 365, EMS, Windows in the catalog's order", () => {
    const services = ["intune", "teams", "exchange"].map((code) => ({ service: code }) as TService);
    const groups = groupServices(services, SERVICES as unknown as TCatalogEntry[], { office365: "Office 365", ems: "EMS", windows: "Windows" });
    expect(groups.map((group) => [group.label, group.services.map((s) => s.service)])).toEqual([
      ["Office 365", ["exchange", "teams"]],
      ["EMS", ["intune"]],
    ]);
  });
});
