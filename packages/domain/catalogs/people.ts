// People around a tenant: contact types, FastTrack roles with their access level, and assignment roles.
// Sources: reference/ftop-user-guide/rbac-controls.md (roles per access level, "greater privilege wins"),
// reference/ftop-user-guide/tenant-view-summary-view.md (assignment roles and function tabs, SME focus),
// reference/ftop-partner-user-guide/assigned-tenant-list.md (partners edit only the Partner tab),
// reference/ftop-user-guide/detailed-tenant-view-contacts-tab.md (contact types), research §2.16 and §2.22.
// "administrator" is Waymark's own level (runs the deployment); FTOP has no such role.
import type { TaskRoleCode } from "./task-roles.ts";

// --- Contacts -------------------------------------------------------------------------------------------

export const CONTACT_TYPES = [
  { code: "customer", label: "Customer", typeSpecificField: "do_not_call" },
  { code: "partner", label: "Partner", typeSpecificField: "skill_type" },
  { code: "microsoft", label: "Microsoft", typeSpecificField: "ms_role" },
] as const;

export type ContactType = (typeof CONTACT_TYPES)[number]["code"];

export function isContactType(value: string): value is ContactType {
  return CONTACT_TYPES.some((entry) => entry.code === value);
}

// --- Access levels --------------------------------------------------------------------------------------

export type AccessScope = "none" | "assigned" | "all";

type AccessLevelShape = {
  readonly code: string;
  readonly label: string;
  /** 1 = least privilege; when a user holds several roles the highest rank wins. */
  readonly rank: number;
  readonly read: AccessScope;
  readonly write: AccessScope;
  /** Who may assign users; at "assigned" level only a tenant-primary FastTrack Manager may. */
  readonly assign: AccessScope;
};

const ACCESS_LEVEL_DATA = [
  { code: "assigned", label: "Assigned", rank: 1, read: "assigned", write: "assigned", assign: "none" },
  { code: "assigned_and_assignment", label: "Assigned and Assignment", rank: 2, read: "all", write: "assigned", assign: "all" },
  { code: "privileged", label: "Privileged", rank: 3, read: "all", write: "none", assign: "none" },
  { code: "administrator", label: "Administrator", rank: 4, read: "all", write: "all", assign: "all" },
] as const satisfies readonly AccessLevelShape[];

export type AccessLevel = (typeof ACCESS_LEVEL_DATA)[number]["code"];
export type AccessLevelEntry = Omit<AccessLevelShape, "code"> & { readonly code: AccessLevel };

export const ACCESS_LEVELS: readonly AccessLevelEntry[] = ACCESS_LEVEL_DATA;

export function accessLevelByCode(code: AccessLevel): AccessLevelEntry {
  const entry = ACCESS_LEVELS.find((level) => level.code === code);
  if (!entry) throw new Error(`Unknown access level: ${code}`);
  return entry;
}

// --- FastTrack roles (security groups) --------------------------------------------------------------------

type FastTrackRoleShape = {
  readonly code: string;
  readonly label: string;
  readonly abbreviation?: string;
  /** The row as rbac-controls.md writes it, when it differs from the label. */
  readonly sourceLabel?: string;
};

const FASTTRACK_ROLE_DATA = [
  { code: "fasttrack_manager", label: "FastTrack Manager", abbreviation: "FM", sourceLabel: "FastTrack Manager (FM)" },
  { code: "fasttrack_engineer", label: "FastTrack Engineer", abbreviation: "FE", sourceLabel: "FastTrack Engineer (FE)" },
  { code: "sme", label: "Subject Matter Expert", abbreviation: "SME" },
  { code: "app_assure_manager", label: "App Assure Manager", abbreviation: "AAM", sourceLabel: "AppAssure Manager" },
  { code: "migration_velocity_manager", label: "Migration Velocity Manager", abbreviation: "MVM", sourceLabel: "Migration Velocity Managers (MVM)" },
  { code: "cxp_vendor", label: "CXP Vendor", sourceLabel: "CXP Vendors" },
  { code: "partner_user", label: "FastTrack Ready Partner user", abbreviation: "FRP" },
  { code: "app_assure_router", label: "App Assure Router", sourceLabel: "AppAssure Router" },
  { code: "fasttrack_architect", label: "FastTrack Architect", abbreviation: "FTA", sourceLabel: "FastTrack Architects (FTA)" },
  { code: "fasttrack_architect_lead", label: "FastTrack Architect Lead", abbreviation: "FTA Lead", sourceLabel: "FastTrack Architect Leads (FTA Leads)" },
  { code: "fasttrack_team_lead", label: "FastTrack Team Lead", sourceLabel: "FastTrack Team Leads" },
  { code: "gateway", label: "Gateway" },
  { code: "gateway_targeting_manager", label: "Gateway Targeting Manager", abbreviation: "G-TM", sourceLabel: "Gateway Targeting Managers (G-TM)" },
  { code: "migration_velocity_manager_lead", label: "Migration Velocity Manager Lead", abbreviation: "MVM Lead", sourceLabel: "Migration Velocity Manager Leads (MVM Leads)" },
  { code: "fasttrack_partner_manager", label: "FastTrack Partner Manager", abbreviation: "FPM", sourceLabel: "FastTrack Partner Manager (FPM) (including Leads, Regional Leads)" },
  { code: "regional_assignment_team", label: "Regional Assignment Team", sourceLabel: "Regional Assignment Teams" },
  { code: "team_manager", label: "Team Manager", abbreviation: "TM", sourceLabel: "Team Manager (TM) Previously \"Regional Manager (RM)\"" },
  { code: "frp_onboarding_team", label: "FRP Onboarding Team", sourceLabel: "FastTrack Ready Partner (FRP) Onboarding Team" },
  { code: "cxp_fte", label: "CXP FTE" },
  { code: "ems_fasttrack_pm", label: "EMS FastTrack PM" },
  { code: "friends_of_fasttrack", label: "Friends of FastTrack" },
  { code: "senior_leadership", label: "Senior Leadership", abbreviation: "SLT", sourceLabel: "Senior Leadership (SLT)" },
  { code: "administrator", label: "Waymark Administrator" },
] as const satisfies readonly FastTrackRoleShape[];

export type FastTrackRole = (typeof FASTTRACK_ROLE_DATA)[number]["code"];
export type FastTrackRoleEntry = Omit<FastTrackRoleShape, "code"> & { readonly code: FastTrackRole };

export const FASTTRACK_ROLES: readonly FastTrackRoleEntry[] = FASTTRACK_ROLE_DATA;

/**
 * rbac-controls.md places each security group at one level. Not listed there, placed here: SMEs work like FEs
 * on assigned tenants (assigned); partner users edit only the tenants assigned to them (partner guide).
 */
export const ROLE_ACCESS_LEVEL: Readonly<Record<FastTrackRole, AccessLevel>> = {
  fasttrack_manager: "assigned",
  fasttrack_engineer: "assigned",
  sme: "assigned",
  app_assure_manager: "assigned",
  migration_velocity_manager: "assigned",
  cxp_vendor: "assigned",
  partner_user: "assigned",
  app_assure_router: "assigned_and_assignment",
  fasttrack_architect: "assigned_and_assignment",
  fasttrack_architect_lead: "assigned_and_assignment",
  fasttrack_team_lead: "assigned_and_assignment",
  gateway: "assigned_and_assignment",
  gateway_targeting_manager: "assigned_and_assignment",
  migration_velocity_manager_lead: "assigned_and_assignment",
  fasttrack_partner_manager: "assigned_and_assignment",
  regional_assignment_team: "assigned_and_assignment",
  team_manager: "assigned_and_assignment",
  frp_onboarding_team: "assigned_and_assignment",
  cxp_fte: "privileged",
  ems_fasttrack_pm: "privileged",
  friends_of_fasttrack: "privileged",
  senior_leadership: "privileged",
  administrator: "administrator",
};

export function isFastTrackRole(value: string): value is FastTrackRole {
  return FASTTRACK_ROLES.some((entry) => entry.code === value);
}

export function fastTrackRoleLabel(role: FastTrackRole): string {
  return FASTTRACK_ROLES.find((entry) => entry.code === role)?.label ?? role;
}

/** "If a user is in multiple security groups, the one with greater privilege will win." */
export function accessLevelForRoles(roles: readonly FastTrackRole[]): AccessLevel | null {
  let best: AccessLevelEntry | null = null;
  for (const role of roles) {
    const level = accessLevelByCode(ROLE_ACCESS_LEVEL[role]);
    if (best === null || level.rank > best.rank) best = level;
  }
  return best?.code ?? null;
}

// --- Assignment roles (tenant/service assignments) ----------------------------------------------------------

export type AssignmentFunctionTab = "onboarding" | "enterprise" | "migration" | "partner";

export const ASSIGNMENT_FUNCTION_TABS = [
  { code: "onboarding", label: "Onboarding" },
  { code: "enterprise", label: "Enterprise" },
  { code: "migration", label: "Migration" },
  { code: "partner", label: "Partner" },
] as const satisfies readonly { code: AssignmentFunctionTab; label: string }[];

type AssignmentRoleShape = {
  readonly code: string;
  readonly abbreviation: string;
  readonly label: string;
  readonly functionTab: AssignmentFunctionTab;
  /** The task role whose tasks this assignee works, if any. */
  readonly taskRole: TaskRoleCode | null;
  /** A tenant primary must be set, otherwise reporting is wrong. */
  readonly requiresTenantPrimary?: boolean;
  /** "Use MVM instead". */
  readonly deprecated?: boolean;
};

const ASSIGNMENT_ROLE_DATA = [
  { code: "rm", abbreviation: "RM", label: "Regional Manager", functionTab: "onboarding", taskRole: "regional_manager", requiresTenantPrimary: true },
  { code: "fm", abbreviation: "FM", label: "FastTrack Manager", functionTab: "onboarding", taskRole: "fasttrack_manager", requiresTenantPrimary: true },
  { code: "fe", abbreviation: "FE", label: "FastTrack Engineer", functionTab: "onboarding", taskRole: "fasttrack_engineer" },
  { code: "fpm", abbreviation: "FPM", label: "FastTrack Partner Manager", functionTab: "onboarding", taskRole: "fasttrack_partner_manager" },
  { code: "sme", abbreviation: "SME", label: "Subject Matter Expert", functionTab: "onboarding", taskRole: "sme" },
  { code: "aam", abbreviation: "AAM", label: "App Assure Manager", functionTab: "onboarding", taskRole: "app_assure_manager" },
  { code: "g_rm", abbreviation: "G-RM", label: "RFA Manager", functionTab: "onboarding", taskRole: null },
  { code: "g_tm", abbreviation: "G-TM", label: "Targeting Manager", functionTab: "onboarding", taskRole: null },
  { code: "fta_v2", abbreviation: "FTA v2", label: "FastTrack Architect v2", functionTab: "enterprise", taskRole: "fasttrack_architect_v2" },
  { code: "fsa", abbreviation: "FSA", label: "FastTrack Solution Architect", functionTab: "enterprise", taskRole: "fasttrack_solution_architect" },
  { code: "gmfta", abbreviation: "GMFTA", label: "GetModern FTA", functionTab: "enterprise", taskRole: "getmodern_fta" },
  { code: "mvm", abbreviation: "MVM", label: "Migration Velocity Manager", functionTab: "migration", taskRole: "migration_velocity_manager" },
  { code: "mel", abbreviation: "MEL", label: "Migration Engagement Lead", functionTab: "migration", taskRole: "migration_engagement_lead", deprecated: true },
  { code: "p_rm", abbreviation: "P-RM", label: "Partner Regional Manager", functionTab: "partner", taskRole: "regional_manager" },
  { code: "p_fm", abbreviation: "P-FM", label: "Partner FastTrack Manager", functionTab: "partner", taskRole: "fasttrack_manager" },
  { code: "p_fe", abbreviation: "P-FE", label: "Partner FastTrack Engineer", functionTab: "partner", taskRole: "fasttrack_engineer" },
] as const satisfies readonly AssignmentRoleShape[];

export type AssignmentRole = (typeof ASSIGNMENT_ROLE_DATA)[number]["code"];
export type AssignmentRoleEntry = Omit<AssignmentRoleShape, "code"> & { readonly code: AssignmentRole };

export const ASSIGNMENT_ROLES: readonly AssignmentRoleEntry[] = ASSIGNMENT_ROLE_DATA;

export function isAssignmentRole(value: string): value is AssignmentRole {
  return ASSIGNMENT_ROLES.some((entry) => entry.code === value);
}

/** The Partner tab's roles (P-RM, P-FM, P-FE): the only ones partner users hold and the only ones they may change. */
export function isPartnerAssignmentRole(role: string): boolean {
  return ASSIGNMENT_ROLES.some((entry) => entry.code === role && entry.functionTab === "partner");
}

export function assignmentRoleLabel(role: AssignmentRole): string {
  return ASSIGNMENT_ROLES.find((entry) => entry.code === role)?.label ?? role;
}

export function assignmentRolesOnTab(tab: AssignmentFunctionTab): readonly AssignmentRoleEntry[] {
  return ASSIGNMENT_ROLES.filter((entry) => entry.functionTab === tab);
}

/** An SME may be assigned to a focus area instead of services. */
export const SME_FOCUS_AREAS = [
  { code: "adoption", label: "Adoption" },
  { code: "identity", label: "Identity" },
  { code: "network", label: "Network" },
] as const;

export type SmeFocusArea = (typeof SME_FOCUS_AREAS)[number]["code"];
