import { describe, expect, it } from "vitest";
import { type CalendarMeeting, meetingCalendar, vtimezone } from "./icalendar.ts";

/** The content lines of an iCalendar text, folded lines joined back. */
const linesOf = (text: string) => text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
const eventLines = (text: string) => {
  const lines = linesOf(text);
  return lines.slice(lines.indexOf("BEGIN:VEVENT") + 1, lines.indexOf("END:VEVENT"));
};

const governance: CalendarMeeting = {
  uid: "7d1c8a52-3f0e-4a51-9a36-1f1b2c3d4e5f@waymark.example",
  sequence: 0,
  title: "FastTrack program governance review: Contoso",
  startsAt: new Date("2026-11-30T15:00:00Z"),
  durationMinutes: 30,
  timeZone: "Europe/Berlin",
  recurrenceWeeks: 2,
  recurrenceCount: 6,
  location: "Microsoft Teams",
  agenda: "1. Blockers\n2. Action items; owners, dates",
};
const organizer = { name: "Fiona Manager", email: "fiona@fasttrack.example" };
const attendees = [
  { name: "Carl Customer", email: "carl@contoso.example" },
  { name: "Ada Account", email: "ada@microsoft.example" },
];
const stamp = new Date("2026-11-23T09:00:00Z");

describe("meeting invitations as iCalendar", () => {
  it("invites with METHOD:REQUEST, the UID and SEQUENCE, the organizer and every attendee asked to answer", () => {
    const text = meetingCalendar({ method: "REQUEST", meeting: governance, organizer, attendees, stamp });
    expect(linesOf(text)).toContain("METHOD:REQUEST");
    expect(eventLines(text)).toEqual(
      expect.arrayContaining([
        `UID:${governance.uid}`,
        "SEQUENCE:0",
        "DTSTAMP:20261123T090000Z",
        'ORGANIZER;CN="Fiona Manager":mailto:fiona@fasttrack.example',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Carl Customer":MAILTO:carl@contoso.example',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Ada Account":MAILTO:ada@microsoft.example',
        "STATUS:CONFIRMED",
        "SUMMARY:FastTrack program governance review: Contoso",
        "LOCATION:Microsoft Teams",
        "DESCRIPTION:1. Blockers\\n2. Action items\\; owners\\, dates",
      ]),
    );
  });

  it("repeats a series weekly at its interval for its count", () => {
    const text = meetingCalendar({ method: "REQUEST", meeting: governance, organizer, attendees, stamp });
    expect(eventLines(text).filter((line) => line.startsWith("RRULE"))).toEqual(["RRULE:FREQ=WEEKLY;COUNT=6;INTERVAL=2"]);
    const single = meetingCalendar({ method: "REQUEST", meeting: { ...governance, recurrenceWeeks: null, recurrenceCount: null }, organizer, attendees, stamp });
    expect(eventLines(single).some((line) => line.startsWith("RRULE"))).toBe(false);
  });

  it("writes start and end in the meeting's time zone, with daylight saving described in a VTIMEZONE", () => {
    // 15:00 UTC on 30 November is 16:00 in Berlin (CET, +01:00).
    const text = meetingCalendar({ method: "REQUEST", meeting: governance, organizer, attendees, stamp });
    expect(eventLines(text)).toEqual(expect.arrayContaining(["DTSTART;TZID=Europe/Berlin:20261130T160000", "DTEND;TZID=Europe/Berlin:20261130T163000"]));
    const lines = linesOf(text);
    expect(lines.slice(lines.indexOf("BEGIN:VTIMEZONE"), lines.indexOf("END:VTIMEZONE") + 1)).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Europe/Berlin",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0100",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });

  it("describes the change to summer time when a series runs across it", () => {
    // 2027-03-28 01:00 UTC: Berlin moves from +01:00 to +02:00 at 02:00 local time.
    expect(linesOf(vtimezone("Europe/Berlin", new Date("2027-03-01T10:00:00Z"), new Date("2027-04-30T10:00:00Z")))).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Europe/Berlin",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0100",
      "END:STANDARD",
      "BEGIN:DAYLIGHT",
      "DTSTART:20270328T020000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0200",
      "END:DAYLIGHT",
      "END:VTIMEZONE",
    ]);
    expect(linesOf(vtimezone("America/New_York", new Date("2026-10-20T10:00:00Z"), new Date("2026-11-20T10:00:00Z")))).toContain("TZOFFSETTO:-0500");
  });

  it("cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID and the raised SEQUENCE", () => {
    const text = meetingCalendar({ method: "CANCEL", meeting: { ...governance, sequence: 3 }, organizer, attendees: attendees.slice(1), stamp });
    expect(linesOf(text)).toContain("METHOD:CANCEL");
    const event = eventLines(text);
    expect(event).toEqual(expect.arrayContaining([`UID:${governance.uid}`, "SEQUENCE:3", "STATUS:CANCELLED"]));
    expect(event.filter((line) => line.startsWith("ATTENDEE"))).toEqual(['ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Ada Account":MAILTO:ada@microsoft.example']);
  });
});
