// Shared by the pack scenario tests: a German SMC tenant mid-way through an Exchange migration.
import type { EngineService, TenantState } from "../../engine/model.ts";

export const SCENARIO_NOW = new Date("2026-11-23T09:00:00Z");

export const EXCHANGE_MIGRATING: EngineService = {
  code: "exchange",
  status: "migrate",
  deploymentOrder: 1,
  split: [{ l1: "in_progress", entitlements: 500, l2: "migration", l3: null, notes: null }],
  activeUsersPercent: 30,
};

/** The tenant with Exchange migrating plus the workload a playbook is about, and that playbook's task. */
export function scenarioTenant(workload: EngineService, tasks: TenantState["tasks"], overrides: Partial<TenantState> = {}): TenantState {
  return {
    tenantId: "t1",
    priority: "high",
    priorityOverride: null,
    segment: "smc",
    country: "DE",
    timeZone: "Europe/Berlin",
    services: [EXCHANGE_MIGRATING, workload],
    tasks,
    timers: [],
    ...overrides,
  };
}
