import {
  type TDibsCompletionReport,
  type TDibsTimeReport,
  type TDibsUsageReport,
  ZDibsCompletionQuery,
  ZDibsCompletionReport,
  ZDibsTimeQuery,
  ZDibsTimeReport,
  ZDibsUsageQuery,
  ZDibsUsageReport,
} from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { dibsCompletionReport, dibsTimeReport, dibsUsageReport } from "../../commands/reports-dibs.ts";
import { reportRoutes } from "./report-route.ts";

const FILTERS = "Filters: region, team, manager (RM), fm, engagementStatus, scenario, serviceStatus, service, priority, segment; only tenants you may read";
const COVERS = "Covers the services whose engagement scenario carries an FTC requirement (a row of the DIBS/SSAT matrix)";

export function dibsReportsRoutes(app: App) {
  reportRoutes(app, {
    name: "dibs-completion",
    summary: `DIBS and SSAT completion by requirement row (segment × priority × O365/EMS × CSS-/FTP-led): per item recorded, required and % complete; with missing=<item>&row=<row>, the services lacking it. ${COVERS}. ${FILTERS}`,
    query: ZDibsCompletionQuery,
    response: ZDibsCompletionReport,
    run: dibsCompletionReport,
    tables: {
      rows: { columns: ["row", "label", "services", "fullDibs", "fullDibsPercent"], rows: (r: TDibsCompletionReport) => r.rows },
      items: { columns: ["row", "item", "kind", "label", "required", "recorded", "missing", "percent"], rows: (r: TDibsCompletionReport) => r.items },
      missing: { columns: ["tenantId", "tenantName", "service"], rows: (r: TDibsCompletionReport) => r.missing?.items ?? [] },
    },
  });
  reportRoutes(app, {
    name: "dibs-usage",
    summary: `DIBS → active usage: latest and monthly AU % of services with full DIBS against those without, per service, and per success-owner role. ${COVERS}; full DIBS is the service's state today. ${FILTERS}`,
    query: ZDibsUsageQuery,
    response: ZDibsUsageReport,
    run: dibsUsageReport,
    tables: {
      services: { columns: ["service", "label", "dibs", "services", "withUsage", "activeUsers", "entitlements", "auPercent"], rows: (r: TDibsUsageReport) => r.services },
      trend: { columns: ["service", "dibs", "month", "activeUsers", "entitlements", "auPercent"], rows: (r: TDibsUsageReport) => r.trend },
      roles: { columns: ["role", "label", "services", "withUsage", "activeUsers", "entitlements", "auPercent"], rows: (r: TDibsUsageReport) => r.roles },
    },
  });
  reportRoutes(app, {
    name: "dibs-time",
    summary: `Time to establish DIBS from engagement start: services in < 30, 30–90, > 90 days and not yet, the median day each DIBS factor is recorded, and the services a page at a time (from the service audit history). ${COVERS}. ${FILTERS}`,
    query: ZDibsTimeQuery,
    response: ZDibsTimeReport,
    run: dibsTimeReport,
    tables: {
      buckets: { columns: ["bucket", "label", "services", "medianDays"], rows: (r: TDibsTimeReport) => r.buckets },
      factors: { columns: ["item", "label", "services", "medianDay"], rows: (r: TDibsTimeReport) => r.factors },
      services: { columns: ["tenantId", "tenantName", "service", "startedOn", "completeOn", "days", "bucket"], rows: (r: TDibsTimeReport) => r.services.items },
    },
  });
}
