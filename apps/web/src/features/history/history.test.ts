import { describe, expect, it } from "vitest";
import { actionOptions, actionPhrase, actorLabel, actorOptions, fieldChanges, fieldLabel, formatValue, historyQueryParams, relativeTime } from "./history.ts";

describe("history entries in words", () => {
  it("names known actions in a phrase and shows an unknown one as its code", () => {
    expect(actionPhrase("assignment.added")).toBe("Assigned");
    expect(actionPhrase("engine.set_task_status")).toBe("Task status set");
    expect(actionPhrase("tenant.locked_somehow")).toBe("tenant.locked_somehow");
  });

  it("says who: the person, the playbook rule with its id, or Waymark", () => {
    expect(actorLabel({ actorKind: "user", actorName: "Ada Lee", actorRuleId: null })).toBe("Ada Lee");
    expect(actorLabel({ actorKind: "user", actorName: null, actorRuleId: null })).toBe("A former user");
    expect(actorLabel({ actorKind: "rule", actorName: null, actorRuleId: "bvd-od@3/classify" })).toBe("Playbook rule bvd-od@3/classify");
    expect(actorLabel({ actorKind: "system", actorName: null, actorRuleId: null })).toBe("Waymark (automatic)");
  });

  it("lists only the fields that differ, as before → after, without ids or timestamps", () => {
    const before = { id: "a1", tenantId: "t1", role: "fm", isPrimary: true, assigneeName: "Ada Lee", createdAt: "2026-01-01T00:00:00Z" };
    expect(fieldChanges(before, { ...before, isPrimary: false })).toEqual([{ field: "Primary", before: "yes", after: "no" }]);
    expect(fieldChanges({ overallStatus: "on_track" }, { overallStatus: "at_risk", overallStatusDate: "2026-11-20" })).toEqual([
      { field: "Overall status", before: "on_track", after: "at_risk" },
      { field: "Overall status date", before: "—", after: "2026-11-20" },
    ]);
  });

  it("shows a creation as — → value and a removal as value → —", () => {
    expect(fieldChanges(null, { role: "fm", userId: "u1" })).toEqual([{ field: "Role", before: "—", after: "fm" }]);
    expect(fieldChanges({ role: "fm" }, null)).toEqual([{ field: "Role", before: "fm", after: "—" }]);
    expect(fieldChanges(null, null)).toEqual([]);
    // Nothing to nothing is no change: an empty list or text where there was none.
    expect(fieldChanges(null, { services: [], nextAction: "", searchVector: "'kick':1" })).toEqual([]);
  });

  it("names coded values in words when it knows them", () => {
    const labels = (key: string, value: string) => (key === "role" && value === "fm" ? "FastTrack Manager" : undefined);
    expect(fieldChanges(null, { role: "fm", status: "complete" }, labels)).toEqual([
      { field: "Role", before: "—", after: "FastTrack Manager" },
      { field: "Status", before: "—", after: "complete" },
    ]);
  });

  it("keeps long values short and labels camelCase fields as words", () => {
    expect(formatValue("x".repeat(200))).toHaveLength(80);
    expect(formatValue({ l1: "blocked" })).toBe('{"l1":"blocked"}');
    expect(fieldLabel("engagementStartDate")).toBe("Engagement start date");
  });

  it("says when relative to now", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(relativeTime("2026-11-23T11:59:50Z", now)).toBe("just now");
    expect(relativeTime("2026-11-23T11:57:00Z", now)).toBe("3 minutes ago");
    expect(relativeTime("2026-11-22T12:00:00Z", now)).toBe("yesterday");
    expect(relativeTime("2026-11-09T12:00:00Z", now)).toBe("2 weeks ago");
  });
});

describe("history filters", () => {
  it("asks the server for one action and one actor, and drops an actor value that names nothing", () => {
    const user = "0b6f3c1e-5d6a-4c1f-9a57-2b1e2c3d4e5f";
    expect(historyQueryParams({ action: "tenant.updated", actor: `user:${user}` })).toEqual({ action: "tenant.updated", actorId: user });
    expect(historyQueryParams({ actor: "rule" })).toEqual({ actorKind: "rule" });
    expect(historyQueryParams({ actor: "user:nobody" })).toEqual({});
    expect(historyQueryParams({})).toEqual({});
  });

  it("offers each person once, all playbook rules as one entry, and actions by their phrase, with counts", () => {
    const facets = [
      { actorKind: "user" as const, actorUserId: "u1", actorName: "Ada Lee", count: 3 },
      { actorKind: "rule" as const, actorUserId: null, actorName: null, count: 2 },
      { actorKind: "system" as const, actorUserId: null, actorName: null, count: 1 },
    ];
    expect(actorOptions(facets)).toEqual([
      { value: "user:u1", label: "Ada Lee (3)" },
      { value: "rule", label: "Playbook rules (2)" },
      { value: "system", label: "Waymark (automatic) (1)" },
    ]);
    expect(actionOptions([{ action: "tenant.updated", count: 2 }, { action: "assignment.added", count: 1 }])).toEqual([
      { value: "assignment.added", label: "Assigned (1)" },
      { value: "tenant.updated", label: "Tenant details changed (2)" },
    ]);
  });
});
