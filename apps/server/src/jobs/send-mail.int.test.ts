import type { AddressInfo } from "node:net";
import { insertAssignment, insertUser } from "@waymark/db";
import type { TOutboxMessageList, TTenant } from "@waymark/contracts";
import { sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../test-support/fixtures.ts";
import { smtpTransport } from "../mail/transport.ts";
import { type MailSending, sendDueMail } from "./send-mail.ts";

/** What the SMTP server received: the envelope and the message's headers (lower-case names) and text. */
type Received = { mailFrom: string; rcptTo: string[]; headers: Record<string, string>; text: string };

let api: TestApi;
let admin: Awaited<ReturnType<TestApi["signIn"]>>;
let now = new Date("2026-11-23T09:00:00Z");
let server: SMTPServer;
let mail: MailSending;
const received: Received[] = [];
/** While set, the server refuses every recipient with this answer. */
let refusal: string | undefined;

beforeAll(async () => {
  api = await startTestApi({ now: () => now });
  admin = await api.signIn();
  server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo: (_address, _session, callback) => callback(refusal ? Object.assign(new Error(refusal), { responseCode: 450 }) : null),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          ...parseMessage(Buffer.concat(chunks).toString("utf8")),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  mail = { transport: smtpTransport(`smtp://127.0.0.1:${port}/?ignoreTLS=true`), from: "Waymark <waymark@fasttrack.example>", secrets: [] };
});
afterAll(async () => {
  mail.transport.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await api.close();
});

function parseMessage(raw: string): Pick<Received, "headers" | "text"> {
  const [head = "", ...rest] = raw.split("\r\n\r\n");
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  let text = rest.join("\r\n\r\n");
  if (headers["content-transfer-encoding"] === "quoted-printable") {
    text = text.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
  return { headers, text: text.replace(/\r\n$/, "") };
}

const send = () => sendDueMail({ db: api.database.db, now: () => now }, mail);
const messagesOf = async (tenant: TTenant) => (await admin.get(`/api/tenants/${tenant.id}/messages`)).json<TOutboxMessageList>().items;

/** Drives the gateway to the e-mail the seed sends an FM an additional tenant is assigned to (seed 003 rule 64). */
async function messageToFm(tenantName: string, email: string | null) {
  const fm = await insertUser(api.database.db, { username: `fm-${tenantName.replace(/\W/g, "")}`, displayName: `FM of ${tenantName}`, roles: ["fasttrack_manager"], email });
  const tenant = await createTenant(admin, (await createCustomer(admin, { name: tenantName })).id, { name: tenantName });
  await insertAssignment(api.database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: admin.userId, role: "fm", isPrimary: true });
  expect((await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "gateway.started", data: {} })).statusCode).toBe(200);
  const recorded = await admin.post(`/api/tenants/${tenant.id}/playbook-events`, {
    type: "gateway.duplicate_check_recorded",
    data: { outcome: "additional_tenant", existingFmUserId: fm.id },
  });
  expect(recorded.statusCode, recorded.body).toBe(200);
  return { tenant, fm };
}

describe("the mail sender", () => {
  it("sends a queued message once, with its recipients, sender, subject, text and Message-ID, and the tenant shows it sent", async () => {
    const { tenant } = await messageToFm("Fabrikam Labs", "ana@fabrikam.example");
    const [queued] = await messagesOf(tenant);
    expect(queued).toMatchObject({ status: "queued", attempts: 0, to: ["ana@fabrikam.example"], cc: [], sentAt: null, nextAttemptAt: null });
    expect(queued?.messageId).toMatch(new RegExp(`^<${queued?.id}@waymark\\.invalid>$`));

    expect(await send()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(received).toHaveLength(1);
    const [email] = received;
    expect(email).toMatchObject({ mailFrom: "waymark@fasttrack.example", rcptTo: ["ana@fabrikam.example"] });
    expect(email?.headers).toMatchObject({
      from: "Waymark <waymark@fasttrack.example>",
      to: "ana@fabrikam.example",
      subject: "An additional tenant was assigned to you: Fabrikam Labs",
      "message-id": queued?.messageId,
    });
    expect(email?.headers).not.toHaveProperty("in-reply-to");
    expect(email?.text).toBe(
      "Fabrikam Labs is an additional tenant of a customer you already work with on another tenant, so it has been assigned to you as its FM. No outreach has started on it.",
    );
    expect(await messagesOf(tenant)).toEqual([expect.objectContaining({ status: "sent", attempts: 1, lastError: null, sentAt: now.toISOString() })]);
    const audit = await api.database.db.execute<{ actor_kind: string; reason: string }>(
      sql`SELECT actor_kind, reason FROM audit_events WHERE action = 'message.sent' AND entity_id = ${queued?.id ?? ""}`,
    );
    expect(audit.rows).toEqual([{ actor_kind: "system", reason: "mail sender" }]);

    // A second run finds nothing due: the message is never sent twice.
    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(received).toHaveLength(1);
  });

  it("answers the earlier message of a thread with In-Reply-To and References, and copies the cc", async () => {
    const { tenant } = await messageToFm("Fabrikam Retail", "ben@fabrikam.example");
    const [first] = await messagesOf(tenant);
    await api.database.db.execute(sql`
      INSERT INTO outbox_messages (tenant_id, customer_id, template, to_addresses, cc_addresses, message_id, in_reply_to, "references", subject, body, idempotency_key)
      VALUES (${tenant.id}, ${tenant.customerId}, 'customer_2nd_contact', ARRAY['cio@fabrikam.example'], ARRAY['ats@fabrikam.example'],
              '<second@fasttrack.example>', ${first?.messageId}, ARRAY[${first?.messageId}], 'Re: FastTrack for Fabrikam Retail', 'A gentle reminder.', ${`${tenant.id}/second`})`);
    received.length = 0;
    expect(await send()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    const reply = received.find((r) => r.headers["message-id"] === "<second@fasttrack.example>");
    expect(reply?.rcptTo.sort()).toEqual(["ats@fabrikam.example", "cio@fabrikam.example"]);
    expect(reply?.headers).toMatchObject({ to: "cio@fabrikam.example", cc: "ats@fabrikam.example", "in-reply-to": first?.messageId, references: first?.messageId });
  });

  it("sends each message once when two processes send at the same time", async () => {
    const tenants = [];
    for (const name of ["Alpine Ski House", "Blue Yonder", "Coho Winery", "Datum Corp", "Adventure Works", "Litware", "Proseware"]) {
      tenants.push((await messageToFm(name, `fm@${name.replace(/\W/g, "").toLowerCase()}.example`)).tenant);
    }
    received.length = 0;
    const [one, two] = await Promise.all([send(), send()]);
    expect((one?.sent ?? 0) + (two?.sent ?? 0)).toBe(7);
    expect(received.map((r) => r.rcptTo[0]).sort()).toEqual(
      ["adventureworks", "alpineskihouse", "blueyonder", "cohowinery", "datumcorp", "litware", "proseware"].map((name) => `fm@${name}.example`),
    );
    for (const tenant of tenants) expect((await messagesOf(tenant))[0]?.status).toBe("sent");
  });

  it("marks a message to a user without an e-mail address failed with why, and never tries to send it", async () => {
    const { tenant, fm } = await messageToFm("Tailspin Toys", null);
    expect(await messagesOf(tenant)).toEqual([
      expect.objectContaining({ status: "failed", to: [], lastError: `${fm.displayName} has no e-mail address; add one to their account` }),
    ]);
    received.length = 0;
    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(received).toEqual([]);
  });

  it("retries a message the server refused 1 minute later, keeping the server's answer, and sends it then", async () => {
    const { tenant } = await messageToFm("Wingtip Toys", "cara@wingtip.example");
    received.length = 0;
    refusal = "Mailbox temporarily unavailable";
    expect(await send()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const [retrying] = await messagesOf(tenant);
    expect(retrying).toMatchObject({ status: "queued", attempts: 1, nextAttemptAt: new Date(now.getTime() + 60_000).toISOString() });
    expect(retrying?.lastError).toMatch(/Mailbox temporarily unavailable/);

    refusal = undefined;
    now = new Date(now.getTime() + 30_000);
    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    now = new Date(now.getTime() + 31_000);
    expect(await send()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(received.map((r) => r.rcptTo)).toEqual([["cara@wingtip.example"]]);
    expect(await messagesOf(tenant)).toEqual([expect.objectContaining({ status: "sent", attempts: 2, lastError: null, nextAttemptAt: null })]);
  });

  it("gives a message up as failed after 8 refused attempts, audited with the server's answer", async () => {
    const { tenant } = await messageToFm("Contoso Pharma", "dan@contoso.example");
    refusal = "No such mailbox";
    try {
      for (let attempt = 1; attempt < 8; attempt++) {
        expect(await send()).toEqual({ sent: 0, retrying: 1, failed: 0 });
        now = new Date(now.getTime() + 60 * 60_000);
      }
      expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    } finally {
      refusal = undefined;
    }
    const [failed] = await messagesOf(tenant);
    expect(failed).toMatchObject({ status: "failed", attempts: 8, nextAttemptAt: null });
    expect(failed?.lastError).toMatch(/No such mailbox/);
    const audit = await api.database.db.execute<{ reason: string; after: { status: string } }>(
      sql`SELECT reason, after FROM audit_events WHERE action = 'message.failed' AND entity_id = ${failed?.id ?? ""}`,
    );
    expect(audit.rows).toEqual([{ reason: "mail sender", after: expect.objectContaining({ status: "failed", attempts: 8 }) }]);
  });
});
