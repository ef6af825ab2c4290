// L2 reasons per L1 status (the "Reason (L2)" of an entitlement row).
// Sources: reference/partner-playbook/l1l2l3-homepage-list.md (list labels and definitions),
// reference/partner-playbook/l1l2l3-*.md (page titles, kept as aliases), research/ftop-features.md §2.3,
// DESIGN decisions 2 (three In Progress L2s) and 3 (Legal/Regulatory is a Blocked L2).
// Duplicate/Invalid has no L2.
import type { L1Status } from "./l1-statuses.ts";

type L2Shape = {
  readonly code: string;
  readonly l1: L1Status;
  readonly label: string;
  readonly definition: string;
  /** Other labels of the same reason (page titles, table labels of the invalid-example scenarios). */
  readonly aliases: readonly string[];
};

const L2_DATA = [
  {
    code: "customer_unresponsive", l1: "status_unknown", label: "Customer Unresponsive", aliases: [],
    definition: "Customer (and partner) is unresponsive after initial due diligence to try and contact them (multiple attempts to contact through different channels). Intent is unknown.",
  },
  {
    code: "new_subscription_or_workload", l1: "status_unknown", label: "New Subscription or Workload", aliases: [],
    definition: "Customer intent for specific subscription or workload is currently unknown. Customer may have purchased a new subscription, or a workload has been added to their subscription. Automation adds any new service entitlements within FastTrack scope here.",
  },
  {
    code: "technical_onboarding", l1: "in_progress", label: "Technical Onboarding and Deployment", aliases: ["Technical Onboarding"],
    definition: "Setting up infrastructure and workload to prepare for use. Ends when workload is usable.",
  },
  {
    code: "migration", l1: "in_progress", label: "Migration", aliases: [],
    definition: "Workload is enabled for use and any necessary migration (data, applications, virtual machines, etc.) is occurring.",
  },
  {
    code: "solution_or_user_adoption", l1: "in_progress", label: "Solution or User Adoption", aliases: [],
    definition: "Workload is enabled for use and focus is on driving adoption/consumption (for per user) or the solution has moved into production and is expanding consumption (Azure). Occurs after workload is usable.",
  },
  {
    code: "using_competitive_solution", l1: "no_intent", label: "Using Competitive Solution", aliases: ["Using Competetive Solution"],
    definition: "The customer has no intent to use the service because they are using a competitive solution. The case to use the Microsoft service is not compelling or has not been made to the customer. Selling of economic or business value, or a better value proposition is needed.",
  },
  {
    code: "using_microsoft_on_premises_solution", l1: "no_intent", label: "Using Microsoft On-Premises Solution", aliases: [],
    definition: "The customer has no intent to use the service because they are using a Microsoft on-premises solution. The case to use the Microsoft cloud service is not compelling or has not been made to the customer. Selling of economic or business value, or a better value proposition is needed.",
  },
  {
    code: "executive_sponsorship", l1: "no_intent", label: "Executive Sponsorship", aliases: [],
    definition: "Lack of awareness, conviction or sponsorship at the decision-making levels in the company to move to the cloud, or to prioritize implementation and usage. Customer may also lack intent due to business decision or reorganization. Selling of business value is needed.",
  },
  {
    code: "customer_it_infrastructure_and_remediation", l1: "blocked", label: "Customer IT Infrastructure and Remediation", aliases: ["Customer IT Infrastructure, Remediation"],
    definition: "Dependencies with surrounding IT infrastructure components in a customer's environment (e.g. VPN devices not compatible, hardware updates, AD Complexities, Hybrid Scenario's, Client, Browser, etc.) block adoption. The problem must be related to a Technology, not to people or processes.",
  },
  {
    code: "it_change_management_and_resourcing", l1: "blocked", label: "IT Change Management and Resourcing", aliases: [],
    definition: "Service maintenance or updates are causing existing Customer IT processes and policies to break, blocking adoption; requires process or policy redesign. Customer may be blocked by lack of resourcing (budget/people) to remediate. The problem must be related to the Technical Administrators or IT Teams.",
  },
  {
    code: "legal_regulatory", l1: "blocked", label: "Legal/Regulatory", aliases: [],
    definition: "Customer is specifically prohibited from using the cloud service by legal or regulatory requirements and thus has no intent to use the service.",
  },
  {
    code: "security_privacy", l1: "blocked", label: "Security/Privacy (Non-Product/Feature)", aliases: [],
    definition: "Customer is blocked from deployment and adoption of the service due to issues with security or privacy compliance, including service configuration or documentation issues. Customer can be unblocked using existing product features and capabilities.",
  },
  {
    code: "adoption_readiness", l1: "blocked", label: "Adoption Readiness", aliases: [],
    definition: "Customer is blocked from adopting the service due to issues with internal change management, including end user readiness or business processes. Do not use this for IT change management issues.",
  },
  {
    code: "product_feature_capability", l1: "blocked", label: "Product Feature/Capability", aliases: ["Product / Feature Capability"],
    definition: "Core Product/Service features and functionality (including security/privacy settings, features and certifications) are missing or contain bugs. Resolved primarily through GetHelp or OneList.",
  },
  {
    code: "service_reliability", l1: "blocked", label: "Service Reliability", aliases: [],
    definition: "Diminished customer confidence due to service performance, including latency and/or unplanned service incidents (outages).",
  },
  {
    code: "app_compatibility", l1: "blocked", label: "App Compatibility", aliases: [],
    definition: "Customer Line of Business (LOB) applications are not compatible or certified compatible with Cloud Services and are holding up deployment or usage.",
  },
  {
    code: "partner_engagement", l1: "blocked", label: "Partner Engagement", aliases: [],
    definition: "Delay in partner selection/contracting or the partner is blocked with Technical Deployment and/or Adoption Support (Scope Limitation, limited experience, etc.).",
  },
  {
    code: "billing_licensing_subscription", l1: "blocked", label: "Billing, Licensing and Subscription", aliases: ["Billing, Licensing, Subscription", "Billing Licensing and Subscription"],
    definition: "Implementation is blocked until subscription issues are resolved (e.g., application of licenses, transfer of licenses, incorrect SKU, or subtraction of seats). Requires seller, LSS and /or LSA to engage.",
  },
] as const satisfies readonly L2Shape[];

export type L2Reason = (typeof L2_DATA)[number]["code"];
export type L2ReasonEntry = Omit<L2Shape, "code"> & { readonly code: L2Reason };

export const L2_REASONS: readonly L2ReasonEntry[] = L2_DATA;

/** Automation files new in-scope entitlements under Status Unknown with this L2. */
export const NEW_ENTITLEMENTS_L2: L2Reason = "new_subscription_or_workload";

const L2_BY_CODE = new Map<string, L2ReasonEntry>(L2_REASONS.map((entry) => [entry.code, entry]));

export function isL2Reason(value: string): value is L2Reason {
  return L2_BY_CODE.has(value);
}

export function l2Label(l2: L2Reason): string {
  return L2_BY_CODE.get(l2)?.label ?? l2;
}

export function l2ReasonsFor(l1: L1Status): readonly L2ReasonEntry[] {
  return L2_REASONS.filter((entry) => entry.l1 === l1);
}

/** Whether `l2` is an L2 reason of `l1` (false for unknown codes and for L1s without L2). */
export function isL2AllowedFor(l1: L1Status, l2: string): l2 is L2Reason {
  return L2_BY_CODE.get(l2)?.l1 === l1;
}

/** Finds an L2 by its label or an alias, ignoring case (the example tables use both spellings). */
export function l2ByLabel(label: string): L2ReasonEntry | undefined {
  const wanted = label.trim().toLowerCase();
  return L2_REASONS.find(
    (entry) => entry.label.toLowerCase() === wanted || entry.aliases.some((alias) => alias.toLowerCase() === wanted),
  );
}
