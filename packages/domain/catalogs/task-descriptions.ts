import { SEED_SOURCES } from "./task-catalogue.ts";
import { taskPlacement } from "./task-placement.ts";

// What each catalogue task asks, in the words of its sources (FTOP's task overview shows "a description of the task").
// A task's description is, by precedence:
// 1. the seed sentence that says what the task is for (seeds/*, tag S000–S004);
// 2. a sentence of the task's step that names the task (reference/partner-playbook/<page>.md);
// 3. the text under the "###" step heading that lists the task, trimmed to at most three plain sentences.
// No sentence here is written from anything but these sources. Steps whose text is not an instruction get none:
// "Uncategorized Tasks (Enable Services)" only says such tasks appear there (task 2550 stays without a description).

export type TaskDescription = {
  readonly text: string;
  /** A seed tag (S000–S004) or the basename of a reference partner-playbook page. */
  readonly source: string;
};

/** The sources a description may cite, with the title a reader knows them by. */
export const DESCRIPTION_SOURCE_TITLES: Readonly<Record<string, string>> = {
  S000: "OneDrive BVD playbook",
  S001: "SharePoint BVD playbook",
  S003: "Initial Customer Engagement playbook",
  S004: "General Engagement playbook",
  "initiate-conduct-customer-kick-off-partner": "Partner playbook: Conduct Customer Kickoff",
  "initiate-deploy-securely-partner": "Partner playbook: Deploy securely",
  "initiate-review-meeting-cadence-partner": "Partner playbook: Setup Governance Review Meeting Cadence",
  "assess-conduct-services-workshops-partner": "Partner playbook: Conduct Services Workshop",
  "assess-conduct-technical-assessment-partner": "Partner playbook: Conduct Technical Assessment",
  "assess-conduct-security-workshop-partner": "Partner playbook: Conduct Security Workshops",
  "assess-conduct-customer-success-workshop-partner": "Partner playbook: Conduct Customer Success Workshop",
  "assess-conduct-adoption-and-change-management-conversation-partner": "Partner playbook: Conduct Adoption & Change Management Conversation",
  "remediate-address-technical-gaps-partner": "Partner playbook: Address Technical Gaps",
  "enable-enable-services-partner": "Partner playbook: Enable Services",
  "enable-conduct-engagement-completion-discussion-partner": "Partner playbook: Conduct Engagement Completion Discussion (enablement)",
  "migrate-migration-partner": "Partner playbook: Migration",
  "migrate-conduct-engagement-completion-discussion-partner": "Partner playbook: Conduct Engagement Completion Discussion (migration)",
  "success-conduct-success-review-partner": "Partner playbook: Conduct Success Review",
  "success-support-success-execution-partner": "Partner playbook: Support Success Execution",
};

const KICKOFF = "initiate-conduct-customer-kick-off-partner";
const SECURELY = "initiate-deploy-securely-partner";
const WORKSHOPS = "assess-conduct-services-workshops-partner";
const ASSESSMENT = "assess-conduct-technical-assessment-partner";
const SECURITY = "assess-conduct-security-workshop-partner";
const ACM = "assess-conduct-adoption-and-change-management-conversation-partner";
const REMEDIATE = "remediate-address-technical-gaps-partner";
const ENABLE = "enable-enable-services-partner";
const MIGRATION = "migrate-migration-partner";
const SUCCESS = "success-support-success-execution-partner";

/** Sentences a source says about one task (precedence 1 and 2). */
const BY_TASK: Readonly<Record<number, TaskDescription>> = {
  3718: {
    source: "S000",
    text: "FastTrack Managers (FM) deliver the OneDrive pitch/BVD deck linked to task 3718 to every OneDrive-eligible customer with whom they work, regardless of previously recorded intent. Mark the task COMPLETE when delivered. If the customer declines the BVD, or is unresponsive to 3 attempts to have it, mark task 3718 CANCELLED.",
  },
  3737: {
    source: "S001",
    text: "Encourage customers to deploy SharePoint to share and work on all files. FastTrack Managers (FM) deliver the SharePoint pitch/BVD deck linked to task 3737 to every SharePoint eligible customer that does NOT have Active Usage (AU) with whom they work, regardless of previously recorded intent. Mark the task COMPLETE when delivered.",
  },
  2453: { source: "S003", text: "Complete Engagement Process (Task 2453); applicable to Gateway only." },
  3993: { source: "S003", text: "If full DIBS is obtained for at least one workload, mark this task complete when the Account Team provided full DIBS." },
  3994: { source: "S003", text: "If full DIBS is obtained for at least one workload, mark this task complete when the Partner provided full DIBS." },
  3995: { source: "S003", text: "If full DIBS is obtained for at least one workload, mark this task complete when the Customer provided full DIBS." },
  983: {
    source: "S004",
    text: "In the kickoff, should you see project risks such as blockers, out of scope items or customer task constraints, discuss the possibility of a FastTrack Ready Partner to compliment the FastTrack benefit. If the customer would like to use a partner, execute task 983 to send a referral to a partner.",
  },
  994: {
    source: "S004",
    text: "Schedule and conduct kickoff meeting: use the Kickoff Deck to leverage leading questions and key value points on the slides to start conversations. Capture and track any customer knowledge gaps during discussion to offer follow-up meetings/workshops with subject matter experts (SME) to address.",
  },
  3979: { source: "S004", text: "Complete required handover between Gateway/Re-engagement Team (GRT) and Delivery FM before reaching out to the customer." },
  3616: {
    source: "S004",
    text: "Understand the customer's context and background, licenses owned and activity to date from FTOP. Conduct background research on the customer and leverage the Account Team where the account is managed. At a minimum, notify the Account Team that you are going to schedule a kickoff call with the customer and invite relevant account team person to the call.",
  },
  3330: {
    source: "S004",
    text: "Complete the Deliver and Land the Enterprise Benefit activity by updating FTOP with the information you gathered during the customer meeting. With new customers, capture the Engagement Start Date to FTOP. Update DIBS, and update Enterprise Status in FTOP with appropriate notes and FTC Next Steps.",
  },
  3333: { source: "S004", text: "The FastTrack, Microsoft and Customer governance meetings are established." },
  3334: { source: "S004", text: "The FastTrack, Microsoft and Customer governance meetings are established." },
  4047: {
    source: "S004",
    text: "Mark the Conduct Adoption & Change Management Conversation task status complete once you have concluded the ACM customer conversation, reviewing Microsoft's self-service resources and requesting an ACM Partner if the customer requires additional help.",
  },
  1126: { source: "S004", text: "Conduct sync meetings with customer as appropriate and assist with enablement tasks." },
  1910: { source: "S004", text: "Update Customer Survey information for eligibility and contacts in the appropriate tasks." },
  3690: { source: "S004", text: "Update Customer Survey information for eligibility and contacts in the appropriate tasks." },
  2050: {
    source: ASSESSMENT,
    text: "If customer intends to use Migration benefit, additional activities are required. The Migration Questionnaire (Task 2050 Provide migration questionnaire to customer) should be provided to customer.",
  },
  2278: {
    source: ASSESSMENT,
    text: "If customer intends to use Migration benefit, additional activities are required. A Migration Velocity Manager (MVM) request (Task 2278 Request MVM assignment) should be submitted.",
  },
  1699: { source: ASSESSMENT, text: "Once all scoped Technical Assessments are delivered, mark (Task 1699 Technical Assessment Complete) as complete." },
  3981: { source: WORKSHOPS, text: "Once all scoped service workshops are delivered, mark Task 3981 completed." },
  1247: {
    source: ENABLE,
    text: "Office 365 ProPlus: please ensure every customer you work with is deploying OPP, as it should be deployed concurrently with any workload. For Windows and Office 365 ProPlus, the goal is to achieve 70%+ MAD/MAU.",
  },
  4095: {
    source: ENABLE,
    text: "Microsoft Edge: Edge is the secondary priority in FT. Task completion is essential for tracking/reporting purposes. Edge should be deployed concurrently with any workload.",
  },
  1141: {
    source: SECURELY,
    text: "At the conclusion of the Prepare Identity step, the baseline security framework around identity will be in place. Identity synchronization using AAD Connect configured previously will occur in Task 1141: Set Up Directory Synchronization (Azure AD Connect) in the enable phase.",
  },
  4024: { source: ENABLE, text: "Windows 10: for any low-deploy customer, see the Get Current and Stay Current (Windows 10) playbook tasks. Any high-deploy Win10 should have OPP attached." },
  4031: { source: ENABLE, text: "Windows 10: for any low-deploy customer, see the Get Current and Stay Current (Windows 10) playbook tasks. Any high-deploy Win10 should have OPP attached." },
  4032: { source: ENABLE, text: "Windows 10: for any low-deploy customer, see the Get Current and Stay Current (Windows 10) playbook tasks. Any high-deploy Win10 should have OPP attached." },
};

/** The text of a step, keyed "process › step" as placed (precedence 3). */
const BY_STEP: Readonly<Record<string, TaskDescription>> = {
  "Conduct Customer Kickoff › Schedule and Conduct Kickoff Meeting": {
    source: KICKOFF,
    text: "For Request for Assistance (RFA) customers, the first step in this process is to contact the customer within two business days of assignment. Schedule and conduct kickoff meeting: use the Kickoff Deck to leverage leading questions and key value points on the slides to start conversations. Capture and track any customer knowledge gaps during discussion to offer follow-up meetings/workshops with subject matter experts (SME) to address.",
  },
  "Deploy securely › Identity and Device Security": {
    source: SECURELY,
    text: "The Identity and Device Security presentation/discussion is required for all customers. Encourage customers to plan a solid security foundation around identity, device and mobile app management. As an outcome of the workshop, you will help customers choose and enable the appropriate security features for their organization as it relates to securing identities and devices.",
  },
  "Deploy securely › Prepare Identity": {
    source: SECURELY,
    text: "Identify existing forests and clean up malformed UPNs: meet with the customer to understand their current environment and utilize the Toolset to clean up the environment to prepare for identity synchronization. Have a conversation with the customer to discuss and choose the authentication method. The customer should not synchronize identities until break glass accounts are created, a Block All conditional access policy is configured and the baseline policy MFA for admins is enabled.",
  },
  "Deploy securely › Schedule and Deliver M365 Security Conversation": {
    source: SECURELY,
    text: "Have a meeting that includes all relevant stakeholders (BDM, Security Analyst, Security Architect, Directory of Security, IT, etc.) in the customer's organization to discuss the importance of creating a security baseline for their deployment. The M365 Security Conversation Deck sets up the conversation about deploying their services securely.",
  },
  "Conduct Services Workshop › Set up Initial Service Workshop": { source: WORKSHOPS, text: "Set up initial service workshop meeting." },
  "Conduct Services Workshop › Conduct Specific Workshops": {
    source: WORKSHOPS,
    text: "Review service available workloads in Orchestration Portal (FTOP). All presentation decks can be found under the Services Workshop in the Resources section of the playbook; refer to the task for any specific guidance documentation.",
  },
  "Conduct Services Workshop › Enterprise Additional Benefit Workshops": {
    source: WORKSHOPS,
    text: "For approved Enterprise customers only, with 20,000 seats or more, or with an exception.",
  },
  "Conduct Technical Assessment › Migration Assessment": {
    source: ASSESSMENT,
    text: "If customer intends to use Migration benefit, additional activities are required. The Migration Questionnaire should be provided to customer and a Migration Velocity Manager (MVM) request should be submitted.",
  },
  "Conduct Technical Assessment › Perform Assessments": {
    source: ASSESSMENT,
    text: "Assess tasks for a service as needed. Some service tasks are designated for only Enterprise customers; check with FastTrack Engineer (FE) peers or Subject Matter Expert (SME) for questions about relevant service tasks.",
  },
  "Conduct Technical Assessment › Create Remediation Checklist": {
    source: ASSESSMENT,
    text: "Create Remediation checklist: download remediation checklist and remove any services the customer will not deploy.",
  },
  "Conduct Technical Assessment › Create EMS Remediation Checklist with Customer for Action Items": {
    source: ASSESSMENT,
    text: "Create EMS Remediation checklist: download EMS remediation checklist and remove any tasks the customer will not utilize.",
  },
  "Conduct Technical Assessment › Conduct Cloud-Attach Assessment": { source: ASSESSMENT, text: "Conduct Cloud-Attach Assessment." },
  "Conduct Technical Assessment › Deliver Principles of Network Connectivity Guidance": {
    source: ASSESSMENT,
    text: "Provide guidance on Office 365/Microsoft 365 Principles of Network Connectivity. Network connectivity guidance is required for all new customers (early in the engagement), and for customers re-engaging on additional workloads. A FastTrack Engineer will deliver the Principles of Network Connectivity conversation, utilizing the Office 365 Network Guidance deck.",
  },
  "Conduct Technical Assessment › Run Network Onboarding Tool": {
    source: ASSESSMENT,
    text: "Usage of the Network Onboarding Tool should follow delivery of the Principles of Network Connectivity guidance. The tool should be run from each customer site (or at least a representative set given an understanding of the customer's overall network architecture). FastTrack Engineers must avoid storing the output from the tool, as it contains details of the customer's internal network configuration.",
  },
  "Conduct Security Workshops › Device Security": {
    source: SECURITY,
    text: "Help customers protect their data while maintaining productivity for employees on the devices and apps they choose. Understand the different platforms the customer is looking to manage and protect. Define comprehensive policies that protect the applications, data, and devices.",
  },
  "Conduct Security Workshops › Information Security": {
    source: SECURITY,
    text: "Before the customer moves their sensitive and most valuable digital assets to the cloud, make sure they have a clear understanding of the information classification and protection needed to ensure their sensitive data is secure. Identify what information the customer wants to protect. Determine and establish access, retention and information protection policies.",
  },
  "Conduct Security Workshops › Azure AD Premium Feature Decks": {
    source: SECURITY,
    text: "If your customer has interest in a particular Azure AD Premium feature, you may present and/or share the feature decks for quick, high level overviews and provide access to resources to learn more.",
  },
  "Conduct Customer Success Workshop › Customer Success Workshop Complete": {
    source: "assess-conduct-customer-success-workshop-partner",
    text: "Mark the conduct success workshop complete.",
  },
  "Conduct Adoption & Change Management Conversation › Value-Add Discussions": {
    source: ACM,
    text: "Identify opportunities to educate customers on the scope of service/scenario benefits to maximize intent by having Value-Add discussion. You must identify solutions that align to the customer's business needs.",
  },
  "Setup Governance Review Meeting Cadence › All Meetings Scheduled": {
    source: "initiate-review-meeting-cadence-partner",
    text: "The FastTrack, Microsoft and Customer governance meetings are established.",
  },
  "Address Technical Gaps › Assist with Remediation Steps": { source: REMEDIATE, text: "Assist with remediation steps as required." },
  "Address Technical Gaps › Remediation Checklist Resolved": { source: REMEDIATE, text: "Move to the enable phase and complete the Remediate Exit process." },
  "Address Technical Gaps › Enterprise Additional Benefit Remediation": {
    source: REMEDIATE,
    text: "For approved enterprise customers only with 20,000 seats or more, or with an exception.",
  },
  "Enable Services › Assist with Enablement": { source: ENABLE, text: "Conduct sync meetings with customer as appropriate and assist with enablement tasks." },
  "Enable Services › Perform Enablement Tasks": {
    source: ENABLE,
    text: "Follow the Enable tasks for each service as needed. Some service tasks may link to a public wizard or to additional guidance documents, or require completion if the migration benefit is used.",
  },
  "Enable Services › Perform Get Modern Enablement Tasks": {
    source: ENABLE,
    text: "Complete the tasks to perform Get Modern enablement. For Windows and Office 365 ProPlus, the goal is to achieve 70%+ MAD/MAU.",
  },
  "Enable Services › Enterprise Additional Benefit Enablement": {
    source: ENABLE,
    text: "For approved enterprise customers only with 20,000 seats or more or an exception.",
  },
  "Enable Services › Teams - Skype to Teams Transition": {
    source: ENABLE,
    text: "If the customer is receiving assistance for Skype to Teams transition from a Teams SME or FastTrack Ready Partner for mid-touch proactive engagements (customers with 2,000 to 10,000 active SfBO users), use these tasks to capture the current status of the engagement. Provide targeted Teams Only date and summary of customer status.",
  },
  "Enable Services › Customer Survey Eligibility": {
    source: ENABLE,
    text: "Update Customer Survey information for eligibility and contacts in the appropriate tasks.",
  },
  "Enable Services › All Scoped Services Enabled": { source: ENABLE, text: "Move customer to Migrate phase and complete the appropriate task." },
  "Migration › Execute Test Migration": {
    source: MIGRATION,
    text: "Execute test migration and validate customer infrastructure is prepared for velocity migration.",
  },
  "Migration › Manage Velocity Migration": { source: MIGRATION, text: "Schedule and process customer batch migration to accelerate migration to the cloud." },
  "Migration › Issue Management": { source: MIGRATION, text: "Manage and resolve migration issues." },
  "Migration › Complete Migration": {
    source: MIGRATION,
    text: "Validate customer data is successfully migrated and proceed with any cleanup activities before disengaging.",
  },
  "Conduct Engagement Completion Discussion (enablement) › Conduct Engagement Completion Discussion (enablement)": {
    source: "enable-conduct-engagement-completion-discussion-partner",
    text: "Hold the engagement completion discussion during the customer's existing cadence: review completed activities and identify if customer is ready to onboard an additional workload. After conducting engagement completion discussion, send the customer a follow up email using the ATU Customer email template. Mark Disengagement Process is Complete (enablement) task.",
  },
  "Conduct Engagement Completion Discussion (migration) › Conduct Engagement Completion Discussion (migration)": {
    source: "migrate-conduct-engagement-completion-discussion-partner",
    text: "Hold the engagement completion discussion during the customer's existing cadence: review completed activities and identify if customer is ready to onboard an additional workload. After conducting engagement completion discussion, send the customer a follow up email using the Customer email template. Mark Disengagement Process is Complete (migration) task.",
  },
  "Support Success Execution › CSM Handshake for Modern Comms": {
    source: SUCCESS,
    text: 'For accounts with CSM assigned to the customer and for each of these 3 enabled workloads Outlook Mobile, Teams, and Yammer execute the appropriate task to conduct a "handshake" to the CSM to drive service adoption.',
  },
  "Support Success Execution › Microsoft Adoption Service Program": {
    source: SUCCESS,
    text: "If customer agrees to participate in the Microsoft Adoption Service Program, schedule check-in calls to track the customer adoption progress.",
  },
  "Conduct Success Review › Conduct Customer Success Review Meeting": {
    source: "success-conduct-success-review-partner",
    text: "Set expectations with the customer about post-FastTrack experience when the customer does not want additional services and has plans in place to sustain momentum. Use the Success Review deck and customize slides to structure the conversation. Mark the conduct success review meeting task complete after meeting is conducted.",
  },
};

/** What the task asks and where that is written; null when no source says it. */
export function taskDescription(catalogTaskId: number): TaskDescription | null {
  const own = BY_TASK[catalogTaskId];
  if (own) return own;
  const { process, step } = taskPlacement(catalogTaskId);
  return (process && step && BY_STEP[`${process} › ${step}`]) || null;
}

/** The title a reader knows a description's source by ("OneDrive BVD playbook", "Partner playbook: Migration"). */
export function descriptionSourceTitle(source: string): string {
  return DESCRIPTION_SOURCE_TITLES[source] ?? source;
}

/** The seed file behind a seed tag, for checks against the sources. */
export function descriptionSeedFile(source: string): string | null {
  return source in SEED_SOURCES ? SEED_SOURCES[source as keyof typeof SEED_SOURCES] : null;
}

/** A task's description as the API sends it: the text and the readable title of its source, or nulls. */
export function taskDescriptionFields(catalogTaskId: number): { description: string | null; descriptionSource: string | null } {
  const found = taskDescription(catalogTaskId);
  return { description: found?.text ?? null, descriptionSource: found ? descriptionSourceTitle(found.source) : null };
}
