import { describe, expect, it } from "vitest";
import { EventRefused } from "../../engine/actions/index.ts";
import { applyEffects } from "../../engine/apply.ts";
import { evaluate } from "../../engine/evaluate.ts";
import type { Effect, EngineEvent, EngineTask, TenantState } from "../../engine/model.ts";
import { loadPlaybook } from "../../engine/playbook.ts";
import { INITIAL_CUSTOMER_ENGAGEMENT } from "./initial-engagement.ts";
import { SCENARIO_NOW, scenarioTenant } from "./test-tenant.ts";

const PLAYBOOK = loadPlaybook(INITIAL_CUSTOMER_ENGAGEMENT);
const NOW = SCENARIO_NOW; // Monday 2026-11-23, 10:00 in Berlin

function tenant(overrides: Partial<TenantState> = {}): TenantState {
  return scenarioTenant({ code: "teams", split: [{ l1: "status_unknown", entitlements: 500, l2: null, l3: null, notes: null }] }, [], overrides);
}

const task2453 = (status: EngineTask["status"]): EngineTask[] => [{ taskId: 2453, service: null, status }];
/** A tenant whose duplicate check cleared it: outreach may start. */
const engaging = (overrides: Partial<TenantState> = {}) => tenant({ tasks: task2453("in_progress"), ...overrides });

const run = (event: EngineEvent, state = tenant(), now = NOW) => evaluate([PLAYBOOK], state, event, now);
const changes = (event: EngineEvent, state = tenant(), now = NOW) => run(event, state, now).map(({ explanation: _e, ...change }) => change);
const refusal = (event: EngineEvent, state: TenantState) => {
  try {
    run(event, state);
  } catch (error) {
    if (error instanceof EventRefused) return error.message;
    throw error;
  }
  throw new Error(`${event.type} was not refused`);
};
/** Applies an event's effects, as the server does in its transaction. */
const step = (state: TenantState, event: EngineEvent, now = NOW) => applyEffects(state, run(event, state, now));

const finding = (code: string, message: string) => ({ kind: "raise_finding", code, service: null, role: "fasttrack_manager", message });
const taskStatus = (taskId: number, status: EngineTask["status"]) => ({ kind: "set_task_status", taskId, service: null, status });
const createTask = (taskId: number) => ({ kind: "create_task", taskId, service: null, role: "fasttrack_manager", dueDate: null });
const cancelWait = (key: string) => ({ kind: "cancel_timer", key, service: null });
const outreach = (audience: string, template: string, attemptNumber: number) => ({ kind: "create_outreach_step", audience, template, attemptNumber });
const wait = (key: string, dueDate: string, type: string, data: Record<string, unknown>) => ({
  kind: "start_timer",
  key,
  service: null,
  dueDate,
  event: { type, data },
});
const ACTIVE = { kind: "set_overall_status", status: "active", date: "2026-11-23" } as const;

const PARTNER_PROMPT_REMOVE =
  'The partner is not deploying any workload for the customer: on the Partners tab set Partner Name to "No Partner Identified" and MPN ID to "N/A", and remove the partner\'s contacts from the Contacts tab.';
const DUPLICATE_CHECK_REFUSAL =
  "Check for duplicate tenants and record the result before contacting anyone (search FTOP by Primary TPID, company name, name variations and abbreviations): the customer may already work with an FM on another tenant.";

describe("Initial Customer Engagement, Gateway (seed 003)", () => {
  it("loads: tenant level, the seed's steps, tasks 3993/3994/3995 in DIBS Source and 2453 in Complete Engagement", () => {
    expect(() => loadPlaybook(INITIAL_CUSTOMER_ENGAGEMENT)).not.toThrow();
    expect(INITIAL_CUSTOMER_ENGAGEMENT).toMatchObject({ id: "initial-customer-engagement", version: 1, service: null, source: "seeds/003_809f2e51af102cc8.txt" });
    expect(INITIAL_CUSTOMER_ENGAGEMENT.processes.flatMap((p) => p.steps.map((s) => [s.name, s.tasks]))).toEqual([
      ["Confirm Requirements for Processing", []],
      ["Contact Account Team", []],
      ["Contact Partner", []],
      ["Contact Customer", []],
      ["DIBS Source", [3993, 3994, 3995]],
      ["Complete Engagement Process", [2453]],
    ]);
    for (const rule of INITIAL_CUSTOMER_ENGAGEMENT.rules) expect(rule.source, rule.id).toMatch(/^003 /);
  });

  describe("Confirm Requirements for Processing", () => {
    it("start: task 2453 and prompts to check duplicates and entitlements before anyone is contacted; once", () => {
      const started = run({ type: "gateway.started" });
      expect(started.map(({ explanation: _e, ...c }) => c)).toEqual([
        createTask(2453),
        finding(
          "check_duplicate_tenants",
          "Check FTOP for duplicate tenants before contacting anyone: search the Primary TPID and the company name, its variations (Boolean search) and abbreviations, then record the result.",
        ),
        finding("check_entitlement_requirements", "Check that the tenant meets the Current Entitlement Requirements, then record the result."),
      ]);
      expect(started[0]?.explanation.why).toBe(
        "A tenant needing assignment (RM = FTCQ AiR) starts the Gateway engagement process: task 2453 is created, and duplicates and entitlements are checked before anyone is contacted.",
      );
      expect(run({ type: "gateway.started" }, applyEffects(tenant(), started))).toEqual([]);
    });

    it("start of a GoBack tenant also asks whether an FRP or an active CSS team has it", () => {
      expect(changes({ type: "gateway.started" }, tenant({ goBack: true }))).toContainEqual(
        finding(
          "check_goback_assignments",
          "GoBack tenant: check whether an FRP is assigned, or CSS is assigned and has worked on it (overall status, workload updates) in the past 90 days, then record the result.",
        ),
      );
    });

    it.each([
      ["tenant.rfaApprovedOn", tenant({ rfaApprovedOn: "2026-11-20" }), undefined],
      ["the FM's check", tenant(), { rfaJustApproved: true }],
    ])("RFA just approved (%s): straight to the RFA assignment option, no outreach", (_source, state, data) => {
      const started = run({ type: "gateway.started", ...(data ? { data } : {}) }, state);
      expect(started.map(({ explanation: _e, ...c }) => c)).toEqual([
        createTask(2453),
        taskStatus(2453, "not_required"),
        finding(
          "rfa_assignment_route",
          "An RFA was just approved on this tenant: go directly to the assignment option for Request for Assistance (RFA). No proactive outreach to the Account Team, partner or customer.",
        ),
      ]);
      expect(started[0]?.explanation.why).toBe(
        "An RFA has just been approved on the tenant, so it goes directly to the RFA assignment option instead of proactive outreach.",
      );
      const rfa = applyEffects(state, started);
      expect(changes({ type: "gateway.duplicate_check_recorded", data: { outcome: "no_duplicate" } }, rfa)).toEqual([]);
      expect(refusal({ type: "gateway.account_team_contacted", data: { pdmOnly: false, partnerListed: true } }, rfa)).toBe(
        "No outreach starts: an RFA was just approved, so the tenant takes the RFA assignment option (task 2453 is Not Required).",
      );
    });

    it("an RFA approved long ago does not count when the FM says it was not just approved", () => {
      expect(changes({ type: "gateway.started", data: { rfaJustApproved: false } }, tenant({ rfaApprovedOn: "2025-01-10" }))[0]).toEqual(createTask(2453));
    });

    it("no outreach before the duplicate check: contacting anyone is refused, with the reason", () => {
      const started = step(tenant(), { type: "gateway.started" });
      for (const type of ["gateway.account_team_contacted", "gateway.partner_contacted", "gateway.customer_contacted"]) {
        expect(refusal({ type, data: { pdmOnly: false, partnerListed: true } }, started), type).toBe(DUPLICATE_CHECK_REFUSAL);
        expect(refusal({ type, data: { pdmOnly: false, partnerListed: true } }, tenant()), type).toBe(DUPLICATE_CHECK_REFUSAL);
      }
    });

    it.each(["no_duplicate", "different_organization"])("duplicate check %s: the prompts close and task 2453 is In Progress", (outcome) => {
      const state = step(tenant(), { type: "gateway.started" });
      const cleared = run({ type: "gateway.duplicate_check_recorded", data: { outcome } }, state);
      expect(cleared.map(({ explanation: _e, ...c }) => c)).toEqual([
        { kind: "resolve_finding", code: "check_duplicate_tenants", service: null },
        taskStatus(2453, "in_progress"),
      ]);
      expect(cleared[1]?.explanation.why).toBe("The customer is not already working with an FM on another tenant, so outreach may start: task 2453 is In Progress.");
    });

    it("duplicate check finds a possible duplicate: compare in Viewpoint, outreach stays closed", () => {
      const state = step(tenant(), { type: "gateway.started" });
      const possible = step(state, { type: "gateway.duplicate_check_recorded", data: { outcome: "possible_duplicate" } });
      expect(possible.findings.map((f) => f.code)).toEqual(["check_entitlement_requirements", "compare_in_viewpoint"]);
      expect(possible.tasks).toEqual(task2453("not_started"));
      expect(changes({ type: "gateway.duplicate_check_recorded", data: { outcome: "different_organization" } }, possible)).toEqual([
        { kind: "resolve_finding", code: "compare_in_viewpoint", service: null },
        taskStatus(2453, "in_progress"),
      ]);
    });

    it("an additional tenant of a customer an FM already works with: reassign to that FM and tell them; no outreach", () => {
      const state = step(tenant(), { type: "gateway.started" });
      const effects = run({ type: "gateway.duplicate_check_recorded", data: { outcome: "additional_tenant", existingFm: "Ana Silva" } }, state);
      expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
        { kind: "resolve_finding", code: "check_duplicate_tenants", service: null },
        finding(
          "reassign_to_existing_fm",
          "This is an additional tenant of a customer Ana Silva already works with: reassign the tenant to Ana Silva and e-mail them that an additional tenant for one of their customers has been assigned to them.",
        ),
      ]);
      expect(effects[1]?.explanation.why).toBe("Ana Silva already works with this customer on another tenant, so the tenant goes to them and no outreach starts here.");
      expect(refusal({ type: "gateway.account_team_contacted", data: { pdmOnly: false, partnerListed: true } }, applyEffects(state, effects))).toBe(
        DUPLICATE_CHECK_REFUSAL,
      );
    });

    it("an additional tenant whose FM is a Waymark user: reassigned to them as primary FM, and they are e-mailed", () => {
      const state = step(tenant({ assignees: [{ userId: "gateway-fm", role: "fm", primary: true }] }), { type: "gateway.started" });
      const event = { type: "gateway.duplicate_check_recorded", data: { outcome: "additional_tenant", existingFmUserId: "ana" } };
      expect(changes(event, state)).toEqual([
        { kind: "resolve_finding", code: "check_duplicate_tenants", service: null },
        { kind: "assign_user", userId: "ana", role: "fm", primary: true, replacing: ["gateway-fm"] },
        {
          kind: "enqueue_message",
          template: "additional_tenant_assigned",
          recipientUserId: "ana",
          subject: "An additional tenant was assigned to you: Fabrikam",
          body: "Fabrikam is an additional tenant of a customer you already work with on another tenant, so it has been assigned to you as its FM. No outreach has started on it.",
        },
      ]);
      const after = step(state, event);
      expect(after.assignees).toEqual([{ userId: "ana", role: "fm", primary: true }]);
      expect(run(event, after)).toEqual([]);
    });

    it("refuses a duplicate check without a known outcome", () => {
      expect(refusal({ type: "gateway.duplicate_check_recorded", data: { outcome: "maybe" } }, tenant())).toMatch(/^Say what the duplicate-tenant check found/);
    });

    it("Current Entitlement Requirements not met: task 2453 Cancelled, running waits stop, the FM is told; met closes the prompt", () => {
      const started = step(tenant(), { type: "gateway.started" });
      expect(changes({ type: "gateway.entitlement_check_recorded", data: { met: true } }, started)).toEqual([
        { kind: "resolve_finding", code: "check_entitlement_requirements", service: null },
      ]);
      const waiting = engaging({ timers: [{ key: "account-team-answer", service: null, dueDate: "2026-11-26" }] });
      expect(changes({ type: "gateway.entitlement_check_recorded", data: { met: false } }, waiting)).toEqual([
        taskStatus(2453, "cancelled"),
        cancelWait("account-team-answer"),
        finding("entitlement_requirements_not_met", "The tenant does not meet the Current Entitlement Requirements: do not engage it; no outreach starts."),
      ]);
    });

    describe("GoBack tenants (rules 66, 67)", () => {
      const goBack = (overrides: Partial<TenantState> = {}) => tenant({ goBack: true, queues: ["ftcq_goback_emea", "ftcq_air_emea"], tasks: task2453("not_started"), ...overrides });

      it("an FRP is assigned: the FTCQ GoBack EMEA queue leaves, 2453 Cancelled, the FM removes themself", () => {
        const effects = run({ type: "gateway.goback_check_recorded", data: { frpAssigned: true, cssAssigned: false } }, goBack());
        expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
          { kind: "unassign_queue", queue: "ftcq_goback_emea" },
          taskStatus(2453, "cancelled"),
          finding("leave_goback_tenant", "Do not work this GoBack tenant: an FRP is assigned. You and the FTCQ GoBack queue leave its assignments."),
        ]);
        expect(effects[0]?.explanation.why).toBe(
          "The GoBack tenant has an FRP assigned, so the FM does not work it: the FM who recorded the check and the FTCQ GoBack queue leave its assignments, and task 2453 is cancelled.",
        );
      });

      it("the FM who records the check leaves the tenant's assignments; other assignees stay", () => {
        const assignees = [
          { userId: "fm-1", role: "fm", primary: true },
          { userId: "fe-1", role: "fe", primary: true },
        ];
        const effects = changes({ type: "gateway.goback_check_recorded", data: { frpAssigned: true, cssAssigned: false }, actorUserId: "fm-1" }, goBack({ assignees }));
        expect(effects).toContainEqual({ kind: "unassign_user", userId: "fm-1", role: null });
        expect(applyEffects(goBack({ assignees }), effects).assignees).toEqual([{ userId: "fe-1", role: "fe", primary: true }]);
      });

      it.each([
        [30, true],
        [90, true],
        [91, false],
      ])("assigned to CSS, active %s days ago: left alone = %s", (cssActivityDaysAgo, leave) => {
        const result = changes({ type: "gateway.goback_check_recorded", data: { frpAssigned: false, cssAssigned: true, cssActivityDaysAgo } }, goBack());
        expect(result).toEqual(
          leave
            ? [
                { kind: "unassign_queue", queue: "ftcq_goback_emea" },
                taskStatus(2453, "cancelled"),
                finding(
                  "leave_goback_tenant",
                  `Do not work this GoBack tenant: CSS is assigned and worked on it ${cssActivityDaysAgo} days ago. You and the FTCQ GoBack queue leave its assignments.`,
                ),
              ]
            : [],
        );
      });

      it("closes the GoBack prompt; a CSS-assigned tenant without recorded activity, or a tenant that is no GoBack, is worked", () => {
        const started = step(goBack({ tasks: [] }), { type: "gateway.started" });
        expect(changes({ type: "gateway.goback_check_recorded", data: { frpAssigned: false, cssAssigned: true } }, started)).toEqual([
          { kind: "resolve_finding", code: "check_goback_assignments", service: null },
        ]);
        expect(changes({ type: "gateway.goback_check_recorded", data: { frpAssigned: true, cssAssigned: false } }, goBack({ goBack: false }))).toEqual([]);
      });
    });
  });

  describe("Contact Account Team", () => {
    it("sends the Account Team Contact Template, waits 3 business days (Mon 23 → Thu 26 Nov in Berlin), Overall Status Active", () => {
      const effects = run({ type: "gateway.account_team_contacted", data: { pdmOnly: false, partnerListed: true } }, engaging());
      expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
        outreach("account_team", "Account Team Contact Template", 1),
        wait("account-team-answer", "2026-11-26", "gateway.account_team_unanswered", { attemptNumber: 1, pdmOnly: false, partnerListed: true }),
        ACTIVE,
      ]);
      expect(effects[0]?.explanation).toEqual({
        playbookId: "initial-customer-engagement",
        playbookVersion: 1,
        ruleId: "gw-account-team-contact",
        why: "The Account Team Contact Template goes to every Account Team member, who have 3 business days to respond; the Overall Status is updated.",
        inputs: { event: "gateway.account_team_contacted", data: { pdmOnly: false, partnerListed: true }, "task.2453.status": "in_progress" },
      });
    });

    it("several partners and several PDM/PSEs: a prompt to keep the PDM/PSEs off the same e-mail", () => {
      expect(changes({ type: "gateway.account_team_contacted", data: { pdmOnly: false, partnerListed: true, multiplePdmPse: true } }, engaging())).toContainEqual(
        finding(
          "separate_pdm_pse",
          "More than one partner and more than one PDM/PSE are listed: do not put the PDM/PSEs on the same Account Team e-mail. E-mail the rest of the Account Team, list the possible partner names and ask whether the customer has a partner and which; or e-mail each PDM/PSE separately, copying the rest of the Account Team.",
        ),
      );
    });

    const MEETING = finding("schedule_account_team_meeting", "The Account Team did not respond within 3 business days: schedule a meeting with the Account Team.");
    const PDM = finding(
      "follow_up_pdm",
      "The only Account Team member is a PDM and the tenant is unmanaged: send the PDM a follow-up e-mail instead of scheduling a meeting (a PDM can confirm whether a partner works with the customer, but cannot provide DIBS).",
    );
    const PARTNER_STEP = [
      outreach("partner", "Partner Contact Template", 1),
      wait("partner-answer", "2026-11-26", "gateway.partner_unanswered", { attemptNumber: 1 }),
      ACTIVE,
    ];

    it.each([
      ["several members, managed", false, true, MEETING],
      ["only a PDM, managed", true, true, MEETING],
      ["only a PDM, unmanaged", true, false, PDM],
      ["several members, unmanaged", false, false, MEETING],
    ])("no answer in 3 business days (%s): the second contact, then the partner", (_case, pdmOnly, managed, secondContact) => {
      const event = { type: "gateway.account_team_unanswered", data: { attemptNumber: 1, pdmOnly, partnerListed: true } };
      expect(changes(event, engaging({ managed }))).toEqual([secondContact, ...PARTNER_STEP]);
    });

    it("no answer and no partner listed: straight to the customer's 1st contact", () => {
      const event = { type: "gateway.account_team_unanswered", data: { attemptNumber: 1, pdmOnly: false, partnerListed: false } };
      expect(changes(event, engaging())).toEqual([
        MEETING,
        outreach("customer", "Customer 1st Contact Template", 1),
        wait("customer-answer", "2026-11-26", "gateway.customer_unanswered", { attemptNumber: 1 }),
        ACTIVE,
      ]);
    });

    it("the Account Team responds: the wait stops, the meeting prompt closes, contacts are to be updated", () => {
      const contacted = step(engaging(), { type: "gateway.account_team_contacted", data: { pdmOnly: false, partnerListed: true } });
      expect(changes({ type: "gateway.account_team_responded", data: { providedDibs: false, frpEngaged: false } }, contacted)).toEqual([
        cancelWait("account-team-answer"),
        finding(
          "update_account_team_contacts",
          "The Account Team responded: check IS ENGAGED for each member who responded, update the Contacts tab with members they added or removed (added ones IS ENGAGED), and the Partners and Contacts tabs with partner contacts they gave. Keep customer contacts out of FTOP until the Contact Customer step.",
        ),
      ]);
      const met = step(engaging(), { type: "gateway.account_team_unanswered", data: { attemptNumber: 1, pdmOnly: false, partnerListed: true } });
      expect(changes({ type: "gateway.account_team_responded", data: { providedDibs: false, frpEngaged: false } }, met)).toContainEqual({
        kind: "resolve_finding",
        code: "schedule_account_team_meeting",
        service: null,
      });
    });

    it("the Account Team gives DIBS → DIBS Flowchart; names an FRP that is engaged → FRP Engaged", () => {
      const result = changes({ type: "gateway.account_team_responded", data: { providedDibs: true, frpEngaged: true } }, engaging());
      expect(result).toContainEqual(finding("follow_dibs_flowchart", "DIBS were provided: follow the DIBS Flowchart to determine the Proactive Assignment Option."));
      expect(result).toContainEqual({ kind: "record_assignment_option", option: "frp_engaged" });
    });
  });

  describe("Contact Partner", () => {
    it("contacting the partner stops the Account Team wait and waits 3 business days for the partner", () => {
      const state = engaging({ timers: [{ key: "account-team-answer", service: null, dueDate: "2026-11-26" }] });
      expect(changes({ type: "gateway.partner_contacted" }, state)).toEqual([
        cancelWait("account-team-answer"),
        outreach("partner", "Partner Contact Template", 1),
        wait("partner-answer", "2026-11-26", "gateway.partner_unanswered", { attemptNumber: 1 }),
        ACTIVE,
      ]);
    });

    it("deploying and on the FRP list → FRP Engaged; deploying, not on it → DIBS Flowchart", () => {
      const waiting = engaging({ timers: [{ key: "partner-answer", service: null, dueDate: "2026-11-26" }] });
      const UPDATE = finding("update_partner_contacts", "The partner is deploying for the customer: update the Partners and Contacts tabs and check IS ENGAGED for each partner contact who responded.");
      expect(changes({ type: "gateway.partner_responded", data: { deploying: true, onFrpList: true } }, waiting)).toEqual([
        cancelWait("partner-answer"),
        UPDATE,
        { kind: "record_assignment_option", option: "frp_engaged" },
      ]);
      expect(changes({ type: "gateway.partner_responded", data: { deploying: true, onFrpList: false } }, waiting)).toEqual([
        cancelWait("partner-answer"),
        UPDATE,
        finding("follow_dibs_flowchart", "The deploying partner is not a FastTrack Ready Partner: follow the DIBS Flowchart to determine the Proactive Assignment Option."),
      ]);
    });

    it("not deploying: the FM sets Partner Name \"No Partner Identified\", MPN ID \"N/A\" and removes its contacts", () => {
      const effects = run({ type: "gateway.partner_responded", data: { deploying: false } }, engaging());
      expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([finding("remove_partner", PARTNER_PROMPT_REMOVE)]);
      expect(effects[0]?.explanation.why).toBe(
        "The partner is not deploying any workload for the customer (e.g. SOW not signed, or earlier work finished), so it is removed from FTOP.",
      );
    });
  });

  describe("Contact Customer", () => {
    it("1st contact stops the earlier waits; the 2nd and 3rd go as reply-all, each after 3 unanswered business days", () => {
      expect(changes({ type: "gateway.customer_contacted" }, engaging({ timers: [{ key: "partner-answer", service: null, dueDate: "2026-11-26" }] }))).toEqual([
        cancelWait("partner-answer"),
        outreach("customer", "Customer 1st Contact Template", 1),
        wait("customer-answer", "2026-11-26", "gateway.customer_unanswered", { attemptNumber: 1 }),
        ACTIVE,
      ]);
      // Active since last week: the step states it again today, so the Overall Status date is fresh.
      const second = run({ type: "gateway.customer_unanswered", data: { attemptNumber: 1 } }, engaging({ overallStatus: "active", overallStatusDate: "2026-11-18" }));
      expect(second.map(({ explanation: _e, ...c }) => c)).toEqual([
        outreach("customer", "Customer 2nd Contact Template", 2),
        wait("customer-answer", "2026-11-26", "gateway.customer_unanswered", { attemptNumber: 2 }),
        ACTIVE,
      ]);
      expect(second[0]?.explanation.why).toBe(
        "The customer did not answer the 1st contact within 3 business days, so the Customer 2nd Contact Template goes as a reply all to the first e-mail, with 3 more business days to respond.",
      );
    });

    it("no answer to the 3rd contact: Unresponsive option, 2453 Complete, no Engagement Start Date", () => {
      const effects = run({ type: "gateway.customer_unanswered", data: { attemptNumber: 3 } }, engaging());
      expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
        { kind: "record_assignment_option", option: "unresponsive" },
        taskStatus(2453, "complete"),
        finding(
          "document_unresponsive",
          "The customer did not respond to three contacts: the tenant takes the unresponsive assignment option. Document it in the Overall Status Notes; do not update the Engagement Start Date.",
        ),
      ]);
      expect(effects[0]?.explanation.why).toBe(
        "The customer did not respond to the 3rd contact, so the tenant takes the Proactive Assignment Option for unresponsive customers and the engagement process ends (task 2453).",
      );
    });

    it("the customer responds: the wait stops; meeting, IS ENGAGED and the call script are prompted", () => {
      const state = engaging({ timers: [{ key: "customer-answer", service: null, dueDate: "2026-11-26" }] });
      expect(changes({ type: "gateway.customer_responded" }, state)).toEqual([
        cancelWait("customer-answer"),
        finding(
          "meet_customer",
          "The customer responded: schedule a meeting, check IS ENGAGED for each customer contact involved in the project, and use the Gateway Team Customer Call Script to obtain DIBS. After the call, assign the tenant to the matching Assignment Option.",
        ),
      ]);
    });

    it("SfB: still intending SfB after the Teams First Pitch prompts the SfB Escalation Email Template", () => {
      expect(changes({ type: "gateway.teams_first_pitched", data: { stillIntendsSfb: true } }, engaging())).toEqual([
        finding("send_sfb_escalation", "The customer still intends to deploy Skype for Business after the Teams First Pitch: send the SfB Escalation Email Template."),
      ]);
      expect(changes({ type: "gateway.teams_first_pitched", data: { stillIntendsSfb: false } }, engaging())).toEqual([]);
    });

    it("timer events of a closed process do nothing (the FM stopped working the tenant meanwhile)", () => {
      for (const status of ["cancelled", "complete", "not_required"] as const) {
        expect(changes({ type: "gateway.customer_unanswered", data: { attemptNumber: 1 } }, tenant({ tasks: task2453(status) })), status).toEqual([]);
        expect(changes({ type: "gateway.partner_unanswered", data: { attemptNumber: 1 } }, tenant({ tasks: task2453(status) })), status).toEqual([]);
      }
    });
  });

  describe("DIBS Source", () => {
    it.each([
      ["account_team", 3993],
      ["partner", 3994],
      ["customer", 3995],
    ])("full DIBS from %s: exactly task %s Complete", (source, taskId) => {
      const effects = run({ type: "gateway.dibs_obtained", data: { source } }, engaging());
      expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([createTask(taskId), taskStatus(taskId, "complete")]);
    });

    it("a second source is refused, since only one of 3993/3994/3995 is marked; the same source again changes nothing", () => {
      const fromAccountTeam = step(engaging(), { type: "gateway.dibs_obtained", data: { source: "account_team" } });
      expect(refusal({ type: "gateway.dibs_obtained", data: { source: "customer" } }, fromAccountTeam)).toBe(
        "Another DIBS source is already recorded (one of tasks 3993, 3994, 3995 is Complete), and seed 003 marks only one, by who provided full DIBS. Reopen that task first if it was recorded wrongly.",
      );
      expect(run({ type: "gateway.dibs_obtained", data: { source: "account_team" } }, fromAccountTeam)).toEqual([]);
      expect(refusal({ type: "gateway.dibs_obtained", data: { source: "fm" } }, engaging())).toBe(
        "Say who provided the full DIBS: source must be account_team, partner or customer.",
      );
    });
  });

  describe("Complete Engagement Process", () => {
    const open = () =>
      engaging({
        timers: [{ key: "customer-answer", service: null, dueDate: "2026-11-26" }],
        findings: [{ code: "meet_customer", service: null, message: "…" }],
      });

    it("task 2453 Complete, the wait stops, prompts settle, the Engagement Start Date and the chosen option are recorded", () => {
      const effects = run({ type: "gateway.engagement_completed", data: { engagementStartDate: "2026-12-01", option: "frp_referral" } }, open());
      expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
        taskStatus(2453, "complete"),
        cancelWait("customer-answer"),
        { kind: "resolve_finding", code: "meet_customer", service: null },
        { kind: "set_engagement_start_date", date: "2026-12-01" },
        { kind: "record_assignment_option", option: "frp_referral" },
      ]);
      expect(effects.map((e) => e.explanation.why)).toContain("Completing the engagement process updates the Engagement Start Date in FTOP to 2026-12-01.");
    });

    const base = { frpEngaged: false, partnerEngaged: false, dibsProvided: true, frpReferralEligible: false, meetsCssCriteria: false, wantsFtc: false };
    it.each([
      ["an FRP is engaged, no DIBS (rule 96)", { frpEngaged: true, partnerEngaged: true, dibsProvided: false }, "frp_engaged"],
      ["no partner, DIBS, FRP-referral eligible (rule 93)", { frpReferralEligible: true }, "frp_referral"],
      ["no partner, DIBS, eligible for both: the referral first", { frpReferralEligible: true, meetsCssCriteria: true }, "frp_referral"],
      ["no partner, DIBS, CSS criteria (rule 94)", { meetsCssCriteria: true }, "assign_delivery_resources"],
      ["non-FRP partner, wants FTC, DIBS (rule 95)", { partnerEngaged: true, wantsFtc: true }, "assign_delivery_resources"],
      ["non-FRP partner, no FTC wanted (rule 97)", { partnerEngaged: true }, "no_ftc_assistance_needed"],
      ["no partner, no DIBS (rule 97)", { dibsProvided: false, frpReferralEligible: true, meetsCssCriteria: true }, "no_ftc_assistance_needed"],
    ])("derives exactly one option: %s → %s", (_case, facts, option) => {
      const result = changes({ type: "gateway.engagement_completed", data: { engagementStartDate: "2026-12-01", ...base, ...facts } }, engaging());
      expect(result.filter((c) => c.kind === "record_assignment_option")).toEqual([{ kind: "record_assignment_option", option }]);
    });

    it("refuses a completion without Engagement Start Date, except for an unresponsive customer, and an unknown option", () => {
      expect(refusal({ type: "gateway.engagement_completed", data: { option: "frp_referral" } }, engaging())).toBe(
        "Record the Engagement Start Date (YYYY-MM-DD): completing the engagement process updates it in FTOP.",
      );
      expect(changes({ type: "gateway.engagement_completed", data: { option: "unresponsive" } }, engaging())).toEqual([
        taskStatus(2453, "complete"),
        { kind: "record_assignment_option", option: "unresponsive" },
      ]);
      expect(refusal({ type: "gateway.engagement_completed", data: { engagementStartDate: "2026-12-01", option: "css" } }, engaging())).toMatch(
        /^"css" is not an assignment option; use one of frp_engaged, frp_referral/,
      );
      expect(refusal({ type: "gateway.engagement_completed", data: { engagementStartDate: "2026-12-01" } }, tenant({ tasks: task2453("cancelled") }))).toBe(
        "The Gateway engagement process cannot be completed: the FM does not work this tenant, as its findings explain (task 2453 is Cancelled).",
      );
    });
  });

  it("full walk: nobody answers — Account Team → partner → customer 1st, 2nd, 3rd → Unresponsive, each wait firing the next step", () => {
    /** What the timer job does when a wait's due date comes: the timer leaves the pending set and its event runs. */
    const fire = (state: TenantState, key: string): [TenantState, Effect[], string] => {
      const timer = state.timers.find((t) => t.key === key);
      const started = history.findLast((e): e is Effect & { kind: "start_timer" } => e.kind === "start_timer" && e.key === key);
      if (!timer || !started) throw new Error(`no running wait ${key}`);
      const firedAt = new Date(`${timer.dueDate}T08:00:00Z`); // 09:00 in Berlin on the due date
      const pending = { ...state, timers: state.timers.filter((t) => t !== timer) };
      const effects = run(started.event, pending, firedAt);
      history.push(...effects);
      return [applyEffects(pending, effects), effects, timer.dueDate];
    };
    const history: Effect[] = [];
    const record = (state: TenantState, event: EngineEvent) => {
      const effects = run(event, state);
      history.push(...effects);
      return applyEffects(state, effects);
    };

    let state = record(tenant({ queues: ["ftcq_air_emea"] }), { type: "gateway.started" });
    state = record(state, { type: "gateway.duplicate_check_recorded", data: { outcome: "no_duplicate" } });
    state = record(state, { type: "gateway.entitlement_check_recorded", data: { met: true } });
    state = record(state, { type: "gateway.account_team_contacted", data: { pdmOnly: false, partnerListed: true } });
    expect(state.timers).toEqual([{ key: "account-team-answer", service: null, dueDate: "2026-11-26" }]);
    expect(state.overallStatus).toBe("active");

    let effects: Effect[];
    let firedOn: string;
    [state, effects, firedOn] = fire(state, "account-team-answer");
    expect(firedOn).toBe("2026-11-26");
    expect(effects.map((e) => [e.kind, e.explanation.ruleId])).toEqual([
      ["raise_finding", "gw-account-team-unanswered-meeting"],
      ["create_outreach_step", "gw-account-team-unanswered-contact-partner"],
      ["start_timer", "gw-account-team-unanswered-contact-partner"],
      ["set_overall_status", "gw-account-team-unanswered-contact-partner"],
    ]);
    expect(state.timers).toEqual([{ key: "partner-answer", service: null, dueDate: "2026-12-01" }]);
    expect(state.overallStatusDate).toBe("2026-11-26");

    [state, effects] = fire(state, "partner-answer");
    expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
      outreach("customer", "Customer 1st Contact Template", 1),
      wait("customer-answer", "2026-12-04", "gateway.customer_unanswered", { attemptNumber: 1 }),
      { ...ACTIVE, date: "2026-12-01" },
    ]);

    [state, effects] = fire(state, "customer-answer");
    expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
      outreach("customer", "Customer 2nd Contact Template", 2),
      wait("customer-answer", "2026-12-09", "gateway.customer_unanswered", { attemptNumber: 2 }),
      { ...ACTIVE, date: "2026-12-04" },
    ]);

    [state, effects] = fire(state, "customer-answer");
    expect(effects.map(({ explanation: _e, ...c }) => c)).toEqual([
      outreach("customer", "Customer 3rd Contact Template", 3),
      wait("customer-answer", "2026-12-14", "gateway.customer_unanswered", { attemptNumber: 3 }),
      { ...ACTIVE, date: "2026-12-09" },
    ]);

    [state, effects, firedOn] = fire(state, "customer-answer");
    expect(firedOn).toBe("2026-12-14");
    expect(effects.map((e) => e.kind)).toEqual(["record_assignment_option", "set_task_status", "raise_finding"]); // the wait already fired
    expect(state).toMatchObject({ assignmentOption: "unresponsive", engagementStartDate: null, overallStatus: "active", timers: [] });
    expect(state.tasks).toEqual(task2453("complete"));
    expect(state.outreach).toEqual([
      { audience: "account_team", attemptNumber: 1 },
      { audience: "partner", attemptNumber: 1 },
      { audience: "customer", attemptNumber: 1 },
      { audience: "customer", attemptNumber: 2 },
      { audience: "customer", attemptNumber: 3 },
    ]);
    expect(state.findings.map((f) => f.code)).toEqual(["schedule_account_team_meeting", "document_unresponsive"]);
  });

  it("replaying an event after its effects are applied changes nothing (idempotent)", () => {
    const timers = [
      { key: "account-team-answer", service: null, dueDate: "2026-11-26" },
      { key: "partner-answer", service: null, dueDate: "2026-11-26" },
      { key: "customer-answer", service: null, dueDate: "2026-11-26" },
    ];
    const cases: [EngineEvent, TenantState][] = [
      [{ type: "gateway.started" }, tenant({ goBack: true })],
      [{ type: "gateway.started", data: { rfaJustApproved: true } }, tenant()],
      [{ type: "gateway.duplicate_check_recorded", data: { outcome: "no_duplicate" } }, tenant()],
      [{ type: "gateway.duplicate_check_recorded", data: { outcome: "possible_duplicate" } }, tenant()],
      [{ type: "gateway.duplicate_check_recorded", data: { outcome: "additional_tenant", existingFm: "Ana Silva" } }, tenant()],
      [{ type: "gateway.duplicate_check_recorded", data: { outcome: "additional_tenant", existingFmUserId: "ana" } }, tenant()],
      [{ type: "gateway.entitlement_check_recorded", data: { met: false } }, engaging({ timers })],
      [{ type: "gateway.goback_check_recorded", data: { frpAssigned: true, cssAssigned: false } }, engaging({ goBack: true, queues: ["ftcq_goback_emea"] })],
      [{ type: "gateway.account_team_contacted", data: { pdmOnly: true, partnerListed: true, multiplePdmPse: true } }, engaging()],
      [{ type: "gateway.account_team_unanswered", data: { attemptNumber: 1, pdmOnly: true, partnerListed: false } }, engaging({ managed: false })],
      [{ type: "gateway.account_team_responded", data: { providedDibs: true, frpEngaged: true } }, engaging({ timers })],
      [{ type: "gateway.partner_contacted" }, engaging({ timers })],
      [{ type: "gateway.partner_responded", data: { deploying: true, onFrpList: false } }, engaging({ timers })],
      [{ type: "gateway.partner_responded", data: { deploying: false } }, engaging()],
      [{ type: "gateway.customer_contacted" }, engaging({ timers })],
      [{ type: "gateway.customer_unanswered", data: { attemptNumber: 2 } }, engaging()],
      [{ type: "gateway.customer_unanswered", data: { attemptNumber: 3 } }, engaging()],
      [{ type: "gateway.customer_responded" }, engaging({ timers })],
      [{ type: "gateway.teams_first_pitched", data: { stillIntendsSfb: true } }, engaging()],
      [{ type: "gateway.dibs_obtained", data: { source: "partner" } }, engaging()],
      [{ type: "gateway.engagement_completed", data: { engagementStartDate: "2026-12-01", partnerEngaged: true, wantsFtc: true, dibsProvided: true } }, engaging({ timers })],
    ];
    for (const [event, state] of cases) {
      const once = step(state, event);
      expect(run(event, state).length, `${event.type} does something the first time`).toBeGreaterThan(0);
      expect(run(event, once), event.type).toEqual([]);
    }
  });
});
