import { describe, expect, it } from "vitest";
import {
  ASSIGNMENT_OPTIONS,
  DEFAULT_ENGAGEMENT_SCENARIO,
  ENGAGEMENT_MOTIONS,
  ENGAGEMENT_SCENARIOS,
  OVERALL_STATUSES,
  PRIORITIES,
  QUEUES,
  REGIONS,
  SEGMENTS,
  areMotionsCompatible,
  effectivePriority,
  effectivePriorityLabel,
  engagementScenarioByCode,
  engagementScenarioLabel,
  isEngagementScenario,
  priorityRank,
  queueFor,
} from "./engagement.ts";

const codesOf = (entries: readonly { code: string }[]) => entries.map((entry) => entry.code);

describe("engagement scenarios", () => {
  it("defaults to Customer-Led with FTP Assist", () => {
    expect(DEFAULT_ENGAGEMENT_SCENARIO).toBe("customer_led_ftp_assist");
    expect(engagementScenarioLabel(DEFAULT_ENGAGEMENT_SCENARIO)).toBe("Customer-Led with FTP Assist");
  });

  it("keeps the partner guide's labels and who leads", () => {
    expect(engagementScenarioByCode("ftc_ftp_led")).toMatchObject({ label: "FTC-FTP Led", ledBy: "ftp", dibsTrack: "ftp" });
    expect(engagementScenarioByCode("ftc_css_led")).toMatchObject({ label: "FTC-CSS Led", ledBy: "css", dibsTrack: "css" });
    expect(engagementScenarioByCode("non_fasttrack_partner_led").ledBy).toBe("other");
    expect(engagementScenarioByCode("customer_led").dibsTrack).toBeNull();
  });

  it("maps every scenario to one of the five reporting categories", () => {
    const categories = new Set(ENGAGEMENT_SCENARIOS.map((scenario) => scenario.reportingCategory));
    expect([...categories].sort()).toEqual(["CSS Led or Assist", "CXP", "Customer Led", "FTP Led or Assist", "Non-Fasttrack Partner Led"]);
    expect(new Set(codesOf(ENGAGEMENT_SCENARIOS)).size).toBe(ENGAGEMENT_SCENARIOS.length);
    expect(isEngagementScenario("FTC-CSS Led")).toBe(false);
  });
});

describe("priorities", () => {
  it("ranks High, Medium, Low", () => {
    expect(codesOf(PRIORITIES)).toEqual(["high", "medium", "low"]);
    expect(priorityRank("high")).toBeLessThan(priorityRank("low"));
  });

  it("lets an override replace the automated priority", () => {
    expect(effectivePriority("low", "high")).toBe("high");
    expect(effectivePriority("medium", null)).toBe("medium");
    expect(effectivePriorityLabel("low", "high")).toBe("High (overridden)");
    expect(effectivePriorityLabel("low", null)).toBe("Low");
  });
});

describe("segments, regions, queues", () => {
  it("labels segments and regions", () => {
    expect(SEGMENTS.map((segment) => segment.label)).toEqual(["SMC", "Enterprise"]);
    expect(REGIONS.map((region) => region.label)).toEqual(["Americas", "APJ", "EMEA"]);
  });

  it("has one FTCQ queue per kind and region", () => {
    expect(QUEUES).toHaveLength(9);
    expect(new Set(codesOf(QUEUES)).size).toBe(9);
    expect(QUEUES.find((queue) => queue.code === queueFor("air", "apj"))?.label).toBe("FTCQ AiR APJ");
    expect(QUEUES.find((queue) => queue.code === queueFor("goback", "americas"))?.label).toBe("FTCQ GoBack Americas");
    expect(queueFor("inactive", "emea")).toBe("ftcq_inactive_emea");
  });
});

describe("overall statuses, motions, assignment options", () => {
  it("has the partner dialog's overall statuses", () => {
    expect(OVERALL_STATUSES.map((status) => status.label)).toEqual(["Active", "Blocked", "Paused"]);
  });

  it("never combines Customer Health with RFA", () => {
    expect(codesOf(ENGAGEMENT_MOTIONS)).toEqual(["customer_health", "rfa", "targeting"]);
    expect(areMotionsCompatible(["customer_health", "targeting"])).toBe(true);
    expect(areMotionsCompatible(["rfa", "targeting"])).toBe(true);
    expect(areMotionsCompatible(["customer_health", "rfa"])).toBe(false);
  });

  it("ships the five default assignment options of DESIGN decision 18", () => {
    expect(ASSIGNMENT_OPTIONS.map((option) => option.label)).toEqual([
      "FRP Engaged", "FRP Referral", "Assign Delivery Resources (CSS)", "Unresponsive", "No FTC Assistance Needed",
    ]);
    expect(ASSIGNMENT_OPTIONS.find((option) => option.code === "frp_engaged")?.sourceLabel).toBe("FastTrack Ready Partner is Engaged");
  });
});
