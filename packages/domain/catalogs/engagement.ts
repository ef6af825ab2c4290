// Engagement-level option lists: engagement scenarios, priorities and overrides, segments, regions, routing
// queues, overall statuses, motions and Gateway assignment options.
// Sources: research/ftop-features.md §2.13 (scenarios), §2.14 (overall status), §2.15 (priorities, segments),
// §2.17 (queues, regions), §2.18 (motions), §2.19 (assignment options);
// reference/ftop-user-guide/detailed-tenant-view-services-tab.md (default scenario, motions),
// reference/ftop-partner-user-guide/power-bi-reporting-guide/engagement-scenario-not-ftc-ftp-led-tab.md
// (the 5 reporting categories), reference/ftop-user-guide/tenant-view-sorting-and-filtering.md (priority
// overrides), seeds/002_bf93d9a6382d93a5.txt ("FTC CSS-Led" / "FTC FTP-Led"), seeds/003_809f2e51af102cc8.txt
// (queues, assignment options), DESIGN decisions 18 and 19.

// --- Engagement scenarios -------------------------------------------------------------------------------

export type LedBy = "css" | "ftp" | "customer" | "other";

type EngagementScenarioShape = {
  readonly code: string;
  readonly label: string;
  readonly ledBy: LedBy;
  /** The Power BI "5 Engagement Scenarios" category the value is reported under. */
  readonly reportingCategory: string;
  /**
   * Which DIBS/SSAT requirement set of seed 002 applies: CSS-led or FTP-led rows; null = no FTC requirement.
   * "Customer-Led with FTP Assist" counts as FTP (reported as "FTP Led or Assist"; AU credited to the FRP).
   */
  readonly dibsTrack: "css" | "ftp" | null;
};

const ENGAGEMENT_SCENARIO_DATA = [
  { code: "customer_led_ftp_assist", label: "Customer-Led with FTP Assist", ledBy: "customer", reportingCategory: "FTP Led or Assist", dibsTrack: "ftp" },
  { code: "ftc_ftp_led", label: "FTC-FTP Led", ledBy: "ftp", reportingCategory: "FTP Led or Assist", dibsTrack: "ftp" },
  { code: "ftc_css_led", label: "FTC-CSS Led", ledBy: "css", reportingCategory: "CSS Led or Assist", dibsTrack: "css" },
  { code: "customer_led", label: "Customer Led", ledBy: "customer", reportingCategory: "Customer Led", dibsTrack: null },
  { code: "cxp", label: "CXP", ledBy: "other", reportingCategory: "CXP", dibsTrack: null },
  { code: "non_fasttrack_partner_led", label: "Non-Fasttrack Partner Led", ledBy: "other", reportingCategory: "Non-Fasttrack Partner Led", dibsTrack: null },
] as const satisfies readonly EngagementScenarioShape[];

export type EngagementScenario = (typeof ENGAGEMENT_SCENARIO_DATA)[number]["code"];
export type EngagementScenarioEntry = Omit<EngagementScenarioShape, "code"> & { readonly code: EngagementScenario };

export const ENGAGEMENT_SCENARIOS: readonly EngagementScenarioEntry[] = ENGAGEMENT_SCENARIO_DATA;
export const DEFAULT_ENGAGEMENT_SCENARIO: EngagementScenario = "customer_led_ftp_assist";

export function isEngagementScenario(value: string): value is EngagementScenario {
  return ENGAGEMENT_SCENARIOS.some((entry) => entry.code === value);
}

export function engagementScenarioByCode(code: EngagementScenario): EngagementScenarioEntry {
  const entry = ENGAGEMENT_SCENARIOS.find((scenario) => scenario.code === code);
  if (!entry) throw new Error(`Unknown engagement scenario: ${code}`);
  return entry;
}

export function engagementScenarioLabel(code: EngagementScenario): string {
  return engagementScenarioByCode(code).label;
}

// --- Priorities -----------------------------------------------------------------------------------------

export const PRIORITIES = [
  { code: "high", label: "High", rank: 1 },
  { code: "medium", label: "Medium", rank: 2 },
  { code: "low", label: "Low", rank: 3 },
] as const;

export type Priority = (typeof PRIORITIES)[number]["code"];

/** An override replaces the automated priority; "Set to Default" removes it (override = null). */
export const PRIORITY_OVERRIDES = [
  { code: "high", label: "High (overridden)" },
  { code: "medium", label: "Medium (overridden)" },
  { code: "low", label: "Low (overridden)" },
] as const satisfies readonly { code: Priority; label: string }[];

export type PriorityOverride = Priority;

export function isPriority(value: string): value is Priority {
  return PRIORITIES.some((entry) => entry.code === value);
}

export function priorityLabel(priority: Priority): string {
  return PRIORITIES.find((entry) => entry.code === priority)?.label ?? priority;
}

export function effectivePriority(automated: Priority, override: PriorityOverride | null | undefined): Priority {
  return override ?? automated;
}

/** "High", or "High (overridden)" when an override is set. */
export function effectivePriorityLabel(automated: Priority, override: PriorityOverride | null | undefined): string {
  if (override == null) return priorityLabel(automated);
  return PRIORITY_OVERRIDES.find((entry) => entry.code === override)?.label ?? override;
}

/** Sort key of the tenant grid: High first. */
export function priorityRank(priority: Priority): number {
  return PRIORITIES.find((entry) => entry.code === priority)?.rank ?? Number.MAX_SAFE_INTEGER;
}

// --- Segments and regions -------------------------------------------------------------------------------

export const SEGMENTS = [
  { code: "smc", label: "SMC" },
  { code: "enterprise", label: "Enterprise" },
] as const;

export type Segment = (typeof SEGMENTS)[number]["code"];

export function isSegment(value: string): value is Segment {
  return SEGMENTS.some((entry) => entry.code === value);
}

export const REGIONS = [
  { code: "americas", label: "Americas", abbreviation: "Amer" },
  { code: "apj", label: "APJ", abbreviation: "APJ" },
  { code: "emea", label: "EMEA", abbreviation: "EMEA" },
] as const;

export type Region = (typeof REGIONS)[number]["code"];

export function isRegion(value: string): value is Region {
  return REGIONS.some((entry) => entry.code === value);
}

export function regionLabel(region: Region): string {
  return REGIONS.find((entry) => entry.code === region)?.label ?? region;
}

// --- Routing queues (assignees like users, DESIGN decision 19) --------------------------------------------

export type QueueKind = "goback" | "air" | "inactive";

export const QUEUE_KINDS = [
  { code: "goback", label: "GoBack", purpose: "Tenants already in FTOP coming back for assignment" },
  { code: "air", label: "AiR", purpose: "Tenants awaiting initial assignment (the RM of a tenant needing assignment)" },
  { code: "inactive", label: "Inactive", purpose: "Tenants disengaged after engagement completion" },
] as const satisfies readonly { code: QueueKind; label: string; purpose: string }[];

export const QUEUES = [
  { code: "ftcq_goback_americas", label: "FTCQ GoBack Americas", kind: "goback", region: "americas" },
  { code: "ftcq_goback_apj", label: "FTCQ GoBack APJ", kind: "goback", region: "apj" },
  { code: "ftcq_goback_emea", label: "FTCQ GoBack EMEA", kind: "goback", region: "emea" },
  { code: "ftcq_air_americas", label: "FTCQ AiR Americas", kind: "air", region: "americas" },
  { code: "ftcq_air_apj", label: "FTCQ AiR APJ", kind: "air", region: "apj" },
  { code: "ftcq_air_emea", label: "FTCQ AiR EMEA", kind: "air", region: "emea" },
  { code: "ftcq_inactive_americas", label: "FTCQ Inactive Americas", kind: "inactive", region: "americas" },
  { code: "ftcq_inactive_apj", label: "FTCQ Inactive APJ", kind: "inactive", region: "apj" },
  { code: "ftcq_inactive_emea", label: "FTCQ Inactive EMEA", kind: "inactive", region: "emea" },
] as const satisfies readonly { code: string; label: string; kind: QueueKind; region: Region }[];

export type QueueCode = (typeof QUEUES)[number]["code"];

export function isQueueCode(value: string): value is QueueCode {
  return QUEUES.some((entry) => entry.code === value);
}

export function queueFor(kind: QueueKind, region: Region): QueueCode {
  const queue = QUEUES.find((entry) => entry.kind === kind && entry.region === region);
  if (!queue) throw new Error(`No queue for ${kind} in ${region}`);
  return queue.code;
}

// --- Overall status -------------------------------------------------------------------------------------

/** The partner dialog's values; the internal list is not documented (research §2.14). */
export const OVERALL_STATUSES = [
  { code: "active", label: "Active" },
  { code: "blocked", label: "Blocked" },
  { code: "paused", label: "Paused" },
] as const;

export type OverallStatus = (typeof OVERALL_STATUSES)[number]["code"];

export function isOverallStatus(value: string): value is OverallStatus {
  return OVERALL_STATUSES.some((entry) => entry.code === value);
}

// --- Motions --------------------------------------------------------------------------------------------

export const ENGAGEMENT_MOTIONS = [
  { code: "customer_health", label: "Customer Health", scope: "tenant" },
  { code: "rfa", label: "RFA", scope: "service", longLabel: "Request for Assistance" },
  { code: "targeting", label: "Targeting", scope: "service" },
] as const satisfies readonly { code: string; label: string; scope: "tenant" | "service"; longLabel?: string }[];

export type EngagementMotion = (typeof ENGAGEMENT_MOTIONS)[number]["code"];

export function isEngagementMotion(value: string): value is EngagementMotion {
  return ENGAGEMENT_MOTIONS.some((entry) => entry.code === value);
}

/** A Customer Health tenant may add Targeting but never RFA; any other tenant may have RFA, Targeting or both. */
export function areMotionsCompatible(motions: readonly EngagementMotion[]): boolean {
  return !(motions.includes("customer_health") && motions.includes("rfa"));
}

// --- Assignment options (Gateway outcome, DESIGN decision 18) ---------------------------------------------

type AssignmentOptionShape = {
  readonly code: string;
  readonly label: string;
  /** Name of the option in seed 003, where it differs from the label. */
  readonly sourceLabel: string;
  readonly when: string;
};

const ASSIGNMENT_OPTION_DATA = [
  { code: "frp_engaged", label: "FRP Engaged", sourceLabel: "FastTrack Ready Partner is Engaged", when: "A partner on the FastTrack Ready Partner list is engaged, regardless of DIBS; leads to FastTrack Ready Partner Onboarding" },
  { code: "frp_referral", label: "FRP Referral", sourceLabel: "Assign FastTrack Ready Partner", when: "No partner engaged, DIBS for at least one workload, eligible for FRP referral" },
  { code: "assign_delivery_resources", label: "Assign Delivery Resources (CSS)", sourceLabel: "Assign Delivery Resources", when: "No partner engaged with DIBS for at least one workload and CSS criteria met, or a non-FRP partner engaged, customer wants FTC and DIBS given" },
  { code: "unresponsive", label: "Unresponsive", sourceLabel: "Proactive Assignment Option for unresponsive customers", when: "No customer response after the third contact attempt" },
  { code: "no_ftc_assistance_needed", label: "No FTC Assistance Needed", sourceLabel: "Assign tenant options when unable to gather intent with DIBS, and/or FTC assistance is not needed", when: "Intent cannot be gathered with DIBS, or the customer does not need FTC assistance" },
] as const satisfies readonly AssignmentOptionShape[];

export type AssignmentOption = (typeof ASSIGNMENT_OPTION_DATA)[number]["code"];
export type AssignmentOptionEntry = Omit<AssignmentOptionShape, "code"> & { readonly code: AssignmentOption };

/**
 * The shipped default list; deployments may add their own. The "RFA assignment option" of seed 003 is a route
 * (a just-approved RFA skips outreach), not an outcome, so it is not listed.
 */
export const ASSIGNMENT_OPTIONS: readonly AssignmentOptionEntry[] = ASSIGNMENT_OPTION_DATA;

export function isAssignmentOption(value: string): value is AssignmentOption {
  return ASSIGNMENT_OPTIONS.some((entry) => entry.code === value);
}
