import {
  ENGAGEMENT_SCENARIOS,
  L1_STATUSES,
  L2_REASONS,
  DEFAULT_L3_REASONS,
  OVERALL_STATUSES,
  PRIORITIES,
  REGIONS,
  SEGMENTS,
  SERVICE_STATUSES,
  SERVICES,
  TASK_STATUSES,
  MIGRATION_REJECTION_REASONS,
  MIGRATION_TYPES,
  ACCESS_LEVELS,
  ASSIGNMENT_FUNCTION_TABS,
  ASSIGNMENT_ROLES,
  FASTTRACK_ROLES,
  ROLE_ACCESS_LEVEL,
  EMAIL_LANGUAGES,
  EMAIL_TEMPLATES,
  MEETING_KINDS,
  REFERRAL_NEEDS,
  ACM_SERVICE_TYPES,
  PARTNER_SPECIALTIES,
  CONSENT_SCOPES,
  CONSENT_METHODS,
} from "@waymark/domain";
import { type TCatalogs, ZCatalogs } from "@waymark/contracts";
import type { App } from "../../app-types.ts";

const CATALOGS: { [K in keyof TCatalogs]: readonly TCatalogs[K][number][] } = {
  services: SERVICES,
  l1Statuses: L1_STATUSES,
  l2Reasons: L2_REASONS,
  l3Reasons: DEFAULT_L3_REASONS,
  priorities: PRIORITIES,
  segments: SEGMENTS,
  regions: REGIONS,
  overallStatuses: OVERALL_STATUSES,
  serviceStatuses: SERVICE_STATUSES,
  engagementScenarios: ENGAGEMENT_SCENARIOS,
  taskStatuses: TASK_STATUSES,
  migrationTypes: MIGRATION_TYPES,
  migrationRejectionReasons: MIGRATION_REJECTION_REASONS,
  accessLevels: ACCESS_LEVELS,
  fastTrackRoles: FASTTRACK_ROLES.map((role) => ({ ...role, accessLevel: ROLE_ACCESS_LEVEL[role.code] })),
  assignmentRoles: ASSIGNMENT_ROLES,
  assignmentFunctionTabs: ASSIGNMENT_FUNCTION_TABS,
  emailTemplates: EMAIL_TEMPLATES.map(({ code, label, audience, repliesTo }) => ({ code, label, audience, repliesTo: repliesTo ?? null })),
  emailLanguages: EMAIL_LANGUAGES,
  meetingKinds: MEETING_KINDS,
  referralNeeds: REFERRAL_NEEDS,
  acmServiceTypes: ACM_SERVICE_TYPES,
  partnerSpecialties: PARTNER_SPECIALTIES,
  consentScopes: CONSENT_SCOPES,
  consentMethods: CONSENT_METHODS,
};

export function catalogsRoute(app: App) {
  app.get(
    "/api/catalogs",
    {
      schema: {
        tags: ["meta"],
        summary: "Option lists: codes and labels of services, L1/L2/L3, statuses, priorities, ...",
        response: { 200: ZCatalogs },
      },
      config: { permission: "catalog.read" },
    },
    async () => Object.fromEntries(Object.entries(CATALOGS).map(([key, entries]) => [key, [...entries]])) as TCatalogs,
  );
}
