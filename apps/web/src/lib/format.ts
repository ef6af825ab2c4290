// One fixed locale so dates are unambiguous ("3 Nov 2026") and counts read "12,480" for every user.
const LOCALE = "en-GB";

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const day = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
let regionNames: Intl.DisplayNames | undefined;

export function formatCount(value: number): string {
  return integer.format(value);
}

/** Formats a calendar date (YYYY-MM-DD) without shifting it through the viewer's time zone. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames([LOCALE], { type: "region" });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Readable fallback for a code with no catalog label: "no_intent" → "No intent". */
export function humanizeCode(code: string): string {
  const words = code.replace(/[_-]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : code;
}

const moment = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** Formats an instant (ISO date-time) in the viewer's time zone: "23 Nov 2026, 09:00". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : moment.format(date);
}
