import { describe, expect, it } from "vitest";
import { partnerSpecialtyCode, partnerSpecialtyLabels } from "./partner-specialties.ts";

describe("reading a partner specialty", () => {
  it("reads the ACM specialties from their code or their label, whatever the case and spacing", () => {
    expect(partnerSpecialtyCode("Advisory and Planning")).toBe("advisory_planning");
    expect(partnerSpecialtyCode("  training   AND enablement ")).toBe("training_enablement");
    expect(partnerSpecialtyCode("complex_design")).toBe("complex_design");
    expect(partnerSpecialtyCode("Cooking")).toBeUndefined();
  });

  it("lists the labels to say what is accepted", () => {
    expect(partnerSpecialtyLabels()).toMatch(/^Advisory and Planning, Training and Enablement, /);
  });
});
