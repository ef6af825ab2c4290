import { TASK_STATUSES } from "../../catalogs/task-statuses.ts";
import type { Condition } from "../../engine/conditions.ts";
import type { PlaybookDefinition } from "../../engine/playbook.ts";

/** Shorthands the FastTrack playbooks are written with. */
export const FM = "fasttrack_manager";

export type Rule = PlaybookDefinition["rules"][number];
export type Action = Rule["then"][number];

export const OPEN_STATUSES: string[] = TASK_STATUSES.filter((s) => !s.isTerminal).map((s) => s.code);
/** The task exists on the tenant (or service) and is not Complete, Cancelled or Not Required. */
export const isOpen = (taskId: number): Condition => ({ fact: `task.${taskId}.status`, in: OPEN_STATUSES });
export const absent = (taskId: number): Condition => ({ fact: `task.${taskId}.status`, present: false });

export const create = (...taskIds: number[]): Action[] => taskIds.map((taskId) => ({ kind: "create_task", taskId }));
export const status = (taskId: number, to: string): Action => ({ kind: "set_task_status", taskId, status: to });
export const prompt = (code: string, role: string, message: string): Action => ({ kind: "raise_finding", code, role, message });
export const done = (...codes: string[]): Action[] => codes.map((code) => ({ kind: "resolve_finding", code }));
export const refuse = (message: string): Action => ({ kind: "refuse", message });
