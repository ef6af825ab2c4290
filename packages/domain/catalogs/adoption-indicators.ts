// Adoption indicators of a service ("4+4"): the DIBS pick-lists (Success Owner role, Business Reason) and the
// SSAT pick-lists (Stakeholders, Scenarios, Awareness, Training). Target Date is a date and Intent is expressed by
// the L1 status, so neither has a pick-list.
// Sources: seeds/002_bf93d9a6382d93a5.txt "How to Capture Status" lists (labels, [NEW] marks, legacy One
// Adoption Wizard values), reference/partner-playbook/status-guidance-business-reason-partner.md (business
// reason definitions), research §2.10–2.11. Labels drop the "[NEW]" marker, which becomes `markedNew`.

export const OTHER_WITH_NOTE_LABEL = "Other [Include details in the entitlement notes]";

type OptionShape = {
  readonly code: string;
  readonly label: string;
  /** Marked "[NEW]" in seed 002. */
  readonly markedNew?: boolean;
  /** One Adoption Wizard value: may appear on old records, not selectable. */
  readonly legacy?: boolean;
  /** "Other": the details must be written in the entitlement notes. */
  readonly requiresNoteDetails?: boolean;
};

export type AdoptionOption<Code extends string = string> = Omit<OptionShape, "code"> & { readonly code: Code };

const SUCCESS_OWNER_ROLE_DATA = [
  { code: "cio_it_leader", label: "CIO / IT Leader" },
  { code: "ceo", label: "CEO" },
  { code: "cmo_marketing_leader", label: "CMO / Marketing Leader" },
  { code: "cfo_coo", label: "CFO / COO" },
  { code: "it_manager", label: "IT Manager" },
  { code: "purchasing_manager", label: "Purchasing Manager" },
  { code: "change_management_lead", label: "Change Management Lead" },
  { code: "hr_communication_training_manager", label: "HR / Communication / Training Manager" },
  { code: "digital_transformation_lead", label: "Digital Transformation Lead" },
  { code: "it_administrator", label: "IT Administrator" },
  { code: "other", label: OTHER_WITH_NOTE_LABEL, requiresNoteDetails: true },
] as const satisfies readonly OptionShape[];

export type SuccessOwnerRole = (typeof SUCCESS_OWNER_ROLE_DATA)[number]["code"];
export const SUCCESS_OWNER_ROLES: readonly AdoptionOption<SuccessOwnerRole>[] = SUCCESS_OWNER_ROLE_DATA;

export const BUSINESS_REASON_GROUPS = [
  { code: "get_to_the_cloud", label: "Get to the Cloud" },
  { code: "use_the_cloud_to_achieve_more", label: "Use the Cloud to Achieve More" },
] as const;
/** Group titles are not shown in FTOP (seed 002); they only order the list. */
export type BusinessReasonGroup = (typeof BUSINESS_REASON_GROUPS)[number]["code"];

type BusinessReasonShape = OptionShape & { readonly group: BusinessReasonGroup; readonly definition: string };

const BUSINESS_REASON_DATA = [
  { code: "end_of_life_existing_it", group: "get_to_the_cloud", label: "End of life of existing IT", definition: "Customer is approaching the end of a contract or life cycle on existing tools or infrastructure." },
  { code: "increase_security", group: "get_to_the_cloud", label: "Increase security", definition: "Customer expresses a priority to protect information and reduce the risk of data loss and/or security breaches." },
  { code: "improve_service_quality", group: "get_to_the_cloud", label: "Improve service quality", definition: "Customer has expressed peace-of-mind and confidence with O365 service performance, controls and visibility for industry-verified conformity with global standards in compliance." },
  { code: "high_availability", group: "get_to_the_cloud", label: "High Availability/Improved uptime", definition: "Customer's decision to move to O365 is influenced by Microsoft's commitment to deliver the O365 Service Level Agreement (SLA)." },
  { code: "eliminate_on_premise_hardware", group: "get_to_the_cloud", label: "Eliminate on-premise hardware cost and support", definition: "Customer intends to decrease the on-premise hardware footprint to improve economic or business value." },
  { code: "reduce_update_overhead", group: "get_to_the_cloud", label: "Reduce overhead for application updates/maintenance", definition: "Customer shows interest in keeping Microsoft Line of Business (LOB) applications and software current without incurring additional cost or resources." },
  { code: "greater_savings", group: "get_to_the_cloud", label: "Greater savings over previous solution", definition: "Customer has identified cost savings of moving to O365 when compared to previous solution." },
  { code: "collaborate_and_communicate", group: "use_the_cloud_to_achieve_more", label: "Collaborate and communicate with our people", definition: "Customer would like to increase synergy and communications within the organization to stay informed, solicit input and build cohesion and consensus." },
  { code: "transform_business_processes", group: "use_the_cloud_to_achieve_more", label: "Transform business processes", definition: "Customer's main objective is to transform and streamline business processes and gain production efficiency through the use of O365." },
  { code: "use_collective_knowledge", group: "use_the_cloud_to_achieve_more", label: "Use our collective knowledge", definition: "Customer would like to harness collective knowledge and expertise by empowering people to discover, share and process files, information, and ideas across the organization." },
  { code: "engage_front_line_workers", group: "use_the_cloud_to_achieve_more", label: "Engage our front-line workers", definition: "Customer has expressed interest in shaping the company culture and breaking down silos by informing, engaging and connecting employees across the organization." },
  { code: "work_with_partners_and_suppliers", group: "use_the_cloud_to_achieve_more", label: "Work with partners and suppliers", definition: "Customer has goals to improve communication and collaboration with partners, colleagues and customers around the world on documents, projects, calls, deadlines and tasks to meet business objectives." },
  { code: "work_from_anywhere", group: "use_the_cloud_to_achieve_more", label: "Work from anywhere", definition: "Customer plans to leverage the ability to work securely from anywhere across devices to achieve more while maintaining a flexible work style." },
  { code: "get_insights_from_data", group: "use_the_cloud_to_achieve_more", label: "Get insights from data", definition: "Customer has placed emphasis on the ability to discover insights, analyze data, and share findings to help everyone make informed decisions." },
] as const satisfies readonly BusinessReasonShape[];

export type BusinessReason = (typeof BUSINESS_REASON_DATA)[number]["code"];
export type BusinessReasonOption = Omit<BusinessReasonShape, "code"> & { readonly code: BusinessReason };
export const BUSINESS_REASONS: readonly BusinessReasonOption[] = BUSINESS_REASON_DATA;

const STAKEHOLDER_DATA = [
  { code: "it_lead", label: "IT Lead", markedNew: true },
  { code: "business_lead", label: "Business Lead", markedNew: true },
  { code: "it_and_business_leads", label: "IT and Business Leads", markedNew: true },
  { code: "no_stakeholders", label: "No stakeholders", markedNew: true },
  { code: "legacy_training_lead", label: "Customer has Training Lead", legacy: true },
  { code: "legacy_communication_lead", label: "Customer has Communication Lead", legacy: true },
  { code: "legacy_both", label: "Customer has Both", legacy: true },
  { code: "legacy_none", label: "Customer has none", legacy: true },
] as const satisfies readonly OptionShape[];

export type StakeholderOption = (typeof STAKEHOLDER_DATA)[number]["code"];
export const STAKEHOLDER_OPTIONS: readonly AdoptionOption<StakeholderOption>[] = STAKEHOLDER_DATA;

const SCENARIO_DATA = [
  { code: "modern_workplace_m365", label: "Modern workplace – M365", markedNew: true },
  { code: "work_in_email", label: "Work in email, solo or as a group", markedNew: true },
  { code: "chat_based_workspace", label: "Provide a chat-based workspace" },
  { code: "connect_your_organization", label: "Connect your organization" },
  { code: "meet_and_collaborate", label: "Meet and collaborate with ease", markedNew: true },
  { code: "share_sites_and_content", label: "Share sites and content", markedNew: true },
  { code: "information_protection", label: "Information protection", markedNew: true },
  { code: "identity_access_management", label: "Identity/Access management", markedNew: true },
  { code: "other", label: OTHER_WITH_NOTE_LABEL, requiresNoteDetails: true },
  { code: "legacy_collaborate_on_content", label: "Collaborate on Content", legacy: true },
  { code: "legacy_make_meetings_matter", label: "Make Meetings Matter", legacy: true },
  { code: "legacy_email_calendar_on_the_go", label: "Email & Calendar on the Go", legacy: true },
] as const satisfies readonly OptionShape[];

export type ScenarioOption = (typeof SCENARIO_DATA)[number]["code"];
export const SCENARIO_OPTIONS: readonly AdoptionOption<ScenarioOption>[] = SCENARIO_DATA;

const AWARENESS_DATA = [
  { code: "no_awareness_plan", label: "Customer does not have any awareness plan" },
  { code: "email_communications", label: "Email communications" },
  { code: "posters_in_offices", label: "Posters in offices" },
  { code: "awareness_days", label: "Awareness days where people can use the products" },
  { code: "skype_meeting_broadcast", label: "Skype Meeting Broadcast" },
  { code: "weekly_spotlight_or_contests", label: "Weekly scenario spotlight or Contests" },
  { code: "other", label: OTHER_WITH_NOTE_LABEL, markedNew: true, requiresNoteDetails: true },
] as const satisfies readonly OptionShape[];

export type AwarenessOption = (typeof AWARENESS_DATA)[number]["code"];
export const AWARENESS_OPTIONS: readonly AdoptionOption<AwarenessOption>[] = AWARENESS_DATA;

const TRAINING_DATA = [
  { code: "no_training_plan", label: "Customer does not have any training plan" },
  { code: "classroom_or_online_training", label: "Classroom training or online training" },
  { code: "online_learning_center_and_videos", label: "Online Learning Center and 'How to' Videos" },
  { code: "champions_program", label: "Champions Program" },
  { code: "help_desk_training", label: "Help Desk Training" },
  { code: "third_party_service", label: "Third Party Service" },
  { code: "other", label: OTHER_WITH_NOTE_LABEL, markedNew: true, requiresNoteDetails: true },
] as const satisfies readonly OptionShape[];

export type TrainingOption = (typeof TRAINING_DATA)[number]["code"];
export const TRAINING_OPTIONS: readonly AdoptionOption<TrainingOption>[] = TRAINING_DATA;

/** The pick-lists by adoption-indicator field, for validation and labels. */
export const ADOPTION_OPTION_LISTS = {
  success_owner: SUCCESS_OWNER_ROLES,
  business_reason: BUSINESS_REASONS,
  stakeholders: STAKEHOLDER_OPTIONS,
  scenarios: SCENARIO_OPTIONS,
  awareness: AWARENESS_OPTIONS,
  training: TRAINING_OPTIONS,
} as const satisfies Record<string, readonly AdoptionOption[]>;

export type AdoptionOptionField = keyof typeof ADOPTION_OPTION_LISTS;

/** Selectable = not a legacy value. Legacy values stay valid on stored records. */
export function selectableOptions(field: AdoptionOptionField): readonly AdoptionOption[] {
  return (ADOPTION_OPTION_LISTS[field] as readonly AdoptionOption[]).filter((option) => !option.legacy);
}

export function isAdoptionOptionFor(field: AdoptionOptionField, value: string): boolean {
  return (ADOPTION_OPTION_LISTS[field] as readonly AdoptionOption[]).some((option) => option.code === value);
}

export function adoptionOptionLabel(field: AdoptionOptionField, code: string): string | undefined {
  return (ADOPTION_OPTION_LISTS[field] as readonly AdoptionOption[]).find((option) => option.code === code)?.label;
}

/** Whether the chosen option needs its details in the entitlement notes ("Other"). */
export function requiresNoteDetails(field: AdoptionOptionField, code: string): boolean {
  return (ADOPTION_OPTION_LISTS[field] as readonly AdoptionOption[]).some(
    (option) => option.code === code && option.requiresNoteDetails === true,
  );
}
