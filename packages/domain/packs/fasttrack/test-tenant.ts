// Shared by the pack scenario tests: a German SMC tenant mid-way through an Exchange migration.
import type { EngineService, TenantState } from "../../engine/model.ts";

export const SCENARIO_NOW = new Date("2026-11-23T09:00:00Z");

export const NO_ADOPTION_INDICATORS: EngineService["adoption"] = {
  targetDate: null,
  businessReason: null,
  successOwnerRole: null,
  stakeholders: null,
  scenarios: [],
  awareness: [],
  training: [],
};

export const EXCHANGE_MIGRATING: EngineService = {
  code: "exchange",
  status: "migrate",
  deploymentOrder: 1,
  split: [{ l1: "in_progress", entitlements: 500, l2: "migration", l3: null, notes: null }],
  activeUsersPercent: 30,
  activeUsers: 150,
  nextActionDate: null,
  entitlements: 500,
  engagementScenario: "ftc_css_led",
  adoption: NO_ADOPTION_INDICATORS,
};

export type ServiceInput = Partial<EngineService> & Pick<EngineService, "code" | "split">;

/** A service with what a test does not name filled in: just started, CSS-led, nothing recorded, no usage. */
export function scenarioService(input: ServiceInput): EngineService {
  return {
    status: "initiate",
    deploymentOrder: null,
    activeUsersPercent: 0,
    activeUsers: 0,
    nextActionDate: null,
    entitlements: input.split.reduce((sum, row) => sum + row.entitlements, 0),
    engagementScenario: "ftc_css_led",
    adoption: NO_ADOPTION_INDICATORS,
    ...input,
  };
}

/** The tenant with Exchange migrating plus the workload a playbook is about, and that playbook's task. */
export function scenarioTenant(workload: ServiceInput, tasks: TenantState["tasks"], overrides: Partial<TenantState> = {}): TenantState {
  return {
    tenantId: "t1",
    name: "Fabrikam",
    priority: "high",
    priorityOverride: null,
    segment: "smc",
    country: "DE",
    timeZone: "Europe/Berlin",
    services: [EXCHANGE_MIGRATING, scenarioService(workload)],
    tasks,
    timers: [],
    seats: 500,
    region: "emea",
    managed: true,
    goBack: false,
    rfaApprovedOn: null,
    overallStatus: null,
    overallStatusDate: null,
    engagementStartDate: null,
    assignmentOption: null,
    queues: [],
    assignees: [],
    messages: [],
    outreach: [],
    findings: [],
    ...overrides,
  };
}
