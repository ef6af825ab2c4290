import { describe, expect, it } from "vitest";
import { applyEffects } from "../../engine/apply.ts";
import { evaluate } from "../../engine/evaluate.ts";
import type { EngineEvent, TenantState } from "../../engine/model.ts";
import { ONEDRIVE_BVD } from "./onedrive-bvd.ts";

const PLAYBOOKS = [ONEDRIVE_BVD];
import { SCENARIO_NOW, scenarioTenant } from "./test-tenant.ts";

const NOW = SCENARIO_NOW;

function tenant(overrides: Partial<TenantState> = {}): TenantState {
  return scenarioTenant(
    {
      code: "onedrive",
      status: "initiate",
      deploymentOrder: null,
      split: [{ l1: "status_unknown", entitlements: 500, l2: "new_subscription_or_workload", l3: null, notes: null }],
      activeUsersPercent: 0,
    },
    [{ taskId: 3718, service: "onedrive", status: "not_started" }],
    overrides,
  );
}

const run = (event: EngineEvent, state = tenant()) => evaluate(PLAYBOOKS, state, { service: "onedrive", ...event }, NOW);
const changes = (event: EngineEvent, state = tenant()) => run(event, state).map(({ explanation: _e, ...change }) => change);

describe("OneDrive BVD (seed 000)", () => {
  it("Example 1: delivered, ready to deploy now — 3718 Complete, entitlements In Progress, dates, the exact note, status Initiate", () => {
    expect(changes({ type: "bvd.delivered", data: { intent: "deploy_now", targetDate: "2027-01-11", nextActionDate: "2026-12-01" } })).toEqual([
      { kind: "set_task_status", taskId: 3718, service: "onedrive", status: "complete" },
      { kind: "set_entitlement_status", service: "onedrive", to: "in_progress", l2: null, l3: null, moves: [{ from: "status_unknown", count: 500 }] },
      { kind: "set_service_dates", service: "onedrive", targetDate: "2027-01-11", nextActionDate: "2026-12-01" },
      { kind: "append_entitlement_note", service: "onedrive", l1: "in_progress", text: "After BVD discussion, customer intends to deploy OneDrive" },
    ]);
  });

  it("Example 2: declined mid-Exchange migration — 3718 Cancelled, serialized note, Initiate - Serialized", () => {
    expect(changes({ type: "bvd.declined", data: { reason: "Exchange migration first", deploymentOrder: ["exchange", "onedrive"] } })).toEqual([
      { kind: "set_task_status", taskId: 3718, service: "onedrive", status: "cancelled" },
      { kind: "append_entitlement_note", service: "onedrive", l1: "in_progress", text: "Serial: Exchange#1, OneDrive#2 (OneDrive BVD Declined)" },
      { kind: "set_service_status", service: "onedrive", status: "initiate_serialized" },
    ]);
  });

  it("generates the serialized note from any deployment order", () => {
    const [, note] = changes({ type: "bvd.declined", data: { reason: "later", deploymentOrder: ["exchange", "teams", "sharepoint", "onedrive"] } });
    expect(note).toMatchObject({ text: "Serial: Exchange#1, Teams#2, SharePoint#3, OneDrive#4 (OneDrive BVD Declined)" });
  });

  it("declined outright — 3718 Cancelled and 'OneDrive BVD Declined: <reason>' on the entitlements' note", () => {
    expect(changes({ type: "bvd.declined", data: { reason: "Box contract until 2028" } })).toEqual([
      { kind: "set_task_status", taskId: 3718, service: "onedrive", status: "cancelled" },
      { kind: "append_entitlement_note", service: "onedrive", l1: "status_unknown", text: "OneDrive BVD Declined: Box contract until 2028" },
    ]);
  });

  it("unresponsive: nothing after two unanswered attempts, Cancelled and #Unresponsive after the third", () => {
    expect(changes({ type: "bvd.attempt_unanswered", data: { attemptNumber: 2 } })).toEqual([]);
    expect(changes({ type: "bvd.attempt_unanswered", data: { attemptNumber: 3 } })).toEqual([
      { kind: "set_task_status", taskId: 3718, service: "onedrive", status: "cancelled" },
      { kind: "append_entitlement_note", service: "onedrive", l1: "status_unknown", text: "#Unresponsive" },
    ]);
  });

  it.each([
    [true, "deploy", "complete", "Pitched BVD and customer decided to deploy"],
    [true, "not_deploy", "complete", "Pitched BVD and customer decided not to deploy"],
    [false, "deploy", "cancelled", "Declined updated BVD and customer decided to deploy"],
    [false, "not_deploy", "cancelled", "Declined updated BVD and customer decided not to deploy"],
  ])("Example 3: updated BVD shared=%s, decision %s — 3718 %s with the note \"%s\"", (shared, decision, status, note) => {
    const result = changes({ type: "bvd.repitched", data: { shared, decision } }, tenant({ tasks: [{ taskId: 3718, service: "onedrive", status: "cancelled" }] }));
    // Deciding to deploy declares intent: the entitlements and the note move to In Progress.
    const l1 = decision === "deploy" ? "in_progress" : "status_unknown";
    expect(result).toContainEqual({ kind: "append_entitlement_note", service: "onedrive", l1, text: note });
    if (decision === "deploy") expect(result).toContainEqual(expect.objectContaining({ kind: "set_entitlement_status", to: "in_progress", moves: [{ from: "status_unknown", count: 500 }] }));
    else expect(result).toContainEqual(expect.objectContaining({ kind: "raise_finding", code: "classify_after_bvd", role: "fasttrack_manager" }));
    if (status !== "cancelled") expect(result).toContainEqual({ kind: "set_task_status", taskId: 3718, service: "onedrive", status });
  });

  it("applies to new and re-engaging customers and to High or Medium priority ones; a Low priority start is refused (rule 1)", () => {
    const low = tenant({ priority: "low", tasks: [] });
    expect(() => run({ type: "playbook.started" }, low)).toThrow(
      "The OneDrive BVD is for new customers, customers re-engaging on additional workloads, and High or Medium priority customers; this tenant is Low priority. Record newCustomer or reengaging (true) if one holds, or override the priority.",
    );
    expect(changes({ type: "playbook.started", data: { reengaging: true } }, low)).toContainEqual(expect.objectContaining({ kind: "create_task", taskId: 3718 }));
    expect(changes({ type: "playbook.started" }, tenant({ priority: "low", priorityOverride: "medium", tasks: [] }))).toContainEqual(
      expect.objectContaining({ kind: "create_task", taskId: 3718 }),
    );
  });

  it("Next Steps: once OneDrive is deployed (Adoption or Operate), task 3740 introduces the OneDrive Adoption Program, once", () => {
    const deployed = (status: "adoption" | "enable") => {
      const base = tenant();
      return { ...base, services: base.services.map((s) => (s.code === "onedrive" ? { ...s, status } : s)) };
    };
    expect(changes({ type: "service.changed" }, deployed("enable"))).not.toContainEqual(expect.objectContaining({ taskId: 3740 }));
    const [created] = run({ type: "service.changed" }, deployed("adoption")).filter((e) => e.kind === "create_task");
    expect(created).toMatchObject({ kind: "create_task", taskId: 3740, service: "onedrive", role: "fasttrack_manager" });
    expect(created?.explanation.why).toBe("OneDrive is deployed (service status Adoption), so the FM introduces the OneDrive Adoption Program to drive active usage (task 3740).");
    const withTask = { ...deployed("adoption"), tasks: [...tenant().tasks, { taskId: 3740, service: "onedrive" as const, status: "not_started" as const }] };
    expect(changes({ type: "service.changed" }, withTask)).not.toContainEqual(expect.objectContaining({ taskId: 3740 }));
  });

  it("Example 3: deciding to deploy after the updated BVD sets the Target Date and Next Action Date recorded with it", () => {
    const result = changes({ type: "bvd.repitched", data: { shared: true, decision: "deploy", targetDate: "2027-05-31", nextActionDate: "2027-03-01" } });
    expect(result).toContainEqual({ kind: "set_service_dates", service: "onedrive", targetDate: "2027-05-31", nextActionDate: "2027-03-01" });
  });

  it("asks the FM to classify L1/L2/L3 when the customer is blocked after the BVD, instead of guessing", () => {
    expect(changes({ type: "bvd.delivered", data: { intent: "blocked" } })).toContainEqual({
      kind: "raise_finding",
      role: "fasttrack_manager",
      code: "classify_after_bvd",
      service: "onedrive",
      message: "Update the OneDrive L1/L2/L3 and Entitlement Status Notes: after the BVD the customer is blocked.",
    });
  });

  describe("the FM records the L1/L2/L3 with the BVD outcome (rule 5)", () => {
    const noIntent = { intent: "no_intent", l2: "using_competitive_solution", l3: "competitor_similar_functionality", note: "Box for all file sharing until 2028" };
    const rows: TenantState["services"][number]["split"] = [
      { l1: "status_unknown", entitlements: 300, l2: "new_subscription_or_workload", l3: null, notes: null },
      { l1: "in_progress", entitlements: 150, l2: null, l3: null, notes: null, targetDate: "2027-03-31" },
      { l1: "duplicate_invalid", entitlements: 50, l2: null, l3: null, notes: null },
    ];
    const base = tenant();
    const split = { ...base, services: base.services.map((s) => (s.code === "onedrive" ? { ...s, split: rows } : s)) };

    it("completes 3718 and moves every entitlement but Duplicate/Invalid to No Intent with the L2, L3 and note, keeping the sum", () => {
      const result = changes({ type: "bvd.delivered", data: noIntent }, split);
      expect(result).toEqual([
        { kind: "set_task_status", taskId: 3718, service: "onedrive", status: "complete" },
        {
          kind: "set_entitlement_status",
          service: "onedrive",
          to: "no_intent",
          l2: "using_competitive_solution",
          l3: "competitor_similar_functionality",
          moves: [
            { from: "status_unknown", count: 300 },
            { from: "in_progress", count: 150 },
          ],
        },
        { kind: "append_entitlement_note", service: "onedrive", l1: "no_intent", text: "Box for all file sharing until 2028" },
      ]);
      const after = applyEffects(split, result).services.find((s) => s.code === "onedrive")!.split;
      expect(after.map((r) => [r.l1, r.entitlements])).toEqual([
        ["status_unknown", 0],
        ["in_progress", 0],
        ["duplicate_invalid", 50],
        ["no_intent", 450],
      ]);
      expect(run({ type: "bvd.delivered", data: noIntent }, applyEffects(split, result))).toEqual([]);
    });

    it("refuses an L2 that does not belong to the L1, naming the choices", () => {
      expect(() => run({ type: "bvd.delivered", data: { ...noIntent, intent: "blocked" } }, split)).toThrow(
        /"using_competitive_solution" is not an L2 reason of Blocked; choose one of: customer_it_infrastructure_and_remediation, /,
      );
    });

    it("refuses No Intent without an L3 or a note: the Services tab would refuse that split too", () => {
      expect(() => run({ type: "bvd.delivered", data: { ...noIntent, l3: undefined } }, split)).toThrow(
        "No Intent entitlements need an L2 reason, an L3 reason and a note that says why: record l2, l3 and note with the event.",
      );
    });
  });

  it("explains every effect: playbook, version, rule, a sentence and the inputs it saw", () => {
    const [effect] = run({ type: "bvd.declined", data: { reason: "Box contract until 2028" } });
    expect(effect?.explanation).toEqual({
      playbookId: "onedrive-bvd",
      playbookVersion: 1,
      ruleId: "od-declined",
      why: "The customer declined the OneDrive BVD (Box contract until 2028), so task 3718 is cancelled and the reason noted.",
      inputs: { event: "bvd.declined", data: { reason: "Box contract until 2028" }, "event.data.deploymentOrder": undefined },
    });
  });

  it("creates task 3718 when the playbook starts, once", () => {
    const fresh = tenant({ tasks: [] });
    const started = run({ type: "playbook.started" }, fresh);
    expect(started.map((e) => [e.kind, e.explanation.ruleId])).toEqual([["create_task", "od-start"]]);
    expect(run({ type: "playbook.started" }, applyEffects(fresh, started))).toEqual([]);
  });

  it("ignores events about other workloads", () => {
    expect(evaluate(PLAYBOOKS, tenant(), { type: "bvd.declined", service: "sharepoint", data: { reason: "x" } }, NOW)).toEqual([]);
  });

  it("replaying an event after its effects are applied changes nothing (idempotent)", () => {
    const events: EngineEvent[] = [
      { type: "bvd.declined", data: { reason: "Exchange first", deploymentOrder: ["exchange", "onedrive"] } },
      { type: "bvd.declined", data: { reason: "Box contract" } },
      { type: "bvd.attempt_unanswered", data: { attemptNumber: 3 } },
      { type: "bvd.repitched", data: { shared: true, decision: "deploy" } },
    ];
    for (const event of events) {
      const once = applyEffects(tenant(), run(event));
      expect(run(event, once).filter((e) => e.kind !== "set_service_dates"), event.type).toEqual([]);
    }
  });
});
