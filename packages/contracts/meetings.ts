import { MEETING_KINDS, MEETING_LIMITS } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZUuid, ZVersion } from "./common.ts";

const ZRecurrence = z
  .object({
    everyWeeks: z.number().int().min(1).max(52).describe("Weeks between occurrences: 1 or 2 (seed 004: every 1–2 weeks by lifecycle phase)"),
    occurrences: z.number().int().min(1).max(520).describe(`How many meetings the series has, ${MEETING_LIMITS.minOccurrences} to ${MEETING_LIMITS.maxOccurrences}`),
  })
  .strict();

export const ZMeetingAttendee = z.object({ name: z.string(), email: z.string(), contactId: ZUuid.nullable() });
export type TMeetingAttendee = z.infer<typeof ZMeetingAttendee>;

/** A kickoff, governance or checkpoint meeting of a tenant; its invitation is an iCalendar event with this UID. */
export const ZMeeting = z.object({
  id: ZUuid,
  tenantId: ZUuid,
  customerId: ZUuid,
  kind: codesOf(MEETING_KINDS),
  title: z.string(),
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  timeZone: z.string().describe("IANA time zone the invitation is written in"),
  recurrence: ZRecurrence.nullable(),
  location: z.string().nullable(),
  agenda: z.string().nullable(),
  attendees: z.array(ZMeetingAttendee),
  organizer: z.object({ userId: ZUuid, name: z.string() }).nullable(),
  uid: z.string().describe("The iCalendar UID; the same for every update and the cancellation"),
  sequence: z.number().int().describe("The iCalendar SEQUENCE, raised by 1 on every change"),
  status: z.enum(["scheduled", "cancelled"]),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type TMeeting = z.infer<typeof ZMeeting>;

export const ZMeetingList = z.object({ items: z.array(ZMeeting) });
export type TMeetingList = z.infer<typeof ZMeetingList>;

/** An attendee: one of the tenant's (or its customer's) contacts, or anyone by name and e-mail. */
export const ZMeetingAttendeeInput = z.union([
  z.object({ contactId: ZUuid }).strict(),
  z.object({ name: z.string().trim().min(1).max(200), email: z.email().max(320) }).strict(),
]);
export type TMeetingAttendeeInput = z.infer<typeof ZMeetingAttendeeInput>;

const meetingFields = {
  title: z.string().trim().min(1).max(200),
  startsAt: z.iso.datetime({ offset: true }).describe("When the (first) meeting starts, with its UTC offset"),
  durationMinutes: z.number().int().min(MEETING_LIMITS.minDurationMinutes).max(MEETING_LIMITS.maxDurationMinutes),
  timeZone: z.string().trim().min(1).max(64).describe("IANA name, e.g. Europe/Berlin"),
  recurrence: ZRecurrence.nullable().describe("Null for a single meeting; a kickoff never recurs"),
  location: z.string().trim().max(500).nullable(),
  agenda: z.string().trim().max(5000).nullable(),
  attendees: z.array(ZMeetingAttendeeInput).max(100),
};

export const ZCreateMeeting = z
  .object({
    kind: codesOf(MEETING_KINDS),
    ...meetingFields,
    title: meetingFields.title.optional().describe("Defaults to the kind's title"),
    durationMinutes: meetingFields.durationMinutes.optional().describe("Defaults to the kind's usual length"),
    recurrence: meetingFields.recurrence.default(null),
    location: meetingFields.location.default(null),
    agenda: meetingFields.agenda.default(null),
  })
  .strict();
export type TCreateMeeting = z.infer<typeof ZCreateMeeting>;

export const ZUpdateMeeting = z.object({ version: ZVersion, ...meetingFields }).partial().required({ version: true }).strict();
export type TUpdateMeeting = z.infer<typeof ZUpdateMeeting>;

export const ZCancelMeeting = z.object({ version: ZVersion, reason: z.string().trim().max(500).optional() }).strict();
export type TCancelMeeting = z.infer<typeof ZCancelMeeting>;
