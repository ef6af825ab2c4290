import { describe, expect, it } from "vitest";
import { checkDataQuality, type DataQualityFacts, type DataQualityFinding, type DataQualityService, fieldLink } from "./data-quality.ts";

const TODAY = "2026-11-23";
const TENANT = "6f1c2a4e-0000-4000-8000-000000000001";

const service = (overrides: Partial<DataQualityService> = {}): DataQualityService => ({
  code: "exchange",
  status: "enable",
  engagementScenario: "ftc_css_led",
  nextActionDate: null,
  adoption: {
    targetDate: "2026-12-15",
    businessReason: "cost_reduction",
    successOwnerRole: "it_lead",
    stakeholders: null,
    scenarios: [],
    awareness: [],
    training: [],
  },
  split: [{ l1: "in_progress", entitlements: 500, l2: null, l3: null, notes: null, targetDate: null, nextActionDate: null }],
  ...overrides,
});

/** A tenant with nothing to report: SMC High, CSS-led Exchange with full DIBS, fresh status and note. */
const facts = (overrides: Partial<DataQualityFacts> = {}): DataQualityFacts => ({
  tenantId: TENANT,
  segment: "smc",
  priority: "high",
  priorityOverride: null,
  overallStatus: "active",
  overallStatusDate: "2026-11-20",
  enterpriseLevel: null,
  services: [service()],
  latestNotes: [{ category: "engagement_management", writtenOn: "2026-11-18", nextActionDate: "2026-11-30" }],
  ...overrides,
});

const only = (f: DataQualityFacts): DataQualityFinding => {
  const findings = checkDataQuality(f, TODAY);
  expect(findings).toHaveLength(1);
  return findings[0] as DataQualityFinding;
};

describe("checkDataQuality", () => {
  it("finds nothing on a tenant whose data is complete and current", () => {
    expect(checkDataQuality(facts(), TODAY)).toEqual([]);
  });

  it("links each finding to the field that fixes it", () => {
    expect(fieldLink(TENANT, { tab: "services", service: "teams", field: "dibs-target-date" })).toBe(`/tenants/${TENANT}?tab=services&service=teams#dibs-target-date`);
    expect(fieldLink(TENANT, { tab: "status", field: "overall-status" })).toBe(`/tenants/${TENANT}?tab=status#overall-status`);
  });

  it("reports In Progress without a Target Date once, not again as a missing DIBS item or a probe", () => {
    const finding = only(facts({ services: [service({ adoption: { ...service().adoption, targetDate: null } })] }));
    expect(finding).toEqual({
      check: "in_progress_without_target_date",
      severity: "high",
      service: "exchange",
      message: "Exchange: 500 entitlements are In Progress but no Target Date is recorded.",
      action: "Ask the customer when the first users (a pilot counts) will use Exchange and record that date as the Target Date.",
      field: `/tenants/${TENANT}?tab=services&service=exchange#dibs-target-date`,
    });
  });

  it("reports a Target Date in the past with how long ago, linking to the split when the date is the In Progress row's", () => {
    const split = [{ l1: "in_progress" as const, entitlements: 80, l2: null, l3: null, notes: null, targetDate: "2026-11-03", nextActionDate: null }];
    const finding = only(facts({ services: [service({ split })] }));
    expect(finding).toMatchObject({
      check: "target_date_past",
      message: "Exchange: the Target Date 2026-11-03 passed 20 days ago while 80 entitlements are still In Progress.",
      field: `/tenants/${TENANT}?tab=services&service=exchange#split`,
    });
  });

  it("probes a Target Date on 31 December or more than 180 days away, saying how far away it is", () => {
    const at = (targetDate: string) => only(facts({ services: [service({ adoption: { ...service().adoption, targetDate } })] }));
    expect(at("2026-12-31")).toMatchObject({ check: "target_date_probe", severity: "low", message: "Exchange: the Target Date 2026-12-31, 38 days away, needs probing: it is 31 December." });
    expect(at("2027-06-01").message).toBe("Exchange: the Target Date 2027-06-01, 190 days away, needs probing: it is more than 180 days away.");
  });

  it("lists the DIBS items the tenant's requirement row lacks, and says to record intent in the split first", () => {
    const noIntent = service({
      adoption: { ...service().adoption, targetDate: null, successOwnerRole: null },
      split: [{ l1: "status_unknown", entitlements: 500, l2: "new_subscription_or_workload", l3: null, notes: null, targetDate: null, nextActionDate: null }],
    });
    expect(only(facts({ services: [noIntent] }))).toMatchObject({
      check: "dibs_missing",
      severity: "medium",
      message: 'Exchange lacks Target Date, Intent and Success Owner Role, which the DIBS row "FTC CSS-Led: SMC: High Priority Tenants" requires.',
      action: "In Exchange: move the entitlements the customer will deploy to In Progress in the split and record their Target Date; then pick the Success Owner Role in the Adoption Insights.",
      field: `/tenants/${TENANT}?tab=services&service=exchange#split`,
    });
  });

  it("asks Enterprise CSS-led tenants for SSAT, linking to the first missing item", () => {
    const findings = checkDataQuality(facts({ segment: "enterprise", services: [service({ adoption: { ...service().adoption, stakeholders: "it_lead", scenarios: ["x"] } })] }), TODAY);
    expect(findings.map((f) => [f.check, f.message, f.field])).toEqual([
      ["ssat_missing", 'Exchange lacks Awareness and Training, which the SSAT of row "FTC CSS-Led: All O365 Enterprise Tenants" requires.', `/tenants/${TENANT}?tab=services&service=exchange#ssat-awareness`],
    ]);
  });

  it("asks for the details of an \"Other\" option in the entitlement notes, and is satisfied once a note says them", () => {
    const other = (notes: string | null) =>
      service({
        adoption: { ...service().adoption, successOwnerRole: "other" },
        split: [{ l1: "in_progress" as const, entitlements: 500, l2: null, l3: null, notes, targetDate: null, nextActionDate: null }],
      });
    expect(only(facts({ services: [other(null)] }))).toMatchObject({
      check: "other_without_details",
      severity: "low",
      message: 'Exchange: "Other" is picked for Success Owner Role (Other [Include details in the entitlement notes]), but no entitlement note says what it is.',
      field: `/tenants/${TENANT}?tab=services&service=exchange#split`,
    });
    expect(checkDataQuality(facts({ services: [other("Success owner is the Chief Digital Officer's office.")] }), TODAY)).toEqual([]);
  });

  it("reports Blocked or No Intent entitlements that do not say why", () => {
    const split = [
      { l1: "in_progress" as const, entitlements: 400, l2: null, l3: null, notes: null, targetDate: null, nextActionDate: null },
      { l1: "blocked" as const, entitlements: 100, l2: "technical", l3: null, notes: " ", targetDate: null, nextActionDate: null },
    ];
    expect(only(facts({ services: [service({ split })] }))).toMatchObject({
      check: "unexplained_row",
      severity: "high",
      message: "Exchange: Blocked and No Intent entitlements must say why; missing: Blocked (L3, note).",
      field: `/tenants/${TENANT}?tab=services&service=exchange#split`,
    });
  });

  it("reports next action dates in the past on the service, a split row and the latest Overall Status note", () => {
    const split = [{ l1: "in_progress" as const, entitlements: 500, l2: null, l3: null, notes: null, targetDate: null, nextActionDate: "2026-11-22" }];
    const findings = checkDataQuality(
      facts({
        services: [service({ nextActionDate: "2026-11-01", split })],
        latestNotes: [{ category: "engagement_management", writtenOn: "2026-11-18", nextActionDate: "2026-11-20" }],
      }),
      TODAY,
    );
    expect(findings.map((f) => [f.check, f.message, f.field])).toEqual([
      ["next_action_date_past", "The next action date 2026-11-20 of the latest Overall Status note passed 3 days ago.", `/tenants/${TENANT}?tab=status#overall-status-note`],
      ["next_action_date_past", "Exchange: the next action date 2026-11-01 passed 22 days ago.", `/tenants/${TENANT}?tab=services&service=exchange#next-action-date`],
      ["next_action_date_past", "Exchange: the next action date 2026-11-22 of the In Progress entitlements passed 1 day ago.", `/tenants/${TENANT}?tab=services&service=exchange#split`],
    ]);
  });

  it("reports an Overall Status stated more than 14 days ago, or never", () => {
    expect(checkDataQuality(facts({ overallStatusDate: "2026-11-09" }), TODAY)).toEqual([]);
    expect(only(facts({ overallStatusDate: "2026-11-08" }))).toMatchObject({
      check: "overall_status_stale",
      message: "The Overall Status (Active) was last stated on 2026-11-08, 15 days ago; it is reviewed at least every 14 days.",
      action: "Confirm or change the Overall Status with the customer and set its Status Date to today.",
      field: `/tenants/${TENANT}?tab=status#overall-status`,
    });
    expect(only(facts({ overallStatus: null, overallStatusDate: null })).message).toBe("No Overall Status is set.");
  });

  it("reports an Overall Status note older than 14 days, or none", () => {
    const written = (writtenOn: string) => facts({ latestNotes: [{ category: "engagement_management", writtenOn, nextActionDate: null }] });
    expect(checkDataQuality(written("2026-11-09"), TODAY)).toEqual([]);
    expect(only(written("2026-10-30"))).toMatchObject({
      check: "overall_status_note_stale",
      message: "The latest Overall Status note (Engagement Management) was written on 2026-10-30, 24 days ago; one is due at least every 14 days.",
      field: `/tenants/${TENANT}?tab=status#overall-status-note`,
    });
    const otherCategoryOnly = facts({ latestNotes: [{ category: "technical_enablement", writtenOn: "2026-11-22", nextActionDate: null }] });
    expect(only(otherCategoryOnly).message).toBe("No Overall Status note (Engagement Management) has been written.");
  });

  it("asks for an Enterprise Status within 21 days only on tenants flagged Enterprise Level 3 or 4", () => {
    const notes = (writtenOn: string) => [
      { category: "engagement_management" as const, writtenOn: "2026-11-20", nextActionDate: null },
      { category: "enterprise_status" as const, writtenOn, nextActionDate: null },
    ];
    expect(checkDataQuality(facts({ enterpriseLevel: 2 }), TODAY)).toEqual([]);
    expect(checkDataQuality(facts({ enterpriseLevel: 3, latestNotes: notes("2026-11-02") }), TODAY)).toEqual([]);
    expect(only(facts({ enterpriseLevel: 4, latestNotes: notes("2026-11-01") }))).toMatchObject({
      check: "enterprise_status_note_stale",
      message: "The latest Enterprise Status was written on 2026-11-01, 22 days ago; it is updated every 2 weeks and never more than 21 days apart.",
      field: `/tenants/${TENANT}?tab=status#enterprise-status`,
    });
    expect(only(facts({ enterpriseLevel: 3 })).message).toBe("No Enterprise Status has been written, though the tenant is flagged Enterprise Level 3.");
  });

  it("lists the worst findings first", () => {
    const findings = checkDataQuality(
      facts({ overallStatus: null, services: [service({ adoption: { ...service().adoption, targetDate: "2027-12-31" } }), service({ code: "teams", adoption: { ...service().adoption, targetDate: null } })] }),
      TODAY,
    );
    expect(findings.map((f) => `${f.severity} ${f.check} ${f.service}`)).toEqual([
      "high in_progress_without_target_date teams",
      "medium overall_status_stale null",
      "low target_date_probe exchange",
    ]);
  });
});
