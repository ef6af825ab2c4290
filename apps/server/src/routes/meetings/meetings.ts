import { listMeetingsOfTenant, type MeetingListRow } from "@waymark/db";
import { type TMeeting, ZCancelMeeting, ZCreateMeeting, ZIdParams, ZMeeting, ZMeetingList, ZUpdateMeeting } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { cancelMeeting, meetingInvitation, scheduleMeeting, updateMeeting } from "../../commands/meetings.ts";
import { findVisibleTenant } from "../../policies/visibility.ts";

function presentMeeting(row: MeetingListRow): TMeeting {
  return {
    id: row.id,
    tenantId: row.tenantId,
    customerId: row.customerId,
    kind: row.kind as TMeeting["kind"],
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    durationMinutes: row.durationMinutes,
    timeZone: row.timeZone,
    recurrence: row.recurrenceWeeks && row.recurrenceCount ? { everyWeeks: row.recurrenceWeeks, occurrences: row.recurrenceCount } : null,
    location: row.location,
    agenda: row.agenda,
    attendees: row.attendees.map((attendee) => ({ name: attendee.name, email: attendee.email, contactId: attendee.contactId ?? null })),
    organizer: row.organizerUserId ? { userId: row.organizerUserId, name: row.organizerName ?? "" } : null,
    uid: row.uid,
    sequence: row.sequence,
    status: row.status as TMeeting["status"],
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Kickoff, governance and checkpoint meetings, with their invitations as iCalendar (seed 004). */
export function meetingRoutes(app: App) {
  app.get(
    "/api/tenants/:id/meetings",
    {
      schema: { tags: ["meetings"], summary: "A tenant's meetings, scheduled ones first, by start", params: ZIdParams, response: { 200: ZMeetingList } },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findVisibleTenant(app.deps.db, actorOf(request), request.params.id);
      return { items: (await listMeetingsOfTenant(app.deps.db, tenant.id)).map(presentMeeting) };
    },
  );

  app.post(
    "/api/tenants/:id/meetings",
    {
      schema: {
        tags: ["meetings"],
        summary: "Schedule a meeting (governance and checkpoint ones may repeat every 1 or 2 weeks) and e-mail the attendees its iCalendar invitation",
        params: ZIdParams,
        body: ZCreateMeeting,
        response: { 201: ZMeeting },
      },
      config: { permission: "meeting.write" },
    },
    async (request, reply) => reply.status(201).send(presentMeeting(await scheduleMeeting(app.deps, { actor: actorOf(request), tenantId: request.params.id, input: request.body }))),
  );

  app.patch(
    "/api/meetings/:id",
    {
      schema: {
        tags: ["meetings"],
        summary: "Change a meeting: attendees get the updated invitation (same UID, higher SEQUENCE), removed ones a cancellation; 409 when stale",
        params: ZIdParams,
        body: ZUpdateMeeting,
        response: { 200: ZMeeting },
      },
      config: { permission: "meeting.write" },
    },
    async (request) => presentMeeting(await updateMeeting(app.deps, { actor: actorOf(request), meetingId: request.params.id, input: request.body })),
  );

  app.post(
    "/api/meetings/:id/cancellation",
    {
      schema: {
        tags: ["meetings"],
        summary: "Cancel a meeting (the whole series): every attendee gets METHOD:CANCEL under the same UID; 409 when stale",
        params: ZIdParams,
        body: ZCancelMeeting,
        response: { 200: ZMeeting },
      },
      config: { permission: "meeting.write" },
    },
    async (request) => presentMeeting(await cancelMeeting(app.deps, { actor: actorOf(request), meetingId: request.params.id, input: request.body })),
  );

  app.get(
    "/api/meetings/:id/invitation.ics",
    {
      schema: { tags: ["meetings"], summary: "The meeting's current iCalendar (text/calendar): its invitation, or its cancellation once cancelled", params: ZIdParams },
      config: { permission: "tenant.read" },
    },
    async (request, reply) => {
      const { meeting, method, text } = await meetingInvitation(app.deps, { actor: actorOf(request), meetingId: request.params.id });
      reply.header("content-type", `text/calendar; charset=utf-8; method=${method}`);
      reply.header("content-disposition", `attachment; filename="meeting-${meeting.id}.ics"`);
      return reply.send(text);
    },
  );
}
