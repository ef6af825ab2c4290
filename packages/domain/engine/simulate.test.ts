import { describe, expect, it } from "vitest";
import { FASTTRACK_PACK } from "../packs/fasttrack/index.ts";
import { SCENARIO_NOW, scenarioTenant } from "../packs/fasttrack/test-tenant.ts";
import { applyEffects } from "./apply.ts";
import { evaluate } from "./evaluate.ts";
import type { TenantState } from "./model.ts";
import type { PlaybookDefinition } from "./playbook.ts";
import { type PendingEvent, simulate, SimulationRunaway } from "./simulate.ts";

// Monday 23 November 2026, 10:00 in Berlin.
const NOW = SCENARIO_NOW;

const oneDriveTenant = () =>
  scenarioTenant(
    { code: "onedrive", split: [{ l1: "status_unknown", entitlements: 500, l2: "new_subscription_or_workload", l3: null, notes: null }] },
    [{ taskId: 3718, service: "onedrive", status: "not_started" }],
  );

/** The tenant after an FM recorded a BVD attempt at `at`, and the event its wait will fire. */
function afterAttempt(attemptNumber: number, at = NOW): { state: TenantState; pending: PendingEvent[] } {
  const tenant = oneDriveTenant();
  const effects = evaluate(FASTTRACK_PACK, tenant, { type: "bvd.attempt_made", service: "onedrive", data: { attemptNumber } }, at);
  const pending = effects.flatMap((e) => ("event" in e ? [{ key: e.key, service: e.service, dueDate: e.dueDate, event: e.event }] : []));
  return { state: applyEffects(tenant, effects), pending };
}

describe("simulate", () => {
  it("shows the third unanswered attempt's wait running out 3 business days later, with what od-unresponsive does", () => {
    const { state, pending } = afterAttempt(3);
    const result = simulate(FASTTRACK_PACK, state, NOW, 5, pending);

    expect(result).toMatchObject({ from: "2026-11-23", to: "2026-11-30", businessDays: 5 });
    expect(result.steps).toHaveLength(1);
    const [step] = result.steps;
    expect(step).toMatchObject({
      date: "2026-11-26",
      timer: { key: "bvd-answer", service: "onedrive", dueDate: "2026-11-26" },
      event: { type: "bvd.attempt_unanswered", service: "onedrive", data: { attemptNumber: 3 } },
      failure: null,
    });
    expect(step?.effects.map(({ explanation, ...change }) => ({ ...change, ruleId: explanation.ruleId }))).toEqual([
      { kind: "set_task_status", taskId: 3718, service: "onedrive", status: "cancelled", ruleId: "od-unresponsive" },
      { kind: "append_entitlement_note", service: "onedrive", l1: "status_unknown", text: "#Unresponsive", ruleId: "od-unresponsive" },
      // The note changed OneDrive, so the DIBS review looks at it as it would after a person's edit.
      {
        kind: "raise_finding",
        code: "dibs_missing",
        service: "onedrive",
        role: "fasttrack_manager",
        message: "OneDrive: record Target Date, Intent, Business Reason, Success Owner Role — required for FTC CSS-Led: SMC: High Priority Tenants.",
        ruleId: "dibs-missing-open",
      },
    ]);
    expect(step?.effects[0]?.explanation.why).toBe("The customer did not answer 3 attempts to have the OneDrive BVD, so task 3718 is cancelled.");
    expect(result.finalState.tasks).toEqual([{ taskId: 3718, service: "onedrive", status: "cancelled" }]);
    expect(result.finalState.timers).toEqual([]);
  });

  it("after the first attempt only the unanswered event fires: the playbooks do nothing about it yet", () => {
    const { state, pending } = afterAttempt(1);
    const result = simulate(FASTTRACK_PACK, state, NOW, 5, pending);
    expect(result.steps).toEqual([
      expect.objectContaining({ date: "2026-11-26", event: expect.objectContaining({ data: { attemptNumber: 1 } }), effects: [], failure: null }),
    ]);
    expect(result.finalState.tasks).toEqual(state.tasks);
  });

  it("does not reach a wait that runs out after the window", () => {
    const { state, pending } = afterAttempt(3);
    const result = simulate(FASTTRACK_PACK, state, NOW, 2, pending);
    expect(result).toMatchObject({ to: "2026-11-25", steps: [] });
    expect(result.finalState.timers).toEqual([{ key: "bvd-answer", service: "onedrive", dueDate: "2026-11-26" }]);
  });

  it("simulates nothing in zero business days", () => {
    const { state, pending } = afterAttempt(3);
    const result = simulate(FASTTRACK_PACK, state, NOW, 0, pending);
    expect(result).toEqual({ from: "2026-11-23", to: "2026-11-23", businessDays: 0, steps: [], finalState: state });
  });

  it("skips German Christmas: an attempt on Wednesday 23 December 2026 is unanswered on Tuesday the 29th", () => {
    const at = new Date("2026-12-23T09:00:00Z");
    const { state, pending } = afterAttempt(3, at);
    // 24 Dec counts (a bank day, not a public holiday); 25 Dec (Christmas Day) and the weekend do not.
    expect(simulate(FASTTRACK_PACK, state, at, 2, pending)).toMatchObject({ to: "2026-12-28", steps: [] });
    const three = simulate(FASTTRACK_PACK, state, at, 3, pending);
    expect(three.to).toBe("2026-12-29");
    expect(three.steps.map((s) => s.date)).toEqual(["2026-12-29"]);
  });

  it("fires a wait that is already overdue on the first day, at the current instant", () => {
    const { state, pending } = afterAttempt(3);
    const later = new Date("2026-12-01T15:00:00Z");
    const result = simulate(FASTTRACK_PACK, state, later, 1, pending);
    expect(result.steps.map((s) => s.date)).toEqual(["2026-12-01"]);
  });

  it("lets waits that a fired event starts join the queue, day by day", () => {
    const result = simulate([PING], { ...oneDriveTenant(), timers: [PING_TIMER] }, NOW, 3, [PING_EVENT]);
    expect(result.steps.map((s) => s.date)).toEqual(["2026-11-24", "2026-11-25", "2026-11-26"]);
    expect(result.finalState.timers).toEqual([{ key: "ping", service: null, dueDate: "2026-11-27" }]);
  });

  it("stops with a clear error when the steps run away", () => {
    const run = () => simulate([PING], { ...oneDriveTenant(), timers: [PING_TIMER] }, NOW, 10, [PING_EVENT], { maxSteps: 4 });
    expect(run).toThrow(SimulationRunaway);
    expect(run).toThrow("the simulation stopped after 4 fired timers (on 2026-11-30)");
  });

  it("refuses a timer whose event it was not given", () => {
    const { state } = afterAttempt(3);
    expect(() => simulate(FASTTRACK_PACK, state, NOW, 5)).toThrow('the timer "bvd-answer" of onedrive has no event; pass it in pendingEvents');
  });

  it("records an event the playbooks cannot act on as a failure, as the job marks the timer failed", () => {
    const broken: PlaybookDefinition = { ...PING, rules: [{ ...PING_RULE, why: "Pinged because {event.data.missing} said so." }] };
    const [step] = simulate([broken], { ...oneDriveTenant(), timers: [PING_TIMER] }, NOW, 1, [PING_EVENT]).steps;
    expect(step).toMatchObject({ effects: [], failure: expect.stringContaining("needs event.data.missing") });
  });
});

// A tenant-level playbook whose wait restarts itself every business day: a loop the step cap must stop.
const PING_RULE: PlaybookDefinition["rules"][number] = {
  id: "ping-again",
  on: "ping",
  then: [{ kind: "start_timer", key: "ping", businessDays: 1, fire: { type: "ping" } }],
  why: "Each ping starts the wait for the next one.",
  source: "test",
};
const PING: PlaybookDefinition = { id: "ping", version: 1, title: "Ping", source: "test", service: null, processes: [], rules: [PING_RULE] };
const PING_TIMER = { key: "ping", service: null, dueDate: "2026-11-24" };
const PING_EVENT: PendingEvent = { ...PING_TIMER, event: { type: "ping" } };
