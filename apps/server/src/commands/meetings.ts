import { randomUUID } from "node:crypto";
import {
  DEFAULT_MESSAGE_ID_DOMAIN,
  enqueueOutboxMail,
  type Executor,
  findMeeting,
  findTenant,
  findUserById,
  insertAuditEvents,
  insertMeeting,
  listContactsOfTenant,
  type MeetingAttendee,
  type MeetingListRow,
  type MeetingRow,
  updateMeetingIfVersion,
} from "@waymark/db";
import type { TCancelMeeting, TCreateMeeting, TMeetingAttendeeInput, TUpdateMeeting } from "@waymark/contracts";
import { type MeetingKind, meetingKind, meetingScheduleProblems } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, type FieldProblem, notFound, staleVersion } from "../errors.ts";
import { type CalendarMethod, type CalendarPerson, meetingCalendar } from "../mail/icalendar.ts";
import { maySeeAssigneeOf } from "../policies/partner.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent, changedFields } from "./audit.ts";

type Tenant = { id: string; customerId: string; name: string };

const invalid = (problems: FieldProblem[]) => new AppError("validation_failed", problems.map((p) => p.message).join(" "), { errors: problems });

/** Attendees by contact (the tenant's or its customer's, with an e-mail address) or by name and e-mail; each address once. */
async function resolveAttendees(tx: Executor, actor: UserActor, tenant: Tenant, inputs: TMeetingAttendeeInput[]): Promise<MeetingAttendee[]> {
  const contacts = (await listContactsOfTenant(tx, tenant)).filter((contact) => maySeeAssigneeOf(actor, contact.partnerId));
  const problems: FieldProblem[] = [];
  const attendees: MeetingAttendee[] = [];
  inputs.forEach((input, index) => {
    if (!("contactId" in input)) return attendees.push({ name: input.name, email: input.email, contactId: null });
    const contact = contacts.find((candidate) => candidate.id === input.contactId);
    const path = `/body/attendees/${index}/contactId`;
    if (!contact) return problems.push({ path, message: `There is no contact with id ${input.contactId} on ${tenant.name} or its customer.` });
    if (!contact.email) return problems.push({ path, message: `${contact.name} has no e-mail address, so cannot be invited; add one to the contact first.` });
    return attendees.push({ name: contact.name, email: contact.email, contactId: contact.id });
  });
  if (problems.length > 0) throw invalid(problems);
  return attendees.filter((attendee, i) => attendees.findIndex((other) => sameAddress(other, attendee)) === i);
}

const sameAddress = (a: { email: string }, b: { email: string }) => a.email.trim().toLowerCase() === b.email.trim().toLowerCase();

function assertSchedulable(kind: MeetingKind, meeting: Pick<MeetingRow, "startsAt" | "timeZone" | "recurrenceWeeks" | "recurrenceCount">, attendeeCount: number, now: Date, startChanged: boolean) {
  const recurrence = meeting.recurrenceWeeks && meeting.recurrenceCount ? { everyWeeks: meeting.recurrenceWeeks, occurrences: meeting.recurrenceCount } : null;
  const problems = meetingScheduleProblems({ kind, startsAt: meeting.startsAt, timeZone: meeting.timeZone, recurrence, attendeeCount }, now)
    // A running series may still get a new agenda or attendees: the start is only checked when it moves.
    .filter((problem) => startChanged || problem.field !== "startsAt");
  if (problems.length > 0) throw invalid(problems.map((p) => ({ path: `/body/${p.field}`, message: p.message })));
}

/** The meeting's organizer as the invitation names them: the FM who scheduled it. */
async function organizerOf(tx: Executor, deps: Deps, meeting: Pick<MeetingRow, "organizerUserId">): Promise<CalendarPerson> {
  const user = meeting.organizerUserId ? await findUserById(tx, meeting.organizerUserId) : undefined;
  // Without an address of their own the invitation still needs an ORGANIZER; replies to it go nowhere.
  return { name: user?.displayName ?? "Waymark", email: user?.email?.trim() || `no-reply@${deps.mailDomain ?? DEFAULT_MESSAGE_ID_DOMAIN}` };
}

/** The iCalendar of a meeting sent to some of its attendees (all by default) with the method. */
async function calendarOf(deps: Deps, db: Executor, meeting: MeetingRow, method: CalendarMethod, attendees: MeetingAttendee[]): Promise<string> {
  return meetingCalendar({ method, meeting, organizer: await organizerOf(db, deps, meeting), attendees, stamp: deps.now() });
}

/**
 * A meeting the actor may see (404 otherwise, as for its tenant) with its current iCalendar: the invitation, or the
 * cancellation once cancelled.
 */
export async function meetingInvitation(deps: Deps, options: { actor: UserActor; meetingId: string }): Promise<{ meeting: MeetingRow; method: CalendarMethod; text: string }> {
  const meeting = await findMeeting(deps.db, options.meetingId);
  if (!meeting || !(await findTenant(deps.db, meeting.tenantId, visibilityOf(options.actor)))) throw notFound("The meeting");
  const method = meeting.status === "cancelled" ? "CANCEL" : "REQUEST";
  return { meeting, method, text: await calendarOf(deps, deps.db, meeting, method, meeting.attendees) };
}

function whenText(meeting: MeetingRow): string {
  const when = new Intl.DateTimeFormat("en-GB", { timeZone: meeting.timeZone, dateStyle: "full", timeStyle: "short" }).format(meeting.startsAt);
  const series = meeting.recurrenceWeeks && meeting.recurrenceCount ? `, then every ${meeting.recurrenceWeeks === 1 ? "week" : `${meeting.recurrenceWeeks} weeks`}, ${meeting.recurrenceCount} meetings in all` : "";
  return `${when} (${meeting.timeZone}), ${meeting.durationMinutes} minutes${series}`;
}

async function sendCalendar(tx: Executor, deps: Deps, tenant: Tenant, meeting: MeetingRow, method: CalendarMethod, to: MeetingAttendee[], purpose: "invitation" | "update" | "cancellation" | "removal") {
  if (to.length === 0) return;
  const content = await calendarOf(deps, tx, meeting, method, to);
  const subjects = { invitation: "Invitation", update: "Updated invitation", cancellation: "Cancelled", removal: "Cancelled" };
  const lines = [
    purpose === "removal" ? `You are no longer invited to ${meeting.title}.` : purpose === "cancellation" ? `${meeting.title} is cancelled.` : `${meeting.title} (${tenant.name})`,
    `When: ${whenText(meeting)}`,
    ...(meeting.location ? [`Where: ${meeting.location}`] : []),
    ...(meeting.agenda && method === "REQUEST" ? ["", "Agenda:", meeting.agenda] : []),
  ];
  await enqueueOutboxMail(tx, {
    tenant,
    template: `meeting_${method.toLowerCase()}`,
    to: to.map((attendee) => attendee.email),
    subject: `${subjects[purpose]}: ${meeting.title}`,
    body: lines.join("\n"),
    idempotencyKey: `meeting:${meeting.id}:${meeting.sequence}:${purpose}`,
    ruleId: null,
    mailDomain: deps.mailDomain,
    attachments: [{ filename: "invitation.ics", contentType: `text/calendar; charset=utf-8; method=${method}`, content, method }],
  });
}

const scopeOf = (meeting: MeetingRow) => ({ tenantId: meeting.tenantId, customerId: meeting.customerId });
const withOrganizerName = (meeting: MeetingRow, actor: UserActor, current?: MeetingListRow): MeetingListRow => ({
  ...meeting,
  organizerName: current?.organizerName ?? (meeting.organizerUserId === actor.userId ? actor.displayName : null),
});

/** Schedules a meeting and sends its invitation (METHOD:REQUEST) to the attendees in the same transaction. */
export async function scheduleMeeting(deps: Deps, options: { actor: UserActor; tenantId: string; input: TCreateMeeting }): Promise<MeetingListRow> {
  const { actor, input } = options;
  return deps.db.transaction(async (tx) => {
    const tenant = await assertMayWriteTenant(tx, actor, await findTenant(tx, options.tenantId, visibilityOf(actor)));
    const kind = meetingKind(input.kind);
    const attendees = await resolveAttendees(tx, actor, tenant, input.attendees);
    const facts = {
      startsAt: new Date(input.startsAt),
      timeZone: input.timeZone,
      recurrenceWeeks: input.recurrence?.everyWeeks ?? null,
      recurrenceCount: input.recurrence?.occurrences ?? null,
    };
    assertSchedulable(input.kind, facts, attendees.length, deps.now(), true);
    const id = randomUUID();
    const meeting = await insertMeeting(tx, {
      id,
      tenantId: tenant.id,
      customerId: tenant.customerId,
      kind: input.kind,
      title: input.title ?? kind.defaultTitle,
      durationMinutes: input.durationMinutes ?? kind.defaultDurationMinutes,
      ...facts,
      location: input.location,
      agenda: input.agenda,
      attendees,
      uid: `${id}@${deps.mailDomain ?? DEFAULT_MESSAGE_ID_DOMAIN}`,
      organizerUserId: actor.userId,
      createdById: actor.userId,
      createdAt: deps.now(),
      updatedAt: deps.now(),
    });
    await sendCalendar(tx, deps, tenant, meeting, "REQUEST", attendees, "invitation");
    await insertAuditEvents(tx, [auditEvent(actor, "meeting.scheduled", { type: "meeting", id }, scopeOf(meeting), { after: { ...input, attendees } })]);
    return withOrganizerName(meeting, actor);
  });
}

/** The meeting and its tenant, checked for the actor's right to change it, at the version they read. */
async function findChangeableMeeting(tx: Executor, actor: UserActor, meetingId: string, version: number) {
  const current = await findMeeting(tx, meetingId);
  const tenant = current ? await findTenant(tx, current.tenantId, visibilityOf(actor)) : undefined;
  if (!current || !tenant) throw notFound("The meeting");
  await assertMayWriteTenant(tx, actor, tenant);
  if (current.status === "cancelled") throw invalid([{ path: "/params/id", message: `${current.title} is cancelled and cannot change; schedule a new meeting instead.` }]);
  if (current.version !== version) throw staleVersion("The meeting", version, current);
  return { current, tenant };
}

/**
 * Changes a meeting: the attendees get the updated invitation (same UID, SEQUENCE + 1) and anyone removed gets a
 * cancellation. A change that changes nothing sends nothing.
 */
export async function updateMeeting(deps: Deps, options: { actor: UserActor; meetingId: string; input: TUpdateMeeting }): Promise<MeetingListRow> {
  const { actor } = options;
  const { version, recurrence, startsAt, attendees: attendeeInputs, ...rest } = options.input;
  return deps.db.transaction(async (tx) => {
    const { current, tenant } = await findChangeableMeeting(tx, actor, options.meetingId, version);
    const patch: Partial<MeetingRow> = {
      ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
      ...(startsAt !== undefined ? { startsAt: new Date(startsAt) } : {}),
      ...(recurrence !== undefined ? { recurrenceWeeks: recurrence?.everyWeeks ?? null, recurrenceCount: recurrence?.occurrences ?? null } : {}),
      ...(attendeeInputs !== undefined ? { attendees: await resolveAttendees(tx, actor, tenant, attendeeInputs) } : {}),
    };
    const { before, after, changed } = changedFields<Record<string, unknown>>(current, patch);
    if (!changed) return current;
    const merged = { ...current, ...patch };
    assertSchedulable(current.kind as MeetingKind, merged, merged.attendees.length, deps.now(), "startsAt" in after);
    const updated = await updateMeetingIfVersion(tx, current.id, version, { ...patch, updatedAt: deps.now() });
    if (!updated) throw staleVersion("The meeting", version, current);
    const removed = current.attendees.filter((attendee) => !updated.attendees.some((kept) => sameAddress(kept, attendee)));
    await sendCalendar(tx, deps, tenant, updated, "REQUEST", updated.attendees, "update");
    await sendCalendar(tx, deps, tenant, updated, "CANCEL", removed, "removal");
    await insertAuditEvents(tx, [auditEvent(actor, "meeting.updated", { type: "meeting", id: current.id }, scopeOf(current), { before, after })]);
    return withOrganizerName(updated, actor, current);
  });
}

/** Cancels a meeting (the whole series): every attendee gets METHOD:CANCEL under the same UID. */
export async function cancelMeeting(deps: Deps, options: { actor: UserActor; meetingId: string; input: TCancelMeeting }): Promise<MeetingListRow> {
  const { actor, input } = options;
  return deps.db.transaction(async (tx) => {
    const { current, tenant } = await findChangeableMeeting(tx, actor, options.meetingId, input.version);
    const cancelled = await updateMeetingIfVersion(tx, current.id, input.version, { status: "cancelled", updatedAt: deps.now() });
    if (!cancelled) throw staleVersion("The meeting", input.version, current);
    await sendCalendar(tx, deps, tenant, cancelled, "CANCEL", cancelled.attendees, "cancellation");
    await insertAuditEvents(tx, [
      auditEvent(actor, "meeting.cancelled", { type: "meeting", id: current.id }, scopeOf(current), {
        before: { status: current.status, sequence: current.sequence },
        after: { status: cancelled.status, sequence: cancelled.sequence },
        reason: input.reason ?? null,
      }),
    ]);
    return withOrganizerName(cancelled, actor, current);
  });
}
