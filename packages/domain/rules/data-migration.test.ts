import { describe, expect, it } from "vitest";
import { checkDataMigration, type DataMigrationInput, dataMigrationWarning } from "./data-migration.ts";

const empty: DataMigrationInput = { microsoftMigrating: null, rejectionReason: null, rejectionNote: null, startDate: null, endDate: null, scenarios: [] };
const scenario = (migrationType: string, entitlements: number) => ({ migrationType, entitlements, estimatedMigrationDate: null, dataSizeGb: null, notes: null });
const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

describe("the Data Migration section", () => {
  it("takes scenarios that add up to exactly the In Progress count (the partner guide's 200 + 105 = 305)", () => {
    const input = { ...empty, microsoftMigrating: true, scenarios: [scenario("mig_ex_hybrid", 200), scenario("mig_gmail_staged", 105)] };
    expect(checkDataMigration("exchange", 305, input)).toEqual([]);
  });

  it("says both numbers when the scenarios add up to more or less than In Progress", () => {
    const input = { ...empty, microsoftMigrating: true, scenarios: [scenario("mig_ex_hybrid", 200)] };
    expect(checkDataMigration("exchange", 305, input)).toEqual([
      {
        path: "/scenarios",
        message: "The migration scenarios add up to 200 entitlements but Exchange has 305 In Progress; they must add up to exactly the In Progress count.",
      },
    ]);
    expect(checkDataMigration("exchange", 150, input)[0]?.message).toContain("add up to 200 entitlements but Exchange has 150 In Progress");
  });

  it("refuses another workload's migration type, a type listed twice, and no scenario at all", () => {
    const input = { ...empty, microsoftMigrating: true, scenarios: [scenario("mig_google_drive", 5), scenario("mig_imap", 5), scenario("mig_imap", 5)] };
    const problems = checkDataMigration("exchange", 15, input);
    expect(paths(problems)).toEqual(["/scenarios/0/migrationType", "/scenarios/2/migrationType"]);
    expect(problems[0]?.message).toContain('"mig_google_drive" is not a migration type of Exchange');
    expect(paths(checkDataMigration("exchange", 15, { ...empty, microsoftMigrating: true }))).toEqual(["/scenarios"]);
  });

  it("needs a rejection reason and no scenarios when Microsoft is not migrating", () => {
    const problems = checkDataMigration("onedrive", 10, { ...empty, microsoftMigrating: false, scenarios: [scenario("mig_box", 10)] });
    expect(paths(problems)).toEqual(["/rejectionReason", "/scenarios"]);
    expect(checkDataMigration("onedrive", 10, { ...empty, microsoftMigrating: false, rejectionReason: "customer_will_self_migrate" })).toEqual([]);
    expect(paths(checkDataMigration("onedrive", 10, { ...empty, microsoftMigrating: false, rejectionReason: "other" }))).toEqual(["/rejectionNote"]);
  });

  it("keeps a workload Microsoft does not migrate out of the section", () => {
    expect(checkDataMigration("teams", 10, empty)).toEqual([]);
    expect(checkDataMigration("teams", 10, { ...empty, microsoftMigrating: false, rejectionReason: "other", rejectionNote: "n/a" })[0]?.message).toBe(
      "Teams has no data migration (Microsoft migrates Exchange, OneDrive and SharePoint data); leave the section empty.",
    );
  });

  it("refuses an end date before the start date", () => {
    const input = { ...empty, microsoftMigrating: true, startDate: "2027-03-01", endDate: "2027-02-01", scenarios: [scenario("mig_ex_staged", 5)] };
    expect(paths(checkDataMigration("exchange", 5, input))).toEqual(["/endDate"]);
  });

  it("warns, without refusing, once the In Progress count has moved away from the scenarios", () => {
    expect(dataMigrationWarning("exchange", true, [{ entitlements: 305 }], 305)).toBeNull();
    expect(dataMigrationWarning("exchange", true, [{ entitlements: 305 }], 300)).toContain("add up to 305 entitlements but Exchange has 300 In Progress");
    expect(dataMigrationWarning("exchange", false, [], 300)).toBeNull();
  });
});
