import { describe, expect, it } from "vitest";
import { completionPercent, dibsRequirementKeys, dibsTimeBucket, median, rowRequires } from "./dibs.ts";

describe("dibsRequirementKeys", () => {
  const rowOf = (scenario: string, service: string, segment: string, priority: string) =>
    dibsRequirementKeys().find((k) => k.scenario === scenario && k.service === service && k.segment === segment && k.priority === priority)?.row;

  it("answers each scenario, service, segment and priority with the seed's requirement row", () => {
    expect(rowOf("ftc_css_led", "exchange", "smc", "high")).toBe("css_smc_high");
    expect(rowOf("ftc_css_led", "teams", "smc", "low")).toBe("css_smc_medium_low");
    expect(rowOf("ftc_css_led", "sharepoint", "enterprise", "low")).toBe("css_o365_enterprise");
    expect(rowOf("ftc_css_led", "intune", "smc", "medium")).toBe("css_ems");
    expect(rowOf("ftc_ftp_led", "intune", "enterprise", "high")).toBe("ftp_all");
    expect(rowOf("customer_led_ftp_assist", "exchange", "smc", "high")).toBe("ftp_all");
  });

  it("leaves out scenarios without an FTC requirement", () => {
    expect(rowOf("customer_led", "exchange", "smc", "high")).toBeUndefined();
    expect(rowOf("cxp", "intune", "enterprise", "low")).toBeUndefined();
  });
});

describe("rowRequires", () => {
  it("knows which DIBS and SSAT items a row asks for", () => {
    expect(rowRequires("css_smc_medium_low", "intent")).toBe(true);
    expect(rowRequires("css_smc_medium_low", "target_date")).toBe(false);
    expect(rowRequires("css_o365_enterprise", "training")).toBe(true);
    expect(rowRequires("css_ems", "training")).toBe(false);
  });
});

describe("completionPercent", () => {
  it("gives one decimal, and null when nothing is required", () => {
    expect(completionPercent(1, 3)).toBe(33.3);
    expect(completionPercent(2, 3)).toBe(66.7);
    expect(completionPercent(0, 0)).toBeNull();
  });
});

describe("dibsTimeBucket", () => {
  it("puts 30 and 90 days in 30–90, and anything incomplete in not yet", () => {
    expect([0, 29, 30, 90, 91].map((days) => dibsTimeBucket(days, true))).toEqual(["under_30", "under_30", "30_to_90", "30_to_90", "over_90"]);
    expect(dibsTimeBucket(5, false)).toBe("not_yet");
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([31, 0, 31])).toBe(31);
    expect(median([197, 40])).toBe(118.5);
    expect(median([])).toBeNull();
  });
});
