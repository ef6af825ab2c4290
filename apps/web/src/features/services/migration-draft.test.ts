import { checkDataMigration } from "@waymark/domain";
import { describe, expect, it } from "vitest";
import { type MigrationDraft, migrationBody, newScenario, scenarioMeterText } from "./migration-draft.ts";

const draft = (overrides: Partial<MigrationDraft>): MigrationDraft => ({
  decision: "undecided",
  rejectionReason: "",
  rejectionNote: "",
  startDate: "",
  endDate: "",
  scenarios: [],
  ...overrides,
});

describe("the Data Migration form", () => {
  it("says how much of the In Progress count the scenarios cover", () => {
    const scenarios = [{ ...newScenario("mig_ex_hybrid"), count: "120" }];
    expect(scenarioMeterText(scenarios, 150)).toBe("Scenarios cover 120 / 150 In Progress entitlements, 30 left");
    expect(scenarioMeterText(scenarios, 120)).toBe("Scenarios cover 120 / 120 In Progress entitlements, all covered");
    expect(scenarioMeterText(scenarios, 100)).toBe("Scenarios cover 120 / 100 In Progress entitlements, 20 too many");
  });

  it("sends only what the decision keeps, so typed-but-hidden fields never get the save refused", () => {
    const typed = { rejectionReason: "customer_will_self_migrate", startDate: "2027-01-01", scenarios: [{ ...newScenario("mig_ex_hybrid"), count: "150" }] };
    const yes = migrationBody(draft({ ...typed, decision: "yes" }), 4);
    expect(checkDataMigration("exchange", 150, yes)).toEqual([]);
    expect(yes).toMatchObject({ version: 4, microsoftMigrating: true, rejectionReason: null, startDate: "2027-01-01" });
    const undecided = migrationBody(draft({ ...typed, decision: "undecided" }), 4);
    expect(checkDataMigration("exchange", 150, undecided)).toEqual([]);
    const no = migrationBody(draft({ ...typed, decision: "no" }), 4);
    expect(no).toMatchObject({ microsoftMigrating: false, scenarios: [], startDate: null });
    expect(checkDataMigration("exchange", 150, no)).toEqual([]);
  });
});
