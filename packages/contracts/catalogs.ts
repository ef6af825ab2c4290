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
});
export type TCatalogs = z.infer<typeof ZCatalogs>;
