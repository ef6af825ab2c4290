// Services (workloads) a tenant can be entitled to, and the playbook "Services"/"Applies To" values.
// Sources: reference/ftop-user-guide/detailed-tenant-view-services-tab.md (the 22 services, grouped),
// reference/ftop-user-guide/detailed-tenant-view-playbook-tab.md (conditional oatp/mdatp/edge),
// reference/ftop-user-guide/tenant-view-sorting-and-filtering.md (Engagement Start Date columns = short codes),
// research/ftop-features.md §2.1 and Appendix A (task-table service labels), §1.3 (migration benefit:
// Exchange, SharePoint, OneDrive), seeds 003/004 ("Core Onboarding", "All Services").

export type ServiceFamily = "office365" | "ems" | "windows";

export const SERVICE_FAMILIES = [
  { code: "office365", label: "Office 365" },
  { code: "ems", label: "EMS" },
  { code: "windows", label: "Windows" },
] as const satisfies readonly { code: ServiceFamily; label: string }[];

type ServiceShape = {
  readonly code: string;
  /** The label of the FTOP Services tab (or of the playbook service menu for the extra services). */
  readonly label: string;
  readonly family: ServiceFamily;
  readonly shortCode: string;
  /** Microsoft can perform data migration for it (FastTrack migration benefit). */
  readonly migrationEligible: boolean;
  /** Shown only when the tenant is eligible (playbook conditional services). */
  readonly conditional?: boolean;
  /** One of the 22 services of the FTOP Services tab; false for playbook-only services. */
  readonly servicesTabListed: boolean;
  /** Other spellings used by task tables, notes prefixes and reports. */
  readonly aliases: readonly string[];
};

const SERVICE_DATA = [
  { code: "exchange", label: "Exchange", family: "office365", shortCode: "EXO", migrationEligible: true, servicesTabListed: true, aliases: ["Exchange Online", "EXO"] },
  { code: "outlook_mobile", label: "Exchange: Outlook Mobile", family: "office365", shortCode: "OLM", migrationEligible: false, servicesTabListed: true, aliases: ["Outlook Mobile", "OLM", "EOM"] },
  { code: "sfb", label: "SfB (Skype for Business)", family: "office365", shortCode: "SFB", migrationEligible: false, servicesTabListed: true, aliases: ["Skype for Business", "SfB", "SFB"] },
  { code: "teams", label: "Teams", family: "office365", shortCode: "Teams", migrationEligible: false, servicesTabListed: true, aliases: ["Microsoft Teams", "TEAMS"] },
  { code: "sharepoint", label: "SharePoint", family: "office365", shortCode: "SPO", migrationEligible: true, servicesTabListed: true, aliases: ["SharePoint Online", "SPO"] },
  { code: "onedrive", label: "OneDrive", family: "office365", shortCode: "OD4B", migrationEligible: true, servicesTabListed: true, aliases: ["OneDrive for Business", "ODfB", "ODB", "OD4B", "OD"] },
  { code: "yammer", label: "Yammer", family: "office365", shortCode: "Yammer", migrationEligible: false, servicesTabListed: true, aliases: ["Yammer Enterprise", "YAM"] },
  { code: "office_proplus", label: "OfficeProPlus", family: "office365", shortCode: "OPP", migrationEligible: false, servicesTabListed: true, aliases: ["Office ProPlus", "Office 365 ProPlus", "OPP", "ProPlus"] },
  { code: "project_professional", label: "Project Professional", family: "office365", shortCode: "Project Pro", migrationEligible: false, servicesTabListed: true, aliases: [] },
  { code: "project_online_professional_premium", label: "Project Online Professional/Premium", family: "office365", shortCode: "PO Professional", migrationEligible: false, servicesTabListed: true, aliases: [] },
  { code: "project_online_essentials", label: "Project Online Essentials", family: "office365", shortCode: "PO Essentials", migrationEligible: false, servicesTabListed: true, aliases: ["Po Essentials"] },
  { code: "power_bi", label: "Power BI", family: "office365", shortCode: "PBI", migrationEligible: false, servicesTabListed: true, aliases: ["PowerBI"] },
  { code: "classroom_sds", label: "Classroom/SDS", family: "office365", shortCode: "SDS", migrationEligible: false, servicesTabListed: true, aliases: ["Classroom / SDS", "Classroom / School Data Sync"] },
  { code: "oatp", label: "Office 365 ATP", family: "office365", shortCode: "OATP", migrationEligible: false, conditional: true, servicesTabListed: true, aliases: ["OATP", "Office 365 Advanced Threat Protection"] },
  { code: "intune", label: "Intune", family: "ems", shortCode: "Intune", migrationEligible: false, servicesTabListed: true, aliases: ["Microsoft Intune", "INTUNE"] },
  { code: "aadp", label: "AADP", family: "ems", shortCode: "AADP", migrationEligible: false, servicesTabListed: true, aliases: ["Azure Active Directory Premium", "Azure AD Premium"] },
  { code: "mcas", label: "MCAS", family: "ems", shortCode: "MCAS", migrationEligible: false, servicesTabListed: true, aliases: ["Microsoft Cloud App Security"] },
  { code: "aip", label: "AIP", family: "ems", shortCode: "AIP", migrationEligible: false, servicesTabListed: true, aliases: ["Azure Information Protection", "MIP"] },
  { code: "azrms", label: "AzRMS", family: "ems", shortCode: "AZRMS", migrationEligible: false, servicesTabListed: true, aliases: ["Azure RMS", "AZRMS"] },
  { code: "windows_10", label: "Windows 10", family: "windows", shortCode: "Win10", migrationEligible: false, servicesTabListed: true, aliases: ["WIN10"] },
  { code: "mdatp", label: "Microsoft Defender ATP", family: "windows", shortCode: "MDATP", migrationEligible: false, conditional: true, servicesTabListed: true, aliases: ["Windows Defender ATP", "MDATP", "WDATP"] },
  { code: "edge", label: "Edge", family: "windows", shortCode: "Edge", migrationEligible: false, conditional: true, servicesTabListed: true, aliases: ["Microsoft Edge"] },
  // Playbook-only services: task tables apply tasks to them, the Services tab does not list them
  // (the partner guide counts "27 possible services"; StaffHub has its own "SH" start-date column).
  { code: "staffhub", label: "StaffHub", family: "office365", shortCode: "SH", migrationEligible: false, servicesTabListed: false, aliases: ["Staffhub"] },
  { code: "sfb_pstn_conferencing", label: "Skype for Business - PSTN Conferencing", family: "office365", shortCode: "PSTN Conf", migrationEligible: false, servicesTabListed: false, aliases: [] },
  { code: "sfb_pstn_calling", label: "Skype for Business - PSTN Calling", family: "office365", shortCode: "PSTN Calling", migrationEligible: false, servicesTabListed: false, aliases: [] },
  { code: "sfb_cloud_pbx", label: "Skype for Business - Cloud PBX", family: "office365", shortCode: "Cloud PBX", migrationEligible: false, servicesTabListed: false, aliases: [] },
] as const satisfies readonly ServiceShape[];

export type ServiceCode = (typeof SERVICE_DATA)[number]["code"];
export type Service = Omit<ServiceShape, "code"> & { readonly code: ServiceCode };

export const SERVICES: readonly Service[] = SERVICE_DATA;

const SERVICE_BY_CODE = new Map<string, Service>(SERVICES.map((service) => [service.code, service]));

export function isServiceCode(value: string): value is ServiceCode {
  return SERVICE_BY_CODE.has(value);
}

export function serviceByCode(code: ServiceCode): Service {
  const service = SERVICE_BY_CODE.get(code);
  if (!service) throw new Error(`Unknown service code: ${code}`);
  return service;
}

export function serviceLabel(code: ServiceCode): string {
  return serviceByCode(code).label;
}

export function serviceFamilyLabel(family: ServiceFamily): string {
  return SERVICE_FAMILIES.find((entry) => entry.code === family)?.label ?? family;
}

export function servicesOfFamily(family: ServiceFamily): readonly Service[] {
  return SERVICES.filter((service) => service.family === family);
}

/** Finds a service by its label, short code or any alias, ignoring case. */
export function serviceByLabel(label: string): Service | undefined {
  const wanted = label.trim().toLowerCase();
  return SERVICES.find(
    (service) =>
      service.label.toLowerCase() === wanted ||
      service.shortCode.toLowerCase() === wanted ||
      service.aliases.some((alias) => alias.toLowerCase() === wanted),
  );
}

// Playbook "Services"/"Applies To" values that are not a service.
export const TASK_SERVICE_SCOPES = [
  { code: "core_onboarding", label: "Core Onboarding", description: "Done once per tenant; applies to every service" },
  { code: "all_services", label: "All Services", description: "Applies to each service of the tenant" },
] as const satisfies readonly { code: string; label: string; description: string }[];

export type TaskServiceScope = (typeof TASK_SERVICE_SCOPES)[number]["code"];
export type TaskServiceTarget = ServiceCode | TaskServiceScope;

export function isTaskServiceScope(value: string): value is TaskServiceScope {
  return TASK_SERVICE_SCOPES.some((scope) => scope.code === value);
}

export function isTaskServiceTarget(value: string): value is TaskServiceTarget {
  return isServiceCode(value) || isTaskServiceScope(value);
}

export function taskServiceTargetLabel(target: TaskServiceTarget): string {
  return isTaskServiceScope(target)
    ? TASK_SERVICE_SCOPES.find((scope) => scope.code === target)?.label ?? target
    : serviceByCode(target).label;
}

/**
 * Every "Services" label used in the FTOP task tables (research Appendix A), mapped to what it means.
 * "Project" covers the three Project services (tasks 2483 and 2491 configure Project Professional and Project Online).
 */
export const TASK_SERVICE_LABELS: Readonly<Record<string, readonly TaskServiceTarget[]>> = {
  "Core Onboarding": ["core_onboarding"],
  "All Services": ["all_services"],
  Exchange: ["exchange"],
  "Outlook Mobile": ["outlook_mobile"],
  "Skype for Business": ["sfb"],
  "Skype for Business - PSTN Conferencing": ["sfb_pstn_conferencing"],
  "Skype for Business - PSTN Calling": ["sfb_pstn_calling"],
  "Skype for Business - Cloud PBX": ["sfb_cloud_pbx"],
  Teams: ["teams"],
  SharePoint: ["sharepoint"],
  "OneDrive for Business": ["onedrive"],
  Yammer: ["yammer"],
  "Office ProPlus": ["office_proplus"],
  "Office 365 ProPlus": ["office_proplus"],
  Project: ["project_professional", "project_online_professional_premium", "project_online_essentials"],
  PowerBI: ["power_bi"],
  "Classroom / SDS": ["classroom_sds"],
  OATP: ["oatp"],
  Intune: ["intune"],
  AADP: ["aadp"],
  AIP: ["aip"],
  "Windows 10": ["windows_10"],
  MDATP: ["mdatp"],
  Edge: ["edge"],
  Staffhub: ["staffhub"],
};

export function taskServiceTargetsForLabel(label: string): readonly TaskServiceTarget[] | undefined {
  return TASK_SERVICE_LABELS[label];
}
