// Default L3 ("Engineering Reason") list per L2. No source lists L3 values (the scenario tables say
// "L3s coming soon"), so this list is Waymark's own, written from the valid and invalid example scenarios of
// reference/partner-playbook/l1l2l3-*.md and the adoption notes of seeds/002_bf93d9a6382d93a5.txt.
// DESIGN decision 1: L3 is a configurable taxonomy per L2 shipped with this default; every L2 has an
// "Other" entry. Codes are unique across all L2s so a stored L3 also identifies its L2.
import type { L2Reason } from "./l2-reasons.ts";

type L3Shape = {
  readonly code: string;
  readonly l2: L2Reason;
  readonly label: string;
};

const L3_DATA = [
  // Status Unknown
  { code: "no_response_to_contact_attempts", l2: "customer_unresponsive", label: "No response to contact attempts through several channels" },
  { code: "unresponsive_since_onset", l2: "customer_unresponsive", label: "Unresponsive since the start of the FTC engagement" },
  { code: "unresponsive_after_engagement_start", l2: "customer_unresponsive", label: "Became unresponsive after the engagement started" },
  { code: "customer_and_partner_unresponsive", l2: "customer_unresponsive", label: "Customer and partner both unresponsive" },
  { code: "customer_unresponsive_other", l2: "customer_unresponsive", label: "Other" },

  { code: "new_customer_entitlements", l2: "new_subscription_or_workload", label: "New customer entered FTC with new entitlements" },
  { code: "additional_entitlements_purchased", l2: "new_subscription_or_workload", label: "Existing customer purchased additional entitlements" },
  { code: "ftc_scope_expansion", l2: "new_subscription_or_workload", label: "Service added by FTC scope expansion" },
  { code: "new_subscription_or_workload_other", l2: "new_subscription_or_workload", label: "Other" },

  // In Progress
  { code: "deploying_without_ftc", l2: "technical_onboarding", label: "Customer deploying without FTC assistance" },
  { code: "deploying_with_non_ftp_partner", l2: "technical_onboarding", label: "Deploying with a non-FastTrack partner" },
  { code: "deploying_with_ftc_or_ftp", l2: "technical_onboarding", label: "Deploying with the FTC or a FastTrack partner" },
  { code: "serialized_after_other_services", l2: "technical_onboarding", label: "Other services deployed first (serialized)" },
  { code: "remediation_in_progress", l2: "technical_onboarding", label: "Assessment or remediation in progress" },
  { code: "technical_onboarding_other", l2: "technical_onboarding", label: "Other" },

  { code: "migration_by_microsoft", l2: "migration", label: "Microsoft performing the migration" },
  { code: "migration_by_partner", l2: "migration", label: "Partner performing the migration" },
  { code: "migration_by_customer", l2: "migration", label: "Customer self-migrating" },
  { code: "migration_other", l2: "migration", label: "Other" },

  { code: "enabled_no_migration_low_au", l2: "solution_or_user_adoption", label: "Enabled, no migration needed, < 10% AU" },
  { code: "pilot_in_progress", l2: "solution_or_user_adoption", label: "Pilot in progress" },
  { code: "awareness_and_training_in_progress", l2: "solution_or_user_adoption", label: "Awareness and training in progress" },
  { code: "security_review_before_rollout", l2: "solution_or_user_adoption", label: "Completing security reviews before broad rollout" },
  { code: "solution_or_user_adoption_other", l2: "solution_or_user_adoption", label: "Other" },

  // No Intent
  { code: "competitor_similar_functionality", l2: "using_competitive_solution", label: "Competitor's solution with similar functionality in use" },
  { code: "competitor_better_roi", l2: "using_competitive_solution", label: "Customer sees better ROI with the competitor" },
  { code: "microsoft_value_case_not_made", l2: "using_competitive_solution", label: "Case for the Microsoft service not made" },
  { code: "using_competitive_solution_other", l2: "using_competitive_solution", label: "Other" },

  { code: "on_premises_equivalent_in_use", l2: "using_microsoft_on_premises_solution", label: "Microsoft on-premises equivalent in use" },
  { code: "dependent_workloads_on_premises", l2: "using_microsoft_on_premises_solution", label: "Dependent workloads staying on-premises" },
  { code: "on_premises_licensing_rights_only", l2: "using_microsoft_on_premises_solution", label: "Bought for on-premises licensing rights only" },
  { code: "on_premises_infrastructure_kept", l2: "using_microsoft_on_premises_solution", label: "Unwilling to retire on-premises infrastructure" },
  { code: "third_party_hosting", l2: "using_microsoft_on_premises_solution", label: "Third-party hosting of the Microsoft product" },
  { code: "using_microsoft_on_premises_solution_other", l2: "using_microsoft_on_premises_solution", label: "Other" },

  { code: "sponsor_not_identified", l2: "executive_sponsorship", label: "Business sponsor or BDM not identified" },
  { code: "business_value_not_seen", l2: "executive_sponsorship", label: "No business value seen in the workload" },
  { code: "suite_bought_for_other_workloads", l2: "executive_sponsorship", label: "Suite bought for other workloads only" },
  { code: "reorganization_or_merger", l2: "executive_sponsorship", label: "Business decision, reorganization or merger" },
  { code: "executive_sponsorship_other", l2: "executive_sponsorship", label: "Other" },

  // Blocked
  { code: "client_or_windows_upgrade_needed", l2: "customer_it_infrastructure_and_remediation", label: "Client, browser or Windows upgrade needed" },
  { code: "active_directory_complexity", l2: "customer_it_infrastructure_and_remediation", label: "Active Directory complexities (e.g., merger of directories)" },
  { code: "network_limitations", l2: "customer_it_infrastructure_and_remediation", label: "Network bandwidth, VPN or firewall limitations" },
  { code: "on_premises_upgrade_before_migration", l2: "customer_it_infrastructure_and_remediation", label: "On-premises server upgrade needed before migration" },
  { code: "incompatible_configuration", l2: "customer_it_infrastructure_and_remediation", label: "Configuration not compatible with the service" },
  { code: "customer_it_infrastructure_other", l2: "customer_it_infrastructure_and_remediation", label: "Other" },

  { code: "it_staff_capacity", l2: "it_change_management_and_resourcing", label: "Not enough IT staff to manage the deployment" },
  { code: "it_skills_gap", l2: "it_change_management_and_resourcing", label: "IT lacks the skills for the workload" },
  { code: "it_budget", l2: "it_change_management_and_resourcing", label: "No budget to remediate" },
  { code: "it_process_change_needed", l2: "it_change_management_and_resourcing", label: "IT processes or policies must change (e.g., update cadence)" },
  { code: "it_change_management_other", l2: "it_change_management_and_resourcing", label: "Other" },

  { code: "data_residency_law", l2: "legal_regulatory", label: "Data residency or sovereignty law" },
  { code: "regulator_approval_pending", l2: "legal_regulatory", label: "Regulator approval for cloud hosting pending" },
  { code: "industry_compliance_terms", l2: "legal_regulatory", label: "Contract terms do not meet an industry compliance policy" },
  { code: "geopolitical_regulation", l2: "legal_regulatory", label: "Geopolitical regulations" },
  { code: "legal_regulatory_other", l2: "legal_regulatory", label: "Other" },

  { code: "security_officer_not_comfortable", l2: "security_privacy", label: "Security officer not comfortable with data in the cloud" },
  { code: "cloud_data_against_policy", l2: "security_privacy", label: "Company policy against customer data in the cloud" },
  { code: "contract_terms_security_policy", l2: "security_privacy", label: "Contract terms do not meet the company's security policy" },
  { code: "identity_in_cloud_concern", l2: "security_privacy", label: "Concern about identities or passwords in the cloud" },
  { code: "external_sharing_concern", l2: "security_privacy", label: "Concern about sharing information outside the organization" },
  { code: "security_privacy_other", l2: "security_privacy", label: "Other" },

  { code: "no_training_plan", l2: "adoption_readiness", label: "No end-user training plan" },
  { code: "no_adoption_champion", l2: "adoption_readiness", label: "No adoption champion" },
  { code: "end_users_need_training", l2: "adoption_readiness", label: "End users need training" },
  { code: "business_process_change", l2: "adoption_readiness", label: "Business process or rule must change" },
  { code: "adoption_readiness_other", l2: "adoption_readiness", label: "Other" },

  { code: "missing_feature", l2: "product_feature_capability", label: "Required feature missing (e.g., Multi-Geo)" },
  { code: "missing_compliance_feature", l2: "product_feature_capability", label: "Compliance feature or certification missing" },
  { code: "in_country_datacenter_needed", l2: "product_feature_capability", label: "In-country data centre not available" },
  { code: "platform_not_supported", l2: "product_feature_capability", label: "Platform not supported (e.g., sync client on Windows 7)" },
  { code: "product_bug", l2: "product_feature_capability", label: "Product bug" },
  { code: "product_feature_capability_other", l2: "product_feature_capability", label: "Other" },

  { code: "outages_or_incidents", l2: "service_reliability", label: "Service outages or incidents" },
  { code: "performance_or_latency", l2: "service_reliability", label: "Service performance or latency" },
  { code: "on_premises_seen_as_more_reliable", l2: "service_reliability", label: "On-premises seen as more reliable" },
  { code: "update_quality_concern", l2: "service_reliability", label: "Concern about updates or bugs reaching users" },
  { code: "service_reliability_other", l2: "service_reliability", label: "Other" },

  { code: "lob_app_incompatible", l2: "app_compatibility", label: "Line-of-business application not compatible" },
  { code: "office_add_in_incompatible", l2: "app_compatibility", label: "Office add-in or custom formula not compatible" },
  { code: "sharepoint_customization_incompatible", l2: "app_compatibility", label: "Third-party or custom SharePoint solution not compatible" },
  { code: "app_certification_pending", l2: "app_compatibility", label: "Vendor has not certified compatibility" },
  { code: "app_compatibility_other", l2: "app_compatibility", label: "Other" },

  { code: "partner_selection_pending", l2: "partner_engagement", label: "Partner selection or contracting in progress" },
  { code: "partner_lacks_expertise", l2: "partner_engagement", label: "Partner lacks expertise for the service" },
  { code: "partner_unresponsive", l2: "partner_engagement", label: "Partner not responding" },
  { code: "partner_sow_limited_scope", l2: "partner_engagement", label: "Partner SOW covers only some workloads" },
  { code: "partner_engagement_other", l2: "partner_engagement", label: "Other" },

  { code: "license_or_tenant_transfer", l2: "billing_licensing_subscription", label: "Licences or tenant being transferred" },
  { code: "merger_acquisition_seat_change", l2: "billing_licensing_subscription", label: "Seats changing due to merger or acquisition" },
  { code: "agreement_negotiation", l2: "billing_licensing_subscription", label: "Enterprise Agreement or contract negotiation" },
  { code: "incorrect_sku_or_platform", l2: "billing_licensing_subscription", label: "Incorrect SKU or platform (e.g., GCC, dedicated)" },
  { code: "feature_not_in_plan", l2: "billing_licensing_subscription", label: "Feature not included in the current plan" },
  { code: "billing_licensing_subscription_other", l2: "billing_licensing_subscription", label: "Other" },
] as const satisfies readonly L3Shape[];

export type L3Reason = (typeof L3_DATA)[number]["code"];
export type L3ReasonEntry = Omit<L3Shape, "code"> & { readonly code: L3Reason };

export const DEFAULT_L3_REASONS: readonly L3ReasonEntry[] = L3_DATA;

const L3_BY_CODE = new Map<string, L3ReasonEntry>(DEFAULT_L3_REASONS.map((entry) => [entry.code, entry]));

export function isL3Reason(value: string): value is L3Reason {
  return L3_BY_CODE.has(value);
}

export function l3Label(l3: L3Reason): string {
  return L3_BY_CODE.get(l3)?.label ?? l3;
}

export function l3ReasonsFor(l2: L2Reason): readonly L3ReasonEntry[] {
  return DEFAULT_L3_REASONS.filter((entry) => entry.l2 === l2);
}

/** Whether `l3` is a default L3 reason of `l2` (false for unknown codes). */
export function isL3AllowedFor(l2: L2Reason, l3: string): l3 is L3Reason {
  return L3_BY_CODE.get(l3)?.l2 === l2;
}
