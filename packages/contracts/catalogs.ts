import { z } from "zod";

const ZEntries = z.array(z.looseObject({ code: z.string(), label: z.string() }));

/** Option lists with codes and labels, as GET /api/catalogs returns them. */
export const ZCatalogs = z.object({
  services: ZEntries,
  l1Statuses: ZEntries,
  l2Reasons: ZEntries,
  l3Reasons: ZEntries,
  priorities: ZEntries,
  segments: ZEntries,
  regions: ZEntries,
  overallStatuses: ZEntries,
  serviceStatuses: ZEntries,
  engagementScenarios: ZEntries,
  taskStatuses: ZEntries,
  migrationTypes: ZEntries.describe("Data migration scenarios Microsoft performs, with the services each applies to"),
  migrationRejectionReasons: ZEntries,
  accessLevels: ZEntries.describe("Assigned, Assigned and Assignment, Privileged, Administrator: what each reads, writes and assigns"),
  fastTrackRoles: ZEntries.describe("FastTrack roles (security groups) with the access level each gives; several roles: the highest wins"),
  assignmentRoles: ZEntries.describe("Roles a person, queue or partner holds on a tenant (RM, FM, FE, P-FM, ...) with their function tab"),
  assignmentFunctionTabs: ZEntries,
  emailTemplates: ZEntries.describe("Outreach e-mail templates with their audience and, for a follow-up, the e-mail it answers"),
  emailLanguages: ZEntries,
  meetingKinds: ZEntries.describe("Kickoff, the three governance reviews and checkpoints: default title and length, whether and how often they repeat"),
  referralNeeds: ZEntries.describe("What a partner referral is for: the kickoff's risks (QuickLeads) or adoption and change management (ACM)"),
  acmServiceTypes: ZEntries.describe("The ACM service a customer needs, with the partner specialties it takes"),
  partnerSpecialties: ZEntries,
  consentScopes: ZEntries.describe("What a person can agree to, e.g. sharing their contact details with referral partners"),
  consentMethods: ZEntries,
});
export type TCatalogs = z.infer<typeof ZCatalogs>;
