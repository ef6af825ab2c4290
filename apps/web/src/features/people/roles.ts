import type { AccessLevel, AssignmentRole, FastTrackRole } from "@waymark/domain";

// Mirrors the people catalog of @waymark/domain (FastTrack roles, their access levels, assignment roles). Importing the
// package's values would pull zod, date-holidays and the playbook engine into the browser bundle; roles.test.ts keeps
// this copy equal to the domain's, and the Record types below fail to compile when a code is added there.

export const ACCESS_LEVEL_LABELS: Readonly<Record<AccessLevel, string>> = {
  assigned: "Assigned",
  assigned_and_assignment: "Assigned and Assignment",
  privileged: "Privileged",
  administrator: "Administrator",
};

/** Least privilege first; when a person holds several roles the highest level wins. */
export const ACCESS_LEVEL_ORDER: readonly AccessLevel[] = ["assigned", "assigned_and_assignment", "privileged", "administrator"];

/** What each level lets a person do, in a phrase for the role picker. */
export const ACCESS_LEVEL_HINTS: Readonly<Record<AccessLevel, string>> = {
  assigned: "reads and edits only the tenants assigned to them",
  assigned_and_assignment: "reads every tenant, edits assigned ones, assigns people anywhere",
  privileged: "reads every tenant, edits none",
  administrator: "reads and edits everything",
};

type RoleInfo = { label: string; abbreviation?: string; level: AccessLevel };

export const FASTTRACK_ROLE_INFO: Readonly<Record<FastTrackRole, RoleInfo>> = {
  fasttrack_manager: { label: "FastTrack Manager", abbreviation: "FM", level: "assigned" },
  fasttrack_engineer: { label: "FastTrack Engineer", abbreviation: "FE", level: "assigned" },
  sme: { label: "Subject Matter Expert", abbreviation: "SME", level: "assigned" },
  app_assure_manager: { label: "App Assure Manager", abbreviation: "AAM", level: "assigned" },
  migration_velocity_manager: { label: "Migration Velocity Manager", abbreviation: "MVM", level: "assigned" },
  cxp_vendor: { label: "CXP Vendor", level: "assigned" },
  partner_user: { label: "FastTrack Ready Partner user", abbreviation: "FRP", level: "assigned" },
  app_assure_router: { label: "App Assure Router", level: "assigned_and_assignment" },
  fasttrack_architect: { label: "FastTrack Architect", abbreviation: "FTA", level: "assigned_and_assignment" },
  fasttrack_architect_lead: { label: "FastTrack Architect Lead", abbreviation: "FTA Lead", level: "assigned_and_assignment" },
  fasttrack_team_lead: { label: "FastTrack Team Lead", level: "assigned_and_assignment" },
  gateway: { label: "Gateway", level: "assigned_and_assignment" },
  gateway_targeting_manager: { label: "Gateway Targeting Manager", abbreviation: "G-TM", level: "assigned_and_assignment" },
  migration_velocity_manager_lead: { label: "Migration Velocity Manager Lead", abbreviation: "MVM Lead", level: "assigned_and_assignment" },
  fasttrack_partner_manager: { label: "FastTrack Partner Manager", abbreviation: "FPM", level: "assigned_and_assignment" },
  regional_assignment_team: { label: "Regional Assignment Team", level: "assigned_and_assignment" },
  team_manager: { label: "Team Manager", abbreviation: "TM", level: "assigned_and_assignment" },
  frp_onboarding_team: { label: "FRP Onboarding Team", level: "assigned_and_assignment" },
  cxp_fte: { label: "CXP FTE", level: "privileged" },
  ems_fasttrack_pm: { label: "EMS FastTrack PM", level: "privileged" },
  friends_of_fasttrack: { label: "Friends of FastTrack", level: "privileged" },
  senior_leadership: { label: "Senior Leadership", abbreviation: "SLT", level: "privileged" },
  administrator: { label: "Waymark Administrator", level: "administrator" },
};

export const ASSIGNMENT_ROLE_INFO: Readonly<Record<AssignmentRole, { abbreviation: string; label: string }>> = {
  rm: { abbreviation: "RM", label: "Regional Manager" },
  fm: { abbreviation: "FM", label: "FastTrack Manager" },
  fe: { abbreviation: "FE", label: "FastTrack Engineer" },
  fpm: { abbreviation: "FPM", label: "FastTrack Partner Manager" },
  sme: { abbreviation: "SME", label: "Subject Matter Expert" },
  aam: { abbreviation: "AAM", label: "App Assure Manager" },
  g_rm: { abbreviation: "G-RM", label: "RFA Manager" },
  g_tm: { abbreviation: "G-TM", label: "Targeting Manager" },
  fta_v2: { abbreviation: "FTA v2", label: "FastTrack Architect v2" },
  fsa: { abbreviation: "FSA", label: "FastTrack Solution Architect" },
  gmfta: { abbreviation: "GMFTA", label: "GetModern FTA" },
  mvm: { abbreviation: "MVM", label: "Migration Velocity Manager" },
  mel: { abbreviation: "MEL", label: "Migration Engagement Lead" },
  p_rm: { abbreviation: "P-RM", label: "Partner Regional Manager" },
  p_fm: { abbreviation: "P-FM", label: "Partner FastTrack Manager" },
  p_fe: { abbreviation: "P-FE", label: "Partner FastTrack Engineer" },
};

const PARTNER_ROLE: FastTrackRole = "partner_user";

const isFastTrackRole = (code: string): code is FastTrackRole => Object.hasOwn(FASTTRACK_ROLE_INFO, code);

export function roleLabel(code: string): string {
  return isFastTrackRole(code) ? FASTTRACK_ROLE_INFO[code].label : code;
}

export function accessLevelLabel(level: AccessLevel | null): string {
  return level ? ACCESS_LEVEL_LABELS[level] : "No access";
}

/** The roles of each access level, in the catalog's order, for a picker that names the level it grants. */
export function rolesByLevel(): { level: AccessLevel; roles: { code: FastTrackRole; label: string }[] }[] {
  const entries = Object.entries(FASTTRACK_ROLE_INFO) as [FastTrackRole, RoleInfo][];
  return ACCESS_LEVEL_ORDER.map((level) => ({
    level,
    roles: entries.filter(([, info]) => info.level === level).map(([code, info]) => ({ code, label: info.abbreviation ? `${info.label} (${info.abbreviation})` : info.label })),
  }));
}

/**
 * The level that applies to a signed-in person, as the server decides it: administrators first, the highest level
 * among the roles otherwise, and never beyond Assigned for a partner's person.
 */
export function accessLevelOf(person: { roles: readonly string[]; isAdministrator: boolean }): AccessLevel | null {
  const known = person.roles.filter(isFastTrackRole);
  const ranks = known.map((role) => ACCESS_LEVEL_ORDER.indexOf(FASTTRACK_ROLE_INFO[role].level));
  const best = ranks.length > 0 ? ACCESS_LEVEL_ORDER[Math.max(...ranks)] ?? null : null;
  if (known.includes(PARTNER_ROLE)) return best === null ? null : "assigned";
  if (person.isAdministrator) return "administrator";
  return best;
}

/** Bulk reassignment is for the levels that assign on every tenant; they also see the People page, read-only. */
export function mayReassignWork(person: { roles: readonly string[]; isAdministrator: boolean }): boolean {
  const level = accessLevelOf(person);
  return level === "administrator" || level === "assigned_and_assignment";
}
