import type { Region } from "../catalogs/engagement.ts";
import { holidayCountryFor, publicHolidayOn, weekendOf } from "./country-calendar.ts";
import { dayNumber, isoDate, weekdayOf } from "./day-number.ts";

export { REGION_HOLIDAY_COUNTRY } from "./country-calendar.ts";

// Business days for playbook waits ("wait 3 business days after each contact"), DESIGN decision 9: the tenant's
// country calendar (public holidays of date-holidays) and weekend, dates taken in the tenant's time zone.
// Dates are YYYY-MM-DD strings; instants are passed in, never read from a clock.

/** Where a tenant works. A TenantState fits as it is. */
export type BusinessCalendar = {
  /** ISO 3166-1 alpha-2, any case. */
  country: string;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: string;
  /** Used for holidays when date-holidays does not know the country. */
  region?: Region;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A time zone's formatter, built once: building one costs far more than using it. The options pin digits and
 * calendar against the locale; `withTime` adds the 24-hour wall-clock time.
 */
function formatterFor(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${withTime ? "t" : "d"}:${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      ...(withTime ? { hourCycle: "h23", hour: "2-digit", minute: "2-digit", second: "2-digit" } : {}),
    });
    formatters.set(key, format);
  }
  return format;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. Throws a RangeError for an unknown time zone. */
export function localDate(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("localDate needs a valid instant, got an Invalid Date");
  const parts = formatterFor(timeZone, false).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}

/** How far a time zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone, true).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the wall clock of a time zone shows `hour`:00 on `date`. */
export function localInstant(date: string, hour: number, timeZone: string): Date {
  const wall = Date.parse(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);
  // Two passes settle the offset when the guess falls on the other side of a daylight-saving change.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addCalendarDays(date: string, days: number): string {
  return isoDate(dayNumber(date) + days);
}

/** Calendar days from `from` to `to`; negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The country whose public holidays the calendar uses: its own when date-holidays knows it, else the region's
 * stand-in (americas → US, emea → GB, apj → SG), else null (weekends only). For explanations.
 */
export function holidayCountry(calendar: BusinessCalendar): string | null {
  return holidayCountryFor(calendar.country.toUpperCase(), calendar.region);
}

/** The answer for one calendar, resolved once per call rather than once per day stepped. */
function dayOff(calendar: BusinessCalendar): (day: number) => boolean {
  const country = calendar.country.toUpperCase();
  const holidays = holidayCountryFor(country, calendar.region);
  return (day) => weekendOf(country, day).includes(weekdayOf(day)) || (holidays !== null && publicHolidayOn(holidays, day) !== null);
}

/**
 * Whether a date is a business day: not a weekend day of the tenant's country (even when the holidays come from the
 * region's stand-in) and not a public holiday. "bank" days such as DE Christmas Eve (from 14:00) are business days.
 */
export function isBusinessDay(date: string, calendar: BusinessCalendar): boolean {
  return !dayOff(calendar)(dayNumber(date));
}

/** The name of the public holiday on a date ("Christmas Day"), in English where date-holidays has it, or null. */
export function holidayOn(date: string, calendar: BusinessCalendar): string | null {
  const day = dayNumber(date);
  const country = holidayCountry(calendar);
  return country === null ? null : publicHolidayOn(country, day);
}

/**
 * The date `days` business days after `date`: the days-th business day strictly after it, so a wait that starts
 * on a weekend or holiday counts from the next business day (Saturday + 1 = Monday). `days = 0` gives `date`
 * itself when it is a business day, else the next business day: a zero wait is due on the first working day.
 * Waits only run forward: a negative, fractional or non-finite count is a RangeError.
 */
export function addBusinessDays(date: string, days: number, calendar: BusinessCalendar): string {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`addBusinessDays counts whole business days forward; ${days} is not a whole number ≥ 0`);
  }
  const isDayOff = dayOff(calendar);
  let day = dayNumber(date);
  if (days === 0) {
    while (isDayOff(day)) day++;
    return isoDate(day);
  }
  for (let counted = 0; counted < days; ) {
    day++;
    if (!isDayOff(day)) counted++;
  }
  return isoDate(day);
}

/**
 * Business days after `from` up to and including `to`; negative (the same count, negated) when `to` is before
 * `from`. So businessDaysBetween(d, addBusinessDays(d, n)) === n for n ≥ 1, and for n = 0 when d is a business
 * day (a non-business d rolls forward to a day one business day later).
 */
export function businessDaysBetween(from: string, to: string, calendar: BusinessCalendar): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end < start) return 0 - businessDaysBetween(to, from, calendar); // not -x: Sunday → Saturday is 0, not -0
  const isDayOff = dayOff(calendar);
  let count = 0;
  for (let day = start + 1; day <= end; day++) if (!isDayOff(day)) count++;
  return count;
}

/** When a wait ends: both dates are in the tenant's time zone. */
export type BusinessDayWait = { startDate: string; dueDate: string };

/**
 * The local date on which a wait of `businessDays` business days that started at `startInstant` runs out: the
 * start is taken as a date in the tenant's time zone, then counted as addBusinessDays does. An e-mail sent Friday
 * 2026-11-20 16:00 in Berlin with a 3-business-day wait is due Wednesday 2026-11-25.
 */
export function dueInstant(startInstant: Date, businessDays: number, calendar: BusinessCalendar): BusinessDayWait {
  const startDate = localDate(startInstant, calendar.timeZone);
  return { startDate, dueDate: addBusinessDays(startDate, businessDays, calendar) };
}
