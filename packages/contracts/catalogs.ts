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
});
export type TCatalogs = z.infer<typeof ZCatalogs>;
