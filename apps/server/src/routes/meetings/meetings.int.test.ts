import type { AddressInfo } from "node:net";
import type { TCatalogs, TContact, TMeeting, TMeetingList, TTenant } from "@waymark/contracts";
import { insertAssignment } from "@waymark/db";
import { sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";
import { sendDueMail } from "../../jobs/send-mail.ts";
import { smtpTransport } from "../../mail/transport.ts";

const now = new Date("2026-11-23T09:00:00Z");
const { admin, api } = useTestApi({ now: () => now });
let tenant: TTenant;
let carl: TContact;

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Contoso" })).id, { name: "Contoso EU" });
  carl = (await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "customer", name: "Carl Customer", email: "carl@contoso.example" })).json<TContact>();
});

type OutboxRow = { subject: string; body: string; to_addresses: string[]; status: string; attachments: { filename: string; contentType: string; content: string; method?: string }[] };

/** The meeting's e-mails in the outbox, oldest first, with their attachments. */
async function mailsOf(meeting: TMeeting): Promise<OutboxRow[]> {
  const { rows } = await api().database.db.execute<OutboxRow>(
    sql`SELECT subject, body, to_addresses, status, attachments FROM outbox_messages WHERE idempotency_key LIKE ${`meeting:${meeting.id}:%`} ORDER BY created_at, idempotency_key`,
  );
  return rows;
}
const calendarLines = (mail: OutboxRow | undefined) => (mail?.attachments[0]?.content ?? "").replace(/\r\n[ \t]/g, "").split("\r\n");

const governanceBody = {
  kind: "program_governance",
  startsAt: "2026-11-30T15:00:00Z",
  timeZone: "Europe/Berlin",
  recurrence: { everyWeeks: 2, occurrences: 6 },
  agenda: "Customer health, blockers and action items",
  attendees: [{ name: "Ada Account", email: "ada@microsoft.example" }],
};
const schedule = async (body: Record<string, unknown> = {}) => {
  const response = await admin.post(`/api/tenants/${tenant.id}/meetings`, { ...governanceBody, attendees: [{ contactId: carl.id }, ...governanceBody.attendees], ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TMeeting>();
};

describe("meetings", () => {
  it("schedules a fortnightly governance series and e-mails the attendees its invitation with the recurrence", async () => {
    const meeting = await schedule();
    expect(meeting).toMatchObject({
      kind: "program_governance",
      title: "FastTrack program governance review",
      durationMinutes: 30,
      recurrence: { everyWeeks: 2, occurrences: 6 },
      attendees: [
        { name: "Carl Customer", email: "carl@contoso.example", contactId: carl.id },
        { name: "Ada Account", email: "ada@microsoft.example", contactId: null },
      ],
      sequence: 0,
      status: "scheduled",
    });
    const [invitation, ...others] = await mailsOf(meeting);
    expect(others).toEqual([]);
    expect(invitation).toMatchObject({ subject: "Invitation: FastTrack program governance review", to_addresses: ["carl@contoso.example", "ada@microsoft.example"], status: "queued" });
    expect(invitation?.attachments).toEqual([expect.objectContaining({ filename: "invitation.ics", method: "REQUEST" })]);
    expect(invitation?.body).toContain("30 November 2026");
    expect(invitation?.body).toContain("16:00 (Europe/Berlin), 30 minutes, then every 2 weeks, 6 meetings in all");
    expect(invitation?.body).toContain("Agenda:\nCustomer health, blockers and action items");
    expect(calendarLines(invitation)).toEqual(
      expect.arrayContaining([
        "METHOD:REQUEST",
        `UID:${meeting.uid}`,
        "SEQUENCE:0",
        "RRULE:FREQ=WEEKLY;COUNT=6;INTERVAL=2",
        "DTSTART;TZID=Europe/Berlin:20261130T160000",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Carl Customer":MAILTO:carl@contoso.example',
        "DESCRIPTION:Customer health\\, blockers and action items",
      ]),
    );
    const listed = (await admin.get(`/api/tenants/${tenant.id}/meetings`)).json<TMeetingList>().items;
    expect(listed.map((m) => m.id)).toContain(meeting.id);
  });

  it("sends an update under the same UID with a higher SEQUENCE, and a cancellation to an attendee who was removed", async () => {
    const meeting = await schedule();
    const moved = await admin.patch(`/api/meetings/${meeting.id}`, { version: meeting.version, startsAt: "2026-12-01T14:00:00Z", attendees: [{ contactId: carl.id }] });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<TMeeting>()).toMatchObject({ uid: meeting.uid, sequence: 1, version: meeting.version + 1, startsAt: "2026-12-01T14:00:00.000Z" });
    const mails = await mailsOf(meeting);
    const update = mails.find((mail) => mail.subject.startsWith("Updated"));
    const removal = mails.find((mail) => mail.subject.startsWith("Cancelled"));
    expect(update).toMatchObject({ subject: "Updated invitation: FastTrack program governance review", to_addresses: ["carl@contoso.example"] });
    expect(calendarLines(update)).toEqual(expect.arrayContaining(["METHOD:REQUEST", `UID:${meeting.uid}`, "SEQUENCE:1", "DTSTART;TZID=Europe/Berlin:20261201T150000"]));
    expect(removal).toMatchObject({ to_addresses: ["ada@microsoft.example"] });
    expect(calendarLines(removal)).toEqual(expect.arrayContaining(["METHOD:CANCEL", `UID:${meeting.uid}`, "SEQUENCE:1", "STATUS:CANCELLED"]));

    // A change that changes nothing sends nothing and keeps the sequence.
    const same = await admin.patch(`/api/meetings/${meeting.id}`, { version: meeting.version + 1, attendees: [{ contactId: carl.id }] });
    expect(same.json<TMeeting>()).toMatchObject({ sequence: 1, version: meeting.version + 1 });
    expect(await mailsOf(meeting)).toHaveLength(3);
  });

  it("cancels the series for every attendee with METHOD:CANCEL, and serves the cancellation as the current .ics", async () => {
    const meeting = await schedule();
    const cancelled = await admin.post(`/api/meetings/${meeting.id}/cancellation`, { version: meeting.version, reason: "Customer paused the project" });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json<TMeeting>()).toMatchObject({ status: "cancelled", sequence: 1 });
    const [, cancellation] = await mailsOf(meeting);
    expect(cancellation).toMatchObject({ subject: "Cancelled: FastTrack program governance review", to_addresses: ["carl@contoso.example", "ada@microsoft.example"] });
    expect(calendarLines(cancellation)).toEqual(expect.arrayContaining(["METHOD:CANCEL", `UID:${meeting.uid}`, "SEQUENCE:1", "STATUS:CANCELLED"]));

    const ics = await admin.get(`/api/meetings/${meeting.id}/invitation.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers["content-type"]).toBe("text/calendar; charset=utf-8; method=CANCEL");
    expect(ics.headers["content-disposition"]).toBe(`attachment; filename="meeting-${meeting.id}.ics"`);
    expect(ics.body).toContain(`UID:${meeting.uid}\r\nSEQUENCE:1\r\n`);

    const again = await admin.patch(`/api/meetings/${meeting.id}`, { version: meeting.version + 1, title: "Revived" });
    expect(again.statusCode).toBe(422);
    expect(again.json().detail).toContain("is cancelled and cannot change");
  });

  it("refuses a change made on a stale version with 409, sending nothing", async () => {
    const meeting = await schedule();
    expect((await admin.patch(`/api/meetings/${meeting.id}`, { version: meeting.version, title: "First change" })).statusCode).toBe(200);
    const stale = await admin.patch(`/api/meetings/${meeting.id}`, { version: meeting.version, title: "Second change" });
    expect(stale.statusCode).toBe(409);
    expect((await admin.post(`/api/meetings/${meeting.id}/cancellation`, { version: meeting.version })).statusCode).toBe(409);
    expect((await mailsOf(meeting)).map((mail) => mail.subject)).toEqual(["Invitation: FastTrack program governance review", "Updated invitation: First change"]);
  });

  it("explains what is wrong with a meeting it cannot schedule", async () => {
    const refuse = async (body: Record<string, unknown>) => {
      const response = await admin.post(`/api/tenants/${tenant.id}/meetings`, { ...governanceBody, ...body });
      expect(response.statusCode, response.body).toBe(422);
      return response.json<{ errors: { path: string; message: string }[] }>().errors;
    };
    expect(await refuse({ kind: "kickoff" })).toEqual([{ path: "/body/recurrence", message: "A kickoff happens once and cannot recur; leave recurrence empty." }]);
    expect((await refuse({ recurrence: { everyWeeks: 4, occurrences: 6 } }))[0]?.message).toBe("A fasttrack program governance review repeats every 1 or 2 weeks, not every 4.");
    expect((await refuse({ startsAt: "2026-11-20T09:00:00Z" }))[0]?.path).toBe("/body/startsAt");
    expect((await refuse({ timeZone: "Central European" }))[0]?.message).toContain('"Central European" is not a known time zone');
    expect(await refuse({ attendees: [] })).toEqual([{ path: "/body/attendees", message: "Invite at least one attendee: a contact with an e-mail address, or a name and e-mail." }]);
    const noEmail = (await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "customer", name: "Nadia No-Mail" })).json<TContact>();
    expect(await refuse({ attendees: [{ contactId: noEmail.id }] })).toEqual([
      { path: "/body/attendees/0/contactId", message: "Nadia No-Mail has no e-mail address, so cannot be invited; add one to the contact first." },
    ]);
    const kickoff = await admin.post(`/api/tenants/${tenant.id}/meetings`, { ...governanceBody, kind: "kickoff", recurrence: null });
    expect(kickoff.json<TMeeting>()).toMatchObject({ title: "FastTrack kickoff", durationMinutes: 60, recurrence: null });
    const kinds = (await admin.get("/api/catalogs")).json<TCatalogs>().meetingKinds;
    expect(kinds.map((kind) => [kind.code, kind.mayRecur])).toEqual([
      ["kickoff", false],
      ["program_governance", true],
      ["customer_health_review", true],
      ["internal_health_review", true],
      ["checkpoint", true],
    ]);
  });

  it("names the FM who scheduled it as the organizer, by their e-mail address", async () => {
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    await api().database.db.execute(sql`UPDATE users SET email = 'fiona@fasttrack.example', display_name = 'Fiona Manager' WHERE id = ${fm.userId}`);
    await insertAssignment(api().database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: fm.userId, role: "fm", isPrimary: true });
    const response = await fm.post(`/api/tenants/${tenant.id}/meetings`, { ...governanceBody, kind: "checkpoint", recurrence: { everyWeeks: 1, occurrences: 8 } });
    expect(response.statusCode, response.body).toBe(201);
    const meeting = response.json<TMeeting>();
    expect(meeting.organizer).toEqual({ userId: fm.userId, name: "Fiona Manager" });
    const [invitation] = await mailsOf(meeting);
    expect(calendarLines(invitation)).toEqual(expect.arrayContaining(['ORGANIZER;CN="Fiona Manager":mailto:fiona@fasttrack.example', "RRULE:FREQ=WEEKLY;COUNT=8;INTERVAL=1"]));
    const ics = await fm.get(`/api/meetings/${meeting.id}/invitation.ics`);
    expect(ics.headers["content-type"]).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(ics.body).toContain("METHOD:REQUEST\r\n");
  });

  it("hides another tenant's meetings from a user not assigned to it (404)", async () => {
    const meeting = await schedule();
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await fm.get(`/api/tenants/${tenant.id}/meetings`)).statusCode).toBe(404);
    expect((await fm.post(`/api/tenants/${tenant.id}/meetings`, governanceBody)).statusCode).toBe(404);
    expect((await fm.get(`/api/meetings/${meeting.id}/invitation.ics`)).statusCode).toBe(404);
    expect((await fm.patch(`/api/meetings/${meeting.id}`, { version: meeting.version, title: "Hijacked" })).statusCode).toBe(404);
    expect((await fm.post(`/api/meetings/${meeting.id}/cancellation`, { version: meeting.version })).statusCode).toBe(404);
  });

  it("delivers the invitation by SMTP as a text/calendar REQUEST addressed to the attendees", async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push(Buffer.concat(chunks).toString("utf8"));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const transport = smtpTransport(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}/?ignoreTLS=true`);
    try {
      const meeting = await schedule({ title: "Delivered governance review" });
      await sendDueMail({ db: api().database.db, now: () => now }, { transport, from: "Waymark <waymark@fasttrack.example>", secrets: [] });
      const raw = received.find((message) => message.includes("Subject: Invitation: Delivered governance review"));
      expect(raw).toBeDefined();
      expect(raw).toMatch(/^To: carl@contoso\.example, ada@microsoft\.example\r$/m);
      expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
      expect(raw).toContain(`UID:${meeting.uid}`);
      expect((await mailsOf(meeting)).map((mail) => mail.status)).toEqual(["sent"]);
    } finally {
      transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
