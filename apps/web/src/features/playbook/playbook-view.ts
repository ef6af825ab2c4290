import type { TAssignment, TTaskWithWhy } from "@waymark/contracts";
import { TASK_ROLE_OF_ASSIGNMENT } from "./task-roles.ts";

// What the Playbook tab shows: FTOP's filters (service, phase, role, status, search) kept in the URL under `pb.`
// so they do not clash with other tabs' parameters, and the tasks as a tree Process → Step → Task.

export const PHASES = [
  { code: "initiate", label: "Initiate" },
  { code: "assess", label: "Assess" },
  { code: "remediate", label: "Remediate" },
  { code: "enable", label: "Enable" },
  { code: "migrate", label: "Migrate" },
  { code: "success", label: "Success" },
  { code: "approach", label: "Approach" },
  { code: "none", label: "Gateway & other" },
] as const;
export type PhaseCode = (typeof PHASES)[number]["code"];

export type PlaybookFilters = {
  /** A service code, "tenant" for tasks of the tenant as a whole, or undefined for every service. */
  service?: string;
  phase?: PhaseCode;
  /** "all", a task role code, or undefined: the roles the signed-in person holds on the tenant ("mine"). */
  role?: string;
  status?: string;
  q?: string;
};

const KEYS = { service: "pb.service", phase: "pb.phase", role: "pb.role", status: "pb.status", q: "pb.q" } as const;

export function filtersFromSearch(search: Readonly<Record<string, unknown>>): PlaybookFilters {
  const text = (key: string) => {
    const value = search[key];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const phase = PHASES.find((entry) => entry.code === text(KEYS.phase))?.code;
  return { service: text(KEYS.service), phase, role: text(KEYS.role), status: text(KEYS.status), q: text(KEYS.q) };
}

/** The `pb.` parameters of the filters; defaults are left out so the URL stays short. */
export function searchOfFilters(filters: PlaybookFilters): Record<string, string | undefined> {
  return { [KEYS.service]: filters.service, [KEYS.phase]: filters.phase, [KEYS.role]: filters.role, [KEYS.status]: filters.status, [KEYS.q]: filters.q };
}

/** The task roles the person holds on the tenant through their own assignments (e.g. FM → FastTrack Manager). */
export function myTaskRoles(assignments: readonly TAssignment[], userId: string | undefined): string[] {
  const roles = assignments
    .filter((assignment) => assignment.assignee.kind === "user" && assignment.assignee.id === userId)
    .map((assignment) => TASK_ROLE_OF_ASSIGNMENT[assignment.role])
    .filter((role): role is NonNullable<typeof role> => Boolean(role));
  return [...new Set(roles)];
}

export const phaseOf = (task: Pick<TTaskWithWhy, "phase">): PhaseCode => PHASES.find((entry) => entry.code === task.phase)?.code ?? "none";

function matchesText(task: TTaskWithWhy, q: string): boolean {
  const needle = q.toLowerCase();
  return [String(task.catalogTaskId), task.name, task.process ?? "", task.step ?? ""].some((text) => text.toLowerCase().includes(needle));
}

/**
 * The tasks every filter but the phase lets through. Role "mine" with no role of one's own on the tenant shows every
 * role (there is nothing of one's own to narrow to); tasks for Any Role count as everyone's.
 */
export function filterTasks(tasks: readonly TTaskWithWhy[], filters: PlaybookFilters, mine: readonly string[]): TTaskWithWhy[] {
  const roles = filters.role === "all" ? null : filters.role ? [filters.role] : mine.length > 0 ? mine : null;
  return tasks.filter(
    (task) =>
      (filters.service === undefined || (filters.service === "tenant" ? task.service === null : task.service === filters.service)) &&
      (roles === null || task.responsibleRole === "any_role" || roles.includes(task.responsibleRole)) &&
      (filters.status === undefined || task.status === filters.status) &&
      (filters.q === undefined || matchesText(task, filters.q)),
  );
}

/** How many of the tasks fall in each phase, in lifecycle order, only phases that have some. */
export function phaseCounts(tasks: readonly TTaskWithWhy[]): { code: PhaseCode; label: string; count: number }[] {
  return PHASES.map((phase) => ({ ...phase, count: tasks.filter((task) => phaseOf(task) === phase.code).length })).filter((phase) => phase.count > 0);
}

export type TaskTree = { process: string; steps: { step: string; tasks: TTaskWithWhy[] }[] }[];

const NO_PROCESS = "Other tasks";
const NO_STEP = "Tasks";

/** Process → Step → Task, in lifecycle order, then in the order of the first task id of each group. */
export function taskTree(tasks: readonly TTaskWithWhy[]): TaskTree {
  const ordered = [...tasks].sort(
    (a, b) => PHASES.findIndex((p) => p.code === phaseOf(a)) - PHASES.findIndex((p) => p.code === phaseOf(b)) || a.catalogTaskId - b.catalogTaskId,
  );
  const tree: TaskTree = [];
  for (const task of ordered) {
    const processName = task.process ?? NO_PROCESS;
    let process = tree.find((entry) => entry.process === processName);
    if (!process) tree.push((process = { process: processName, steps: [] }));
    const stepName = task.step ?? NO_STEP;
    let step = process.steps.find((entry) => entry.step === stepName);
    if (!step) process.steps.push((step = { step: stepName, tasks: [] }));
    step.tasks.push(task);
  }
  return tree;
}

/** A typed % complete: a whole number 0–100, or what is wrong with it. */
export function parsePercent(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const trimmed = text.trim().replace(/%$/, "").trim();
  if (!/^\d{1,3}$/.test(trimmed)) return { ok: false, message: "Type a whole number from 0 to 100." };
  const value = Number(trimmed);
  if (value > 100) return { ok: false, message: "At most 100 %." };
  return { ok: true, value };
}
