// Meeting kinds and what a meeting must satisfy to be scheduled.
// Sources: seeds/004_72f9e3b46335f5c8.txt steps 2 (Schedule and Conduct Kickoff Meeting, task 994), 8–10 (Schedule
// FastTrack Program Governance Reviews / Customer-facing Health Reviews / Microsoft internal Health Reviews:
// "Cadence: Every 1 - 2 weeks, depending upon life cycle phase", tasks 3333, 3334), 15 (Conduct Checkpoint Meetings:
// "weekly or other frequency", FastTrack Engineer); research ftop-features.md "Governance meeting cadence".

type MeetingKindShape = {
  readonly code: string;
  readonly label: string;
  readonly defaultTitle: string;
  readonly defaultDurationMinutes: number;
  /** A series repeating every `cadenceWeeks`; the kickoff happens once. */
  readonly mayRecur: boolean;
  /** The seed's cadence choices in weeks, the first the default; empty for a single meeting. */
  readonly cadenceWeeks: readonly (1 | 2)[];
  readonly primaryRole: string;
  /** Who the seed says attends. */
  readonly audience: string;
};

const MEETING_KIND_DATA = [
  {
    code: "kickoff",
    label: "Kickoff",
    defaultTitle: "FastTrack kickoff",
    defaultDurationMinutes: 60,
    mayRecur: false,
    cadenceWeeks: [],
    primaryRole: "FastTrack Manager",
    audience: "The customer, with the relevant account team person invited",
  },
  {
    code: "program_governance",
    label: "FastTrack program governance review",
    defaultTitle: "FastTrack program governance review",
    defaultDurationMinutes: 30,
    mayRecur: true,
    cadenceWeeks: [1, 2],
    primaryRole: "FastTrack Manager",
    audience: "Microsoft FastTrack only (CXP, CSS, PMG, FRP); customers and their partners are not included",
  },
  {
    code: "customer_health_review",
    label: "Customer-facing health review",
    defaultTitle: "Program health review",
    defaultDurationMinutes: 60,
    mayRecur: true,
    cadenceWeeks: [1, 2],
    primaryRole: "FastTrack Manager",
    audience: "The customer and their partners, with ATU, CSU, FastTrack SMEs and engineers as needed",
  },
  {
    code: "internal_health_review",
    label: "Microsoft internal health review",
    defaultTitle: "Microsoft internal deployment health review",
    defaultDurationMinutes: 60,
    mayRecur: true,
    cadenceWeeks: [1, 2],
    primaryRole: "FastTrack Manager",
    audience: "Microsoft only: ATU, STU (optional), CSU (optional); customers and their partners are not included",
  },
  {
    code: "checkpoint",
    label: "Checkpoint meeting",
    defaultTitle: "Remediation checkpoint",
    defaultDurationMinutes: 30,
    mayRecur: true,
    cadenceWeeks: [1, 2],
    primaryRole: "FastTrack Engineer",
    audience: "The customer's technical leads, to review progress on remediation steps",
  },
] as const satisfies readonly MeetingKindShape[];

export type MeetingKind = (typeof MEETING_KIND_DATA)[number]["code"];
export type MeetingKindEntry = Omit<MeetingKindShape, "code"> & { readonly code: MeetingKind };

export const MEETING_KINDS: readonly MeetingKindEntry[] = MEETING_KIND_DATA;

export const MEETING_LIMITS = { minDurationMinutes: 5, maxDurationMinutes: 480, minOccurrences: 2, maxOccurrences: 52 } as const;

export function isMeetingKind(value: string): value is MeetingKind {
  return MEETING_KINDS.some((entry) => entry.code === value);
}

export function meetingKind(code: MeetingKind): MeetingKindEntry {
  const entry = MEETING_KINDS.find((candidate) => candidate.code === code);
  if (!entry) throw new Error(`unknown meeting kind ${code}`);
  return entry;
}

/** True for a time zone name the runtime's IANA database knows ("Europe/Berlin", "UTC"). */
export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name.trim() === name && name.length > 0;
  } catch {
    return false;
  }
}

/** "Sun, 22 Nov 2026, 10:00" in the zone: what a person reads on their calendar. */
function wallClock(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false }).format(at);
}

export type MeetingScheduleFacts = {
  kind: MeetingKind;
  startsAt: Date;
  timeZone: string;
  recurrence: { everyWeeks: number; occurrences: number } | null;
  attendeeCount: number;
};

/** What is wrong with a meeting as it would be scheduled, one problem per field, each saying how to fix it. */
export function meetingScheduleProblems(facts: MeetingScheduleFacts, now: Date): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const kind = meetingKind(facts.kind);
  if (facts.startsAt.getTime() <= now.getTime()) {
    const zone = isKnownTimeZone(facts.timeZone) ? facts.timeZone : "UTC";
    problems.push({ field: "startsAt", message: `The meeting would start in the past (${wallClock(facts.startsAt, zone)}); choose a start after ${wallClock(now, zone)} (${zone}).` });
  }
  if (!isKnownTimeZone(facts.timeZone)) {
    problems.push({ field: "timeZone", message: `"${facts.timeZone}" is not a known time zone; use an IANA name such as Europe/Berlin or America/New_York.` });
  }
  if (facts.recurrence) {
    const { everyWeeks, occurrences } = facts.recurrence;
    if (!kind.mayRecur) {
      problems.push({ field: "recurrence", message: `A ${kind.label.toLowerCase()} happens once and cannot recur; leave recurrence empty.` });
    } else if (!(kind.cadenceWeeks as readonly number[]).includes(everyWeeks)) {
      problems.push({ field: "recurrence/everyWeeks", message: `A ${kind.label.toLowerCase()} repeats every ${kind.cadenceWeeks.join(" or ")} weeks, not every ${everyWeeks}.` });
    }
    if (occurrences < MEETING_LIMITS.minOccurrences || occurrences > MEETING_LIMITS.maxOccurrences) {
      problems.push({
        field: "recurrence/occurrences",
        message: `A series has ${MEETING_LIMITS.minOccurrences} to ${MEETING_LIMITS.maxOccurrences} occurrences, not ${occurrences}; for a single meeting leave recurrence empty.`,
      });
    }
  }
  if (facts.attendeeCount === 0) {
    problems.push({ field: "attendees", message: "Invite at least one attendee: a contact with an e-mail address, or a name and e-mail." });
  }
  return problems;
}
