import { checkDataMigration } from "@waymark/domain";
import { describe, expect, it } from "vitest";
import { parseDraft, serializeDraft } from "../../lib/session-draft.ts";
import { type MigrationDraft, migrationBody, migrationSessionStart, newScenario, reviveMigrationDraft, sameMigration, scenarioMeterText } from "./migration-draft.ts";

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

describe("the data migration kept in the tab while typing", () => {
  const saved = { microsoftMigrating: null, rejectionReason: null, rejectionNote: null, startDate: null, endDate: null, scenarios: [], inProgressEntitlements: 150, warning: null };

  it("counts as typed only once a value differs from the saved migration, whatever keys its scenarios got", () => {
    const start = migrationSessionStart(saved as never);
    expect(sameMigration(start.form, start.base)).toBe(true);
    const typed = { ...start.form, decision: "yes" as const, scenarios: [{ ...newScenario("mig_ex_hybrid"), count: "150" }] };
    expect(sameMigration(typed, start.base)).toBe(false);
    expect(sameMigration(typed, { ...typed, scenarios: typed.scenarios.map((scenario) => ({ ...scenario, key: "other" })) })).toBe(true);
  });

  it("reads the typed form back after a reload, with fresh keys for added scenarios", () => {
    const start = migrationSessionStart(saved as never);
    const scenario = { ...newScenario("mig_ex_hybrid"), count: "150", estimatedMigrationDate: "2027-02-01" };
    const typed = { ...start, form: { ...start.form, decision: "yes" as const, startDate: "2027-01-04", scenarios: [scenario] } };
    const revived = reviveMigrationDraft(parseDraft(serializeDraft(typed, 1), 1, start)!);
    expect(revived.form.scenarios[0]?.key).not.toBe(scenario.key);
    expect(migrationBody(revived.form, 2)).toMatchObject({ microsoftMigrating: true, startDate: "2027-01-04", scenarios: [{ entitlements: 150, estimatedMigrationDate: "2027-02-01" }] });
  });
});
