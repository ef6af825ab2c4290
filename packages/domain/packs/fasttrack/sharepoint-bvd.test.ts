import { describe, expect, it } from "vitest";
import { applyEffects } from "../../engine/apply.ts";
import { evaluate } from "../../engine/evaluate.ts";
import type { EngineEvent, EngineTask, TenantState } from "../../engine/model.ts";
import { loadPlaybook } from "../../engine/playbook.ts";
import { SHAREPOINT_BVD } from "./sharepoint-bvd.ts";
import { SCENARIO_NOW, scenarioTenant } from "./test-tenant.ts";

const PLAYBOOKS = [SHAREPOINT_BVD];

const NOW = SCENARIO_NOW;

/** Rule 29: once 3737 is complete, the data points still missing are asked for (the fixture's 50 In Progress have no Target Date). */
const dataPoints = (missing: string) => ({
  kind: "raise_finding",
  role: "fasttrack_manager",
  code: "record_3737_data_points",
  service: "sharepoint",
  message: `Task 3737 is complete: record SharePoint's ${missing}, mandatory data points of the task.`,
});
const NO_DATES = "Service Target Date, Service Next Action Date";

/** The 450 Status Unknown entitlements join the 50 In Progress ones once the customer declares intent. */
const INTENT_DECLARED = { kind: "set_entitlement_status", service: "sharepoint", to: "in_progress", l2: null, l3: null, moves: [{ from: "status_unknown", count: 450 }] };

function tenant(overrides: Partial<TenantState> = {}, sharepoint: Partial<TenantState["services"][number]> = {}): TenantState {
  return scenarioTenant(
    {
      code: "sharepoint",
      status: "initiate",
      deploymentOrder: null,
      split: [
        { l1: "status_unknown", entitlements: 450, l2: "new_subscription_or_workload", l3: null, notes: null },
        { l1: "in_progress", entitlements: 50, l2: null, l3: null, notes: null },
      ],
      activeUsersPercent: 0,
      ...sharepoint,
    },
    [{ taskId: 3737, service: "sharepoint", status: "not_started" }],
    overrides,
  );
}

const task3737 = (status: EngineTask["status"]): EngineTask[] => [{ taskId: 3737, service: "sharepoint", status }];
const run = (event: EngineEvent, state = tenant()) => evaluate(PLAYBOOKS, state, { service: "sharepoint", ...event }, NOW);
const changes = (event: EngineEvent, state = tenant()) => run(event, state).map(({ explanation: _e, ...change }) => change);

const CANCEL = { kind: "set_task_status", taskId: 3737, service: "sharepoint", status: "cancelled" } as const;
const COMPLETE = { kind: "set_task_status", taskId: 3737, service: "sharepoint", status: "complete" } as const;
const note = (text: string, l1 = "status_unknown") => ({ kind: "append_entitlement_note", service: "sharepoint", l1, text });

describe("SharePoint BVD (seed 001)", () => {
  it("loads: every task is in the catalogue and in a step, every rule well formed", () => {
    expect(loadPlaybook(SHAREPOINT_BVD)).toBe(SHAREPOINT_BVD);
    expect(SHAREPOINT_BVD.processes.flatMap((p) => p.steps)).toEqual([
      { id: "deliver-bvd", name: "Deliver the SharePoint BVD deck", role: "fasttrack_manager", tasks: [3737] },
    ]);
  });

  describe("the AU gate (FAQ, DESIGN decision 10)", () => {
    it("no active usage at start (0 % or unknown) — task 3737 is created, once", () => {
      for (const activeUsersPercent of [0, null]) {
        const fresh = tenant({ tasks: [] }, { activeUsersPercent });
        const started = run({ type: "playbook.started" }, fresh);
        expect(started.map(({ explanation, ...change }) => [change, explanation.ruleId])).toEqual([
          [{ kind: "create_task", taskId: 3737, service: "sharepoint", role: "fasttrack_manager", dueDate: null }, "sp-start"],
        ]);
        expect(run({ type: "playbook.started" }, applyEffects(fresh, started))).toEqual([]);
      }
    });

    it("AU > 10 % at start — 3737 Cancelled with \"AU > 10%\" instead of being delivered", () => {
      expect(changes({ type: "playbook.started" }, tenant({ tasks: [] }, { activeUsersPercent: 25 }))).toEqual([
        { kind: "create_task", taskId: 3737, service: "sharepoint", role: "fasttrack_manager", dueDate: null },
        CANCEL,
        note("AU > 10%"),
      ]);
    });

    it("0 % < AU ≤ 10 % at start — no task, a finding asks the FM to decide", () => {
      for (const activeUsersPercent of [5, 10]) {
        expect(changes({ type: "playbook.started" }, tenant({ tasks: [] }, { activeUsersPercent }))).toEqual([
          {
            kind: "raise_finding",
            role: "fasttrack_manager",
            code: "decide_bvd_low_au",
            service: "sharepoint",
            message: `SharePoint active usage is ${activeUsersPercent}% (between 0% and 10%): decide whether to deliver the SharePoint BVD (task 3737) or cancel it.`,
          },
        ]);
      }
    });

    it("usage arrives with AU > 10 % — 3737 Cancelled with \"AU > 10%\", automatically", () => {
      const event: EngineEvent = { type: "usage.reported", data: { activeUsersPercent: 25 } };
      expect(changes(event, tenant({}, { activeUsersPercent: 25 }))).toEqual([CANCEL, note("AU > 10%")]);
      expect(changes(event, tenant({ tasks: task3737("in_progress") }, { activeUsersPercent: 25 }))).toEqual([CANCEL, note("AU > 10%")]);
    });

    it("usage on a tenant whose SharePoint BVD never started creates no task just to cancel it", () => {
      expect(changes({ type: "usage.reported", data: { activeUsersPercent: 25 } }, tenant({ tasks: [] }, { activeUsersPercent: 25 }))).toEqual([]);
    });

    it("usage at or under 10 % changes nothing", () => {
      expect(changes({ type: "usage.reported", data: { activeUsersPercent: 10 } }, tenant({}, { activeUsersPercent: 10 }))).toEqual([]);
    });

    it("no double cancel: a 3737 already Cancelled (or Complete, Not Required) is left alone, note and all", () => {
      for (const status of ["cancelled", "complete", "not_required"] as const) {
        const state = tenant({ tasks: task3737(status) }, { activeUsersPercent: 40 });
        expect(changes({ type: "usage.reported", data: { activeUsersPercent: 40 } }, state), status).toEqual([]);
        expect(changes({ type: "playbook.started" }, state), status).toEqual([]);
      }
    });
  });

  it("FAQ scheduling: a BVD meeting more than 3 days out marks 3737 In Progress; a nearer one, or a closed task, does not", () => {
    expect(changes({ type: "bvd.scheduled", data: { meetingDate: "2026-12-01", daysOut: 8 } })).toEqual([
      { kind: "set_task_status", taskId: 3737, service: "sharepoint", status: "in_progress" },
    ]);
    expect(changes({ type: "bvd.scheduled", data: { meetingDate: "2026-11-26", daysOut: 3 } })).toEqual([]);
    expect(changes({ type: "bvd.scheduled", data: { meetingDate: "2026-12-01", daysOut: 8 } }, tenant({ tasks: task3737("cancelled") }))).toEqual([]);
  });

  it("Example 1: delivered, ready to deploy now — 3737 Complete, dates, the exact note, status Initiate", () => {
    const event: EngineEvent = { type: "bvd.delivered", data: { intent: "deploy_now", targetDate: "2027-01-11", nextActionDate: "2026-12-01" } };
    const expected = [
      COMPLETE,
      INTENT_DECLARED,
      { kind: "set_service_dates", service: "sharepoint", targetDate: "2027-01-11", nextActionDate: "2026-12-01" },
      note("After BVD discussion, customer intends to deploy SharePoint", "in_progress"),
    ];
    expect(changes(event)).toEqual(expected);
    expect(changes(event, tenant({}, { status: "initiate_serialized" }))).toEqual([
      ...expected,
      { kind: "set_service_status", service: "sharepoint", status: "initiate" },
    ]);
  });

  it("rule 29: 3737 complete with every data point recorded raises nothing; a person filling the last one closes the finding", () => {
    const complete = tenant({ tasks: [{ taskId: 3737, service: "sharepoint", status: "complete" }] }, { nextActionDate: "2027-01-04" });
    const dated = { ...complete, services: complete.services.map((s) => (s.code === "sharepoint" ? { ...s, split: s.split.map((r) => ({ ...r, targetDate: "2027-03-31", notes: "Intranet first" })) } : s)) };
    expect(changes({ type: "service.changed" }, dated)).toEqual([]);
    const open = { ...dated, findings: [{ code: "record_3737_data_points", service: "sharepoint" as const, message: "…" }] };
    expect(changes({ type: "service.changed" }, open)).toEqual([{ kind: "resolve_finding", code: "record_3737_data_points", service: "sharepoint" }]);
  });

  it("delivering or declining the BVD settles the prompts to deliver, re-deliver or decide about it", () => {
    const prompts = ["deliver_bvd", "redeliver_bvd", "decide_bvd_low_au"].map((code) => ({ code, service: "sharepoint" as const, message: "…" }));
    const delivered = changes({ type: "bvd.declined", data: { reason: "Box" } }, tenant({ findings: prompts }));
    expect(delivered.filter((c) => c.kind === "resolve_finding")).toEqual(prompts.map(({ code }) => ({ kind: "resolve_finding", code, service: "sharepoint" })));
  });

  it("Approach 1: delivered, intends to deploy later — 3737 Complete, dates and the timeline note on In Progress", () => {
    expect(
      changes({ type: "bvd.delivered", data: { intent: "deploy", targetDate: "2027-04-30", nextActionDate: "2027-02-01", timelineNote: "SharePoint after Teams, Q2" } }),
    ).toEqual([
      COMPLETE,
      INTENT_DECLARED,
      { kind: "set_service_dates", service: "sharepoint", targetDate: "2027-04-30", nextActionDate: "2027-02-01" },
      note("SharePoint after Teams, Q2", "in_progress"),
    ]);
  });

  it("Approach 1: blocked or no intent after the BVD — 3737 Complete and a finding asks for L1/L2/L3 (and #SPOblocker)", () => {
    expect(changes({ type: "bvd.delivered", data: { intent: "no_intent" } })).toEqual([
      COMPLETE,
      {
        kind: "raise_finding",
        role: "fasttrack_manager",
        code: "classify_after_bvd",
        service: "sharepoint",
        message:
          "Update the SharePoint L1/L2/L3 and Entitlement Status Notes: after the BVD the customer is no_intent. Add #SPOblocker if a specific issue (not a serialized deployment) keeps them from SharePoint.",
      },
      dataPoints(`${NO_DATES}, Service Entitlement Notes`),
    ]);
  });

  it("#Compete: delivered while the customer compares SharePoint with a product it has", () => {
    expect(changes({ type: "bvd.delivered", data: { intent: "blocked", comparingWith: "Box" } })).toEqual([
      COMPLETE,
      expect.objectContaining({ kind: "raise_finding", code: "classify_after_bvd" }),
      note("#Compete"),
      dataPoints(NO_DATES),
    ]);
  });

  it("Approach 2: declined outright — 3737 Cancelled and 'SharePoint BVD Declined: <reason>' on the entitlements' note", () => {
    expect(changes({ type: "bvd.declined", data: { reason: "File shares are enough" } })).toEqual([
      CANCEL,
      note("SharePoint BVD Declined: File shares are enough"),
    ]);
  });

  it("Example 2: declined mid-Exchange migration — 3737 Cancelled, serialized note, Initiate - Serialized", () => {
    expect(changes({ type: "bvd.declined", data: { reason: "Exchange migration first", deploymentOrder: ["exchange", "sharepoint"] } })).toEqual([
      CANCEL,
      note("Serial: Exchange#1, SharePoint#2 (SharePoint BVD Declined)", "in_progress"),
      { kind: "set_service_status", service: "sharepoint", status: "initiate_serialized" },
    ]);
  });

  it("#Compliance: declined because of compliance considerations", () => {
    expect(changes({ type: "bvd.declined", data: { reason: "Data residency", compliance: true } })).toEqual([
      CANCEL,
      note("SharePoint BVD Declined: Data residency"),
      note("#Compliance"),
    ]);
  });

  it("Approach 3: nothing after two unanswered attempts, Cancelled and #Unresponsive after the third", () => {
    expect(changes({ type: "bvd.attempt_unanswered", data: { attemptNumber: 2 } })).toEqual([]);
    expect(changes({ type: "bvd.attempt_unanswered", data: { attemptNumber: 3 } })).toEqual([CANCEL, note("#Unresponsive")]);
  });

  it("FAQ Account Team: the FM took part and it resonated — 3737 Complete, 'who and results', #FieldDeliveringBVD", () => {
    expect(
      changes({ type: "field.pitch_delivered", data: { fmParticipated: true, resonated: true, who: "Account Team (J. Doe)", results: "pilot with HR in January" } }),
    ).toEqual([COMPLETE, note("Account Team (J. Doe): pilot with HR in January"), note("#FieldDeliveringBVD"), dataPoints(NO_DATES)]);
  });

  it.each([
    [false, true],
    [true, false],
    [false, false],
  ])("FAQ Account Team: participated=%s, resonated=%s — a finding asks to re-deliver the BVD if the customer agrees", (fmParticipated, resonated) => {
    expect(changes({ type: "field.pitch_delivered", data: { fmParticipated, resonated, who: "Account Team", results: "unclear" } })).toEqual([
      {
        kind: "raise_finding",
        role: "fasttrack_manager",
        code: "redeliver_bvd",
        service: "sharepoint",
        message: "The Account Team already pitched SharePoint, but it is uncertain the pitch resonated: re-deliver the SharePoint BVD if the customer agrees.",
      },
      note("#FieldDeliveringBVD"),
    ]);
  });

  it("FAQ piloting: another deck delivered → Complete; none but the FM sees a benefit → deliver; otherwise Cancelled; always #Pilot", () => {
    expect(changes({ type: "pilot.reported", data: { otherDeckDelivered: true, fmSeesBenefit: false } })).toEqual([COMPLETE, note("#Pilot"), dataPoints(NO_DATES)]);
    expect(changes({ type: "pilot.reported", data: { otherDeckDelivered: false, fmSeesBenefit: true } })).toEqual([
      {
        kind: "raise_finding",
        role: "fasttrack_manager",
        code: "deliver_bvd",
        service: "sharepoint",
        message: "The customer is piloting SharePoint without having seen a pitch deck: deliver the SharePoint BVD (task 3737).",
      },
      note("#Pilot"),
    ]);
    expect(changes({ type: "pilot.reported", data: { otherDeckDelivered: false, fmSeesBenefit: false } })).toEqual([CANCEL, note("#Pilot")]);
  });

  it("explains every effect: playbook, version, rule, a sentence and the inputs it saw", () => {
    const [effect] = run({ type: "usage.reported", data: { activeUsersPercent: 25 } }, tenant({}, { activeUsersPercent: 25 }));
    expect(effect?.explanation).toEqual({
      playbookId: "sharepoint-bvd",
      playbookVersion: 1,
      ruleId: "sp-usage-au-over-10",
      why: "SharePoint active usage reached 25% (over 10%), so the BVD is no longer needed: task 3737 is cancelled.",
      inputs: { event: "usage.reported", data: { activeUsersPercent: 25 }, "service.activeUsersPercent": 25, "task.3737.status": "not_started" },
    });
    const [declined] = run({ type: "bvd.declined", data: { reason: "File shares are enough" } });
    expect(declined?.explanation).toMatchObject({
      ruleId: "sp-declined",
      why: "The customer declined the SharePoint BVD (File shares are enough), so task 3737 is cancelled and the reason noted.",
    });
  });

  it("ignores events about other workloads", () => {
    expect(evaluate(PLAYBOOKS, tenant(), { type: "bvd.declined", service: "onedrive", data: { reason: "x" } }, NOW)).toEqual([]);
  });

  it("replaying an event after its effects are applied changes nothing (idempotent)", () => {
    const cases: [EngineEvent, TenantState][] = [
      [{ type: "playbook.started" }, tenant({ tasks: [] })],
      [{ type: "playbook.started" }, tenant({ tasks: [] }, { activeUsersPercent: 25 })],
      [{ type: "usage.reported", data: { activeUsersPercent: 25 } }, tenant({}, { activeUsersPercent: 25 })],
      [{ type: "bvd.scheduled", data: { meetingDate: "2026-12-01", daysOut: 8 } }, tenant()],
      [{ type: "bvd.delivered", data: { intent: "deploy_now", targetDate: "2027-01-11", nextActionDate: "2026-12-01", comparingWith: "Box" } }, tenant({}, { status: "initiate_serialized" })],
      [{ type: "bvd.declined", data: { reason: "Exchange first", deploymentOrder: ["exchange", "sharepoint"] } }, tenant()],
      [{ type: "bvd.declined", data: { reason: "Data residency", compliance: true } }, tenant()],
      [{ type: "bvd.attempt_unanswered", data: { attemptNumber: 3 } }, tenant()],
      [{ type: "field.pitch_delivered", data: { fmParticipated: true, resonated: true, who: "Account Team", results: "keen" } }, tenant()],
      [{ type: "pilot.reported", data: { otherDeckDelivered: false, fmSeesBenefit: false } }, tenant()],
    ];
    for (const [event, state] of cases) {
      const once = applyEffects(state, run(event, state));
      expect(run(event, once).filter((e) => e.kind !== "set_service_dates"), event.type).toEqual([]);
    }
  });
});
