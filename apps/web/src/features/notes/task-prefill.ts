import type { TDraft } from "@waymark/contracts";
import { emptyForm, type NoteForm } from "./notes.ts";

/** The URL parameters "Create note" on a playbook task sets (`?tab=notes&noteTask=3718&noteService=onedrive`); a reload keeps them. */
export const NOTE_TASK_PARAM = "noteTask";
export const NOTE_SERVICE_PARAM = "noteService";

/** The task id a `noteTask` value names, or undefined for a missing or malformed one. */
export function noteTaskOf(value: unknown): number | undefined {
  const text = typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
  return /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

/**
 * As FTOP's Notes Editor opens from a playbook task: Technical Enablement, about that task; and, beyond FTOP, about the
 * task's service when the tenant has it (a task of the whole tenant leaves the services empty).
 */
export function taskNoteForm(taskId: number, service?: string, tenantServices: readonly string[] = []): NoteForm {
  const services = service !== undefined && tenantServices.includes(service) ? [service] : [];
  return { ...emptyForm("technical_enablement"), taskId: String(taskId), services };
}

/** True when the editor holds nothing a person wrote or restored, so a prefill replaces nothing. */
export function isPristine(state: { form: NoteForm; editing: unknown; draftId: string | null }): boolean {
  const { form } = state;
  return state.editing === null && state.draftId === null && form.body.trim() === "" && form.nextAction.trim() === "" && form.nextActionDate === "";
}

/**
 * What "Create note" from a task does to the editor: fill an empty one; never replace what is in it (the person chooses).
 * Drafts already about the task on this tenant are named so the person can continue one instead of starting again.
 */
export function taskPrefillPlan(
  state: { form: NoteForm; editing: unknown; draftId: string | null },
  taskId: number,
  tenantDrafts: readonly TDraft[],
): { action: "fill" | "ask"; draftsOfTask: number } {
  const draftsOfTask = tenantDrafts.filter((draft) => draft.taskId === taskId).length;
  return { action: isPristine(state) ? "fill" : "ask", draftsOfTask };
}

/** The announcement after a prefill, pointing to drafts about the same task. */
export function prefillMessage(taskId: number, draftsOfTask: number): string {
  const base = `New Technical Enablement note about task ${taskId}: write it in the editor.`;
  if (draftsOfTask === 0) return base;
  return `${base} You already keep ${draftsOfTask === 1 ? "a draft" : `${draftsOfTask} drafts`} about task ${taskId} under Drafts; restore one to continue it instead.`;
}
