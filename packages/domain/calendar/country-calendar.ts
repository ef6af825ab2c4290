import Holidays from "date-holidays";
import type { HolidaysTypes } from "date-holidays";
import type { Region } from "../catalogs/engagement.ts";
import { dayNumber, type Weekday, yearOf } from "./day-number.ts";

// What makes a day off in one country: its weekend and the public holidays of date-holidays 3.37.
// Used through business-days.ts; the caches here are the only state, and they hold derived data only.

/**
 * Whose public holidays stand in for a tenant whose country date-holidays does not know: one large,
 * English-speaking business calendar per region, so an unknown EMEA tenant at least skips Christmas.
 */
export const REGION_HOLIDAY_COUNTRY: Readonly<Record<Region, string>> = { americas: "US", emea: "GB", apj: "SG" };

type WeekendRule = { since: number | null; days: readonly Weekday[] };

const SAT_SUN: readonly Weekday[] = [6, 0];
const FRI_SAT: readonly Weekday[] = [5, 6];
const always = (days: readonly Weekday[]): readonly WeekendRule[] => [{ since: null, days }];

/**
 * Weekends that are not Saturday + Sunday, newest rule first. date-holidays 3.37 has no weekend API (getDayOff()
 * names one day and is blank or wrong for most of these; `weekend` is set for five countries), so we keep the
 * table. Countries with regional weekends (MY: Kedah, Kelantan, Terengganu) use their national one.
 */
const WEEKENDS: Readonly<Record<string, readonly WeekendRule[]>> = {
  // The UAE moved to Saturday + Sunday on 1 January 2022; dates before stay on the old weekend.
  AE: [{ since: dayNumber("2022-01-01"), days: SAT_SUN }, { since: null, days: FRI_SAT }],
  BH: always(FRI_SAT),
  BD: always(FRI_SAT),
  DZ: always(FRI_SAT),
  EG: always(FRI_SAT),
  IL: always(FRI_SAT),
  IQ: always(FRI_SAT),
  JO: always(FRI_SAT),
  KW: always(FRI_SAT),
  LY: always(FRI_SAT),
  MV: always(FRI_SAT),
  OM: always(FRI_SAT),
  QA: always(FRI_SAT),
  SA: always(FRI_SAT),
  SD: always(FRI_SAT),
  SY: always(FRI_SAT),
  YE: always(FRI_SAT),
  // One-day and split weekends.
  AF: always([5]),
  DJ: always([5]),
  IR: always([5]),
  NP: always([6]),
  BN: always([5, 0]),
};

/** The weekend days of a country on a given day (Saturday + Sunday unless the table says otherwise). */
export function weekendOf(country: string, day: number): readonly Weekday[] {
  const rules = WEEKENDS[country];
  if (!rules) return SAT_SUN;
  return rules.find((rule) => rule.since === null || day >= rule.since)?.days ?? SAT_SUN;
}

let knownCountries: ReadonlySet<string> | null = null;

/** The country whose public holidays apply: the tenant's own, else its region's stand-in, else none. */
export function holidayCountryFor(country: string, region: Region | undefined): string | null {
  knownCountries ??= new Set(Object.keys(new Holidays().getCountries()));
  if (knownCountries.has(country)) return country;
  return region ? REGION_HOLIDAY_COUNTRY[region] : null;
}

/** Per country: the date-holidays instance, the years read from it, and their public holidays by day number. */
type CountryHolidays = { source: Holidays; years: Set<number>; days: Map<number, string> };
const countries = new Map<string, CountryHolidays>();

/** The name of the public holiday (or holidays, joined with " / ") on a day, or null. */
export function publicHolidayOn(holidayCountry: string, day: number): string | null {
  const year = yearOf(day);
  let entry = countries.get(holidayCountry);
  if (!entry) {
    // Construction parses the country's rules (~10 ms) and getHolidays(year) evaluates them (~40 ms, more for
    // lunar calendars): both happen once per country and year.
    entry = { source: new Holidays(holidayCountry, { languages: ["en"] }), years: new Set(), days: new Map() };
    countries.set(holidayCountry, entry);
  }
  // A multi-day holiday that starts in late December (an Eid) reaches into the next year.
  if (!entry.years.has(year - 1)) readYear(entry, year - 1);
  if (!entry.years.has(year)) readYear(entry, year);
  return entry.days.get(day) ?? null;
}

function readYear(entry: CountryHolidays, year: number): void {
  for (const holiday of entry.source.getHolidays(year)) {
    // "public" only: "bank" days (DE 24 and 31 Dec from 14:00, JP 2-3 Jan, SE Midsummer Eve, BR Carnival) close
    // banks, not offices in general; observances and optional days are not days off.
    if (holiday.type !== "public") continue;
    for (const day of daysOffOf(holiday)) {
      const names = entry.days.get(day);
      if (names === undefined) entry.days.set(day, holiday.name);
      else if (!names.split(" / ").includes(holiday.name)) entry.days.set(day, `${names} / ${holiday.name}`);
    }
  }
  entry.years.add(year);
}

const HOLIDAY_START = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):\d{2}(?: ([+-])(\d{2})(\d{2}))?$/;
// A holiday makes a day off when it covers that day's office hours; the exact hours only matter for half days.
const OFFICE_OPENS = 9;
const OFFICE_CLOSES = 17;

/**
 * The days a holiday takes off, read from its local start (`date`, "2026-12-24 14:00:00", or "2026-03-20 00:00:00
 * -0600" for an Islamic holiday that begins at the previous sunset) and its length (end - start), never from
 * isHoliday(Date), whose answer depends on the hour. A day counts when the holiday covers 09:00-17:00 local: a
 * public half day from noon (IS, GT Christmas Eve; CN Women's Day) stays a business day, and a three-day Eid that
 * began the evening before counts its three days. A daylight-saving hour in the length changes none of this.
 */
function daysOffOf(holiday: HolidaysTypes.Holiday): number[] {
  const match = HOLIDAY_START.exec(holiday.date);
  const first = dayNumber(match?.[1] ?? holiday.date.slice(0, 10));
  let startHour = 0;
  if (match) {
    const [, , hh, mm, sign, oh, om] = match;
    const offset = sign ? (sign === "-" ? -1 : 1) * (Number(oh) + Number(om) / 60) : 0;
    startHour = Number(hh) + Number(mm) / 60 + offset;
  }
  const endHour = startHour + (holiday.end.getTime() - holiday.start.getTime()) / 3_600_000;
  const result: number[] = [];
  for (let k = Math.floor(startHour / 24); k <= Math.floor(endHour / 24); k++) {
    if (startHour <= 24 * k + OFFICE_OPENS && endHour >= 24 * k + OFFICE_CLOSES) result.push(first + k);
  }
  return result;
}
