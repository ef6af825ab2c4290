// Status of a playbook task on a tenant (the task dialog's status dropdown).
// Sources: reference/ftop-user-guide/detailed-tenant-view-playbook-tab.md and the partner guide's page of the
// same name (the 13 values), seeds/001_78b5828efea8eea9.txt "Task 3718 Status Explained" (the 4 seed values
// and their meaning), research §2.7, DESIGN decision 6.

type TaskStatusShape = {
  readonly code: string;
  readonly label: string;
  /** No further work is expected: Complete, Cancelled, Not Required. */
  readonly isTerminal: boolean;
  readonly isBlocked: boolean;
};

const TASK_STATUS_DATA = [
  { code: "not_started", label: "Not Started", isTerminal: false, isBlocked: false },
  { code: "not_required", label: "Not Required", isTerminal: true, isBlocked: false },
  { code: "in_progress", label: "In Progress", isTerminal: false, isBlocked: false },
  { code: "complete", label: "Complete", isTerminal: true, isBlocked: false },
  { code: "paused_customer_delay", label: "Paused-Customer Delay", isTerminal: false, isBlocked: false },
  { code: "deferred_customer_extended_delay", label: "Deferred-Customer Extended Delay", isTerminal: false, isBlocked: false },
  { code: "warning", label: "Warning", isTerminal: false, isBlocked: false },
  { code: "blocked_pending_remediation", label: "Blocked-Pending Remediation", isTerminal: false, isBlocked: true },
  { code: "blocked_technical_customer", label: "Blocked-Technical-Customer", isTerminal: false, isBlocked: true },
  { code: "blocked_business", label: "Blocked-Business", isTerminal: false, isBlocked: true },
  { code: "blocked_other", label: "Blocked-Other", isTerminal: false, isBlocked: true },
  { code: "blocked_technical_ms", label: "Blocked-Technical-MS", isTerminal: false, isBlocked: true },
  { code: "cancelled", label: "Cancelled", isTerminal: true, isBlocked: false },
] as const satisfies readonly TaskStatusShape[];

export type TaskStatus = (typeof TASK_STATUS_DATA)[number]["code"];
export type TaskStatusEntry = Omit<TaskStatusShape, "code"> & { readonly code: TaskStatus };

export const TASK_STATUSES: readonly TaskStatusEntry[] = TASK_STATUS_DATA;

export const DEFAULT_TASK_STATUS: TaskStatus = "not_started";

/** The four statuses the seed playbooks use ("Only use the status values provided"), with their seed meaning. */
export const SEED_TASK_STATUSES = [
  { code: "not_started", meaning: "Default status; no FM action has been taken" },
  { code: "in_progress", meaning: "The FM is performing the activities or has scheduled a discussion" },
  { code: "complete", meaning: "The FM completed the actions" },
  { code: "cancelled", meaning: "The FM tried but the customer declined, or the task does not apply" },
] as const satisfies readonly { code: TaskStatus; meaning: string }[];

const STATUS_BY_CODE = new Map<string, TaskStatusEntry>(TASK_STATUSES.map((entry) => [entry.code, entry]));

export function isTaskStatus(value: string): value is TaskStatus {
  return STATUS_BY_CODE.has(value);
}

export function taskStatusLabel(status: TaskStatus): string {
  return STATUS_BY_CODE.get(status)?.label ?? status;
}

export function isTerminalTaskStatus(status: TaskStatus): boolean {
  return STATUS_BY_CODE.get(status)?.isTerminal ?? false;
}

export function isSeedTaskStatus(status: TaskStatus): boolean {
  return SEED_TASK_STATUSES.some((entry) => entry.code === status);
}
