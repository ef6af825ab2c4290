import { infiniteQueryOptions, keepPreviousData } from "@tanstack/react-query";
import type { TDataQualityReport } from "@waymark/contracts";
import { apiGet as getJson } from "../../lib/api.ts";
import { type DataQualitySearch, reportQuery, type ScreenScope } from "./data-quality.ts";

/* Under ["tenants"], so a fix recorded on a tenant (which invalidates that key) refreshes the report. */
export function dataQualityReportQuery(search: DataQualitySearch, scope: ScreenScope) {
  return infiniteQueryOptions({
    queryKey: ["tenants", "data-quality-report", scope, search] as const,
    queryFn: ({ pageParam, signal }) => getJson<TDataQualityReport>("/data-quality", reportQuery(search, scope, pageParam), signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
