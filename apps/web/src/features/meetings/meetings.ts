import type { TMeeting, TProblem } from "@waymark/contracts";

type Recurrence = TMeeting["recurrence"];

/** "every 2 weeks, 6 times", "every week, 4 times", or "once" for a single meeting. */
export function recurrenceText(recurrence: Recurrence): string {
  if (!recurrence) return "once";
  const every = recurrence.everyWeeks === 1 ? "every week" : `every ${recurrence.everyWeeks} weeks`;
  return `${every}, ${recurrence.occurrences} times`;
}

export function meetingStatusWord(status: TMeeting["status"]): string {
  return status === "cancelled" ? "Cancelled" : "Scheduled";
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** When the meeting (the last one of a series) ends. */
export function meetingEndsAt(meeting: Pick<TMeeting, "startsAt" | "durationMinutes" | "recurrence">): Date {
  const start = new Date(meeting.startsAt).getTime();
  const lastStart = meeting.recurrence ? start + (meeting.recurrence.occurrences - 1) * meeting.recurrence.everyWeeks * WEEK_MS : start;
  return new Date(lastStart + meeting.durationMinutes * 60_000);
}

/** Upcoming (soonest first) are those not yet over; past (latest first) the rest. Cancelled ones stay where their time puts them. */
export function splitMeetings<M extends Pick<TMeeting, "startsAt" | "durationMinutes" | "recurrence">>(meetings: readonly M[], now: Date) {
  const upcoming = meetings.filter((meeting) => meetingEndsAt(meeting) >= now);
  const past = meetings.filter((meeting) => meetingEndsAt(meeting) < now);
  const byStart = (a: M, b: M) => a.startsAt.localeCompare(b.startsAt);
  return { upcoming: upcoming.sort(byStart), past: past.sort((a, b) => byStart(b, a)) };
}

/** "Tue, 1 Dec 2026, 10:00–11:00 (Europe/Berlin)": the meeting's time as seen in the given time zone. */
export function meetingWhen(startsAt: string, durationMinutes: number, timeZone: string): string {
  const start = new Date(startsAt);
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  const day = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: zone }).format(start);
  const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: zone });
  return `${day}, ${clock.format(start)}–${clock.format(end)} (${zone})`;
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: name });
    return name.trim().length > 0;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC, in minutes, at an instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return Math.round((asUtc - instant) / 60_000);
}

/**
 * The instant a wall-clock date and time ("2026-12-01", "10:00") names in a time zone, as ISO (UTC); undefined when
 * either is not a date or time. The offset is taken twice so a start near a daylight-saving change lands right.
 */
export function zonedStart(date: string, time: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match || !clock || !isTimeZone(timeZone)) return undefined;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(clock[1]), Number(clock[2]));
  if (Number.isNaN(wall)) return undefined;
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  const instant = wall - offsetMinutes(first, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** The server's field problems by the form field they belong to: "/body/attendees/0/contactId" → "attendees". */
export function fieldErrorsOf(problem: Pick<TProblem, "errors">): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    const field = error.path.replace(/^\/?body\/?/, "").split(/[/.]/)[0] || "form";
    byField[field] = byField[field] ? `${byField[field]} ${error.message}` : error.message;
  }
  return byField;
}

/** A meeting kind from the catalog, with what the form needs; the catalog serves these fields beside code and label. */
export type MeetingKindOption = { code: string; label: string; defaultTitle: string; defaultDurationMinutes: number; mayRecur: boolean; cadenceWeeks: number[] };

export function meetingKindOption(entry: { code: string; label: string } & Record<string, unknown>): MeetingKindOption {
  return {
    code: entry.code,
    label: entry.label,
    defaultTitle: typeof entry.defaultTitle === "string" ? entry.defaultTitle : entry.label,
    defaultDurationMinutes: typeof entry.defaultDurationMinutes === "number" ? entry.defaultDurationMinutes : 60,
    mayRecur: entry.mayRecur === true,
    cadenceWeeks: Array.isArray(entry.cadenceWeeks) ? entry.cadenceWeeks.filter((weeks): weeks is number => typeof weeks === "number") : [],
  };
}
