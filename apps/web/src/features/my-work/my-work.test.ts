import { describe, expect, it } from "vitest";
import { emptyText, horizonOf, isOverdue, shortDate, tenantTarget, validateMyWorkSearch, whenText } from "./my-work.ts";

const TENANT = "0b6f2d1e-8a3c-4e5f-9a7b-1c2d3e4f5a6b";

describe("when an item is due, in words", () => {
  it("says how overdue a task is, today, tomorrow with its date, or the weekday and date", () => {
    expect(whenText({ kind: "task", date: "2026-11-22", daysFromToday: -2 })).toBe("overdue by 2 days");
    expect(whenText({ kind: "next_action", date: "2026-11-23", daysFromToday: -1 })).toBe("overdue by 1 day");
    expect(whenText({ kind: "task", date: "2026-11-24", daysFromToday: 0 })).toBe("today");
    expect(whenText({ kind: "task", date: "2026-11-25", daysFromToday: 1 })).toBe("tomorrow, Wed 25 Nov");
    expect(whenText({ kind: "task", date: "2026-11-26", daysFromToday: 2 })).toBe("Thu 26 Nov");
  });

  it("says how long a prompt or a failed e-mail has waited and when a note was escalated", () => {
    expect(whenText({ kind: "prompt", date: "2026-11-21", daysFromToday: -3 })).toBe("waiting 3 days");
    expect(whenText({ kind: "failed_email", date: "2026-11-24", daysFromToday: 0 })).toBe("since today");
    expect(whenText({ kind: "escalated_note", date: "2026-11-23", daysFromToday: -1 })).toBe("escalated 1 day ago");
    expect(whenText({ kind: "data_quality", date: "2026-11-24", daysFromToday: 0 })).toBe("now");
  });

  it("marks as overdue only what is late, never an escalated note's age", () => {
    expect(isOverdue({ kind: "task", daysFromToday: -1 })).toBe(true);
    expect(isOverdue({ kind: "task", daysFromToday: 0 })).toBe(false);
    expect(isOverdue({ kind: "escalated_note", daysFromToday: -3 })).toBe(false);
  });

  it("formats a date the same in every browser time zone", () => {
    expect(shortDate("2026-11-30")).toBe("Mon 30 Nov");
  });
});

describe("the My work URL and links", () => {
  it("keeps only a known horizon, with this week as the default", () => {
    expect(validateMyWorkSearch({ horizon: "today" })).toEqual({ horizon: "today" });
    expect(horizonOf(validateMyWorkSearch({ horizon: "month" }))).toBe("week");
  });

  it("finds the tenant and the anchor a deep link opens", () => {
    expect(tenantTarget(`/tenants/${TENANT}#playbook-heading`)).toEqual({ tenantId: TENANT, hash: "playbook-heading" });
    expect(tenantTarget(`/tenants/${TENANT}?tab=status#overallStatusDate`)).toEqual({ tenantId: TENANT, hash: "overallStatusDate" });
    expect(tenantTarget(`/tenants/${TENANT}`)).toEqual({ tenantId: TENANT, hash: undefined });
    expect(tenantTarget("https://example.com/")).toBeNull();
  });

  it("says per group and horizon that there is nothing to do", () => {
    expect(emptyText({ code: "tasks" }, "today")).toBe("No tasks of yours due today.");
    expect(emptyText({ code: "next_actions" }, "week")).toBe("No next action dates this week.");
  });
});
