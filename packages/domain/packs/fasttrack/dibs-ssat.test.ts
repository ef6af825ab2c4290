import { describe, expect, it } from "vitest";
import { applyEffects } from "../../engine/apply.ts";
import { evaluate } from "../../engine/evaluate.ts";
import type { EngineEvent, EngineService, TenantState } from "../../engine/model.ts";
import { DIBS_SSAT } from "./dibs-ssat.ts";
import { NO_ADOPTION_INDICATORS, SCENARIO_NOW, scenarioService, scenarioTenant, type ServiceInput } from "./test-tenant.ts";

const NOW = SCENARIO_NOW; // Monday 2026-11-23

const FULL_DIBS: EngineService["adoption"] = {
  ...NO_ADOPTION_INDICATORS,
  businessReason: "work_from_anywhere",
  successOwnerRole: "cio_it_leader",
};

function onedrive(input: Partial<ServiceInput> = {}): ServiceInput {
  return {
    code: "onedrive",
    split: [
      { l1: "in_progress", entitlements: 400, l2: null, l3: null, notes: null, targetDate: "2027-02-15" },
      { l1: "status_unknown", entitlements: 100, l2: null, l3: null, notes: null },
    ],
    adoption: FULL_DIBS,
    ...input,
  };
}

const tenant = (service: ServiceInput, overrides: Partial<TenantState> = {}) =>
  scenarioTenant(service, [], { services: [scenarioService(service)], ...overrides });

const review: EngineEvent = { type: "service.changed", service: "onedrive" };
const run = (state: TenantState, event: EngineEvent = review) => evaluate([DIBS_SSAT], state, event, NOW);
const changes = (state: TenantState, event: EngineEvent = review) => run(state, event).map(({ explanation: _e, ...c }) => c);
const findingsOf = (state: TenantState, event: EngineEvent = review) =>
  changes(state, event).flatMap((c) => (c.kind === "raise_finding" ? [{ code: c.code, message: c.message }] : []));

describe("DIBS and SSAT (seed 002)", () => {
  describe("the requirement matrix decides which items are missing", () => {
    it("SMC High, CSS-led: all four DIBS; nothing In Progress means no Target Date and no Intent either", () => {
      const state = tenant(onedrive({ split: [{ l1: "status_unknown", entitlements: 500, l2: null, l3: null, notes: null }], adoption: NO_ADOPTION_INDICATORS }));
      expect(findingsOf(state)).toEqual([
        {
          code: "dibs_missing",
          message: "OneDrive: record Target Date, Intent, Business Reason, Success Owner Role — required for FTC CSS-Led: SMC: High Priority Tenants.",
        },
      ]);
    });

    it("SMC Medium/Low: Intent only — In Progress entitlements are enough", () => {
      const bare = onedrive({ adoption: NO_ADOPTION_INDICATORS });
      expect(findingsOf(tenant(bare, { priority: "medium" }))).toEqual([]);
      expect(findingsOf(tenant({ ...bare, split: [{ l1: "status_unknown", entitlements: 500, l2: null, l3: null, notes: null }] }, { priority: "high", priorityOverride: "low" }))).toEqual([
        { code: "dibs_missing", message: "OneDrive: record Intent — required for FTC CSS-Led: SMC: Medium/Low Priority Tenants." },
      ]);
    });

    it("O365 Enterprise: all SSAT too", () => {
      expect(findingsOf(tenant(onedrive(), { segment: "enterprise" }))).toEqual([
        {
          code: "ssat_missing",
          message: "OneDrive: record SSAT Stakeholders, Scenarios, Awareness, Training — required for FTC CSS-Led: All O365 Enterprise Tenants.",
        },
      ]);
    });

    it("FTP-led: Target Date and Intent only; Customer Led: no FTC requirement at all", () => {
      const noDate = onedrive({ adoption: NO_ADOPTION_INDICATORS, split: [{ l1: "status_unknown", entitlements: 500, l2: null, l3: null, notes: null }] });
      expect(findingsOf(tenant({ ...noDate, engagementScenario: "ftc_ftp_led" }))).toEqual([
        { code: "dibs_missing", message: "OneDrive: record Target Date, Intent — required for FTC FTP-Led: All Tenants." },
      ]);
      expect(findingsOf(tenant({ ...noDate, engagementScenario: "customer_led" }))).toEqual([]);
    });
  });

  describe("Target Date probes (keep probing if …)", () => {
    const withTarget = (targetDate: string | null) =>
      onedrive({ split: [{ l1: "in_progress", entitlements: 500, l2: null, l3: null, notes: null, targetDate }] });
    it.each([
      ["2027-06-30", "it is more than 180 days away"],
      ["2026-12-31", "it is 31 December"],
      ["2027-01-31", "it is the last day of a month"],
    ])("%s → %s", (date, probe) => {
      expect(findingsOf(tenant(withTarget(date)))).toEqual([
        { code: "target_date_probe", message: `OneDrive: keep probing the Target Date — ${probe}, which signals a lack of urgency.` },
      ]);
    });

    it("no date at all is both a missing DIBS item and a probe; a mid-month date within 180 days is fine", () => {
      expect(findingsOf(tenant(withTarget(null))).map((f) => f.code)).toEqual(["dibs_missing", "target_date_probe"]);
      expect(findingsOf(tenant(withTarget("2027-01-15")))).toEqual([]);
    });

    it("the service's DIBS Target Date counts when the In Progress row has none", () => {
      const state = tenant({ ...withTarget(null), adoption: { ...FULL_DIBS, targetDate: "2027-03-10" } });
      expect(findingsOf(state)).toEqual([]);
    });
  });

  it("Blocked and No Intent rows need an L2, an L3 and a note", () => {
    const state = tenant(
      onedrive({
        split: [
          { l1: "in_progress", entitlements: 300, l2: null, l3: null, notes: null, targetDate: "2027-02-15" },
          { l1: "blocked", entitlements: 150, l2: "security_privacy", l3: null, notes: null },
          { l1: "no_intent", entitlements: 50, l2: "competition", l3: "other", notes: "Uses Box" },
        ],
      }),
    );
    expect(findingsOf(state)).toEqual([
      {
        code: "blocked_no_intent_unexplained",
        message: "OneDrive: Blocked and No Intent entitlements need an L2, an L3 and the reason in the Entitlement Notes — missing: Blocked (L3, note).",
      },
    ]);
  });

  it("Adoption only when the service is enabled: no active users raises a finding", () => {
    expect(findingsOf(tenant(onedrive({ status: "adoption", activeUsers: 0 })))).toEqual([
      {
        code: "adoption_not_enabled",
        message:
          "OneDrive is in Adoption but the service has no active users, so it is not enabled: keep it in Initiate or Technical Onboarding until it is enabled and the customer intends to use it.",
      },
    ]);
    expect(findingsOf(tenant(onedrive({ status: "adoption", activeUsers: 40 })))).toEqual([]);
  });

  it("\"Other\" needs details in the entitlement notes", () => {
    const other = onedrive({ adoption: { ...FULL_DIBS, successOwnerRole: "other" } });
    expect(findingsOf(tenant(other)).map((f) => f.message)).toEqual([
      'OneDrive: "Other" was chosen for Success Owner Role (Other [Include details in the entitlement notes]); write the details in the Entitlement Notes.',
    ]);
    const explained = { ...other, split: other.split.map((r) => (r.l1 === "in_progress" ? { ...r, notes: "Owner: Head of Retail Ops" } : r)) };
    expect(findingsOf(tenant(explained))).toEqual([]);
  });

  it("a workload waiting behind others becomes Initiate - Serialized, with the reason", () => {
    const [effect] = run(tenant(onedrive({ deploymentOrder: 2 })));
    expect(effect).toMatchObject({
      kind: "set_service_status",
      status: "initiate_serialized",
      explanation: {
        ruleId: "serialized-workload",
        why: "OneDrive waits for workloads deployed before it (position 2 in the deployment order), so its status is Initiate - Serialized.",
      },
    });
  });

  it("a finding follows the gap: reworded when fewer items are missing, closed when none are", () => {
    const bare = tenant(onedrive({ adoption: NO_ADOPTION_INDICATORS }));
    const opened = applyEffects(bare, run(bare));
    expect(opened.findings).toEqual([
      { code: "dibs_missing", service: "onedrive", message: expect.stringContaining("record Business Reason, Success Owner Role") },
    ]);
    const halfway = { ...opened, services: opened.services.map((s) => ({ ...s, adoption: { ...s.adoption, businessReason: "increase_security" } })) };
    expect(changes(halfway).map((c) => c.kind)).toEqual(["resolve_finding", "raise_finding"]);
    const reworded = applyEffects(halfway, run(halfway));
    expect(reworded.findings.map((f) => f.message)).toEqual([
      "OneDrive: record Success Owner Role — required for FTC CSS-Led: SMC: High Priority Tenants.",
    ]);
    const complete = { ...reworded, services: reworded.services.map((s) => ({ ...s, adoption: FULL_DIBS })) };
    expect(changes(complete)).toEqual([{ kind: "resolve_finding", code: "dibs_missing", service: "onedrive" }]);
  });

  it("moving to Enable without the DIBS asks for the delay reasons", () => {
    const state = tenant(onedrive({ status: "enable", adoption: { ...FULL_DIBS, successOwnerRole: null } }));
    expect(findingsOf(state).map((f) => f.code)).toEqual(["dibs_missing", "dibs_unknown_at_enable"]);
  });

  it("a review without a service looks at every service of the tenant", () => {
    const state = tenant(onedrive({ adoption: NO_ADOPTION_INDICATORS }));
    const withExchange = { ...state, services: [scenarioService({ code: "exchange", split: [{ l1: "status_unknown", entitlements: 10, l2: null, l3: null, notes: null }] }), ...state.services] };
    expect(changes(withExchange, { type: "dibs.review" }).map((c) => "service" in c && c.service)).toEqual(["exchange", "onedrive"]);
  });

  it("a contact not interested in the 4+4: the reason noted and a prompt to broaden the scope", () => {
    const out = changes(tenant(onedrive()), { type: "dibs.not_interested", service: "onedrive", data: { reason: "busy with a merger" } });
    expect(out).toEqual([
      { kind: "append_entitlement_note", service: "onedrive", l1: "in_progress", text: "Not interested in establishing the 4+4: busy with a merger" },
      expect.objectContaining({ kind: "raise_finding", code: "broaden_scope", role: "fasttrack_manager" }),
    ]);
  });

  it("replaying a review changes nothing", () => {
    const states = [
      tenant(onedrive({ adoption: NO_ADOPTION_INDICATORS, deploymentOrder: 3 }), { segment: "enterprise" }),
      tenant(onedrive({ status: "adoption", activeUsers: 0 })),
    ];
    for (const state of states) {
      const once = applyEffects(state, run(state));
      expect(run(once)).toEqual([]);
    }
  });
});
