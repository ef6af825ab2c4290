import type { L1Status } from "../catalogs/l1-statuses.ts";
import type { AssignmentOption, EngagementScenario, OverallStatus, Priority, QueueCode, Region, Segment } from "../catalogs/engagement.ts";
import type { ServiceCode } from "../catalogs/services.ts";
import type { ServiceStatus } from "../catalogs/service-statuses.ts";
import type { TaskStatus } from "../catalogs/task-statuses.ts";

/** What the engine sees of one service of a tenant. */
export type EngineService = {
  code: ServiceCode;
  status: ServiceStatus;
  /** Position in a serialized deployment; null when the workload is not serialized. */
  deploymentOrder: number | null;
  split: { l1: L1Status; entitlements: number; l2: string | null; l3: string | null; notes: string | null; targetDate?: string | null }[];
  /** Active users as a percentage of entitlements, when usage is known. */
  activeUsersPercent: number | null;
  /** Active users on the latest usage day, when usage is known. */
  activeUsers: number | null;
  nextActionDate: string | null;
  /** The entitlements the split must sum to (the override when set). */
  entitlements: number;
  engagementScenario: EngagementScenario;
  /** The DIBS and SSAT recorded for the workload (seed 002); intent is the In Progress row of the split. */
  adoption: {
    targetDate: string | null;
    businessReason: string | null;
    successOwnerRole: string | null;
    stakeholders: string | null;
    scenarios: string[];
    awareness: string[];
    training: string[];
  };
};

export type EngineTask = { taskId: number; service: ServiceCode | null; status: TaskStatus };

/** The state of one tenant the rules read. Built by the server from the database; plain data. */
export type TenantState = {
  tenantId: string;
  /** The tenant's name, for the words of messages and prompts. */
  name: string;
  priority: Priority;
  priorityOverride: Priority | null;
  segment: Segment;
  country: string;
  timeZone: string;
  services: EngineService[];
  tasks: EngineTask[];
  /** Waits that are running: when one runs out, its event is fired. */
  timers: EngineTimer[];
  seats: number;
  region: Region;
  /** The customer has a Microsoft account team. */
  managed: boolean;
  goBack: boolean;
  rfaApprovedOn: string | null;
  overallStatus: OverallStatus | null;
  /** When the overall status was last stated; an outreach step restates it, so reports see a fresh date. */
  overallStatusDate: string | null;
  engagementStartDate: string | null;
  assignmentOption: AssignmentOption | null;
  /** Routing queues assigned to the tenant. */
  queues: QueueCode[];
  /** People assigned to the tenant itself (not through its customer), in an assignment role (fm, fe, ...). */
  assignees: { userId: string; role: string; primary: boolean }[];
  /** Messages the playbooks have put in the outbox for this tenant, so each goes once to each recipient. */
  messages: { template: string; recipientUserId: string }[];
  /** Outreach steps taken so far (which audience, which attempt), so a step is recorded once. */
  outreach: { audience: OutreachAudience; attemptNumber: number }[];
  /** Findings still open, so a rule raises each one once and can close it when it no longer holds. */
  findings: { code: string; service: ServiceCode | null; message: string }[];
};

export type EngineTimer = { key: string; service: ServiceCode | null; dueDate: string };

/** Something that happened, which rules may react to. `data` carries what a person recorded. */
export type EngineEvent = {
  type: string;
  service?: ServiceCode;
  data?: Record<string, unknown>;
  /** The user who recorded the event; absent when a wait fired it. */
  actorUserId?: string;
};

/** What a rule decided, with the reason a person can read. The server applies effects in one transaction. */
export type Effect = EffectChange & { explanation: Explanation };

export type EffectChange =
  | { kind: "create_task"; taskId: number; service: ServiceCode | null; role: string; dueDate: string | null }
  | { kind: "set_task_status"; taskId: number; service: ServiceCode | null; status: TaskStatus }
  | { kind: "set_service_status"; service: ServiceCode; status: ServiceStatus }
  | { kind: "append_entitlement_note"; service: ServiceCode; l1: L1Status; text: string }
  | { kind: "set_entitlement_status"; service: ServiceCode; to: L1Status; l2: string | null; l3: string | null; moves: { from: L1Status; count: number }[] }
  | { kind: "set_service_dates"; service: ServiceCode; targetDate?: string; nextActionDate?: string }
  | { kind: "raise_finding"; code: string; service: ServiceCode | null; message: string; role: string | null }
  | { kind: "resolve_finding"; code: string; service: ServiceCode | null }
  | { kind: "set_overall_status"; status: OverallStatus; date: string }
  | { kind: "set_engagement_start_date"; date: string }
  | { kind: "record_assignment_option"; option: AssignmentOption }
  | { kind: "unassign_queue"; queue: QueueCode }
  | { kind: "assign_queue"; queue: QueueCode; role: string }
  | { kind: "assign_user"; userId: string; role: string; primary: boolean; replacing: string[] }
  | { kind: "unassign_user"; userId: string; role: string | null }
  | { kind: "enqueue_message"; template: string; recipientUserId: string; subject: string; body: string }
  | { kind: "create_outreach_step"; audience: OutreachAudience; template: string; attemptNumber: number }
  | { kind: "start_timer"; key: string; service: ServiceCode | null; dueDate: string; event: EngineEvent }
  | { kind: "cancel_timer"; key: string; service: ServiceCode | null };

export type OutreachAudience = "account_team" | "partner" | "customer";

export type Explanation = {
  playbookId: string;
  playbookVersion: number;
  ruleId: string;
  /** One sentence: why this happened. */
  why: string;
  /** The inputs the rule saw (event data and the state facts its guard read). */
  inputs: Record<string, unknown>;
};
