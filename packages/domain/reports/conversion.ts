// The conversion report's milestones and how a forecast date compares with what happened.
// Sources: PBI conversion-rate-tab.md (count > 10 % AU, count > 40 % AU), 10-percent-forecast-tab.md and
// 40-percent-forecast-tab.md, PUG assigned-tenant-list "Forecast Dates" (15 % / 40 % / Max AU), research §2.26.

/** Services whose latest AU % is above these thresholds count as converted (strictly above, as Power BI counts). */
export const CONVERSION_THRESHOLDS = [10, 40] as const;
/** The forecast milestones a partner commits to; reached on the first usage day at or above the percentage. */
export const FORECAST_MILESTONES = [15, 40] as const;
export type ForecastMilestone = (typeof FORECAST_MILESTONES)[number];
/** How many months the usage trend shows, the current month included. */
export const USAGE_TREND_MONTHS = 12;

export type ForecastOutcome = "on_time" | "late" | "not_yet";

/**
 * On time: reached on or before the forecast date. Late: reached after it, or not reached and the date has passed.
 * Not yet: not reached and the date is today or later.
 */
export function forecastOutcome(forecastOn: string, reachedOn: string | null, today: string): ForecastOutcome {
  if (reachedOn !== null) return reachedOn <= forecastOn ? "on_time" : "late";
  return forecastOn < today ? "late" : "not_yet";
}

/** The first month of the trend window ending in `today`'s month, as YYYY-MM-01. */
export function trendStartMonth(today: string, months: number = USAGE_TREND_MONTHS): string {
  const date = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - (months - 1));
  return date.toISOString().slice(0, 10);
}
