import { describe, expect, it } from "vitest";
import { MIGRATION_REJECTION_REASONS, MIGRATION_TYPES, migrationTypeLabel, migrationTypesFor } from "./migration-scenarios.ts";
import { SERVICES } from "./services.ts";

describe("migration scenarios", () => {
  it("keeps FTOP's own names for the documented types", () => {
    expect(migrationTypeLabel("mig_ex_hybrid")).toBe("Mig-ExHybrid");
    expect(migrationTypeLabel("mig_gmail_staged")).toBe("Mig-GmailStaged");
  });

  it("offers migration types only for the workloads Microsoft migrates", () => {
    for (const service of SERVICES) {
      expect(migrationTypesFor(service.code).length > 0, service.code).toBe(service.migrationEligible);
    }
    expect(migrationTypesFor("onedrive").map((t) => t.label)).toEqual(["Mig-FileShare", "Mig-Box", "Mig-GoogleDrive"]);
  });

  it("has unique codes and labels", () => {
    expect(new Set(MIGRATION_TYPES.map((t) => t.code)).size).toBe(MIGRATION_TYPES.length);
    expect(new Set(MIGRATION_TYPES.map((t) => t.label)).size).toBe(MIGRATION_TYPES.length);
  });

  it("has the guide's rejection reason, and asks for a note only with Other", () => {
    expect(MIGRATION_REJECTION_REASONS.map((r) => [r.label, r.needsNote])).toEqual([
      ["Customer will self-migrate", false],
      ["Other (say why in the note)", true],
    ]);
  });
});
