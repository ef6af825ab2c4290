import type { TTaskWithWhy } from "@waymark/contracts";
import { NOTE_SERVICE_PARAM, NOTE_TASK_PARAM } from "../notes/task-prefill.ts";
import type { TaskTree } from "./playbook-view.ts";
import type { TaskChange } from "./task-progress.tsx";
import { taskRoleLabel } from "./task-roles.ts";

/** The tasks of the tree in the order the table shows them, so j/k step through them as they are seen. */
export function tasksInOrder(tree: TaskTree): TTaskWithWhy[] {
  return tree.flatMap((process) => process.steps.flatMap((step) => step.tasks));
}

/** FTOP's M/O column in words. */
export function mandatoryText(mandatory: boolean): string {
  return mandatory ? "Mandatory: must be completed when it applies to the tenant or service" : "Optional";
}

/** The task's description and where it is written ("From OneDrive BVD playbook"); null when no source says what the task asks. */
export function taskDescriptionView(task: Pick<TTaskWithWhy, "description" | "descriptionSource">): { text: string; from: string | null } | null {
  const text = task.description?.trim();
  if (!text) return null;
  return { text, from: task.descriptionSource ? `From ${task.descriptionSource}` : null };
}

/** The Notes tab's search for "Create note" from a task: a Technical Enablement note on this tenant about the task (and its service). */
export function createNoteSearch(task: Pick<TTaskWithWhy, "catalogTaskId" | "service">): Record<string, string> {
  return { tab: "notes", [NOTE_TASK_PARAM]: String(task.catalogTaskId), ...(task.service ? { [NOTE_SERVICE_PARAM]: task.service } : {}) };
}

/** A change to a task in words, to say what was not saved ("In Progress, 50 %, role SME"). */
export function describeTaskChange(change: TaskChange, statusLabel: (code: string) => string): string {
  return [
    change.status && statusLabel(change.status),
    change.percentComplete !== undefined && `${change.percentComplete} %`,
    change.responsibleRole && `role ${taskRoleLabel(change.responsibleRole)}`,
  ]
    .filter(Boolean)
    .join(", ");
}
