import { describe, expect, it } from "vitest";
import { isKnownTimeZone, isMeetingKind, MEETING_KINDS, meetingKind, meetingScheduleProblems, type MeetingScheduleFacts } from "./meeting-kinds.ts";

const now = new Date("2026-11-23T09:00:00Z");
const governance: MeetingScheduleFacts = {
  kind: "program_governance",
  startsAt: new Date("2026-11-30T15:00:00Z"),
  timeZone: "Europe/Berlin",
  recurrence: { everyWeeks: 2, occurrences: 6 },
  attendeeCount: 2,
};

describe("meeting kinds (seed 004)", () => {
  it("has the kickoff, the three governance meetings and the checkpoint, with their labels", () => {
    expect(MEETING_KINDS.map((kind) => [kind.code, kind.label])).toEqual([
      ["kickoff", "Kickoff"],
      ["program_governance", "FastTrack program governance review"],
      ["customer_health_review", "Customer-facing health review"],
      ["internal_health_review", "Microsoft internal health review"],
      ["checkpoint", "Checkpoint meeting"],
    ]);
  });

  it("lets governance meetings and checkpoints repeat every 1 or 2 weeks, and the kickoff happen once", () => {
    expect(MEETING_KINDS.filter((kind) => kind.mayRecur).map((kind) => [kind.code, kind.cadenceWeeks])).toEqual([
      ["program_governance", [1, 2]],
      ["customer_health_review", [1, 2]],
      ["internal_health_review", [1, 2]],
      ["checkpoint", [1, 2]],
    ]);
    expect(meetingKind("kickoff")).toMatchObject({ mayRecur: false, cadenceWeeks: [] });
    expect(meetingKind("checkpoint").primaryRole).toBe("FastTrack Engineer");
  });

  it("gives every kind a default title and a duration the schedule accepts", () => {
    for (const kind of MEETING_KINDS) {
      expect(kind.defaultTitle.length).toBeGreaterThan(0);
      expect(kind.defaultDurationMinutes).toBeGreaterThanOrEqual(5);
      expect(kind.defaultDurationMinutes).toBeLessThanOrEqual(480);
    }
  });

  it("guards codes and time zone names", () => {
    expect(isMeetingKind("checkpoint")).toBe(true);
    expect(isMeetingKind("standup")).toBe(false);
    expect(isKnownTimeZone("America/New_York")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownTimeZone("")).toBe(false);
  });
});

describe("meeting schedule problems", () => {
  it("accepts a fortnightly governance series in the future", () => {
    expect(meetingScheduleProblems(governance, now)).toEqual([]);
  });

  it("refuses a recurring kickoff", () => {
    expect(meetingScheduleProblems({ ...governance, kind: "kickoff" }, now)).toEqual([
      { field: "recurrence", message: "A kickoff happens once and cannot recur; leave recurrence empty." },
    ]);
  });

  it("refuses a cadence other than 1 or 2 weeks and a series of 1 or more than 52", () => {
    expect(meetingScheduleProblems({ ...governance, recurrence: { everyWeeks: 3, occurrences: 1 } }, now)).toEqual([
      { field: "recurrence/everyWeeks", message: "A fasttrack program governance review repeats every 1 or 2 weeks, not every 3." },
      { field: "recurrence/occurrences", message: "A series has 2 to 52 occurrences, not 1; for a single meeting leave recurrence empty." },
    ]);
  });

  it("refuses a start in the past, an unknown time zone and a meeting without attendees", () => {
    const problems = meetingScheduleProblems({ ...governance, startsAt: new Date("2026-11-22T09:00:00Z"), timeZone: "Berlin", attendeeCount: 0 }, now);
    expect(problems.map((p) => p.field)).toEqual(["startsAt", "timeZone", "attendees"]);
    expect(problems[0]?.message).toBe("The meeting would start in the past (Sun, 22 Nov 2026, 09:00); choose a start after Mon, 23 Nov 2026, 09:00 (UTC).");
    expect(problems[1]?.message).toContain("use an IANA name such as Europe/Berlin");
  });
});
