import type { TService } from "@waymark/contracts";
import { DIBS_REQUIREMENT_MATRIX, dibsRequirementsFor } from "@waymark/domain";
import { describe, expect, it } from "vitest";
import { adoptionIndicators, requiredIndicators } from "./adoption.ts";

const service = (overrides: Partial<TService> = {}): TService =>
  ({
    split: [],
    adoption: { dibsTargetDate: null, dibsBusinessReason: null, dibsSuccessOwnerRole: null, ssatStakeholders: null, ssatScenarios: [], ssatAwareness: [], ssatTraining: [] },
    ...overrides,
  }) as unknown as TService;

const inProgress = (targetDate: string | null) => ({
  id: "r1", l1: "in_progress" as const, entitlements: 100, l2: null, l3: null, targetDate, owner: null, notes: null, nextActionDate: null, engagementStartDate: null,
});

describe("the adoption indicators of a service row", () => {
  it("requires what the domain's DIBS/SSAT matrix requires, for every key (Windows read as EMS)", () => {
    for (const key of DIBS_REQUIREMENT_MATRIX) {
      const domain = dibsRequirementsFor({ segment: key.segment, effectivePriority: key.priority, family: key.family, ledBy: key.ledBy });
      expect(requiredIndicators(key)).toEqual({ dibs: [...domain.dibs], ssat: [...domain.ssat] });
    }
    const windows = dibsRequirementsFor({ segment: "smc", effectivePriority: "low", family: "windows", ledBy: "css" });
    expect(requiredIndicators({ ledBy: "css", segment: "smc", priority: "low", family: "windows" }).dibs).toEqual([...windows.dibs]);
  });

  it("says which DIBS items are missing, in words, for an SMC High CSS-led Office 365 service", () => {
    const tenant = { segment: "smc" as const, effectivePriority: "high" as const };
    const context = { family: "office365", dibsTrack: "css" as const };
    expect(adoptionIndicators(service(), tenant, context).map((item) => item.text)).toEqual([
      "DIBS missing: Target Date, Intent, Business Reason, Success Owner Role",
    ]);
    const partial = service({ split: [inProgress("2027-02-10")] });
    expect(adoptionIndicators(partial, tenant, context).map((item) => item.text)).toEqual(["DIBS missing: Business Reason, Success Owner Role"]);
    const full = service({
      split: [inProgress(null)],
      adoption: { ...service().adoption, dibsTargetDate: "2027-02-10", dibsBusinessReason: "cost", dibsSuccessOwnerRole: "cio" },
    });
    expect(adoptionIndicators(full, tenant, context)).toEqual([{ name: "DIBS", complete: true, text: "DIBS complete" }]);
  });

  it("adds SSAT for an Enterprise Office 365 tenant and nothing for a scenario without FTC requirements", () => {
    const enterprise = { segment: "enterprise" as const, effectivePriority: "low" as const };
    const texts = adoptionIndicators(service({ adoption: { ...service().adoption, ssatScenarios: ["x"] } }), enterprise, { family: "office365", dibsTrack: "css" }).map(
      (item) => item.text,
    );
    expect(texts[1]).toBe("SSAT missing: Stakeholders, Awareness, Training");
    expect(adoptionIndicators(service(), enterprise, { family: "office365", dibsTrack: null })).toEqual([]);
  });
});
