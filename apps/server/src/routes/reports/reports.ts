import {
  type TConversionReport,
  type THygieneReport,
  type TServiceStatusReport,
  ZConversionQuery,
  ZConversionReport,
  ZHygieneQuery,
  ZHygieneReport,
  ZServiceStatusQuery,
  ZServiceStatusReport,
} from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { conversionReport, hygieneReport, serviceStatusReport } from "../../commands/reports.ts";
import { reportRoutes } from "./report-route.ts";

const FILTERS = "Filters: region, team, manager (RM), fm, engagementStatus, scenario, serviceStatus, service, priority, segment; only tenants you may read";

export function reportsRoutes(app: App) {
  reportRoutes(app, {
    name: "hygiene",
    summary: `Hygiene: stale overall statuses, past next action dates, Blocked/No Intent without a note, new subscriptions still Status Unknown, with the tenants of one check a page at a time. ${FILTERS}`,
    query: ZHygieneQuery,
    response: ZHygieneReport,
    run: hygieneReport,
    tables: {
      checks: { columns: ["check", "label", "tenants", "items", "counts"], rows: (r: THygieneReport) => r.checks },
      tenants: { columns: ["tenantId", "tenantName", "items"], rows: (r: THygieneReport) => r.tenants.items },
    },
  });
  reportRoutes(app, {
    name: "service-status",
    summary: `Service status funnel: services per status in catalog order, days in the current status (median, p90) and the 10 longest. ${FILTERS}`,
    query: ZServiceStatusQuery,
    response: ZServiceStatusReport,
    run: serviceStatusReport,
    tables: {
      stages: { columns: ["status", "label", "services", "medianDays", "p90Days"], rows: (r: TServiceStatusReport) => r.stages },
      longest: { columns: ["tenantId", "tenantName", "service", "status", "since", "days"], rows: (r: TServiceStatusReport) => r.longest },
    },
  });
  reportRoutes(app, {
    name: "conversion",
    summary: `Conversion: services over 10 % and 40 % AU, the monthly AU % trend of the last 12 months, and 15 %/40 % forecast dates against usage. ${FILTERS}`,
    query: ZConversionQuery,
    response: ZConversionReport,
    run: conversionReport,
    tables: {
      services: { columns: ["service", "label", "services", "over10", "over40"], rows: (r: TConversionReport) => r.services },
      trend: { columns: ["service", "month", "activeUsers", "entitlements", "auPercent"], rows: (r: TConversionReport) => r.trend },
      forecasts: { columns: ["milestone", "forecasts", "onTime", "late", "notYet"], rows: (r: TConversionReport) => r.forecasts },
      forecast_items: {
        columns: ["tenantId", "tenantName", "service", "milestone", "forecastOn", "reachedOn", "outcome"],
        rows: (r: TConversionReport) => r.forecastItems.items,
      },
    },
  });
}
