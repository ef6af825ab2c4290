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
} from "@waymark/domain";
import { z } from "zod";
import type { App } from "../../app-types.ts";

const ZEntries = z.array(z.looseObject({ code: z.string(), label: z.string() }));

const CATALOGS = {
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
};

export function catalogsRoute(app: App) {
  app.get(
    "/api/catalogs",
    {
      schema: {
        tags: ["meta"],
        summary: "Option lists: codes and labels of services, L1/L2/L3, statuses, priorities, ...",
        response: { 200: z.object(Object.fromEntries(Object.keys(CATALOGS).map((key) => [key, ZEntries]))) },
      },
      config: { permission: "catalog.read" },
    },
    async () => Object.fromEntries(Object.entries(CATALOGS).map(([key, entries]) => [key, [...entries]])),
  );
}
