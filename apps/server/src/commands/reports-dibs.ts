import { DIBS_TIME_SOURCE, reportDibsCompletion, reportDibsTime, reportDibsUsage } from "@waymark/db";
import type { TDibsCompletionQuery, TDibsCompletionReport, TDibsTimeQuery, TDibsTimeReport, TDibsUsageQuery, TDibsUsageReport } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { reportingDbOf, scopeOf } from "./reports.ts";

type ReportRequest<Q> = { actor: UserActor; query: Q };

/** `missing` and `row` name one list together; one without the other would silently list nothing. */
function missingOf(query: TDibsCompletionQuery) {
  if (query.missing && query.row) return { row: query.row, item: query.missing };
  if (!query.missing && !query.row) return null;
  const absent = query.missing ? "row" : "missing";
  throw new AppError("validation_failed", `${absent}: pass both missing=<item> and row=<row> to list the services lacking an item`, {
    errors: [{ path: `/querystring/${absent}`, message: "is required with " + (query.missing ? "missing" : "row") }],
  });
}

export async function dibsCompletionReport(deps: Deps, { actor, query }: ReportRequest<TDibsCompletionQuery>): Promise<TDibsCompletionReport> {
  const missing = missingOf(query);
  const { scope, header } = await scopeOf(deps, actor, query);
  const report = await reportDibsCompletion(reportingDbOf(deps), { ...scope, missing, limit: query.limit, offset: query.offset });
  return { ...header, ...(report as Omit<TDibsCompletionReport, "filters" | "description">) };
}

export async function dibsUsageReport(deps: Deps, { actor, query }: ReportRequest<TDibsUsageQuery>): Promise<TDibsUsageReport> {
  const { scope, header } = await scopeOf(deps, actor, query);
  return { ...header, ...((await reportDibsUsage(reportingDbOf(deps), scope)) as Omit<TDibsUsageReport, "filters" | "description">) };
}

export async function dibsTimeReport(deps: Deps, { actor, query }: ReportRequest<TDibsTimeQuery>): Promise<TDibsTimeReport> {
  const { scope, header } = await scopeOf(deps, actor, query);
  const report = await reportDibsTime(reportingDbOf(deps), { ...scope, limit: query.limit, offset: query.offset });
  return { ...header, source: DIBS_TIME_SOURCE, ...(report as Omit<TDibsTimeReport, "filters" | "description" | "source">) };
}
