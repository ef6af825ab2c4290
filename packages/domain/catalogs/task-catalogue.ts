// The FTOP task catalogue: every task id named by the seed playbooks or the reference playbook pages.
// Sources: research/ftop-features.md Appendix A (228 ids, generated from every "FTOP Tasks" table of
// seeds/000_489cc77a291c725c.txt … 004_72f9e3b46335f5c8.txt and reference/partner-playbook/*.md),
// reference/partner-playbook/enable-enable-services-partner.md change log (1910 deprecated 1/31/2020,
// 3690 Mandatory from that day, 4022 deprecated 12/6/2019), DESIGN decision 6.
// `sources` holds seed tags (S000–S004, see SEED_SOURCES) and reference page basenames under partner-playbook/.
// `phase` is the lifecycle phase of the earliest source page (initiate-*, assess-*, …); approach pages only
// when no lifecycle page lists the task. Seed-only tasks 3330 (S004 "Land the Benefit", between kickoff and
// governance) and 1910 (S004 survey step, beside 3690) are placed by their seed section; the Gateway tasks
// of S003 precede the lifecycle and have no phase.
// Where sources name a task differently, `name` is the first name and the others are `nameVariants`;
// where they list different services, `services` is the union.
import type { TaskServiceTarget } from "./services.ts";
import type { TaskRoleCode } from "./task-roles.ts";

export const SEED_SOURCES = {
  S000: "seeds/000_489cc77a291c725c.txt",
  S001: "seeds/001_78b5828efea8eea9.txt",
  S002: "seeds/002_bf93d9a6382d93a5.txt",
  S003: "seeds/003_809f2e51af102cc8.txt",
  S004: "seeds/004_72f9e3b46335f5c8.txt",
} as const;

export const TASK_PHASES = ["initiate", "assess", "remediate", "enable", "migrate", "success", "approach"] as const;
export type TaskPhase = (typeof TASK_PHASES)[number];

export type TaskMandatory = "M" | "O";

type TaskShape = {
  readonly id: number;
  readonly name: string;
  readonly nameVariants?: readonly string[];
  /** M = must be completed when applicable to the tenant or service. */
  readonly mandatory: TaskMandatory;
  readonly role: TaskRoleCode;
  readonly services: readonly TaskServiceTarget[];
  readonly sources: readonly string[];
  readonly inSeeds: boolean;
  /** From this date (YYYY-MM-DD) the task is no longer used. */
  readonly deprecatedOn?: string;
  readonly phase?: TaskPhase;
  /** Why this entry departs from one of its sources. */
  readonly note?: string;
};

const TASK_DATA = [
  { id: 983, name: "QuickLeads", mandatory: "O", role: "fasttrack_manager", services: ["all_services"], sources: ["S004", "initiate-conduct-customer-kick-off-partner"], inSeeds: true, phase: "initiate" },
  { id: 994, name: "Conduct Initiate/Kickoff Meeting(s)", mandatory: "M", role: "fasttrack_manager", services: ["all_services"], sources: ["S004", "approach-get-modern-ftc", "initiate-conduct-customer-kick-off-partner"], inSeeds: true, phase: "initiate" },
  { id: 1033, name: "Discuss Migration Scheduling Guidelines and Tips", mandatory: "O", role: "fasttrack_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 1034, name: "Exchange - Update and upload source system migration questionnaire", mandatory: "M", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 1049, name: "Review Remediation Checklist with customer for action items", mandatory: "M", role: "fasttrack_engineer", services: ["all_services"], sources: ["approach-get-modern-ftc", "assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 1126, name: "Meet with Customer PM and Customer Tech Leads to enable Core and Services", mandatory: "M", role: "fasttrack_engineer", services: ["all_services"], sources: ["S004", "approach-get-modern-ftc", "enable-enable-services-partner"], inSeeds: true, phase: "enable" },
  { id: 1134, name: "Create Cloud IDs", mandatory: "O", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 1141, name: "{Wizard} Set Up Directory Synchronization (Azure AD Connect)", mandatory: "O", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 1148, name: "{Wizard} Install and configure ADFS", mandatory: "O", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 1158, name: "Exchange - Configure EXO", mandatory: "M", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 1159, name: "Exchange - {Wizard} Configure Mail flow in EXO", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 1171, name: "Exchange - {Wizard} Setup IMAP migration", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 1235, name: "SharePoint - {Wizard} Configure SharePoint Online", mandatory: "M", role: "fasttrack_engineer", services: ["sharepoint"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 1240, name: "Yammer - {Wizard} Configure Yammer", mandatory: "M", role: "fasttrack_engineer", services: ["yammer"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 1247, name: "Deploy Office 365 ProPlus", mandatory: "M", role: "fasttrack_engineer", services: ["office_proplus"], sources: ["approach-get-modern-ftc", "approach-opp-365-standalone", "enable-enable-services-partner", "opp365-standalone-engagement"], inSeeds: false, phase: "enable" },
  { id: 1328, name: "Exchange - Remediate identified mailbox problems", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 1330, name: "Exchange - Validate Email Migration with Test Batch (FE and Customer)", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 1370, name: "Exchange - Email Migration Post-Migration Activities (All Source Systems)", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 1386, name: "Exchange - Reset MX DNS Record TTL to original value", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 1629, name: "Exchange - Migration Workshop", mandatory: "O", role: "fasttrack_manager", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 1635, name: "Exchange - IMAP Migration Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 1641, name: "Setup custom domain", mandatory: "M", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 1672, name: "Review and validate the Migration Questionnaire on the Migration Collaboration Site", mandatory: "M", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 1699, name: "Technical Assessment Complete: Deployment Plan including Remediation Checklist delivered to customer", mandatory: "M", role: "fasttrack_manager", services: ["all_services"], sources: ["approach-get-modern-ftc", "assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 1700, name: "Remediate Exit: All items in Remediation Checklist resolved", mandatory: "M", role: "fasttrack_manager", services: ["all_services"], sources: ["approach-get-modern-ftc", "remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 1701, name: "Enablement Complete: All in-scope services enabled; migration tools configured", mandatory: "M", role: "fasttrack_manager", services: ["all_services"], sources: ["approach-get-modern-ftc", "enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 1702, name: "Migrate Exit: All in-scope migrations completed", mandatory: "M", role: "fasttrack_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 1871, name: "Direct Migration Activities", mandatory: "M", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 1874, name: "Exchange - Advise customer to execute on-premises mailbox to mail-enabled users conversion script", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 1903, name: "If required, send customer link to FastTrack Terms and Conditions <terms link>", mandatory: "O", role: "fasttrack_manager", services: ["core_onboarding"], sources: ["S004", "initiate-conduct-customer-kick-off-partner"], inSeeds: true, phase: "initiate" },
  { id: 1904, name: "Confirm customer approval of FastTrack Terms and Conditions", mandatory: "O", role: "fasttrack_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["initiate-conduct-customer-kick-off-partner"], inSeeds: false, phase: "initiate" },
  { id: 1910, name: "Survey Eligibility", mandatory: "O", role: "fasttrack_manager", services: ["all_services"], sources: ["S004"], inSeeds: true, deprecatedOn: "2020-01-31", note: "Deprecated 1/31/2020 (PB/enable-enable-services-partner change log); S004 still lists it", phase: "enable" },
  { id: 1941, name: "Exchange - Apply address policy and validate New / Original SMTP Addresses are Listed as a Proxy address", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2006, name: "Exchange - Gmail Migration Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 2026, name: "Exchange - Gmail & GroupWise Migration: Request for ODME Tenant", mandatory: "O", role: "migration_velocity_manager", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 2050, name: "Provide migration questionnaire to customer", mandatory: "O", role: "fasttrack_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 2118, name: "Exchange - GroupWise Migration Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 2121, name: "Exchange - If applicable, provide customer the GroupWise client Discovery utility", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 2193, name: "SfB - Advanced features remediation and long poles", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 2201, name: "SfB - Configure SfB Split Domain Lync 2010/2013 Server", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2218, name: "Enable Microsoft Intune", mandatory: "M", role: "sme", services: ["intune"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2260, name: "SfB - Configure SfB Room System Account", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2266, name: "SfB - Configure Skype for Business Core Features (IM/P only)", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2277, name: "Exchange - Notes Migration Workshop", mandatory: "O", role: "fasttrack_manager", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 2278, name: "Request MVM assignment", mandatory: "O", role: "fasttrack_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 2323, name: "Migration Closure Activities", mandatory: "M", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 2393, name: "SfB - Review multiple forests Skype for Business advance features/Lync requirements", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 2415, name: "AADP - {Wizard} Configure AADP Core", mandatory: "O", role: "fasttrack_engineer", services: ["aadp"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2453, name: "(Gateway Only) Completion of Engagement Process", mandatory: "M", role: "fasttrack_manager", services: ["core_onboarding"], sources: ["S003"], inSeeds: true },
  { id: 2455, name: "SfB - Run Office 365 Network Analysis Tool", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 2456, name: "SfB - Run Remote Connectivity Analyzer", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 2457, name: "SfB - Run Lync Bandwidth Calculator 2.50", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 2460, name: "Intune - Conduct Microsoft Intune Workshop", mandatory: "M", role: "fasttrack_manager", services: ["intune"], sources: ["assess-conduct-security-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 2461, name: "Handle PowerBI customer during Widget Engagement - See Learn More", mandatory: "O", role: "fasttrack_engineer", services: ["power_bi"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2467, name: "OneDrive - Discuss Google Drive migration", mandatory: "O", role: "fasttrack_engineer", services: ["onedrive"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 2474, name: "Validate migration tool configuration and execute test migration", mandatory: "M", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2481, name: "OneDrive - Assist customer with items not synchronized and other migration issues", mandatory: "O", role: "migration_velocity_manager", services: ["onedrive"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 2483, name: "Configure Project Professional", mandatory: "M", role: "fasttrack_engineer", services: ["project_professional", "project_online_professional_premium", "project_online_essentials"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2491, name: "Configure Project Online / Project Lite", mandatory: "M", role: "fasttrack_engineer", services: ["project_professional", "project_online_professional_premium", "project_online_essentials"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2533, name: "Azure AD Premium - Technical Workshop", mandatory: "M", role: "sme", services: ["aadp"], sources: ["assess-conduct-security-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 2536, name: "Conduct Success Workshop", mandatory: "M", role: "fasttrack_manager", services: ["all_services"], sources: ["assess-conduct-customer-success-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 2543, name: "Exchange - Advise customer to report any post migration issues inside T+5 business days from the day of migration event", mandatory: "O", role: "fasttrack_manager", services: ["exchange"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 2544, name: "Exchange - Change the MX record based on Mail-flow plan", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 2545, name: "AzRMS Remediation and long poles", mandatory: "O", role: "fasttrack_engineer", services: ["aip"], sources: ["remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 2550, name: "{Wizard} Configure AzRMS", mandatory: "O", role: "fasttrack_engineer", services: ["aip"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2561, name: "OneDrive - OneDrive for Business Post Migration Activities (Setup Redirect)", mandatory: "O", role: "fasttrack_engineer", services: ["onedrive"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 2567, name: "SfB - Configure SfB Split Domain for SfB 2015 Server", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2570, name: "Configure Cloud PBX with PSTN Calling", mandatory: "O", role: "fasttrack_engineer", services: ["sfb_pstn_calling", "sfb_cloud_pbx"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 2979, name: "Create Migration and Education Library Site", mandatory: "O", role: "fasttrack_engineer", services: ["sharepoint", "exchange", "onedrive"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 2980, name: "SfB - {Wizard} Configure Skype for Business Standard Features", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3009, name: "SharePoint/OneDrive - Discuss File share migration", mandatory: "O", role: "fasttrack_engineer", services: ["onedrive", "sharepoint"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3047, name: "Configure Cloud PSTN Conferencing", mandatory: "O", role: "fasttrack_engineer", services: ["sfb_pstn_conferencing"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3070, name: "Create Remediation Checklist", mandatory: "M", role: "fasttrack_engineer", services: ["all_services"], sources: ["approach-get-modern-ftc", "approach-opp-365-standalone", "assess-conduct-technical-assessment-partner", "opp365-standalone-engagement"], inSeeds: false, phase: "assess" },
  { id: 3077, name: "SfB - Schedule and conduct SfB assessment workshop", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3080, name: "Office 365 ProPlus Assessment Workshop", mandatory: "M", role: "fasttrack_engineer", services: ["office_proplus"], sources: ["approach-opp-365-standalone", "assess-conduct-services-workshops-partner", "opp365-standalone-engagement"], inSeeds: false, phase: "assess" },
  { id: 3125, name: "SharePoint/OneDrive - Validate users have been assigned licenses for SPO or ODB", mandatory: "O", role: "fasttrack_engineer", services: ["sharepoint", "onedrive"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3126, name: "OneDrive - If no migration, install the ODB sync client. Otherwise, install client post-migration", mandatory: "O", role: "fasttrack_engineer", services: ["onedrive"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3135, name: "Customer create migration schedule", mandatory: "O", role: "fasttrack_engineer", services: ["onedrive", "exchange", "sharepoint"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 3143, name: "Exchange Hybrid Migration Preflight Guidance", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 3147, name: "OneDrive - {Wizard} Configure OneDrive for Business", mandatory: "M", role: "fasttrack_engineer", services: ["onedrive"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3155, name: "Exchange - {Wizard} Exchange Cutover Migration", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3156, name: "Exchange - {Wizard} Exchange Staged Migration", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3157, name: "Exchange - {Wizard} Exchange 2010 Hybrid", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3158, name: "Exchange - {Wizard} Exchange 2013 Hybrid", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3159, name: "Exchange - {Wizard} Exchange 2016 Hybrid", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3160, name: "Exchange - {Wizard} Exchange Minimal Hybrid", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3161, name: "Power BI - Configure Power BI", mandatory: "O", role: "fasttrack_engineer", services: ["power_bi"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3169, name: "SharePoint/OneDrive - Discuss Box migration", mandatory: "O", role: "fasttrack_engineer", services: ["onedrive", "sharepoint"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3184, name: "AAD Connect Health - Verify System requirements", mandatory: "O", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 3190, name: "Confirm the customer reviews & resolved anything in the remediation checklist", nameVariants: ["Confirm the customer reviews and resolved anything in the remediation checklist", "Confirm the customer reviews and resolves anything in the remediation checklist"], mandatory: "M", role: "fasttrack_engineer", services: ["all_services"], sources: ["approach-get-modern-ftc", "approach-opp-365-standalone", "opp365-standalone-engagement", "remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 3202, name: "Exchange - Mail Enabled Applications Assessment Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3203, name: "Exchange - Mailbox Grouping and Planning Assessment Workshop", mandatory: "O", role: "fasttrack_manager", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3204, name: "Exchange - Public Folder Coexistence Assessment Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3205, name: "SfB - User Migration Assessment Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3208, name: "Exchange - Mailbox Grouping and Planning Migration Planning", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 3209, name: "SfB - User Migration Remediation", mandatory: "O", role: "fasttrack_engineer", services: ["sfb"], sources: ["remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 3212, name: "Exchange - Mail Enabled Applications Integration Guidance", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3213, name: "Exchange - Exchange Public Folder Coexistence Enablement", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3217, name: "Request Temporary Enterprise Licenses needed to perform Migrations", mandatory: "O", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 3221, name: "SharePoint - Discuss SharePoint hybrid", mandatory: "O", role: "fasttrack_engineer", services: ["sharepoint"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3222, name: "SharePoint - {Wizard} Configure SharePoint Hybrid", mandatory: "O", role: "fasttrack_engineer", services: ["sharepoint"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3223, name: "EDU: Enable Classroom & SDS", mandatory: "O", role: "fasttrack_engineer", services: ["classroom_sds"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3224, name: "EDU: Remediate Classroom & SDS", mandatory: "O", role: "fasttrack_engineer", services: ["classroom_sds"], sources: ["remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 3226, name: "EDU: Assess Classroom and SDS Sync", mandatory: "O", role: "fasttrack_engineer", services: ["classroom_sds"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 3234, name: "Lead Go-NoGo meetings with customer", mandatory: "O", role: "fasttrack_manager", services: ["sharepoint", "exchange", "onedrive"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 3236, name: "Exchange - EXO Unified Messaging Assessment Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3238, name: "Exchange - Enable Lync/SfB integration", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3240, name: "ADFS Client Access Policies Assessment", mandatory: "O", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3241, name: "Configure AD FS Client Access Policies", mandatory: "O", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3242, name: "Enterprise: Geo-Redundant ADFS workshop", mandatory: "O", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3243, name: "Geo-redundant ADFS Configuration Guidance", mandatory: "O", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3267, name: "Outlook Mobile - Configure Outlook Mobile", mandatory: "M", role: "fasttrack_engineer", services: ["outlook_mobile"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3268, name: "Teams - Assess Microsoft Teams", mandatory: "M", role: "fasttrack_engineer", services: ["teams"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 3278, name: "Outlook Mobile - Deliver Pitch", nameVariants: ["Outlook Mobile - Deliver Pitch (ExO attach and EMS data protection attach)"], mandatory: "M", role: "fasttrack_manager", services: ["outlook_mobile", "exchange", "office_proplus", "intune", "aadp"], sources: ["assess-conduct-adoption-and-change-management-conversation-partner", "assess-conduct-customer-success-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 3279, name: "Skype SME: Cloud Voice Wizard", mandatory: "O", role: "sme", services: ["sfb", "sfb_pstn_conferencing", "sfb_pstn_calling", "sfb_cloud_pbx"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3282, name: "Exchange - Provide list of known migration errors to customer", mandatory: "O", role: "migration_velocity_manager", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3294, name: "StaffHub - StaffHub Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["staffhub"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3305, name: "Exchange - Notes Migration: Share and deliver the Non-User Mailbox workshop and schedule template", mandatory: "O", role: "migration_velocity_manager", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3306, name: "Migration Infrastructure Build/Service request", mandatory: "M", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3308, name: "Exchange - Notes Migration: Request BT resources for the Rich Coexistence and share the deployment checklist (optional)", mandatory: "O", role: "migration_velocity_manager", services: ["exchange"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 3311, name: "Exchange - Notes Migration: \"Auto Import Tool\" guidance for importing Scheduling batches", mandatory: "O", role: "migration_velocity_manager", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3312, name: "Share and discuss FT migration remote connectivity", mandatory: "O", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 3330, name: "Deliver Land the FastTrack Benefit Workshop", mandatory: "O", role: "fasttrack_architect_v2", services: ["all_services"], sources: ["S004"], inSeeds: true, phase: "initiate" },
  { id: 3333, name: "Conduct Customer Program Health Meetings", mandatory: "M", role: "fasttrack_architect_v2", services: ["all_services"], sources: ["S004", "initiate-review-meeting-cadence-partner"], inSeeds: true, phase: "initiate" },
  { id: 3334, name: "Set CxO Governance, Strategy, and Health Briefings Cadence", mandatory: "M", role: "fasttrack_manager", services: ["core_onboarding"], sources: ["S004", "initiate-review-meeting-cadence-partner"], inSeeds: true, phase: "initiate" },
  { id: 3342, name: "Deep Dive Core Onboarding Workshops", mandatory: "O", role: "fasttrack_architect_v2", services: ["core_onboarding"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3352, name: "Deep Dive Network Assessment Workshop", mandatory: "O", role: "fasttrack_architect_v2", services: ["core_onboarding"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3358, name: "Deep Dive Migration Planning Workshop", mandatory: "O", role: "fasttrack_architect_v2", services: ["exchange", "onedrive", "sharepoint"], sources: ["remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 3365, name: "Deep Dive Identity Workshop", mandatory: "O", role: "fasttrack_architect_v2", services: ["core_onboarding"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3380, name: "Deep Dive Security, Compliance, and Regulatory Workshop", mandatory: "O", role: "fasttrack_architect_v2", services: ["core_onboarding"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3614, name: "FTC Credential Management Process Workshop", mandatory: "O", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3615, name: "Share and deliver the Post Migration Support Process Workshop", mandatory: "O", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3616, name: "Complete Initial customer outreach", mandatory: "M", role: "fasttrack_manager", services: ["all_services"], sources: ["S004", "initiate-conduct-customer-kick-off-partner"], inSeeds: true, phase: "initiate" },
  { id: 3629, name: "MVM Disengagement and Migration Pause Process", mandatory: "M", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
  { id: 3650, name: "Office ProPlus – OPP Acceleration", nameVariants: ["Office ProPlus - OPP Acceleration"], mandatory: "O", role: "fasttrack_manager", services: ["office_proplus"], sources: ["approach-opp-365-standalone", "enable-enable-services-partner", "success-support-success-execution-partner"], inSeeds: false, phase: "enable" },
  { id: 3677, name: "Exchange - Group Wise Migration: Configure ODME", mandatory: "O", role: "migration_velocity_manager", services: ["exchange"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3685, name: "Teams - Internal Readiness Assessment", mandatory: "M", role: "fasttrack_engineer", services: ["teams"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3687, name: "Teams - Core Plus Assistance", mandatory: "M", role: "sme", services: ["teams"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3688, name: "Teams - Customer Strategy and Planning", mandatory: "M", role: "sme", services: ["teams"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3689, name: "Teams - Customer Upgrading", mandatory: "M", role: "sme", services: ["teams"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3690, name: "Identify Survey Contact", mandatory: "M", note: "S004 lists it as O; the reference made it Mandatory on 1/31/2020 and the reference wins (DESIGN decision 6)", role: "fasttrack_manager", services: ["all_services"], sources: ["S004", "approach-get-modern-ftc", "enable-enable-services-partner"], inSeeds: true, phase: "enable" },
  { id: 3716, name: "Teams - Customer Upgrade Overview", mandatory: "M", role: "sme", services: ["teams"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3718, name: "Deliver OneDrive Business Value Deck", nameVariants: ["OneDrive - Deliver OneDrive Business Value Deck"], mandatory: "M", role: "fasttrack_manager", services: ["onedrive"], sources: ["S000", "assess-conduct-adoption-and-change-management-conversation-partner", "assess-conduct-customer-success-workshop-partner"], inSeeds: true, phase: "assess" },
  { id: 3720, name: "Identity and Device Security Best Practices Workshop", mandatory: "M", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["initiate-deploy-securely-partner"], inSeeds: false, phase: "initiate" },
  { id: 3721, name: "Identity and Device Security completed hand-off form work", mandatory: "O", role: "sme", services: ["core_onboarding"], sources: ["initiate-deploy-securely-partner"], inSeeds: false, phase: "initiate" },
  { id: 3722, name: "Teams - Mid-touch Reactive Transition Support", mandatory: "M", role: "sme", services: ["teams"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3724, name: "Teams - Configure Advanced Voice Services (PSTN)", mandatory: "M", role: "sme", services: ["teams"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3725, name: "Teams - Configure Core Collab & Meetings (VOIP)", mandatory: "M", role: "sme", services: ["teams"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3727, name: "Teams - Deliver Call Quality Dashboard Workshop", mandatory: "M", role: "sme", services: ["teams"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3728, name: "Teams - Technically Enable Teams Service", mandatory: "M", role: "fasttrack_manager", services: ["teams"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3731, name: "Post-enablement Field Handshake", nameVariants: ["Teams - Post Enablement Field Handshake"], mandatory: "O", role: "fasttrack_manager", services: ["teams"], sources: ["enable-enable-services-partner", "success-support-success-execution-partner"], inSeeds: false, phase: "enable" },
  { id: 3732, name: "Yammer - Post Enablement Field Handshake", mandatory: "O", role: "fasttrack_manager", services: ["yammer"], sources: ["success-support-success-execution-partner"], inSeeds: false, phase: "success" },
  { id: 3733, name: "Outlook Mobile - Post Enablement Field Handshake", mandatory: "O", role: "fasttrack_manager", services: ["outlook_mobile"], sources: ["success-support-success-execution-partner"], inSeeds: false, phase: "success" },
  { id: 3734, name: "Office ProPlus/Windows - Deliver App Assure BVD", nameVariants: ["Office 365 ProPlus/Windows - Deliver App Assure (DAA) BVD"], mandatory: "M", role: "fasttrack_manager", services: ["office_proplus", "windows_10"], sources: ["assess-conduct-adoption-and-change-management-conversation-partner", "assess-conduct-customer-success-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 3735, name: "Conduct Success Review Meeting", mandatory: "M", role: "fasttrack_manager", services: ["all_services"], sources: ["success-conduct-success-review-partner"], inSeeds: false, phase: "success" },
  { id: 3736, name: "Guidance for Choosing an Authentication Method", mandatory: "M", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["initiate-deploy-securely-partner"], inSeeds: false, phase: "initiate" },
  { id: 3737, name: "SharePoint Online Business Value Workshop", nameVariants: ["Data Points (SharePoint Service)"], note: "S001 names it Data Points (SharePoint Service); the reference name is used", mandatory: "M", role: "fasttrack_manager", services: ["sharepoint"], sources: ["S001", "assess-conduct-adoption-and-change-management-conversation-partner", "assess-conduct-customer-success-workshop-partner"], inSeeds: true, phase: "assess" },
  { id: 3738, name: "Office 365 ProPlus - Deliver Pitch Deck", mandatory: "M", role: "fasttrack_manager", services: ["office_proplus"], sources: ["approach-opp-365-standalone", "assess-conduct-adoption-and-change-management-conversation-partner", "assess-conduct-customer-success-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 3740, name: "OneDrive - Conduct OneDrive Adoption Program Introduction", mandatory: "M", role: "fasttrack_manager", services: ["onedrive"], sources: ["success-support-success-execution-partner"], inSeeds: false, phase: "success" },
  { id: 3741, name: "OneDrive - Perform OneDrive Adoption Workshop", mandatory: "M", role: "fasttrack_manager", services: ["onedrive"], sources: ["success-support-success-execution-partner"], inSeeds: false, phase: "success" },
  { id: 3742, name: "OneDrive - Delivery Security and Compliance Deep Dive Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["onedrive"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3743, name: "OneDrive - Track OneDrive Adoption Program Progress", mandatory: "O", role: "fasttrack_manager", services: ["onedrive"], sources: ["enable-enable-services-partner", "success-support-success-execution-partner"], inSeeds: false, phase: "enable" },
  { id: 3747, name: "Exchange Online Protection Workshop", mandatory: "M", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-security-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 3748, name: "Data Loss Prevention Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-security-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 3749, name: "Office 365 Message Encryption Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-security-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 3750, name: "Office 365 Advanced Threat Protection Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-security-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 3954, name: "Create Transition Documents and Transition to Migration Team", mandatory: "O", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3979, name: "Handover between Gateway/GRT and CSS", nameVariants: ["Handover between Gateway Targeting Team and CSS"], mandatory: "O", role: "fasttrack_manager", services: ["all_services"], sources: ["S004", "initiate-conduct-customer-kick-off-partner"], inSeeds: true, phase: "initiate" },
  { id: 3981, name: "All scope workshops have been delivered to customer.", mandatory: "M", role: "fasttrack_engineer", services: ["all_services"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 3991, name: "Exchange Online Business Value Discussion (BVD)", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-adoption-and-change-management-conversation-partner"], inSeeds: false, phase: "assess" },
  { id: 3992, name: "MVM to Onboard Customer", mandatory: "O", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 3993, name: "Account Team Provided DIBS", mandatory: "O", role: "fasttrack_manager", services: ["core_onboarding"], sources: ["S003"], inSeeds: true },
  { id: 3994, name: "Partner Provided DIBS", mandatory: "O", role: "fasttrack_manager", services: ["core_onboarding"], sources: ["S003"], inSeeds: true },
  { id: 3995, name: "Customer Provided DIBS", mandatory: "O", role: "fasttrack_manager", services: ["core_onboarding"], sources: ["S003"], inSeeds: true },
  { id: 3997, name: "MIP Workshop", mandatory: "M", role: "fasttrack_manager", services: ["aip"], sources: ["assess-conduct-security-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 3998, name: "MIP - Verify pre-requisites", mandatory: "M", role: "sme", services: ["aip"], sources: ["remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 3999, name: "MIP - Activate tenant and configure test client", mandatory: "M", role: "sme", services: ["aip"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4000, name: "MIP – Configure Sensitivity Labels", mandatory: "O", role: "sme", services: ["aip"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4001, name: "MIP – Test Document Labeling", mandatory: "O", role: "sme", services: ["aip"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4002, name: "MIP – Create Protection Policies", mandatory: "O", role: "sme", services: ["aip"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4003, name: "MIP – Install Clients", mandatory: "O", role: "sme", services: ["aip"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4004, name: "MIP – Provide Guidance on BYOK", mandatory: "O", role: "sme", services: ["aip"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4006, name: "MIP – Work with Unified Labeling Scanner", mandatory: "O", role: "sme", services: ["aip"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4008, name: "Customer Migration PowerBI Solution Guide", mandatory: "M", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4017, name: "M365 Security Conversation", mandatory: "M", role: "fasttrack_manager", services: ["core_onboarding"], sources: ["initiate-deploy-securely-partner"], inSeeds: false, phase: "initiate" },
  { id: 4018, name: "Exchange - Gmail Self-migration", mandatory: "O", role: "fasttrack_engineer", services: ["exchange"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4021, name: "Get Modern Assessment Workshop", mandatory: "M", role: "fasttrack_engineer", services: ["windows_10"], sources: ["approach-get-modern-ftc", "assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4024, name: "Upgrade from Windows 7/8.1 to Windows 10", mandatory: "M", role: "fasttrack_engineer", services: ["windows_10"], sources: ["approach-get-modern-ftc", "enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4027, name: "FastTrack Migration Hub Workshop", mandatory: "M", role: "migration_velocity_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4031, name: "Optimize Windows 10 & Office Update Delivery with System Center", mandatory: "O", role: "sme", services: ["windows_10"], sources: ["approach-get-modern-ftc", "enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4032, name: "Windows 10 Phased Deployment with System Center", mandatory: "O", role: "sme", services: ["windows_10"], sources: ["approach-get-modern-ftc", "enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4033, name: "Office 365 ProPlus Phased Deployments with System Center", nameVariants: ["Office 365 ProPlus Phased Deployment with System Center"], mandatory: "O", role: "sme", services: ["office_proplus"], sources: ["approach-get-modern-ftc", "enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4035, name: "Customer Get Modern Plan", mandatory: "M", role: "getmodern_fta", services: ["windows_10"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4036, name: "Customer Get Modern Pilot", mandatory: "O", role: "getmodern_fta", services: ["windows_10"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4037, name: "Get Modern FastTrack Architect Re-engagement", mandatory: "O", role: "getmodern_fta", services: ["windows_10"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4039, name: "Intune - (Wizard) Conduct Cloud-Attach Assessment", mandatory: "M", role: "fasttrack_manager", services: ["intune"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 4047, name: "Conduct Adoption & Change Management Conversation", mandatory: "M", role: "fasttrack_manager", services: ["all_services"], sources: ["S004", "assess-conduct-adoption-and-change-management-conversation-partner"], inSeeds: true, phase: "assess" },
  { id: 4058, name: "Disengagement Process is Complete (enablement)", mandatory: "M", role: "fasttrack_manager", services: ["all_services"], sources: ["enable-conduct-engagement-completion-discussion-partner"], inSeeds: false, phase: "enable" },
  { id: 4060, name: "Disengagement Process is Complete", mandatory: "M", role: "fasttrack_manager", services: ["all_services"], sources: ["migrate-conduct-engagement-completion-discussion-partner"], inSeeds: false, phase: "migrate" },
  { id: 4061, name: "GM FTA Outreach to account team & customers", mandatory: "M", role: "getmodern_fta", services: ["windows_10"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4062, name: "Assist Customer with Desktop Analytics setup and result analysis", mandatory: "O", role: "getmodern_fta", services: ["windows_10"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4063, name: "GM FTA onsite customer workshop", mandatory: "O", role: "getmodern_fta", services: ["windows_10"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4068, name: "Enable Desktop Analytics", mandatory: "M", role: "fasttrack_engineer", services: ["windows_10"], sources: ["approach-get-modern-ftc", "assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4071, name: "Deliver Principles of Network Connectivity Guidance", mandatory: "M", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 4072, name: "Run Network Onboarding Tool", mandatory: "M", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 4073, name: "Network – Address identified network issues from netonboard tool", mandatory: "O", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 4075, name: "Create EMS Remediation Checklist with Customer for Action Items", mandatory: "M", role: "sme", services: ["aadp", "intune"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 4078, name: "MDATP – Position MDATP over 3rd Party AV", mandatory: "M", role: "sme", services: ["windows_10"], sources: ["assess-conduct-security-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 4079, name: "MDATP Business Value Deck", mandatory: "M", role: "fasttrack_manager", services: ["mdatp"], sources: ["assess-conduct-security-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 4080, name: "MDATP - Proxy Configuration including URL Whitelisting", mandatory: "M", role: "sme", services: ["mdatp"], sources: ["remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 4081, name: "OATP – Configure P1 settings", mandatory: "O", role: "fasttrack_engineer", services: ["exchange", "oatp"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4082, name: "OATP – Review P2 capabilities", mandatory: "O", role: "sme", services: ["exchange", "oatp"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4083, name: "MDATP – Configure settings", mandatory: "M", role: "sme", services: ["mdatp"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4084, name: "Intune - Conduct Microsoft Modern Management Assessment", mandatory: "M", role: "sme", services: ["intune"], sources: ["assess-conduct-security-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 4085, name: "Deliver MDATP BVD", mandatory: "O", role: "sme", services: ["intune"], sources: ["assess-conduct-security-workshop-partner"], inSeeds: false, phase: "assess" },
  { id: 4087, name: "Intune PC Agent Deprecation", mandatory: "O", role: "sme", services: ["intune"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4088, name: "Migrating applications to Azure AD Workshop", mandatory: "O", role: "fasttrack_engineer", services: ["core_onboarding"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4090, name: "Validate customer intent to deploy Office 365 ProPlus vs Perpetual", mandatory: "M", role: "getmodern_fta", services: ["office_proplus"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4091, name: "Assist the customer in building a plan to deploy Office 365 ProPlus", mandatory: "M", role: "getmodern_fta", services: ["office_proplus"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4092, name: "Review Office 365 ProPlus deployment plan with delivery", mandatory: "M", role: "getmodern_fta", services: ["office_proplus"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4094, name: "Microsoft Edge - Deliver Pitch", mandatory: "M", role: "fasttrack_manager", services: ["edge"], sources: ["assess-conduct-adoption-and-change-management-conversation-partner"], inSeeds: false, phase: "assess" },
  { id: 4095, name: "{Wizard} Microsoft Edge Deployment Assessment", mandatory: "M", role: "fasttrack_engineer", services: ["edge"], sources: ["assess-conduct-services-workshops-partner"], inSeeds: false, phase: "assess" },
  { id: 4097, name: "Microsoft Edge Deploy and Configure", mandatory: "M", role: "fasttrack_engineer", services: ["edge"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4098, name: "Microsoft Edge Policy Review and Configure", mandatory: "M", role: "sme", services: ["edge"], sources: ["enable-enable-services-partner"], inSeeds: false, phase: "enable" },
  { id: 4099, name: "Verify if AAD Security Defaults are Enabled on Tenant Prior to Migration", mandatory: "M", role: "fasttrack_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 4100, name: "Request AADP P2 Trial Licenses for Migrations – FRP work with MVM", mandatory: "O", role: "fasttrack_manager", services: ["exchange", "onedrive", "sharepoint"], sources: ["assess-conduct-technical-assessment-partner"], inSeeds: false, phase: "assess" },
  { id: 4101, name: "Replace Security Default Policies with CA Policies for Migrations", mandatory: "O", role: "fasttrack_engineer", services: ["exchange", "onedrive", "sharepoint"], sources: ["remediate-address-technical-gaps-partner"], inSeeds: false, phase: "remediate" },
  { id: 4102, name: "Remove CA Policies & Enable Security Defaults Post Migration", mandatory: "O", role: "fasttrack_engineer", services: ["exchange", "onedrive", "sharepoint"], sources: ["migrate-migration-partner"], inSeeds: false, phase: "migrate" },
] as const satisfies readonly TaskShape[];

export type TaskId = (typeof TASK_DATA)[number]["id"];
export type TaskCatalogueEntry = Omit<TaskShape, "id"> & { readonly id: TaskId };

export const TASK_CATALOGUE: readonly TaskCatalogueEntry[] = TASK_DATA;

/**
 * Tasks deprecated before any stored table listed them, so they have no catalogue entry (name unknown).
 * Kept so that old records referring to them are recognised as retired rather than unknown.
 */
export const RETIRED_TASKS = [
  { id: 4022, deprecatedOn: "2019-12-06", source: "reference/partner-playbook/enable-enable-services-partner.md change log" },
] as const satisfies readonly { id: number; deprecatedOn: string; source: string }[];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const TASK_BY_ID = new Map<number, TaskCatalogueEntry>(TASK_CATALOGUE.map((task) => [task.id, task]));

export function isKnownTaskId(id: number): id is TaskId {
  return TASK_BY_ID.has(id);
}

export function taskById(id: number): TaskCatalogueEntry | undefined {
  return TASK_BY_ID.get(id);
}

export function taskLabel(id: TaskId): string {
  return `${id} ${TASK_BY_ID.get(id)?.name ?? ""}`.trim();
}

/**
 * Whether the task may be used on the given calendar day (YYYY-MM-DD): a task deprecated on D is active
 * up to D - 1. Unknown ids are never active.
 */
export function isTaskActiveOn(id: number, isoDate: string): boolean {
  if (!ISO_DATE.test(isoDate)) throw new RangeError(`Expected a YYYY-MM-DD date, got "${isoDate}"`);
  const deprecatedOn = TASK_BY_ID.get(id)?.deprecatedOn ?? RETIRED_TASKS.find((task) => task.id === id)?.deprecatedOn;
  if (!TASK_BY_ID.has(id) && deprecatedOn === undefined) return false;
  return deprecatedOn === undefined || isoDate < deprecatedOn;
}

export function tasksForService(target: TaskServiceTarget): readonly TaskCatalogueEntry[] {
  return TASK_CATALOGUE.filter((task) => task.services.includes(target));
}
