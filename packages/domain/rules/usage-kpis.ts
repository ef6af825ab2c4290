// Usage KPIs beyond the AU colour: the enablement milestone, the Adoption/Operate suggestion, the all-up AU % of a
// tenant and the FastTrack-Ready Partner forecast dates.
// Sources: seeds 000/001 "Success Measurements" (AU "All up"), seed 004 and research §2.26 (enablement completion:
// 100 active users, or 10 % for customers with fewer than 1,000 seats), UG status tab (Adoption 1–10 %, Operate > 10 %),
// PUG assigned-tenant-list "Forecast Dates" (15 %/40 %/Max AU, future, chronological), DESIGN decisions 4, 11, 12, 13.
import { type ServiceStatus, serviceStatusLabel, serviceStatusOrder } from "../catalogs/service-statuses.ts";
import { activeUsersPercent, type AuKpi, auKpi } from "./kpi.ts";

/** Active users of one service on one day. */
export type UsageDay = { day: string; activeUsers: number; entitlements: number };

export const ENABLEMENT_ACTIVE_USERS = 100;
export const SMALL_CUSTOMER_SEATS = 1_000;
export const SMALL_CUSTOMER_PERCENT = 10;

export type EnablementMilestone =
  | { reached: true; on: string; by: "active_users" | "percent_of_seats"; why: string }
  | { reached: false; activeUsersNeeded: number; missingActiveUsers: number; why: string };

/*
 * The seat count is the service's entitlements reported that day (the AU % denominator), not the tenant's seats: usage,
 * AU % and completion are all per workload ("complete per workload", S004), and the reported entitlements are the
 * current licence count. At exactly 1,000 seats both readings agree (10 % = 100 active users), so the boundary the
 * sources leave open cannot change the outcome.
 */
/** How many active users a day with these entitlements needs for the milestone. */
export function enablementActiveUsersNeeded(entitlements: number): number {
  if (entitlements > 0 && entitlements < SMALL_CUSTOMER_SEATS) {
    return Math.min(ENABLEMENT_ACTIVE_USERS, Math.ceil((entitlements * SMALL_CUSTOMER_PERCENT) / 100));
  }
  return ENABLEMENT_ACTIVE_USERS;
}

/** Which rule a day meets, if any: ≥ 100 active users, or ≥ 10 % of seats when there are fewer than 1,000. */
export function enablementRuleMet(usage: UsageDay): "active_users" | "percent_of_seats" | null {
  if (usage.activeUsers >= ENABLEMENT_ACTIVE_USERS) return "active_users";
  const small = usage.entitlements > 0 && usage.entitlements < SMALL_CUSTOMER_SEATS;
  if (small && usage.activeUsers * 100 >= usage.entitlements * SMALL_CUSTOMER_PERCENT) return "percent_of_seats";
  return null;
}

/**
 * The enablement milestone of a service from its usage series: reached on the first day that met it (a milestone,
 * once reached, stays reached when usage dips later); otherwise how many active users the latest day lacks.
 */
export function enablementMilestone(series: readonly UsageDay[]): EnablementMilestone {
  const byDay = [...series].sort((a, b) => a.day.localeCompare(b.day));
  for (const usage of byDay) {
    const by = enablementRuleMet(usage);
    if (!by) continue;
    const why =
      by === "active_users"
        ? `${usage.activeUsers} active users on ${usage.day} (≥ ${ENABLEMENT_ACTIVE_USERS})`
        : `${usage.activeUsers} active users of ${usage.entitlements} seats on ${usage.day}: ≥ ${SMALL_CUSTOMER_PERCENT} % with fewer than ${SMALL_CUSTOMER_SEATS.toLocaleString("en")} seats`;
    return { reached: true, on: usage.day, by, why };
  }
  const latest = byDay.at(-1);
  if (!latest) {
    return {
      reached: false,
      activeUsersNeeded: ENABLEMENT_ACTIVE_USERS,
      missingActiveUsers: ENABLEMENT_ACTIVE_USERS,
      why: `No usage reported yet; enablement needs ${ENABLEMENT_ACTIVE_USERS} active users, or ${SMALL_CUSTOMER_PERCENT} % of seats when there are fewer than ${SMALL_CUSTOMER_SEATS.toLocaleString("en")}`,
    };
  }
  const needed = enablementActiveUsersNeeded(latest.entitlements);
  const missing = needed - latest.activeUsers;
  const target =
    needed < ENABLEMENT_ACTIVE_USERS
      ? `${needed} (${SMALL_CUSTOMER_PERCENT} % of ${latest.entitlements} seats)`
      : `${ENABLEMENT_ACTIVE_USERS}`;
  return {
    reached: false,
    activeUsersNeeded: needed,
    missingActiveUsers: missing,
    why: `${missing} more active users needed: ${latest.activeUsers} on ${latest.day}, enablement needs ${target}`,
  };
}

export const ADOPTION_FROM_PERCENT = 1;
export const OPERATE_ABOVE_PERCENT = 10;

export type StatusSuggestion = { status: "adoption" | "operate" | null; why: string };

/**
 * The service status usage suggests: Adoption while 1–10 % of entitlements are active, Operate above 10 %
 * (onboarding complete). Only a step forward is suggested: a service already at or past the suggested status keeps
 * it, because a dip in usage does not undo onboarding.
 */
export function suggestServiceStatus(percent: number | null, current?: ServiceStatus): StatusSuggestion {
  if (percent === null || Number.isNaN(percent)) return { status: null, why: "No AU % yet: no usage, or no entitlements" };
  if (percent < ADOPTION_FROM_PERCENT) return { status: null, why: `AU ${percent} % is below the ${ADOPTION_FROM_PERCENT} % where Adoption starts` };
  const status = percent > OPERATE_ABOVE_PERCENT ? "operate" : "adoption";
  const why =
    status === "operate"
      ? `AU ${percent} % is above ${OPERATE_ABOVE_PERCENT} %: onboarding is complete`
      : `AU ${percent} % is within ${ADOPTION_FROM_PERCENT}–${OPERATE_ABOVE_PERCENT} %`;
  if (current && serviceStatusOrder(current) >= serviceStatusOrder(status)) {
    return { status: null, why: `${why}; the service is already ${serviceStatusLabel(current)}` };
  }
  return { status, why };
}

export type AllUpUsage = {
  activeUsers: number;
  entitlements: number;
  activeUsersPercent: number | null;
  kpi: AuKpi | null;
  services: number;
};

/**
 * The tenant's all-up AU ("AU – All up", seeds 000/001): active users over entitlements summed across its services,
 * each on its own latest reported day; services without usage are left out, since nothing is known of them.
 */
export function allUpUsage(latestPerService: readonly (UsageDay | null)[]): AllUpUsage {
  const known = latestPerService.filter((usage): usage is UsageDay => usage !== null);
  const activeUsers = known.reduce((sum, usage) => sum + usage.activeUsers, 0);
  const entitlements = known.reduce((sum, usage) => sum + usage.entitlements, 0);
  const percent = activeUsersPercent(activeUsers, entitlements);
  return { activeUsers, entitlements, activeUsersPercent: percent, kpi: auKpi(percent), services: known.length };
}

export type ForecastDates = { forecast15On: string | null; forecast40On: string | null; forecastMaxOn: string | null };
export type ForecastProblem = { field: keyof ForecastDates; message: string };

const FORECAST_NAMES: Record<keyof ForecastDates, string> = {
  forecast15On: "15 % AU date",
  forecast40On: "40 % AU date",
  forecastMaxOn: "Max AU date",
};

/**
 * What is wrong with a forecast submitted today (the tenant's local date, which becomes its Submitted Date):
 * every date must be after today; 15 % and 40 % are optional (only milestones the customer will reach), Max AU is
 * required; 40 % must come after 15 % (PUG: "must be after"), and Max AU no earlier than either.
 */
export function forecastProblems(dates: ForecastDates, today: string): ForecastProblem[] {
  const problems: ForecastProblem[] = [];
  if (dates.forecastMaxOn === null) {
    problems.push({ field: "forecastMaxOn", message: "The Max AU date is required: when will the customer reach its highest usage?" });
  }
  for (const field of ["forecast15On", "forecast40On", "forecastMaxOn"] as const) {
    const date = dates[field];
    if (date !== null && date <= today) {
      problems.push({ field, message: `The ${FORECAST_NAMES[field]} ${date} is not in the future: pick a day after today (${today})` });
    }
  }
  const { forecast15On: at15, forecast40On: at40, forecastMaxOn: atMax } = dates;
  if (at15 !== null && at40 !== null && at40 <= at15) {
    problems.push({ field: "forecast40On", message: `The 40 % AU date ${at40} must be after the 15 % AU date ${at15}` });
  }
  for (const [earlier, date] of [["forecast40On", at40], ["forecast15On", at15]] as const) {
    if (date !== null && atMax !== null && atMax < date) {
      problems.push({ field: "forecastMaxOn", message: `The Max AU date ${atMax} must not be before the ${FORECAST_NAMES[earlier]} ${date}` });
      break;
    }
  }
  return problems;
}
