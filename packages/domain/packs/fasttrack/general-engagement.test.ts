import { describe, expect, it } from "vitest";
import { EventRefused } from "../../engine/actions/index.ts";
import { applyEffects } from "../../engine/apply.ts";
import { evaluate } from "../../engine/evaluate.ts";
import type { Effect, EngineEvent, TenantState } from "../../engine/model.ts";
import { loadPlaybook } from "../../engine/playbook.ts";
import { ENGAGEMENT_COMPLETION } from "./engagement-completion.ts";
import { GENERAL_ENGAGEMENT, GENERAL_ENGAGEMENT_V2 } from "./general-engagement.ts";
import { SCENARIO_NOW, scenarioTenant, type ServiceInput } from "./test-tenant.ts";

const NOW = SCENARIO_NOW; // Monday 2026-11-23, 10:00 in Berlin
const PLAYBOOKS = [loadPlaybook(GENERAL_ENGAGEMENT), loadPlaybook(ENGAGEMENT_COMPLETION)];
const FM = "fasttrack_manager";

/** The scenario tenant (German, managed, 500 seats, Exchange migrating with 150 AU) plus Teams being enabled. */
function tenant(overrides: Partial<TenantState> = {}, teams: Partial<ServiceInput> = {}): TenantState {
  return scenarioTenant(
    { code: "teams", status: "enable", split: [{ l1: "in_progress", entitlements: 800, l2: null, l3: null, notes: null }], ...teams },
    [],
    overrides,
  );
}
const rfaTenant = (overrides: Partial<TenantState> = {}, teams: Partial<ServiceInput> = {}) => tenant({ rfaApprovedOn: "2026-11-02", ...overrides }, teams);

const run = (event: EngineEvent, state = tenant(), now = NOW) => evaluate(PLAYBOOKS, state, event, now);
const changes = (event: EngineEvent, state = tenant(), now = NOW) => run(event, state, now).map(({ explanation: _e, ...change }) => change);
/** A short form of effects: kind plus the task id, finding code or timer key it is about. */
const outline = (effects: readonly Effect[]) =>
  effects.map((e) => [e.kind, "taskId" in e ? e.taskId : "code" in e ? e.code : "key" in e ? e.key : "", ..."status" in e ? [e.status] : []]);
const refusal = (event: EngineEvent, state = tenant()) => {
  try {
    run(event, state);
  } catch (error) {
    expect(error).toBeInstanceOf(EventRefused);
    return (error as Error).message;
  }
  throw new Error(`${event.type} was not refused`);
};
const task = (taskId: number, role = FM) => ({ kind: "create_task", taskId, service: null, role, dueDate: null });
const finding = (code: string, role = FM) => expect.objectContaining({ kind: "raise_finding", code, service: null, role });
const open = (...codes: string[]) => codes.map((code) => ({ code, service: null, message: `${code} (open)` }));

/** What the server does when a wait runs out: the claimed timer is gone from the state, its event runs at `at`. */
function fire(state: TenantState, started: readonly Effect[], at: Date) {
  const timer = started.find((e) => e.kind === "start_timer");
  if (timer?.kind !== "start_timer") throw new Error("no timer was started");
  const pending = { ...state, timers: state.timers.filter((t) => t.key !== timer.key) };
  return { event: timer.event, effects: run(timer.event, pending, at), state: pending };
}

describe("General Engagement (seed 004)", () => {
  it("loads both playbooks", () => {
    expect(loadPlaybook(GENERAL_ENGAGEMENT)).toBe(GENERAL_ENGAGEMENT);
    expect(loadPlaybook(ENGAGEMENT_COMPLETION)).toBe(ENGAGEMENT_COMPLETION);
  });

  describe("engagement start and kickoff (steps 1–4)", () => {
    it("RFA start on a managed account: kickoff tasks, later mandatory tasks, expectations and Account Team prompts", () => {
      const effects = run({ type: "engagement.started", data: { origin: "rfa" } });
      expect(effects.filter((e) => e.kind === "create_task").map(({ explanation: _e, ...c }) => c)).toEqual([
        task(3979),
        task(3616),
        task(994),
        task(1903),
        task(4047),
        task(1126, "fasttrack_engineer"),
        task(3690),
      ]);
      expect(outline(effects.filter((e) => e.kind === "raise_finding"))).toEqual([
        ["raise_finding", "prepare_kickoff"],
        ["raise_finding", "set_rfa_expectations"],
        ["raise_finding", "engage_account_team"],
      ]);
      expect(effects.find((e) => e.kind === "raise_finding" && e.code === "set_rfa_expectations")).toMatchObject({
        message: expect.stringContaining("tell them you will disengage once the engagement is complete"),
      });
    });

    it("does not create the deprecated task 1910, and says why citing the reference's change log", () => {
      const effects = run({ type: "engagement.started", data: { origin: "targeting" } });
      expect(effects.some((e) => e.kind === "create_task" && e.taskId === 1910)).toBe(false);
      expect(effects.find((e) => e.kind === "create_task" && e.taskId === 3690)?.explanation.why).toBe(
        "The mandatory tasks of the later steps (ACM conversation 4047, enablement meeting 1126, survey contact 3690) are created up-front; 1910 Survey Eligibility is not, because the reference's change log (enable-enable-services-partner) deprecated it on 31 January 2020 and made 3690 mandatory.",
      );
    });

    it("Customer Health start on an unmanaged account: Land the Benefit (3330, FTA v2) and the governance prompt, no RFA or Account Team prompt", () => {
      const effects = run({ type: "engagement.started", data: { origin: "customer_health" } }, tenant({ managed: false }));
      expect(changes({ type: "engagement.started", data: { origin: "customer_health" } }, tenant({ managed: false }))).toContainEqual(
        task(3330, "fasttrack_architect_v2"),
      );
      expect(outline(effects.filter((e) => e.kind === "raise_finding"))).toEqual([
        ["raise_finding", "prepare_kickoff"],
        ["raise_finding", "set_up_governance"],
        ["raise_finding", "prepare_land_the_benefit"],
      ]);
      expect(effects.find((e) => e.kind === "raise_finding" && e.code === "set_up_governance")?.explanation.why).toBe(
        "Governance reviews belong to the Customer Health and Targeting motions, and this engagement comes from customer_health.",
      );
    });

    it("refuses a start without a known origin", () => {
      expect(refusal({ type: "engagement.started", data: { origin: "walk_in" } })).toBe(
        "Say where the engagement comes from: origin rfa, customer_health or targeting.",
      );
      expect(refusal({ type: "engagement.started" })).toContain("origin rfa, customer_health or targeting");
    });

    it("handover, Account Team and first contact close their tasks and prompts", () => {
      const started = applyEffects(tenant(), run({ type: "engagement.started", data: { origin: "rfa" } }));
      expect(changes({ type: "handover.completed" }, started)).toEqual([{ kind: "set_task_status", taskId: 3979, service: null, status: "complete" }]);
      expect(changes({ type: "account_team.engaged" }, started)).toEqual([{ kind: "resolve_finding", code: "engage_account_team", service: null }]);
      expect(changes({ type: "customer.contacted" }, started)).toEqual([
        { kind: "set_task_status", taskId: 3616, service: null, status: "complete" },
        { kind: "resolve_finding", code: "prepare_kickoff", service: null },
      ]);
    });

    it("kickoff with risks and a wish for a partner: 994 and 3616 Complete, DIBS/SSAT prompts, QuickLeads 983", () => {
      const state = tenant({
        tasks: [
          { taskId: 994, service: null, status: "not_started" },
          { taskId: 3616, service: null, status: "in_progress" },
        ],
        findings: open("prepare_kickoff", "set_rfa_expectations"),
      });
      const result = changes({ type: "kickoff.held", data: { risks: ["out of FastTrack scope: custom DLP"], wantsPartner: true } }, state);
      expect(result).toEqual([
        { kind: "set_task_status", taskId: 994, service: null, status: "complete" },
        { kind: "resolve_finding", code: "prepare_kickoff", service: null },
        { kind: "resolve_finding", code: "set_rfa_expectations", service: null },
        finding("confirm_dibs"),
        finding("capture_ssat"),
        { kind: "set_task_status", taskId: 3616, service: null, status: "complete" },
        task(983),
      ]);
    });

    it("no QuickLeads task without risks, or when the customer does not want a partner", () => {
      const kinds = (data: Record<string, unknown>) => changes({ type: "kickoff.held", data }).filter((c) => c.kind === "create_task" && c.taskId === 983);
      expect(kinds({ risks: [], wantsPartner: true })).toEqual([]);
      expect(kinds({ risks: ["blockers"], wantsPartner: false })).toEqual([]);
    });

    it("knowledge gaps at the kickoff prompt SME follow-ups; the follow-up events close the kickoff prompts", () => {
      expect(changes({ type: "kickoff.held", data: { risks: [], wantsPartner: false, knowledgeGaps: ["Teams governance"] } })).toContainEqual(
        finding("offer_sme_follow_up"),
      );
      const state = tenant({ findings: open("confirm_dibs", "capture_ssat", "offer_sme_follow_up") });
      expect(outline(run({ type: "dibs.confirmed" }, state))).toEqual([["resolve_finding", "confirm_dibs"]]);
      expect(outline(run({ type: "ssat.capture_started" }, state))).toEqual([["resolve_finding", "capture_ssat"]]);
      expect(outline(run({ type: "sme_follow_up.offered" }, state))).toEqual([["resolve_finding", "offer_sme_follow_up"]]);
    });
  });

  describe("Land the Benefit (steps 5–7)", () => {
    const state = tenant({ tasks: [{ taskId: 3330, service: null, status: "in_progress" }], findings: open("prepare_land_the_benefit") });

    it("completed with the engagement start date: 3330 Complete, the date set, DIBS and Enterprise Status prompt", () => {
      const effects = run({ type: "benefit.landed", data: { engagementStartDate: "2027-01-04" } }, state);
      expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
        { kind: "set_task_status", taskId: 3330, service: null, status: "complete" },
        { kind: "resolve_finding", code: "prepare_land_the_benefit", service: null },
        finding("update_dibs_enterprise_status", "fasttrack_architect_v2"),
        { kind: "set_engagement_start_date", date: "2027-01-04" },
      ]);
      expect(effects[3]?.explanation.why).toBe("The customer wants to start working with FastTrack on 2027-01-04, captured as the Engagement Start Date.");
      expect(outline(run({ type: "enterprise_status.updated" }, applyEffects(state, effects)))).toEqual([["resolve_finding", "update_dibs_enterprise_status"]]);
    });

    it("without a date, asks for the Engagement Start Date only when the tenant has none", () => {
      expect(outline(run({ type: "benefit.landed", data: {} }, state))).toContainEqual(["raise_finding", "capture_engagement_start_date"]);
      expect(outline(run({ type: "benefit.landed", data: {} }, { ...state, engagementStartDate: "2026-12-01" }))).not.toContainEqual([
        "raise_finding",
        "capture_engagement_start_date",
      ]);
    });
  });

  describe("governance (steps 8–11)", () => {
    it("established every two weeks: 3334 Complete, 3333 In Progress, a reminder in 10 business days", () => {
      const effects = run({ type: "governance.established", data: { cadenceWeeks: 2 } }, tenant({ findings: open("set_up_governance") }));
      expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
        { kind: "start_timer", key: "governance-review", service: null, dueDate: "2026-12-07", event: { type: "governance.review_due", data: { cadenceWeeks: 2 } } },
        task(3334),
        { kind: "set_task_status", taskId: 3334, service: null, status: "complete" },
        task(3333, "fasttrack_architect_v2"),
        { kind: "set_task_status", taskId: 3333, service: null, status: "in_progress" },
        { kind: "resolve_finding", code: "set_up_governance", service: null },
      ]);
      expect(effects[0]?.explanation.why).toBe("The governance reviews meet every two weeks, so the next reminder comes in 10 business days.");
    });

    it("refuses a cadence other than every 1 or 2 weeks", () => {
      expect(refusal({ type: "governance.established", data: { cadenceWeeks: 3 } })).toBe(
        "Say how often the governance reviews meet: cadenceWeeks 1 (every week) or 2 (every two weeks), by lifecycle phase.",
      );
      expect(refusal({ type: "governance.established" })).toContain("cadenceWeeks 1");
    });

    it("the weekly reminder prompts the reviews and re-arms itself at each firing, until the FM disengages", () => {
      const established = run({ type: "governance.established", data: { cadenceWeeks: 1 } });
      expect(established[0]).toMatchObject({ kind: "start_timer", dueDate: "2026-11-30" });
      let state = applyEffects(tenant(), established);

      const first = fire(state, established, new Date("2026-11-30T07:00:00Z"));
      expect(first.effects.map(({ explanation: _e, ...c }) => c)).toEqual([
        { kind: "start_timer", key: "governance-review", service: null, dueDate: "2026-12-07", event: { type: "governance.review_due", data: { cadenceWeeks: 1 } } },
        finding("governance_review_due"),
      ]);
      state = applyEffects(first.state, first.effects);
      expect(state.timers).toEqual([{ key: "governance-review", service: null, dueDate: "2026-12-07" }]);

      const held = run({ type: "governance.review_held" }, state);
      expect(outline(held)).toEqual([["resolve_finding", "governance_review_due"]]);
      state = applyEffects(state, held);

      const second = fire(state, first.effects, new Date("2026-12-07T07:00:00Z"));
      expect(outline(second.effects)).toEqual([
        ["start_timer", "governance-review"],
        ["raise_finding", "governance_review_due"],
      ]);
      expect(second.effects[0]).toMatchObject({ dueDate: "2026-12-14" });
      state = applyEffects(second.state, second.effects);

      expect(changes({ type: "engagement.disengaged" }, state)).toEqual([
        { kind: "cancel_timer", key: "governance-review", service: null },
        { kind: "resolve_finding", code: "governance_review_due", service: null },
        { kind: "assign_queue", queue: "ftcq_inactive_emea", role: "rm" },
        { kind: "set_task_status", taskId: 3333, service: null, status: "complete" },
      ]);
    });

    it("disengaging moves the tenant from the AiR queue to FTCQ Inactive of its region, and only then unassigns the FM", () => {
      const assigned = tenant({
        region: "apj",
        queues: ["ftcq_air_apj"],
        assignees: [
          { userId: "fm-1", role: "fm", primary: true },
          { userId: "fe-1", role: "fe", primary: true },
        ],
      });
      const effects = changes({ type: "engagement.disengaged" }, assigned);
      expect(effects.filter((e) => e.kind.includes("assign"))).toEqual([
        { kind: "unassign_queue", queue: "ftcq_air_apj" },
        { kind: "assign_queue", queue: "ftcq_inactive_apj", role: "rm" },
        { kind: "unassign_user", userId: "fm-1", role: "fm" },
      ]);
      const after = applyEffects(assigned, effects);
      expect(after).toMatchObject({ queues: ["ftcq_inactive_apj"], assignees: [{ userId: "fe-1", role: "fe", primary: true }] });
      expect(changes({ type: "engagement.disengaged" }, after)).toEqual([]);
    });

    it("a cadence change moves the running reminder", () => {
      const weekly = applyEffects(tenant(), run({ type: "governance.established", data: { cadenceWeeks: 1 } }));
      expect(changes({ type: "governance.cadence_changed", data: { cadenceWeeks: 2 } }, weekly)).toEqual([
        { kind: "start_timer", key: "governance-review", service: null, dueDate: "2026-12-07", event: { type: "governance.review_due", data: { cadenceWeeks: 2 } } },
      ]);
    });

    it("onsite health reviews: refused unless secure government or restricted network, which need approval", () => {
      expect(refusal({ type: "health_review.onsite_requested", data: { reason: "customer_prefers_in_person" } })).toBe(
        "Customer-facing Health Reviews are held remotely. Onsite attendance is allowed only for a highly secure government customer (reason secure_government) or when the customer's network restricts remote tools such as Skype or Teams (reason restricted_network).",
      );
      for (const reason of ["secure_government", "restricted_network"]) {
        expect(outline(run({ type: "health_review.onsite_requested", data: { reason } }))).toEqual([["raise_finding", "onsite_approval"]]);
      }
    });
  });

  describe("Adoption & Change Management (steps 12–14)", () => {
    const REFERRAL = { serviceType: "both", piiConsent: true, partners: ["Contoso Change", "Fabrikam Adoption", "Northwind Learning"] };

    it("the conversation concluded completes 4047", () => {
      expect(changes({ type: "acm.conversation_held" }, tenant({ tasks: [{ taskId: 4047, service: null, status: "in_progress" }] }))).toEqual([
        { kind: "set_task_status", taskId: 4047, service: null, status: "complete" },
      ]);
    });

    it("partner needed: a current partner first, then the Account Team, and QuickLeads 983 without one", () => {
      expect(outline(run({ type: "acm.partner_needed", data: { currentPartnerOffersAcm: true } }))).toEqual([["raise_finding", "acm_partner_via_current"]]);
      expect(outline(run({ type: "acm.partner_needed", data: { currentPartnerOffersAcm: false } }))).toEqual([["raise_finding", "acm_partner_via_account_team"]]);
      const unmanaged = run({ type: "acm.partner_needed", data: { currentPartnerOffersAcm: false } }, tenant({ managed: false }));
      expect(outline(unmanaged)).toEqual([
        ["create_task", 983],
        ["raise_finding", "acm_referral_request"],
      ]);
      expect(unmanaged[0]?.explanation.why).toBe(
        "No current partner offers ACM services and the customer has no Account Team, so the FM requests an ACM partner through the QuickLeads process (task 983).",
      );
      expect(refusal({ type: "acm.partner_needed", data: {} })).toContain("Ask the customer first whether one of their current partners offers");
    });

    it("refuses a referral without the customer's recorded consent to share contact details, saying how to fix it", () => {
      const expected =
        "An ACM partner referral shares the customer's contact details with the partners, so it needs the customer's verbal approval first: ask the customer, record their approval (piiConsent: true) and submit the referral again.";
      expect(refusal({ type: "acm.referral_submitted", data: { ...REFERRAL, piiConsent: false } })).toBe(expected);
      const { piiConsent: _omitted, ...withoutConsent } = REFERRAL;
      expect(refusal({ type: "acm.referral_submitted", data: withoutConsent })).toBe(expected);
    });

    it("refuses a referral without a service type, or with no or more than 3 partners", () => {
      expect(refusal({ type: "acm.referral_submitted", data: { ...REFERRAL, serviceType: "staffing" } })).toContain("serviceType advisory_planning");
      expect(refusal({ type: "acm.referral_submitted", data: { ...REFERRAL, partners: [] } })).toContain("when none was matched");
      expect(refusal({ type: "acm.referral_submitted", data: { ...REFERRAL, partners: ["A", "B", "C", "D"] } })).toBe(
        "At most 3 partners are referred to the customer: name only the 3 selected.",
      );
    });

    it("a referral to 3 partners completes 983 and waits 3 business days for them to contact the customer", () => {
      const state = tenant({ tasks: [{ taskId: 983, service: null, status: "not_started" }], findings: open("acm_referral_request") });
      const effects = run({ type: "acm.referral_submitted", data: REFERRAL }, state);
      expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
        { kind: "set_task_status", taskId: 983, service: null, status: "complete" },
        { kind: "resolve_finding", code: "acm_referral_request", service: null },
        { kind: "start_timer", key: "acm-partner-contact", service: null, dueDate: "2026-11-26", event: { type: "acm.partner_contact_overdue" } },
      ]);
      expect(effects[2]?.explanation.why).toBe(
        "The ACM partner referral (both) was submitted with the customer's consent; the partners should contact the customer within 3 business days.",
      );
    });

    it("fewer than 3 partners: the referral goes ahead and a finding says only N were matched", () => {
      const effects = changes({ type: "acm.referral_submitted", data: { ...REFERRAL, partners: ["Contoso Change", "Fabrikam Adoption"] } });
      expect(effects.map((e) => e.kind)).toEqual(["create_task", "set_task_status", "start_timer", "raise_finding"]);
      expect(effects[3]).toEqual({
        kind: "raise_finding",
        code: "acm_fewer_partners",
        service: null,
        role: FM,
        message:
          "Only 2 of the usual 3 ACM partners were matched by location and specialty: tell the customer, and ask QuickLeads or the Account Team for more if they want a wider choice.",
      });
    });

    it("a partner's contact stops the wait; when the wait runs out, the FM is asked to follow up", () => {
      const submitted = run({ type: "acm.referral_submitted", data: REFERRAL });
      const waiting = applyEffects(tenant(), submitted);
      expect(changes({ type: "acm.partner_contacted_customer" }, waiting)).toEqual([{ kind: "cancel_timer", key: "acm-partner-contact", service: null }]);
      const overdue = fire(waiting, submitted, new Date("2026-11-26T07:00:00Z"));
      expect(overdue.effects.map(({ explanation: _e, ...c }) => c)).toEqual([
        {
          kind: "raise_finding",
          code: "acm_partner_follow_up",
          service: null,
          role: FM,
          message: "No referred ACM partner has contacted the customer within 3 business days of the referral: follow up with the customer and the partners.",
        },
      ]);
    });
  });

  describe("checkpoints, enablement and survey (steps 15–17)", () => {
    it("weekly remediation checkpoints prompt the FE and re-arm until remediation completes", () => {
      const started = run({ type: "remediation.started", data: { cadenceWeeks: 1 } });
      expect(started.map(({ explanation: _e, ...c }) => c)).toEqual([
        { kind: "start_timer", key: "checkpoint-meeting", service: null, dueDate: "2026-11-30", event: { type: "checkpoint.due", data: { cadenceWeeks: 1 } } },
      ]);
      const due = fire(applyEffects(tenant(), started), started, new Date("2026-11-30T07:00:00Z"));
      expect(outline(due.effects)).toEqual([
        ["start_timer", "checkpoint-meeting"],
        ["raise_finding", "checkpoint_meeting_due"],
      ]);
      expect(due.effects[1]).toMatchObject({ role: "fasttrack_engineer" });
      const state = applyEffects(due.state, due.effects);
      expect(outline(run({ type: "checkpoint.held" }, state))).toEqual([["resolve_finding", "checkpoint_meeting_due"]]);
      expect(outline(run({ type: "remediation.completed" }, state))).toEqual([
        ["cancel_timer", "checkpoint-meeting"],
        ["resolve_finding", "checkpoint_meeting_due"],
      ]);
    });

    it("the enablement sync completes 1126 and the survey contact completes 3690", () => {
      const state = tenant({
        tasks: [
          { taskId: 1126, service: null, status: "not_started" },
          { taskId: 3690, service: null, status: "not_started" },
        ],
      });
      expect(changes({ type: "enablement.sync_held" }, state)).toEqual([{ kind: "set_task_status", taskId: 1126, service: null, status: "complete" }]);
      expect(changes({ type: "survey.contact_identified" }, state)).toEqual([{ kind: "set_task_status", taskId: 3690, service: null, status: "complete" }]);
    });
  });

  describe("disengagement (rules 100–102)", () => {
    const usage = (service: "teams" | "exchange" = "teams"): EngineEvent => ({ type: "usage.reported", service, data: { activeUsersPercent: 0, day: "2026-11-22" } });
    const due4058 = (state: TenantState) => changes(usage(), state).filter((c) => c.kind === "create_task" && c.taskId === 4058);

    it("100 active users complete enablement: 4058 and the completion discussion prompt; 99 do not", () => {
      expect(due4058(rfaTenant({ seats: 5000 }, { activeUsers: 99, activeUsersPercent: 1.98 }))).toEqual([]);
      const effects = run(usage(), rfaTenant({ seats: 5000 }, { activeUsers: 100, activeUsersPercent: 2 }));
      expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
        { kind: "create_task", taskId: 4058, service: "teams", role: FM, dueDate: null },
        {
          kind: "raise_finding",
          code: "hold_completion_discussion",
          service: "teams",
          role: FM,
          message:
            "Enablement of teams is complete: hold the engagement completion discussion with the customer, then record it to complete task 4058. The FM disengages from the customer once the last service is complete.",
        },
      ]);
      expect(effects[0]?.explanation.why).toBe(
        "teams has 100 active users, at least the 100 that complete enablement, and needs no migration, so disengagement is due (task 4058).",
      );
    });

    it.each([
      [999, 10, true],
      [999, 9.99, false],
      [1000, 10, false],
    ])("with %i seats, %f %% active users completes enablement: %s", (seats, percent, complete) => {
      const state = rfaTenant({ seats }, { activeUsers: 50, activeUsersPercent: percent });
      expect(due4058(state).length).toBe(complete ? 1 : 0);
    });

    it("explains the percentage milestone with the seats it saw", () => {
      const [effect] = run(usage(), rfaTenant({ seats: 999 }, { activeUsers: 80, activeUsersPercent: 10 }));
      expect(effect?.explanation).toMatchObject({
        playbookId: "engagement-completion",
        playbookVersion: 1,
        ruleId: "ec-enablement-active-percent",
        why: "teams has 10% active users and the customer has 999 seats (fewer than 1,000, so 10% completes enablement), and needs no migration, so disengagement is due (task 4058).",
        inputs: expect.objectContaining({ "service.activeUsersPercent": 10, "tenant.seats": 999 }),
      });
    });

    it("waits for the migration when migration is required (Exchange is migrating with 150 active users)", () => {
      expect(changes(usage("exchange"), rfaTenant())).toEqual([]);
    });

    it("only RFA engagements disengage; a milestone already acted on is not acted on again", () => {
      expect(changes(usage(), tenant({}, { activeUsers: 150 }))).toEqual([]);
      expect(changes(usage(), rfaTenant({ tasks: [{ taskId: 4058, service: "teams", status: "complete" }] }, { activeUsers: 150 }))).toEqual([]);
    });

    it("migration complete: 4060 and the prompt; enablement no longer creates 4058 for that service", () => {
      const state = rfaTenant();
      const effects = run({ type: "migration.completed", service: "exchange" }, state);
      expect(outline(effects)).toEqual([
        ["create_task", 4060],
        ["raise_finding", "hold_completion_discussion"],
      ]);
      expect(effects[0]).toMatchObject({ service: "exchange" });
      const migrated = applyEffects(state, effects);
      const operating = { ...migrated, services: migrated.services.map((s) => (s.code === "exchange" ? { ...s, status: "operate" as const } : s)) };
      expect(changes(usage("exchange"), operating)).toEqual([]);
      expect(refusal({ type: "migration.completed" }, state)).toBe("Say which service's migration is complete (service).");
    });

    it("the completion discussion completes 4058 or 4060; refused for a service whose disengagement is not due", () => {
      expect(refusal({ type: "engagement.completion_discussion_held", service: "teams" }, rfaTenant())).toBe(
        "Disengagement of teams is not due yet: the engagement completion discussion follows enablement completion (100 active users, or 10% for customers with fewer than 1,000 seats) or a completed migration.",
      );
      const state = rfaTenant({
        tasks: [
          { taskId: 4058, service: "teams", status: "not_started" },
          { taskId: 4060, service: "exchange", status: "not_started" },
        ],
        findings: [
          { code: "hold_completion_discussion", service: "teams", message: "Enablement of teams is complete: …" },
          { code: "hold_completion_discussion", service: "exchange", message: "The migration of exchange is complete: …" },
        ],
      });
      expect(changes({ type: "engagement.completion_discussion_held", service: "teams" }, state)).toEqual([
        { kind: "set_task_status", taskId: 4058, service: "teams", status: "complete" },
        { kind: "resolve_finding", code: "hold_completion_discussion", service: "teams" },
      ]);
      expect(outline(run({ type: "engagement.completion_discussion_held" }, state))).toEqual([
        ["set_task_status", 4060, "complete"],
        ["resolve_finding", "hold_completion_discussion"],
        ["set_task_status", 4058, "complete"],
        ["resolve_finding", "hold_completion_discussion"],
      ]);
    });
  });

  it("replaying an event after its effects are applied changes nothing (idempotent)", () => {
    const cases: [EngineEvent, TenantState][] = [
      [{ type: "engagement.started", data: { origin: "customer_health" } }, tenant()],
      [{ type: "engagement.started", data: { origin: "rfa" } }, tenant()],
      [{ type: "kickoff.held", data: { risks: ["blockers"], wantsPartner: true, knowledgeGaps: ["Intune"] } }, tenant()],
      [{ type: "benefit.landed", data: { engagementStartDate: "2027-01-04" } }, tenant()],
      [{ type: "benefit.landed", data: {} }, tenant()],
      [{ type: "governance.established", data: { cadenceWeeks: 2 } }, tenant()],
      [{ type: "governance.review_due", data: { cadenceWeeks: 1 } }, tenant()],
      [{ type: "health_review.onsite_requested", data: { reason: "secure_government" } }, tenant()],
      [{ type: "acm.partner_needed", data: { currentPartnerOffersAcm: false } }, tenant({ managed: false })],
      [{ type: "acm.referral_submitted", data: { serviceType: "advisory_planning", piiConsent: true, partners: ["Contoso"] } }, tenant()],
      [{ type: "acm.partner_contact_overdue" }, tenant()],
      [{ type: "remediation.started", data: { cadenceWeeks: 1 } }, tenant()],
      [{ type: "usage.reported", service: "teams", data: { activeUsersPercent: 20, day: "2026-11-22" } }, rfaTenant({}, { activeUsers: 160 })],
      [{ type: "migration.completed", service: "exchange" }, rfaTenant()],
      [{ type: "engagement.completion_discussion_held", service: "teams" }, rfaTenant({ tasks: [{ taskId: 4058, service: "teams", status: "not_started" }] })],
    ];
    for (const [event, state] of cases) {
      const effects = run(event, state);
      expect(effects.length, event.type).toBeGreaterThan(0);
      expect(run(event, applyEffects(state, effects)), event.type).toEqual([]);
    }
  });
});

describe("General Engagement version 2: QuickLeads referrals for the kickoff's risks", () => {
  const V2 = [loadPlaybook(GENERAL_ENGAGEMENT_V2), loadPlaybook(ENGAGEMENT_COMPLETION)];
  const runV2 = (event: EngineEvent, state = tenant(), now = NOW) => evaluate(V2, state, event, now);
  const changesV2 = (event: EngineEvent, state = tenant()) => runV2(event, state).map(({ explanation: _e, ...c }) => c);
  const REFERRAL = { need: "project_management", piiConsent: true, partners: ["Contoso PM", "Fabrikam Projects", "Litware"] };
  const refusedWith = (data: Record<string, unknown>) => {
    expect(() => runV2({ type: "quickleads.referral_submitted", data })).toThrow(EventRefused);
    try {
      runV2({ type: "quickleads.referral_submitted", data });
    } catch (error) {
      return (error as Error).message;
    }
    return "";
  };

  it("keeps every rule of version 1 and adds the QuickLeads ones; version 1 does not react to them", () => {
    expect(GENERAL_ENGAGEMENT_V2.version).toBe(2);
    expect(GENERAL_ENGAGEMENT_V2.rules.slice(0, GENERAL_ENGAGEMENT.rules.length)).toEqual(GENERAL_ENGAGEMENT.rules);
    expect(run({ type: "quickleads.referral_submitted", data: REFERRAL })).toEqual([]);
  });

  it("refuses a referral without the customer's consent, without partners, or with more than 3", () => {
    expect(refusedWith({ ...REFERRAL, piiConsent: false })).toContain("needs the customer's approval first");
    expect(refusedWith({ ...REFERRAL, partners: [] })).toContain("when none was matched");
    expect(refusedWith({ ...REFERRAL, partners: ["A", "B", "C", "D"] })).toContain("At most 3 partners");
  });

  it("completes 983 and waits 3 business days for a partner to contact the customer", () => {
    const state = tenant({ tasks: [{ taskId: 983, service: null, status: "not_started" }] });
    const effects = runV2({ type: "quickleads.referral_submitted", data: REFERRAL }, state);
    expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
      { kind: "set_task_status", taskId: 983, service: null, status: "complete" },
      { kind: "start_timer", key: "quickleads-partner-contact", service: null, dueDate: "2026-11-26", event: { type: "quickleads.partner_contact_overdue" } },
    ]);
    expect(effects[0]?.explanation.why).toContain("referral (project_management) was submitted with the customer's consent");
  });

  it("with fewer than 3 partners goes ahead and asks the FM to tell the customer", () => {
    const effects = changesV2({ type: "quickleads.referral_submitted", data: { ...REFERRAL, partners: ["Contoso PM"] } }, tenant({ tasks: [{ taskId: 983, service: null, status: "not_started" }] }));
    expect(effects.at(-1)).toMatchObject({ kind: "raise_finding", code: "quickleads_fewer_partners", message: expect.stringContaining("Only 1 of the usual 3 partners") });
  });

  it("a partner's contact stops the wait; when the wait runs out, the FM is asked to follow up", () => {
    const submitted = runV2({ type: "quickleads.referral_submitted", data: REFERRAL });
    const waiting = applyEffects(tenant(), submitted);
    expect(changesV2({ type: "quickleads.partner_contacted_customer" }, waiting)).toEqual([{ kind: "cancel_timer", key: "quickleads-partner-contact", service: null }]);
    const timer = submitted.find((e) => e.kind === "start_timer");
    if (timer?.kind !== "start_timer") throw new Error("no timer");
    const overdue = runV2(timer.event, { ...waiting, timers: waiting.timers.filter((t) => t.key !== timer.key) }, new Date("2026-11-26T07:00:00Z"));
    expect(overdue.map((e) => ["code" in e ? e.code : "", e.kind])).toEqual([["quickleads_partner_follow_up", "raise_finding"]]);
    expect(runV2(timer.event, applyEffects(waiting, overdue))).toEqual([]);
  });
});
