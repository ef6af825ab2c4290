import { describe, expect, it } from "vitest";
import { fieldErrorsOf, meetingKindOption, meetingStatusWord, meetingWhen, recurrenceText, splitMeetings, zonedStart } from "./meetings.ts";

describe("meeting words", () => {
  it("says how often a meeting repeats", () => {
    expect(recurrenceText({ everyWeeks: 2, occurrences: 6 })).toBe("every 2 weeks, 6 times");
    expect(recurrenceText({ everyWeeks: 1, occurrences: 4 })).toBe("every week, 4 times");
    expect(recurrenceText(null)).toBe("once");
  });

  it("marks a cancelled meeting in words", () => {
    expect(meetingStatusWord("cancelled")).toBe("Cancelled");
    expect(meetingStatusWord("scheduled")).toBe("Scheduled");
  });

  it("shows the time as the tenant's time zone sees it, and names the zone", () => {
    expect(meetingWhen("2026-12-01T09:00:00.000Z", 60, "Europe/Berlin")).toBe("Tue, 1 Dec 2026, 10:00–11:00 (Europe/Berlin)");
    expect(meetingWhen("2026-07-01T09:00:00.000Z", 30, "Europe/Berlin")).toBe("Wed, 1 Jul 2026, 11:00–11:30 (Europe/Berlin)");
  });
});

describe("scheduling", () => {
  it("turns a date and time in a zone into the instant, in winter and in summer", () => {
    expect(zonedStart("2026-12-01", "10:00", "Europe/Berlin")).toBe("2026-12-01T09:00:00.000Z");
    expect(zonedStart("2026-07-01", "10:00", "Europe/Berlin")).toBe("2026-07-01T08:00:00.000Z");
    expect(zonedStart("2026-12-01", "10:00", "America/New_York")).toBe("2026-12-01T15:00:00.000Z");
    expect(zonedStart("", "10:00", "Europe/Berlin")).toBeUndefined();
    expect(zonedStart("2026-12-01", "10:00", "Mars/Olympus")).toBeUndefined();
  });

  it("lists meetings not yet over as upcoming, soonest first, counting a series to its last meeting", () => {
    const now = new Date("2026-11-24T12:00:00Z");
    const done = { startsAt: "2026-11-02T09:00:00.000Z", durationMinutes: 60, recurrence: null };
    const running = { startsAt: "2026-11-03T09:00:00.000Z", durationMinutes: 30, recurrence: { everyWeeks: 2, occurrences: 6 } };
    const next = { startsAt: "2026-11-30T09:00:00.000Z", durationMinutes: 60, recurrence: null };
    const { upcoming, past } = splitMeetings([next, done, running], now);
    expect(upcoming).toEqual([running, next]);
    expect(past).toEqual([done]);
  });

  it("puts the server's field problems at their fields", () => {
    expect(
      fieldErrorsOf({
        errors: [
          { path: "/body/startsAt", message: "Pick a time in the future." },
          { path: "/body/attendees/0/contactId", message: "Ann has no e-mail address." },
          { path: "/body/recurrence/occurrences", message: "At least 2." },
        ],
      }),
    ).toEqual({ startsAt: "Pick a time in the future.", attendees: "Ann has no e-mail address.", recurrence: "At least 2." });
  });

  it("reads a meeting kind's defaults from the catalog", () => {
    expect(meetingKindOption({ code: "checkpoint", label: "Checkpoint meeting", defaultTitle: "Remediation checkpoint", defaultDurationMinutes: 30, mayRecur: true, cadenceWeeks: [1, 2] })).toEqual({
      code: "checkpoint",
      label: "Checkpoint meeting",
      defaultTitle: "Remediation checkpoint",
      defaultDurationMinutes: 30,
      mayRecur: true,
      cadenceWeeks: [1, 2],
    });
  });
});
