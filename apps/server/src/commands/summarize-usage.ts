import { findServicesOfTenant, findUsageHistory, type UsageDayRow } from "@waymark/db";
import type { TUsageSummary } from "@waymark/contracts";
import {
  activeUsersPercent,
  addCalendarDays,
  allUpUsage,
  auKpi,
  enablementMilestone,
  isServiceCode,
  isServiceStatus,
  localDate,
  serviceLabel,
  suggestServiceStatus,
} from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { findVisibleTenant } from "../policies/visibility.ts";
import { presentForecast } from "../presenters/services.ts";

/** The series shown when no range is asked for: the last 90 days, as FTOP's usage report offers. */
const DEFAULT_DAYS = 90;

/**
 * A tenant's usage per service — the daily series within the range, and over all history the latest AU % and KPI,
 * the enablement milestone, the Adoption/Operate suggestion and the forecast — with the tenant's all-up AU.
 */
export async function summarizeUsage(deps: Deps, options: { actor: UserActor; tenantId: string; from?: string; to?: string }): Promise<TUsageSummary> {
  const tenant = await findVisibleTenant(deps.db, options.actor, options.tenantId);
  const to = options.to ?? localDate(deps.now(), tenant.timeZone);
  const from = options.from ?? addCalendarDays(to, 1 - DEFAULT_DAYS);
  if (from > to) {
    throw new AppError("invalid_request", `The range starts (${from}) after it ends (${to}); swap from and to.`, {
      errors: [{ path: "/querystring/from", message: "must not be after to" }],
    });
  }
  const [services, history] = await Promise.all([findServicesOfTenant(deps.db, tenant.id), findUsageHistory(deps.db, tenant.id)]);
  const historyOf = new Map<string, UsageDayRow[]>();
  for (const day of history) {
    const days = historyOf.get(day.service);
    if (days) days.push(day);
    else historyOf.set(day.service, [day]);
  }
  const latestOf = (service: string) => historyOf.get(service)?.at(-1) ?? null;

  const summaries = services.map((row) => {
    if (!isServiceCode(row.service) || !isServiceStatus(row.serviceStatus)) throw new Error(`service ${row.id} has an unknown code or status`);
    const days = historyOf.get(row.service) ?? [];
    const latest = latestOf(row.service);
    const latestPercent = latest && activeUsersPercent(latest.activeUsers, latest.entitlements);
    const milestone = enablementMilestone(days);
    return {
      serviceId: row.id,
      service: row.service,
      serviceLabel: serviceLabel(row.service),
      serviceStatus: row.serviceStatus,
      series: days.filter((d) => d.day >= from && d.day <= to).map(presentDay),
      latest: latest && { ...presentDay(latest), kpi: auKpi(latestPercent) },
      milestone: milestone.reached
        ? { reached: true, on: milestone.on, by: milestone.by, missingActiveUsers: null, why: milestone.why }
        : { reached: false, on: null, by: null, missingActiveUsers: milestone.missingActiveUsers, why: milestone.why },
      suggestion: suggestServiceStatus(latestPercent, row.serviceStatus),
      forecast: presentForecast(row),
    };
  });
  return {
    tenantId: tenant.id,
    from,
    to,
    allUp: allUpUsage(services.map((row) => latestOf(row.service))),
    services: summaries,
  };
}

const presentDay = (usage: UsageDayRow) => ({
  day: usage.day,
  activeUsers: usage.activeUsers,
  entitlements: usage.entitlements,
  activeUsersPercent: activeUsersPercent(usage.activeUsers, usage.entitlements),
});
