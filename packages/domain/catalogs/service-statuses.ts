// Service status: the per-workload lifecycle of a tenant's service.
// Sources: reference/ftop-user-guide/detailed-tenant-view-status-tab.md (Initiate … Operate, Adoption 1–10 %,
// Operate > 10 %), reference/ftop-partner-user-guide/detailed-tenant-view-status-tab.md ("Operation"),
// seeds/000_489cc77a291c725c.txt and 001_78b5828efea8eea9.txt ("Initiate - Serialized"),
// seeds/002_bf93d9a6382d93a5.txt ("Initiate-Serialized", "Technical Onboarding"), research §2.6, DESIGN decision 4.

type ServiceStatusShape = {
  readonly code: string;
  readonly label: string;
  /** Position on the preferred path, 1 = first. */
  readonly order: number;
  readonly description: string;
  readonly aliases: readonly string[];
};

const SERVICE_STATUS_DATA = [
  { code: "initiate", label: "Initiate", order: 1, aliases: [], description: "Kickoff and planning of the workload" },
  { code: "initiate_serialized", label: "Initiate - Serialized", order: 2, aliases: ["Initiate-Serialized"], description: "Not deployed yet because other workloads are prioritized first" },
  { code: "assess", label: "Assess", order: 3, aliases: [], description: "Technical assessment of the workload" },
  { code: "remediate", label: "Remediate", order: 4, aliases: [], description: "Closing the gaps found by the assessment" },
  { code: "enable", label: "Enable", order: 5, aliases: [], description: "Enabling the service" },
  { code: "migrate", label: "Migrate", order: 6, aliases: ["Migration"], description: "Migrating data to the service" },
  { code: "adoption", label: "Adoption", order: 7, aliases: [], description: "1–10 % of entitlements active" },
  { code: "operate", label: "Operate", order: 8, aliases: ["Operation"], description: "More than 10 % of entitlements active: onboarding complete" },
] as const satisfies readonly ServiceStatusShape[];

export type ServiceStatus = (typeof SERVICE_STATUS_DATA)[number]["code"];
export type ServiceStatusEntry = Omit<ServiceStatusShape, "code"> & { readonly code: ServiceStatus };

export const SERVICE_STATUSES: readonly ServiceStatusEntry[] = SERVICE_STATUS_DATA;

export const DEFAULT_SERVICE_STATUS: ServiceStatus = "initiate";

/** "Technical Onboarding" (seed 002) names these statuses together. */
export const TECHNICAL_ONBOARDING_STATUSES = ["assess", "remediate", "enable", "migrate"] as const satisfies readonly ServiceStatus[];
export const TECHNICAL_ONBOARDING_LABEL = "Technical Onboarding";

const STATUS_BY_CODE = new Map<string, ServiceStatusEntry>(SERVICE_STATUSES.map((entry) => [entry.code, entry]));

export function isServiceStatus(value: string): value is ServiceStatus {
  return STATUS_BY_CODE.has(value);
}

export function serviceStatusLabel(status: ServiceStatus): string {
  return STATUS_BY_CODE.get(status)?.label ?? status;
}

export function serviceStatusOrder(status: ServiceStatus): number {
  return STATUS_BY_CODE.get(status)?.order ?? 0;
}

export function isTechnicalOnboarding(status: ServiceStatus): boolean {
  return (TECHNICAL_ONBOARDING_STATUSES as readonly ServiceStatus[]).includes(status);
}

/** Finds a status by label or alias, ignoring case and the spacing around the hyphen of "Initiate - Serialized". */
export function serviceStatusByLabel(label: string): ServiceStatusEntry | undefined {
  const normalise = (text: string) => text.trim().toLowerCase().replace(/\s*-\s*/g, "-");
  const wanted = normalise(label);
  return SERVICE_STATUSES.find(
    (entry) => normalise(entry.label) === wanted || entry.aliases.some((alias) => normalise(alias) === wanted),
  );
}
