import { describe, expect, it } from "vitest";
import {
  DEFAULT_TASK_STATUS,
  SEED_TASK_STATUSES,
  TASK_STATUSES,
  isTaskStatus,
  isTerminalTaskStatus,
  taskStatusLabel,
} from "./task-statuses.ts";

describe("task statuses", () => {
  it("has the 13 FTOP statuses with unique codes", () => {
    expect(TASK_STATUSES).toHaveLength(13);
    expect(new Set(TASK_STATUSES.map((status) => status.code)).size).toBe(13);
  });

  it("keeps the dropdown labels exactly", () => {
    expect(taskStatusLabel("paused_customer_delay")).toBe("Paused-Customer Delay");
    expect(taskStatusLabel("deferred_customer_extended_delay")).toBe("Deferred-Customer Extended Delay");
    expect(taskStatusLabel("blocked_technical_ms")).toBe("Blocked-Technical-MS");
  });

  it("treats complete, cancelled and not required as terminal, nothing else", () => {
    const terminal = TASK_STATUSES.filter((status) => status.isTerminal).map((status) => status.code);
    expect(terminal.sort()).toEqual(["cancelled", "complete", "not_required"]);
    expect(isTerminalTaskStatus("blocked_business")).toBe(false);
  });

  it("lists the four seed statuses, all valid", () => {
    expect(SEED_TASK_STATUSES.map((status) => status.code)).toEqual(["not_started", "in_progress", "complete", "cancelled"]);
    for (const status of SEED_TASK_STATUSES) expect(isTaskStatus(status.code)).toBe(true);
    expect(DEFAULT_TASK_STATUS).toBe("not_started");
  });
});
