import { SIMULATION_DAYS } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { describeEffect, eventTitle, groupByDay, ruleOutcomes, SIMULATION_BOUNDS, SIMULATION_DAY_CHOICES, type SimulationEffect, type SimulationStep } from "./simulation.ts";

const explanation = (ruleId: string, why: string) => ({ playbookId: "initial-engagement", playbookVersion: 1, ruleId, why, inputs: {} });

const step = (date: string, type: string, effects: SimulationEffect[] = []): SimulationStep => ({
  date,
  timer: { key: "wait", service: null, dueDate: date },
  event: { type },
  effects,
  failure: null,
});

describe("the simulation window", () => {
  it("offers only windows the server accepts, and the same bounds as the API", () => {
    expect(SIMULATION_BOUNDS).toEqual(SIMULATION_DAYS);
    for (const days of SIMULATION_DAY_CHOICES) {
      expect(days).toBeGreaterThanOrEqual(SIMULATION_DAYS.min);
      expect(days).toBeLessThanOrEqual(SIMULATION_DAYS.max);
    }
    expect(SIMULATION_DAY_CHOICES).toContain(SIMULATION_DAYS.default);
  });
});

describe("the simulated steps", () => {
  it("are grouped by the day their wait runs out, keeping their order", () => {
    const groups = groupByDay([step("2026-11-27", "a.first"), step("2026-11-27", "a.second"), step("2026-12-02", "a.third")]);
    expect(groups.map((g) => [g.date, g.steps.map((s) => s.event.type)])).toEqual([
      ["2026-11-27", ["a.first", "a.second"]],
      ["2026-12-02", ["a.third"]],
    ]);
  });

  it("name the event that fires in words", () => {
    expect(eventTitle(step("2026-11-27", "gateway.account_team_unanswered"))).toBe("Account team unanswered");
    expect(eventTitle({ ...step("2026-11-27", "bvd.attempt_unanswered"), event: { type: "bvd.attempt_unanswered", service: "onedrive" } })).toBe(
      "Onedrive: Attempt unanswered",
    );
  });

  it("list what changes under the rule's own sentence", () => {
    const why = "The Account Team did not answer within 3 business days, so the customer gets the Customer 1st Contact Template.";
    const outcomes = ruleOutcomes(
      step("2026-11-27", "gateway.account_team_unanswered", [
        { kind: "create_outreach_step", audience: "customer", template: "customer_first_contact", attemptNumber: 1, explanation: explanation("r1", why) },
        { kind: "start_timer", key: "customer", service: null, dueDate: "2026-12-02", explanation: explanation("r1", why) },
        { kind: "set_task_status", taskId: 2453, service: null, status: "in_progress", explanation: explanation("r2", "Outreach goes on.") },
      ]),
    );
    expect(outcomes).toEqual([
      { why, ruleId: "r1", changes: ["Outreach e-mail 1 to the customer (customer_first_contact)", "A wait starts, running out on 2 Dec 2026"] },
      { why: "Outreach goes on.", ruleId: "r2", changes: ["Task 2453 becomes In progress"] },
    ]);
  });

  it("turn a raised prompt into a to-do for its role", () => {
    const effect = { kind: "raise_finding", code: "meet", service: null, role: "fasttrack_manager", message: "Schedule a meeting.", explanation: explanation("r", "w") };
    expect(describeEffect(effect)).toBe("To do for the Fasttrack manager: Schedule a meeting.");
    const labels = { service: String, taskStatus: String, serviceStatus: String, role: () => "FastTrack Manager", assignmentRole: String };
    expect(describeEffect(effect, labels)).toBe("To do for the FastTrack Manager: Schedule a meeting.");
  });

  it("describe an effect of an unknown kind by its name rather than dropping it", () => {
    expect(describeEffect({ kind: "archive_tenant", explanation: explanation("r", "w") })).toBe("Archive tenant");
  });
});
