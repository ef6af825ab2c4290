// Responsible roles of a playbook task (the task dialog's role dropdown and the task tables' "FastTrack Role").
// Sources: reference/ftop-user-guide/detailed-tenant-view-playbook-tab.md (UG dropdown, "Any Role"),
// reference/ftop-partner-user-guide/detailed-tenant-view-playbook-tab.md (PUG dropdown, "All Roles",
// "Get Modern FTA"), research/ftop-features.md §2.8 and Appendix A (task-table roles "GetModern FTA",
// "FastTrack Ready Partner").

type TaskRoleShape = {
  readonly code: string;
  readonly label: string;
  /** Other spellings of the same role in the sources. */
  readonly aliases: readonly string[];
  readonly inUserGuideDropdown: boolean;
  readonly inPartnerGuideDropdown: boolean;
};

const TASK_ROLE_DATA = [
  { code: "any_role", label: "Any Role", aliases: ["All Roles"], inUserGuideDropdown: true, inPartnerGuideDropdown: true },
  { code: "regional_manager", label: "Regional Manager", aliases: ["Team Manager"], inUserGuideDropdown: true, inPartnerGuideDropdown: true },
  { code: "fasttrack_architect_v2", label: "FastTrack Architect v2", aliases: ["FTA v2"], inUserGuideDropdown: true, inPartnerGuideDropdown: true },
  { code: "fasttrack_manager", label: "FastTrack Manager", aliases: ["FM"], inUserGuideDropdown: true, inPartnerGuideDropdown: true },
  { code: "fasttrack_solution_architect", label: "FastTrack Solution Architect", aliases: [], inUserGuideDropdown: true, inPartnerGuideDropdown: true },
  { code: "fasttrack_engineer", label: "FastTrack Engineer", aliases: ["FE"], inUserGuideDropdown: true, inPartnerGuideDropdown: false },
  { code: "migration_velocity_manager", label: "Migration Velocity Manager", aliases: ["MVM"], inUserGuideDropdown: true, inPartnerGuideDropdown: true },
  { code: "fasttrack_partner_manager", label: "FastTrack Partner Manager", aliases: ["FPM"], inUserGuideDropdown: true, inPartnerGuideDropdown: true },
  { code: "migration_engagement_lead", label: "Migration Engagement Lead", aliases: ["MEL"], inUserGuideDropdown: true, inPartnerGuideDropdown: true },
  { code: "sme", label: "SME", aliases: ["Subject Matter Expert"], inUserGuideDropdown: true, inPartnerGuideDropdown: true },
  { code: "app_assure_manager", label: "App Assure Manager", aliases: ["AppAssure Manager"], inUserGuideDropdown: true, inPartnerGuideDropdown: true },
  { code: "getmodern_fta", label: "GetModern FTA", aliases: ["Get Modern FTA", "GM FTA"], inUserGuideDropdown: false, inPartnerGuideDropdown: true },
  { code: "fasttrack_ready_partner", label: "FastTrack Ready Partner", aliases: ["FRP", "FTP"], inUserGuideDropdown: false, inPartnerGuideDropdown: false },
] as const satisfies readonly TaskRoleShape[];

export type TaskRoleCode = (typeof TASK_ROLE_DATA)[number]["code"];
export type TaskRole = Omit<TaskRoleShape, "code"> & { readonly code: TaskRoleCode };

export const TASK_ROLES: readonly TaskRole[] = TASK_ROLE_DATA;

const TASK_ROLE_BY_CODE = new Map<string, TaskRole>(TASK_ROLES.map((role) => [role.code, role]));

export function isTaskRoleCode(value: string): value is TaskRoleCode {
  return TASK_ROLE_BY_CODE.has(value);
}

export function taskRoleLabel(code: TaskRoleCode): string {
  return TASK_ROLE_BY_CODE.get(code)?.label ?? code;
}

/** Finds a role by its label or an alias, ignoring case ("All Roles" and "Any Role" are the same). */
export function taskRoleByLabel(label: string): TaskRole | undefined {
  const wanted = label.trim().toLowerCase();
  return TASK_ROLES.find(
    (role) => role.label.toLowerCase() === wanted || role.aliases.some((alias) => alias.toLowerCase() === wanted),
  );
}
