import { describe, expect, it } from "vitest";
import {
  DIBS_REQUIREMENT_MATRIX,
  DIBS_REQUIREMENT_ROWS,
  dibsRequirementsFor,
  isFullDibs,
  missingItems,
} from "./dibs-requirements.ts";

const ALL_DIBS = ["target_date", "intent", "business_reason", "success_owner"];
const ALL_SSAT = ["stakeholders", "scenarios", "awareness", "training"];

describe("dibsRequirementsFor", () => {
  it("SMC High, CSS-led Office 365: all four DIBS, no SSAT", () => {
    const result = dibsRequirementsFor({ segment: "smc", effectivePriority: "high", family: "office365", ledBy: "css" });
    expect(result.dibs).toEqual(ALL_DIBS);
    expect(result.ssat).toEqual([]);
    expect(result.row).toBe("FTC CSS-Led: SMC: High Priority Tenants");
  });

  it("SMC Medium or Low, CSS-led Office 365: intent only", () => {
    for (const effectivePriority of ["medium", "low"] as const) {
      const result = dibsRequirementsFor({ segment: "smc", effectivePriority, family: "office365", ledBy: "css" });
      expect(result.dibs).toEqual(["intent"]);
      expect(result.ssat).toEqual([]);
    }
  });

  it("Enterprise CSS-led Office 365: all DIBS and all SSAT, whatever the priority", () => {
    for (const effectivePriority of ["high", "medium", "low"] as const) {
      const result = dibsRequirementsFor({ segment: "enterprise", effectivePriority, family: "office365", ledBy: "css" });
      expect(result.dibs).toEqual(ALL_DIBS);
      expect(result.ssat).toEqual(ALL_SSAT);
    }
  });

  it("EMS CSS-led: all DIBS, no SSAT, in both segments", () => {
    for (const segment of ["smc", "enterprise"] as const) {
      const result = dibsRequirementsFor({ segment, effectivePriority: "low", family: "ems", ledBy: "css" });
      expect(result.dibs).toEqual(ALL_DIBS);
      expect(result.ssat).toEqual([]);
      expect(result.row).toBe("FTC CSS-Led: All EMS");
    }
  });

  it("Windows services follow the EMS rows", () => {
    const result = dibsRequirementsFor({ segment: "smc", effectivePriority: "medium", family: "windows", ledBy: "css" });
    expect(result.rowCode).toBe("css_ems");
  });

  it("FTP-led: target date and intent for every tenant", () => {
    for (const entry of DIBS_REQUIREMENT_MATRIX.filter((key) => key.ledBy === "ftp")) {
      const result = dibsRequirementsFor({ segment: entry.segment, effectivePriority: entry.priority, family: entry.family, ledBy: "ftp" });
      expect(result.dibs).toEqual(["target_date", "intent"]);
      expect(result.ssat).toEqual([]);
    }
  });

  it("covers every key of the matrix exactly once and uses every seed row", () => {
    const keys = DIBS_REQUIREMENT_MATRIX.map((key) => `${key.ledBy}/${key.segment}/${key.priority}/${key.family}`);
    expect(keys).toHaveLength(24);
    expect(new Set(keys).size).toBe(24);
    const used = new Set(DIBS_REQUIREMENT_MATRIX.map((key) => key.row));
    expect([...used].sort()).toEqual(DIBS_REQUIREMENT_ROWS.map((row) => row.code).sort());
  });
});

describe("isFullDibs", () => {
  it("is true when every required item is recorded, extra items allowed", () => {
    expect(isFullDibs(["intent"], ["intent", "target_date"])).toBe(true);
    expect(isFullDibs(["target_date", "intent"], ["target_date", "intent"])).toBe(true);
    expect(isFullDibs([], [])).toBe(true);
  });

  it("is false when a required item is missing, and says which", () => {
    expect(isFullDibs(["target_date", "intent", "business_reason", "success_owner"], ["intent", "target_date"])).toBe(false);
    expect(missingItems(["target_date", "intent", "business_reason", "success_owner"], ["intent"])).toEqual([
      "target_date", "business_reason", "success_owner",
    ]);
  });
});
