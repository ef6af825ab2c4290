import { humanizeCode } from "../../lib/format.ts";

// GET /api/catalogs has no task roles yet, so the labels of packages/domain/catalogs/task-roles.ts are mirrored here.
// An unknown code still reads as words ("new_role" → "New role"), never as nothing.
const TASK_ROLE_LABELS: Readonly<Record<string, string>> = {
  any_role: "Any Role",
  regional_manager: "Regional Manager",
  fasttrack_architect_v2: "FastTrack Architect v2",
  fasttrack_manager: "FastTrack Manager",
  fasttrack_solution_architect: "FastTrack Solution Architect",
  fasttrack_engineer: "FastTrack Engineer",
  migration_velocity_manager: "Migration Velocity Manager",
  fasttrack_partner_manager: "FastTrack Partner Manager",
  migration_engagement_lead: "Migration Engagement Lead",
  sme: "SME",
  app_assure_manager: "App Assure Manager",
  getmodern_fta: "GetModern FTA",
  fasttrack_ready_partner: "FastTrack Ready Partner",
};

export function taskRoleLabel(code: string): string {
  return TASK_ROLE_LABELS[code] ?? humanizeCode(code);
}

/** FTOP's "responsible FTC role" drop-down of the task dialog, in its order (the domain's `inUserGuideDropdown` roles). */
export const TASK_ROLE_CHOICES: readonly string[] = [
  "any_role",
  "regional_manager",
  "fasttrack_architect_v2",
  "fasttrack_manager",
  "fasttrack_solution_architect",
  "fasttrack_engineer",
  "migration_velocity_manager",
  "fasttrack_partner_manager",
  "migration_engagement_lead",
  "sme",
  "app_assure_manager",
];

/** The roles a task's role can be set to: the drop-down's, plus the task's own when a playbook set one outside it. */
export function taskRoleOptions(current: string): { value: string; label: string }[] {
  const codes = TASK_ROLE_CHOICES.includes(current) ? TASK_ROLE_CHOICES : [...TASK_ROLE_CHOICES, current];
  return codes.map((code) => ({ value: code, label: taskRoleLabel(code) }));
}

/**
 * The task role each assignment role works tasks as (packages/domain/catalogs/people.ts, mirrored so the domain's
 * code stays out of the browser bundle; task-roles.test.ts keeps the copy equal). G-RM and G-TM work no tasks.
 */
export const TASK_ROLE_OF_ASSIGNMENT: Readonly<Record<string, string>> = {
  rm: "regional_manager",
  fm: "fasttrack_manager",
  fe: "fasttrack_engineer",
  fpm: "fasttrack_partner_manager",
  sme: "sme",
  aam: "app_assure_manager",
  fta_v2: "fasttrack_architect_v2",
  fsa: "fasttrack_solution_architect",
  gmfta: "getmodern_fta",
  mvm: "migration_velocity_manager",
  mel: "migration_engagement_lead",
  p_rm: "regional_manager",
  p_fm: "fasttrack_manager",
  p_fe: "fasttrack_engineer",
};
