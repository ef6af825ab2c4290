import { z } from "zod";
import { isKnownTaskId, taskById } from "../../catalogs/task-catalogue.ts";
import { isTaskStatus, type TaskStatus } from "../../catalogs/task-statuses.ts";
import type { ActionKind } from "../action-kind.ts";

export type SetTaskStatusAction = { kind: "set_task_status"; taskId: number; status: TaskStatus };
export type CreateTaskAction = { kind: "create_task"; taskId: number };

const unknownTask = (taskId: number) => (isKnownTaskId(taskId) ? [] : [`task ${taskId} is not in the task catalogue`]);

export const setTaskStatus: ActionKind<SetTaskStatusAction> = {
  kind: "set_task_status",
  schema: z.object({ kind: z.literal("set_task_status"), taskId: z.number().int(), status: z.string() }).strict() as z.ZodType<SetTaskStatusAction>,
  check: (action) => [...unknownTask(action.taskId), ...(isTaskStatus(action.status) ? [] : [`"${action.status}" is not a task status`])],
  apply: (action, { state, service }) => {
    const serviceCode = service?.code ?? null;
    const current = state.tasks.find((t) => t.taskId === action.taskId && t.service === serviceCode);
    if (current?.status === action.status) return [];
    const created = current
      ? []
      : [{ kind: "create_task" as const, taskId: action.taskId, service: serviceCode, role: taskById(action.taskId)?.role ?? "any_role", dueDate: null }];
    return [...created, { kind: "set_task_status", taskId: action.taskId, service: serviceCode, status: action.status }];
  },
};

export const createTask: ActionKind<CreateTaskAction> = {
  kind: "create_task",
  schema: z.object({ kind: z.literal("create_task"), taskId: z.number().int() }).strict(),
  check: (action) => unknownTask(action.taskId),
  apply: (action, { state, service }) => {
    const serviceCode = service?.code ?? null;
    if (state.tasks.some((t) => t.taskId === action.taskId && t.service === serviceCode)) return [];
    return [{ kind: "create_task", taskId: action.taskId, service: serviceCode, role: taskById(action.taskId)?.role ?? "any_role", dueDate: null }];
  },
};
