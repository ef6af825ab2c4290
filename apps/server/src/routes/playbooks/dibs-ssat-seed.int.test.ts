import type { TCreateTenant, TExplanationList, TFindingList, TService, TTenant } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";
import { runningClockFrom } from "../../../../../test-support/playbook-client.ts";

// Seed 002 (DIBS and SSAT, the "4+4") scenario by scenario through the API; the SMC High row, the > 180 days probe,
// Initiate - Serialized and the Blocked split are in dibs-ssat.int.test.ts. The clock starts on Monday
// 23 November 2026, 10:00 in Berlin, and keeps running; the two tests that move it come last.
const clock = runningClockFrom("2026-11-23T09:00:00Z");
const { admin } = useTestApi({ clock });

type Workload = { tenant: TTenant; service: TService };

/** A tenant (SMC, Medium unless told) with one workload of 1,000 entitlements in Status Unknown, led as named. */
async function newWorkload(name: string, code: string, engagementScenario: string, tenant: Partial<TCreateTenant> = {}): Promise<Workload> {
  const created = await createTenant(admin, (await createCustomer(admin, { name })).id, { name, ...tenant });
  const response = await admin.post(`/api/tenants/${created.id}/services`, { service: code, totalEntitlements: 1000, engagementScenario });
  expect(response.statusCode, response.body).toBe(201);
  return { tenant: created, service: response.json<TService>() };
}
async function change(workload: Workload, patch: Record<string, unknown>) {
  const response = await admin.patch(`/api/services/${workload.service.id}`, { version: workload.service.version, ...patch });
  expect(response.statusCode, response.body).toBe(200);
  workload.service = response.json<TService>();
}
async function split(workload: Workload, rows: Record<string, unknown>[]) {
  const response = await admin.put(`/api/services/${workload.service.id}/split`, { version: workload.service.version, rows });
  expect(response.statusCode, response.body).toBe(200);
  workload.service = response.json<TService>();
}
const inProgress = (targetDate: string | null, notes: string | null = null) => [{ l1: "in_progress", entitlements: 1000, targetDate, notes }];
/** The open findings as [code, message], in a stable order. */
const gaps = async ({ tenant }: Workload) =>
  (await admin.get(`/api/tenants/${tenant.id}/findings`)).json<TFindingList>().items.map((f) => [f.code, f.message]).sort();
const explained = async ({ tenant, service }: Workload, kind: string) =>
  (await admin.get(`/api/tenants/${tenant.id}/explanations?kind=${kind}&service=${service.service}`)).json<TExplanationList>().items;

describe("seed 002: DIBS and SSAT", () => {
  it.each([
    ["SMC Medium", "teams", "ftc_css_led", {}, [["dibs_missing", "Teams: record Intent — required for FTC CSS-Led: SMC: Medium/Low Priority Tenants."]]],
    [
      "SMC Medium overridden to High",
      "onedrive",
      "ftc_css_led",
      { priorityOverride: "high", priorityOverrideReason: "Strategic account" },
      [["dibs_missing", "OneDrive: record Target Date, Intent, Business Reason, Success Owner Role — required for FTC CSS-Led: SMC: High Priority Tenants."]],
    ],
    [
      "O365 Enterprise",
      "sharepoint",
      "ftc_css_led",
      { segment: "enterprise" },
      [
        ["dibs_missing", "SharePoint: record Target Date, Intent, Business Reason, Success Owner Role — required for FTC CSS-Led: All O365 Enterprise Tenants."],
        ["ssat_missing", "SharePoint: record SSAT Stakeholders, Scenarios, Awareness, Training — required for FTC CSS-Led: All O365 Enterprise Tenants."],
      ],
    ],
    [
      "EMS (SMC Low)",
      "intune",
      "ftc_css_led",
      { priority: "low" },
      [["dibs_missing", "Intune: record Target Date, Intent, Business Reason, Success Owner Role — required for FTC CSS-Led: All EMS."]],
    ],
    [
      "FTP-led (Enterprise High)",
      "exchange",
      "ftc_ftp_led",
      { segment: "enterprise", priority: "high" },
      [["dibs_missing", "Exchange: record Target Date, Intent — required for FTC FTP-Led: All Tenants."]],
    ],
    ["Customer Led (no FTC requirement)", "exchange", "customer_led", { priority: "high" }, []],
  ] as const)("002 Measures, %s: a new workload's findings name exactly what its row requires", async (name, code, scenario, tenant, expected) => {
    const workload = await newWorkload(`Adventure Works ${name}`, code, scenario, tenant);
    expect(await gaps(workload)).toEqual(expected);
  });

  it("002 Target Date: keep probing when there is no date, 31 December or a month end; a mid-month date closes the probe", async () => {
    const workload = await newWorkload("Bellows College", "onedrive", "ftc_ftp_led");
    await split(workload, inProgress(null));
    expect(await gaps(workload)).toEqual([
      ["dibs_missing", "OneDrive: record Target Date — required for FTC FTP-Led: All Tenants."],
      ["target_date_probe", "OneDrive: keep probing the Target Date — there is no Target Date, which signals a lack of urgency."],
    ]);
    await split(workload, inProgress("2026-12-31"));
    expect(await gaps(workload)).toEqual([["target_date_probe", "OneDrive: keep probing the Target Date — it is 31 December, which signals a lack of urgency."]]);
    await split(workload, inProgress("2027-02-28"));
    expect(await gaps(workload)).toEqual([["target_date_probe", "OneDrive: keep probing the Target Date — it is the last day of a month, which signals a lack of urgency."]]);
    await split(workload, inProgress("2027-02-12"));
    expect(await gaps(workload)).toEqual([]);
    expect((await explained(workload, "resolve_finding"))[0]).toMatchObject({ ruleId: "target-date-probe-closed", eventType: "service.changed" });
  });

  it("002 Target Date: a date without In Progress entitlements does not meet the criterion; once entitlements are In Progress it counts", async () => {
    const workload = await newWorkload("Contoso Pharmaceuticals", "onedrive", "ftc_ftp_led");
    await change(workload, { dibsTargetDate: "2027-02-12" });
    expect(await gaps(workload)).toEqual([["dibs_missing", "OneDrive: record Target Date, Intent — required for FTC FTP-Led: All Tenants."]]);
    await split(workload, [
      { l1: "in_progress", entitlements: 600 },
      { l1: "status_unknown", entitlements: 400, l2: "new_subscription_or_workload" },
    ]);
    expect(await gaps(workload)).toEqual([]);
  });

  it("002 Intent: Adoption while nothing is In Progress — the customer has no intent, so the finding says to stay in Initiate or Technical Onboarding", async () => {
    const workload = await newWorkload("Datum Corporation", "teams", "customer_led");
    const usage = await admin.post(`/api/tenants/${workload.tenant.id}/usage`, { items: [{ service: "teams", day: "2026-11-22", activeUsers: 40, entitlements: 1000 }] });
    expect(usage.statusCode).toBe(200);
    await change(workload, { serviceStatus: "adoption" });
    expect(await gaps(workload)).toEqual([
      [
        "adoption_not_enabled",
        "Teams is in Adoption but no entitlements are In Progress, so the customer has no intent: keep it in Initiate or Technical Onboarding until it is enabled and the customer intends to use it.",
      ],
    ]);
  });

  it("002 How to Capture Status: \"Other\" needs its details in the entitlement notes — the finding names each field until a note is written", async () => {
    const workload = await newWorkload("Fabrikam Fiber", "teams", "customer_led");
    await change(workload, { dibsSuccessOwnerRole: "other" });
    const other = "Other [Include details in the entitlement notes]";
    expect(await gaps(workload)).toEqual([
      ["other_needs_details", `Teams: "Other" was chosen for Success Owner Role (${other}); write the details in the Entitlement Notes.`],
    ]);
    await change(workload, { ssatTraining: ["other"] });
    expect(await gaps(workload)).toEqual([
      ["other_needs_details", `Teams: "Other" was chosen for Success Owner Role (${other}), Training (${other}); write the details in the Entitlement Notes.`],
    ]);
    await split(workload, [{ l1: "status_unknown", entitlements: 1000, l2: "new_subscription_or_workload", notes: "Owner: Head of Retail Operations; training by store champions" }]);
    expect(await gaps(workload)).toEqual([]);
  });

  it("002 Measures: moved to Enable without the DIBS — a finding asks for the delay reasons in the Entitlement Notes; recording the DIBS closes both", async () => {
    const workload = await newWorkload("Graphic Design Institute", "onedrive", "ftc_css_led", { priority: "high" });
    await split(workload, inProgress("2027-02-12"));
    await change(workload, { serviceStatus: "enable" });
    expect(await gaps(workload)).toEqual([
      ["dibs_missing", "OneDrive: record Business Reason, Success Owner Role — required for FTC CSS-Led: SMC: High Priority Tenants."],
      ["dibs_unknown_at_enable", "OneDrive moved past Remediate without its DIBS (Business Reason, Success Owner Role); write the reasons for the delay in the Entitlement Notes."],
    ]);
    await change(workload, { dibsBusinessReason: "work_from_anywhere", dibsSuccessOwnerRole: "it_manager" });
    expect(await gaps(workload)).toEqual([]);
    const closed = await explained(workload, "resolve_finding");
    const lastChange = closed.filter((e) => e.occurredAt === closed[0]?.occurredAt);
    expect(lastChange.map((e) => e.ruleId).sort()).toEqual(["dibs-known-at-enable", "dibs-missing-closed"]);
  });

  it("002 \"What if my contact is not interested\": the reason goes in the Entitlement Notes and a prompt asks to reflect the risk and broaden the scope", async () => {
    const workload = await newWorkload("Humongous Insurance", "teams", "customer_led");
    const response = await admin.post(`/api/tenants/${workload.tenant.id}/playbook-events`, {
      type: "dibs.not_interested",
      service: "teams",
      data: { reason: "busy with a merger" },
    });
    expect(response.statusCode, response.body).toBe(200);
    const teams = (await admin.get(`/api/tenants/${workload.tenant.id}`)).json<TTenant>().services[0];
    expect(teams?.split.map((r) => [r.l1, r.entitlements, r.notes])).toEqual([["status_unknown", 1000, "Not interested in establishing the 4+4: busy with a merger"]]);
    expect(await gaps(workload)).toEqual([
      [
        "broaden_scope",
        "Teams: the customer is not interested in the 4+4 (busy with a merger). Record their intentions and concerns, reflect the risk in the success forecast, and schedule a business value discussion or Success Workshop to re-establish the 4+4.",
      ],
    ]);
  });

  it("002 Business Reason and One Adoption Wizard values: group titles and legacy options cannot be picked; the new options can", async () => {
    const workload = await newWorkload("Litware", "teams", "customer_led");
    for (const [field, value] of [
      ["dibsBusinessReason", "get_to_the_cloud"],
      ["ssatStakeholders", "legacy_training_lead"],
      ["ssatScenarios", ["legacy_make_meetings_matter"]],
    ] as const) {
      const refused = await admin.patch(`/api/services/${workload.service.id}`, { version: workload.service.version, [field]: value });
      expect(refused.statusCode, field).toBe(400);
      expect(refused.json().errors[0].path).toMatch(new RegExp(`^/body/${field}`));
    }
    await change(workload, { dibsBusinessReason: "end_of_life_existing_it", ssatStakeholders: "it_and_business_leads", ssatScenarios: ["meet_and_collaborate"] });
    expect(workload.service.adoption).toMatchObject({ dibsBusinessReason: "end_of_life_existing_it", ssatStakeholders: "it_and_business_leads", ssatScenarios: ["meet_and_collaborate"] });
  });

  // Time travel from here on.
  it("002 Target Date > 180 days: the probe stays while the date is far off, and a review 30 days later closes it", async () => {
    const workload = await newWorkload("Lucerne Publishing", "onedrive", "ftc_ftp_led");
    await split(workload, inProgress("2027-06-15"));
    expect(await gaps(workload)).toEqual([["target_date_probe", "OneDrive: keep probing the Target Date — it is more than 180 days away, which signals a lack of urgency."]]);
    await admin.post("/api/clock/advance", { days: 30 });
    const review = await admin.post(`/api/tenants/${workload.tenant.id}/playbook-events`, { type: "dibs.review", service: "onedrive" });
    expect(review.statusCode, review.body).toBe(200);
    expect(await gaps(workload)).toEqual([]);
    expect((await explained(workload, "resolve_finding"))[0]).toMatchObject({ ruleId: "target-date-probe-closed", eventType: "dibs.review" });
  });

  it("002 Intent: Adoption before the service is enabled raises a finding; active users reported a week later close it", async () => {
    const workload = await newWorkload("Margie's Travel", "teams", "ftc_ftp_led");
    await split(workload, inProgress("2027-02-12"));
    await change(workload, { serviceStatus: "adoption" });
    expect(await gaps(workload)).toEqual([
      [
        "adoption_not_enabled",
        "Teams is in Adoption but the service has no active users, so it is not enabled: keep it in Initiate or Technical Onboarding until it is enabled and the customer intends to use it.",
      ],
    ]);
    const week = await admin.post("/api/clock/advance", { days: 7 });
    const day = week.json<{ now: string }>().now.slice(0, 10);
    const usage = await admin.post(`/api/tenants/${workload.tenant.id}/usage`, { items: [{ service: "teams", day, activeUsers: 40, entitlements: 1000 }] });
    expect(usage.statusCode).toBe(200);
    expect(await gaps(workload)).toEqual([]);
    expect((await explained(workload, "resolve_finding"))[0]).toMatchObject({ ruleId: "adoption-without-use-closed", eventType: "usage.reported" });
  });
});
