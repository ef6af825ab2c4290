import { queryOptions } from "@tanstack/react-query";
import { apiGet, apiResponse } from "../../lib/api.ts";
import type { ReportDefinition, Row } from "./report-types.ts";
import { filtersOf, queryText, type ReportsSearch } from "./reports-search.ts";

/** The query of a report as shown: the shared filters plus the report's own parameters. */
export function reportParams(report: ReportDefinition, search: ReportsSearch): Record<string, string | number | undefined> {
  return { ...filtersOf(search), ...(report.params?.(search) ?? {}) };
}

export const reportQuery = (report: ReportDefinition, search: ReportsSearch) => {
  const params = reportParams(report, search);
  return queryOptions({
    queryKey: ["reports", report.id, params] as const,
    queryFn: ({ signal }) => apiGet<Row>(`/reports/${report.id}`, params, signal),
    // A new filter keeps the numbers on screen until the new ones arrive; another report never borrows this one's data.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === report.id ? previous : undefined),
    staleTime: 30_000,
  });
};

/** The .csv of one table with exactly the parameters of what is shown; the raw response, to read it as it streams. */
export function fetchReportCsv(report: ReportDefinition, search: ReportsSearch, table: string, signal: AbortSignal): Promise<Response> {
  return apiResponse("GET", `/reports/${report.id}.csv?${queryText({ ...reportParams(report, search), table })}`, { signal, accept: "text/csv" });
}
