// Calendar dates as whole numbers (days since 1970-01-01), so stepping a day is `+ 1` and no time zone or
// daylight-saving change can shift a date. Only business-days.ts and country-calendar.ts use these.
// Plain arithmetic (H. Hinnant's days_from_civil / civil_from_days) rather than Date: toISOString() per day
// stepped was most of the cost of addBusinessDays.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The day number of a YYYY-MM-DD date; throws a RangeError naming the value when it is not a real date. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return fromCivil(y, m, d);
  }
  throw new RangeError(`"${date}" is not a calendar date of the form YYYY-MM-DD`);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

export function isoDate(day: number): string {
  const [y, m, d] = toCivil(day);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

export function weekdayOf(day: number): Weekday {
  // 1970-01-01 was a Thursday (4); the double modulo keeps days before 1970 positive.
  return ((((day + 4) % 7) + 7) % 7) as Weekday;
}

export function yearOf(day: number): number {
  return toCivil(day)[0];
}

function fromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function toCivil(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1];
}
