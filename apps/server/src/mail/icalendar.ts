import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from "ical-generator";

export type CalendarPerson = { name: string; email: string };

export type CalendarMeeting = {
  uid: string;
  sequence: number;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  recurrenceWeeks: number | null;
  recurrenceCount: number | null;
  location: string | null;
  agenda: string | null;
};

export type CalendarMethod = "REQUEST" | "CANCEL";

/**
 * The iCalendar text of a meeting (RFC 5545/5546): REQUEST invites or updates, CANCEL withdraws it from the attendees
 * listed. Calendar clients match updates by UID and apply the one with the highest SEQUENCE, so callers raise the
 * sequence on every change. Times are written in the meeting's own time zone with a VTIMEZONE describing it.
 */
export function meetingCalendar(options: {
  method: CalendarMethod;
  meeting: CalendarMeeting;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  stamp: Date;
}): string {
  const { meeting } = options;
  const endsAt = new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000);
  const seriesEnd = new Date(endsAt.getTime() + ((meeting.recurrenceCount ?? 1) - 1) * (meeting.recurrenceWeeks ?? 0) * 7 * 86_400_000);
  const calendar = ical({
    method: options.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    prodId: { company: "Waymark", product: "Meetings" },
    timezone: { name: null, generator: (zone) => vtimezone(zone, meeting.startsAt, seriesEnd) },
  });
  calendar.createEvent({
    id: meeting.uid,
    sequence: meeting.sequence,
    stamp: options.stamp,
    // With a time zone set, ical-generator writes a Date's UTC fields as the local wall-clock time.
    start: wallClock(meeting.startsAt, meeting.timeZone),
    end: wallClock(endsAt, meeting.timeZone),
    timezone: meeting.timeZone,
    summary: meeting.title,
    description: meeting.agenda,
    location: meeting.location,
    organizer: { name: options.organizer.name, email: options.organizer.email },
    attendees: options.attendees.map((person) => ({ name: person.name, email: person.email, rsvp: true })),
    repeating:
      meeting.recurrenceWeeks && meeting.recurrenceCount
        ? { freq: ICalEventRepeatingFreq.WEEKLY, interval: meeting.recurrenceWeeks, count: meeting.recurrenceCount }
        : null,
    status: options.method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

type LocalFields = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function localFields(instant: Date, timeZone: string): LocalFields {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: field("year"), month: field("month"), day: field("day"), hour: field("hour"), minute: field("minute"), second: field("second") };
}

/** The instant's local time in the zone, carried in a Date's UTC fields. */
function wallClock(instant: Date, timeZone: string): Date {
  const f = localFields(instant, timeZone);
  return new Date(Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second));
}

/** The zone's offset from UTC at the instant, in minutes. */
function offsetMinutes(instant: Date, timeZone: string): number {
  return Math.round((wallClock(instant, timeZone).getTime() - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");
const formatOffset = (minutes: number) => `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
const formatLocal = (date: Date) =>
  `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;

const DAY = 86_400_000;

/**
 * A VTIMEZONE for the zone over the span of the meeting (series): the offset in force at its start and each change
 * of offset (daylight saving) until its end, found from the runtime's time zone database.
 */
export function vtimezone(timeZone: string, from: Date, until: Date): string {
  const start = new Date(from.getTime() - DAY);
  const initial = offsetMinutes(start, timeZone);
  const observances = [observance(initial, initial, new Date(Date.UTC(1970, 0, 1)))];
  let previous = initial;
  for (let t = start.getTime() + DAY; t <= until.getTime() + DAY; t += DAY) {
    const offset = offsetMinutes(new Date(t), timeZone);
    if (offset === previous) continue;
    // Narrow the change down to the minute: low has the old offset, high the new one.
    let low = t - DAY;
    let high = t;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutes(new Date(mid), timeZone) === previous) low = mid;
      else high = mid;
    }
    observances.push(observance(previous, offset, new Date(high + previous * 60_000)));
    previous = offset;
  }
  return ["BEGIN:VTIMEZONE", `TZID:${timeZone}`, ...observances.flat(), "END:VTIMEZONE"].join("\r\n");
}

function observance(offsetFrom: number, offsetTo: number, localStart: Date): string[] {
  const kind = offsetTo > offsetFrom ? "DAYLIGHT" : "STANDARD";
  return [`BEGIN:${kind}`, `DTSTART:${formatLocal(localStart)}`, `TZOFFSETFROM:${formatOffset(offsetFrom)}`, `TZOFFSETTO:${formatOffset(offsetTo)}`, `END:${kind}`];
}
