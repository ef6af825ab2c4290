import { type Database, findUserById, reportConversion, reportHygiene, reportServiceStatus, type ReportScope } from "@waymark/db";
import type { TConversionQuery, TConversionReport, THygieneQuery, THygieneReport, TReportFilters, TServiceStatusQuery, TServiceStatusReport } from "@waymark/contracts";
import { describeReportFilters, REPORT_FILTER_KEYS } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { visibilityOf } from "../policies/visibility.ts";

type ReportRequest<Q> = { actor: UserActor; query: Q };

/** Reports read the replica when one is configured, else the main database. */
export const reportingDbOf = (deps: Pick<Deps, "db" | "reportingDb">): Database => deps.reportingDb ?? deps.db;

/** The shared filters of a report query, without its own parameters (paging, table, ...). */
function filtersOf(query: TReportFilters): TReportFilters {
  const filters: Record<string, unknown> = {};
  for (const key of REPORT_FILTER_KEYS) if (query[key] !== undefined) filters[key] = query[key];
  return filters as TReportFilters;
}

/** The scope of a report and its header; an RM or FM id naming nobody gets 422 (a typo would otherwise read as "no tenants"). */
export async function scopeOf(deps: Deps, actor: UserActor, query: TReportFilters): Promise<{ scope: ReportScope; header: { filters: TReportFilters; description: string } }> {
  const filters = filtersOf(query);
  const names = new Map<string, string>();
  for (const param of ["manager", "fm"] as const) {
    const userId = filters[param];
    if (!userId) continue;
    const user = await findUserById(deps.db, userId);
    if (!user) {
      throw new AppError("validation_failed", `${param}: no user has the id ${userId}; pass the id of a user (GET /api/users)`, {
        errors: [{ path: `/querystring/${param}`, message: `no user has the id ${userId}` }],
      });
    }
    names.set(userId, user.displayName);
  }
  return {
    scope: { visibility: visibilityOf(actor), filters, now: deps.now() },
    header: { filters, description: describeReportFilters(filters, (id) => names.get(id)) },
  };
}

export async function hygieneReport(deps: Deps, { actor, query }: ReportRequest<THygieneQuery>): Promise<THygieneReport> {
  const { scope, header } = await scopeOf(deps, actor, query);
  const { check, newWithinDays, limit, offset } = query;
  return { ...header, ...(await reportHygiene(reportingDbOf(deps), { ...scope, check, newWithinDays, limit, offset })) };
}

export async function serviceStatusReport(deps: Deps, { actor, query }: ReportRequest<TServiceStatusQuery>): Promise<TServiceStatusReport> {
  const { scope, header } = await scopeOf(deps, actor, query);
  const report = await reportServiceStatus(reportingDbOf(deps), scope);
  return { ...header, ...report, longest: report.longest as TServiceStatusReport["longest"] };
}

export async function conversionReport(deps: Deps, { actor, query }: ReportRequest<TConversionQuery>): Promise<TConversionReport> {
  const { scope, header } = await scopeOf(deps, actor, query);
  const report = await reportConversion(reportingDbOf(deps), { ...scope, limit: query.limit, offset: query.offset });
  return { ...header, ...(report as Omit<TConversionReport, "filters" | "description">) };
}
