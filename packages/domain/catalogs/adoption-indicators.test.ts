import { describe, expect, it } from "vitest";
import {
  ADOPTION_OPTION_LISTS,
  AWARENESS_OPTIONS,
  BUSINESS_REASONS,
  OTHER_WITH_NOTE_LABEL,
  SCENARIO_OPTIONS,
  STAKEHOLDER_OPTIONS,
  SUCCESS_OWNER_ROLES,
  TRAINING_OPTIONS,
  adoptionOptionLabel,
  isAdoptionOptionFor,
  requiresNoteDetails,
  selectableOptions,
  type AdoptionOptionField,
} from "./adoption-indicators.ts";

const FIELDS = Object.keys(ADOPTION_OPTION_LISTS) as AdoptionOptionField[];

describe("adoption indicator options", () => {
  it("has unique codes and labels within each list", () => {
    for (const field of FIELDS) {
      const options = ADOPTION_OPTION_LISTS[field];
      expect(new Set(options.map((option) => option.code)).size, field).toBe(options.length);
      expect(new Set(options.map((option) => option.label)).size, field).toBe(options.length);
    }
  });

  it("has 11 success owner roles and 14 business reasons, 7 per group", () => {
    expect(SUCCESS_OWNER_ROLES).toHaveLength(11);
    expect(BUSINESS_REASONS).toHaveLength(14);
    expect(BUSINESS_REASONS.filter((reason) => reason.group === "get_to_the_cloud")).toHaveLength(7);
    expect(BUSINESS_REASONS.every((reason) => reason.definition.length > 0)).toBe(true);
  });

  it("keeps the seed's labels", () => {
    expect(adoptionOptionLabel("success_owner", "hr_communication_training_manager")).toBe("HR / Communication / Training Manager");
    expect(adoptionOptionLabel("business_reason", "high_availability")).toBe("High Availability/Improved uptime");
    expect(adoptionOptionLabel("scenarios", "modern_workplace_m365")).toBe("Modern workplace – M365");
    expect(adoptionOptionLabel("training", "online_learning_center_and_videos")).toBe("Online Learning Center and 'How to' Videos");
  });

  it("asks for note details exactly on the Other entries", () => {
    for (const field of FIELDS) {
      for (const option of ADOPTION_OPTION_LISTS[field] as readonly { code: string; label: string; requiresNoteDetails?: boolean }[]) {
        expect(option.requiresNoteDetails === true, `${field}.${option.code}`).toBe(option.label === OTHER_WITH_NOTE_LABEL);
      }
    }
    expect(requiresNoteDetails("success_owner", "other")).toBe(true);
    expect(requiresNoteDetails("success_owner", "ceo")).toBe(false);
    expect(STAKEHOLDER_OPTIONS.some((option) => option.requiresNoteDetails)).toBe(false);
  });

  it("keeps legacy One Adoption Wizard values valid but not selectable", () => {
    expect(STAKEHOLDER_OPTIONS.filter((option) => option.legacy)).toHaveLength(4);
    expect(SCENARIO_OPTIONS.filter((option) => option.legacy).map((option) => option.label)).toEqual([
      "Collaborate on Content", "Make Meetings Matter", "Email & Calendar on the Go",
    ]);
    expect(isAdoptionOptionFor("stakeholders", "legacy_both")).toBe(true);
    expect(selectableOptions("stakeholders").map((option) => option.code)).toEqual([
      "it_lead", "business_lead", "it_and_business_leads", "no_stakeholders",
    ]);
    expect(selectableOptions("scenarios")).toHaveLength(9);
  });

  it("has seven awareness and seven training options", () => {
    expect(AWARENESS_OPTIONS).toHaveLength(7);
    expect(TRAINING_OPTIONS).toHaveLength(7);
    expect(isAdoptionOptionFor("awareness", "no_training_plan")).toBe(false);
  });
});
