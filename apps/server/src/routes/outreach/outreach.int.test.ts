import type { AddressInfo } from "node:net";
import { insertAssignment, insertPartner, insertUser } from "@waymark/db";
import type { TOutreachStep, TRecordedOutreachReply } from "@waymark/contracts";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import type Mail from "nodemailer/lib/mailer/index.js";
import { simpleParser } from "mailparser";
import { sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";
import { playbookClient } from "../../../../../test-support/playbook-client.ts";
import { adjustableClock } from "../../clock.ts";
import { sendDueMail } from "../../jobs/send-mail.ts";
import { smtpTransport } from "../../mail/transport.ts";

// Seed 003's outreach made real: each step's e-mail goes through the outbox to a real SMTP server, the follow-ups
// thread under the first, and an answer (recorded, or uploaded as .eml) stops the wait.
// Friday 20 November 2026, 10:00 in Berlin.
const clock = adjustableClock(() => new Date("2026-11-20T09:00:00Z"));
let api: TestApi;
let admin: Client & { userId: string; cookie: string };
let fm: { id: string };
let server: SMTPServer;
const received: { rcptTo: string[]; raw: Buffer }[] = [];
const { recordOk, openCodes, advance } = playbookClient(() => admin);

const build = (options: Mail.Options) =>
  new Promise<Buffer>((resolve, reject) => new MailComposer(options).compile().build((error, message) => (error ? reject(error) : resolve(message))));

beforeAll(async () => {
  api = await startTestApi({ clock });
  admin = await api.signIn();
  fm = await insertUser(api.database.db, { username: "ana.fischer", displayName: "Ana Fischer", roles: ["fasttrack_manager"], email: "ana.fischer@fasttrack.example" });
  server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await api.close();
});

async function sendMail() {
  const { port } = server.server.address() as AddressInfo;
  const transport = smtpTransport(`smtp://127.0.0.1:${port}/?ignoreTLS=true`);
  try {
    return await sendDueMail({ db: api.database.db, now: clock.now }, { transport, from: "FastTrack <fasttrack@fasttrack.example>", secrets: [] });
  } finally {
    transport.close();
  }
}

const outreach = async (tenantId: string) => (await admin.get(`/api/tenants/${tenantId}/outreach`)).json<{ items: TOutreachStep[] }>().items;
const stepOf = async (tenantId: string, audience: string, attempt: number) => {
  const step = (await outreach(tenantId)).find((s) => s.audience === audience && s.attemptNumber === attempt);
  if (!step) throw new Error(`no ${audience} step ${attempt}`);
  return step;
};
const addContact = async (tenantId: string, body: Record<string, unknown>) => {
  const response = await admin.post(`/api/tenants/${tenantId}/contacts`, body);
  expect(response.statusCode, response.body).toBe(201);
};
const uploadEml = (eml: Buffer) =>
  api.app.inject({ method: "POST", url: "/api/inbound-mail", headers: { cookie: admin.cookie, "x-requested-with": "waymark", "content-type": "message/rfc822" }, payload: eml });

/** A tenant at the Gateway's outreach: FM assigned, duplicate and entitlement checks passed. */
async function engagingTenant(name: string) {
  const tenant = await createTenant(admin, (await createCustomer(admin, { name })).id, { name, managed: true });
  await addService(admin, tenant.id, "exchange", 500);
  await insertAssignment(api.database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: fm.id, role: "fm", isPrimary: true });
  await recordOk(tenant.id, "gateway.started");
  await recordOk(tenant.id, "gateway.duplicate_check_recorded", { outcome: "different_organization" });
  await recordOk(tenant.id, "gateway.entitlement_check_recorded", { met: true });
  return tenant;
}

describe("outreach that nobody answers at first, then the customer does", () => {
  let tenantId: string;
  beforeAll(async () => {
    tenantId = (await engagingTenant("Contoso")).id;
    await addContact(tenantId, { type: "microsoft", name: "Sam ATS", email: "sam.ats@microsoft.example", role: "ATS" });
    await addContact(tenantId, { type: "microsoft", name: "Pia PDM", email: "pia.pdm@microsoft.example", role: "PDM" });
    await addContact(tenantId, { type: "customer", name: "Jonas Weber", email: "jonas.weber@contoso.example", role: "CIO", surveyLanguage: "de" });
  });

  it("the Account Team Contact goes to the whole account team", async () => {
    await recordOk(tenantId, "gateway.account_team_contacted", { pdmOnly: false, partnerListed: false });
    const step = await stepOf(tenantId, "account_team", 1);
    expect(step.messages).toHaveLength(1);
    expect([...(step.messages[0]?.to ?? [])].sort()).toEqual(["pia.pdm@microsoft.example", "sam.ats@microsoft.example"]);
    expect(step.messages[0]).toMatchObject({
      template: "account_team_contact",
      status: "queued",
      cc: [],
      subject: "FastTrack for Contoso (Contoso): who should we talk to?",
      inReplyTo: null,
    });
  });

  it("the customer contact given before the customer step is kept aside until it (seed 003)", async () => {
    const contacts = (await admin.get(`/api/tenants/${tenantId}/contacts`)).json<{ items: { name: string; awaitingCustomerStep: boolean }[] }>().items;
    expect(contacts.map((c) => [c.name, c.awaitingCustomerStep]).sort()).toEqual([
      ["Jonas Weber", true],
      ["Pia PDM", false],
      ["Sam ATS", false],
    ]);
  });

  it("when the Account Team's wait runs out, the customer's 1st contact goes in the customer's language, the account team copied without the PDM", async () => {
    expect((await advance(5)).effects).toContainEqual(["create_outreach_step", "gw-account-team-unanswered-contact-customer"]);
    // The customer step put the contact kept aside on the record, as the rule's doing, with why.
    const contacts = (await admin.get(`/api/tenants/${tenantId}/contacts`)).json<{ items: { name: string; awaitingCustomerStep: boolean }[] }>().items;
    expect(contacts.find((c) => c.name === "Jonas Weber")?.awaitingCustomerStep).toBe(false);
    const history = await api.database.db.execute<{ actor_kind: string; actor_rule_id: string }>(
      sql`SELECT actor_kind, actor_rule_id FROM audit_events WHERE action = 'contact.put_on_record' AND tenant_id = ${tenantId}`,
    );
    expect(history.rows).toEqual([{ actor_kind: "rule", actor_rule_id: expect.stringMatching(/gw-account-team-unanswered-contact-customer$/) }]);
    const [message] = (await stepOf(tenantId, "customer", 1)).messages;
    expect(message).toMatchObject({ template: "customer_1st_contact", status: "queued", to: ["jonas.weber@contoso.example"], cc: ["sam.ats@microsoft.example"], inReplyTo: null });
    expect(message?.subject).toBe("Ihr FastTrack-Vorteil für Exchange");
  });

  it("the 2nd contact is a reply-all in the 1st's thread: In-Reply-To and References name it, and it is quoted below", async () => {
    const first = (await stepOf(tenantId, "customer", 1)).messages[0];
    expect((await advance(5)).effects).toContainEqual(["create_outreach_step", "gw-customer-second-contact"]);
    const second = (await stepOf(tenantId, "customer", 2)).messages[0];
    expect(second).toMatchObject({ template: "customer_2nd_contact", inReplyTo: first?.messageId, to: ["jonas.weber@contoso.example"] });

    received.length = 0;
    expect((await sendMail()).sent).toBe(3);
    const mails = await Promise.all(received.map((r) => simpleParser(r.raw)));
    const reply = mails.find((m) => m.messageId === second?.messageId);
    expect(reply?.inReplyTo).toBe(first?.messageId);
    expect(reply?.references).toBe(first?.messageId);
    expect(reply?.subject).toBe("AW: Ihr FastTrack-Vorteil für Exchange");
    // Answers go to the FM who signs it, not to the sending address.
    expect(reply?.replyTo?.text).toBe("ana.fischer@fasttrack.example");
    expect(reply?.cc && "text" in reply.cc ? reply.cc.text : "").toBe("sam.ats@microsoft.example");
    expect(reply?.text).toContain("ich komme auf meine Nachricht unten zu FastTrack für Exchange zurück");
    expect(reply?.text).toContain("> Hallo,");
    expect(reply?.text).toContain("Ana Fischer\nFastTrack Manager\nana.fischer@fasttrack.example");
    expect((await stepOf(tenantId, "customer", 2)).messages[0]?.status).toBe("sent");
  });

  it("the customer's answer, uploaded as .eml, is recorded on the step it answers and stops the wait: no 3rd contact", async () => {
    const second = (await stepOf(tenantId, "customer", 2)).messages[0];
    const answer = await build({
      from: "Jonas Weber <jonas.weber@contoso.example>",
      to: "ana.fischer@fasttrack.example",
      subject: "AW: Ihr FastTrack-Vorteil für Exchange",
      messageId: "<answer-1@contoso.example>",
      inReplyTo: second?.messageId ?? "",
      references: [second?.inReplyTo ?? "", second?.messageId ?? ""],
      date: new Date("2026-12-01T08:15:00Z"),
      text: "Hallo Frau Fischer, Dienstag um 10 Uhr passt uns.",
    });
    const response = await uploadEml(answer);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<TRecordedOutreachReply>()).toMatchObject({
      recorded: true,
      event: "gateway.customer_responded",
      matchedBy: "headers",
      step: { audience: "customer", attemptNumber: 2 },
      reply: { from: "jonas.weber@contoso.example", source: "eml", receivedAt: "2026-12-01T08:15:00.000Z", text: "Hallo Frau Fischer, Dienstag um 10 Uhr passt uns." },
    });
    expect(await openCodes(tenantId)).toContain("meet_customer");
    const step = await stepOf(tenantId, "customer", 2);
    expect(step.respondedAt).toBe("2026-12-01T08:15:00.000Z");
    expect(step.replies).toHaveLength(1);
    // The customer's wait stopped: a week later no 3rd contact has gone.
    expect((await advance(7)).effects).not.toContainEqual(["create_outreach_step", "gw-customer-third-contact"]);
    expect((await outreach(tenantId)).some((s) => s.attemptNumber === 3)).toBe(false);

    const again = await uploadEml(answer);
    expect(again.statusCode).toBe(200);
    expect(again.json<TRecordedOutreachReply>()).toMatchObject({ recorded: false, event: null });
    expect((await stepOf(tenantId, "customer", 2)).replies).toHaveLength(1);
  });

  it("an e-mail that answers none of Waymark's outreach is refused, saying how to go on", async () => {
    const stray = await build({ from: "someone@elsewhere.example", to: "ana.fischer@fasttrack.example", subject: "Lunch?", text: "Are you free?" });
    const response = await uploadEml(stray);
    expect(response.statusCode).toBe(404);
    expect(response.json<{ detail: string }>().detail).toMatch(/answers none of the outreach e-mails on your tenants.*record the answer on the outreach step by hand/);
    const garbage = await uploadEml(Buffer.from("\u0000\u0001"));
    expect(garbage.statusCode).toBe(422);
    expect(garbage.json<{ detail: string }>().detail).toMatch(/^This is not an e-mail/);
  });
});

describe("a forwarded answer", () => {
  it("attached as .eml is matched by the answer's own headers; quoted inline, by its sender and subject", async () => {
    const tenantId = (await engagingTenant("Fabrikam")).id;
    await addContact(tenantId, { type: "microsoft", name: "Kim ATS", email: "kim.ats@microsoft.example", role: "ATS" });
    await recordOk(tenantId, "gateway.account_team_contacted", { pdmOnly: false, partnerListed: true });
    const sent = (await stepOf(tenantId, "account_team", 1)).messages[0];
    const answer = await build({
      from: "Kim ATS <kim.ats@microsoft.example>",
      to: "ana.fischer@fasttrack.example",
      subject: `RE: ${sent?.subject}`,
      messageId: "<kim-answer@microsoft.example>",
      inReplyTo: sent?.messageId ?? "",
      references: [sent?.messageId ?? ""],
      text: "The partner is Litware; the CIO is Dana.",
    });
    const attached = await build({
      from: "ana.fischer@fasttrack.example",
      to: "waymark@fasttrack.example",
      subject: `Fwd: RE: ${sent?.subject}`,
      text: "For the record",
      attachments: [{ filename: "answer.eml", content: answer, contentType: "message/rfc822" }],
    });
    const response = await admin.post("/api/inbound-mail", { eml: attached.toString("base64") });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<TRecordedOutreachReply>()).toMatchObject({ matchedBy: "forwarded_headers", event: "gateway.account_team_responded", reply: { from: "kim.ats@microsoft.example" } });
    expect(await openCodes(tenantId)).toContain("update_account_team_contacts");

    // The same answer forwarded inline: only From and Subject survive; it is the same e-mail, so nothing is added.
    const inline = await build({
      from: "ana.fischer@fasttrack.example",
      to: "waymark@fasttrack.example",
      subject: `Fwd: RE: ${sent?.subject}`,
      text: `---------- Forwarded message ---------\nFrom: Kim ATS <kim.ats@microsoft.example>\nSubject: RE: ${sent?.subject}\n\nThe partner is Litware.`,
    });
    const inlineResponse = await uploadEml(inline);
    expect(inlineResponse.statusCode, inlineResponse.body).toBe(201);
    expect(inlineResponse.json<TRecordedOutreachReply>()).toMatchObject({ matchedBy: "sender_and_subject", step: { audience: "account_team", attemptNumber: 1 } });
  });
});

describe("the Partner Contact", () => {
  it("goes to the partner on the Partners tab, named in the text, the account team copied with only that partner's PDM", async () => {
    const tenantId = (await engagingTenant("Tailspin Toys")).id;
    const litware = await insertPartner(api.database.db, { name: "Litware", country: "DE" });
    const other = await insertPartner(api.database.db, { name: "Proseware", country: "DE" });
    expect((await admin.post(`/api/tenants/${tenantId}/partners`, { partnerId: litware.id })).statusCode).toBe(201);
    await addContact(tenantId, { type: "partner", name: "Lia Litware", email: "lia@litware.example", partnerId: litware.id });
    await addContact(tenantId, { type: "microsoft", name: "Tom ATS", email: "tom.ats@microsoft.example", role: "ATS" });
    await addContact(tenantId, { type: "microsoft", name: "Lars PDM", email: "lars.pdm@microsoft.example", role: "PDM", partnerId: litware.id });
    await addContact(tenantId, { type: "microsoft", name: "Paula PDM", email: "paula.pdm@microsoft.example", role: "PDM", partnerId: other.id });
    await recordOk(tenantId, "gateway.partner_contacted");
    const [message] = (await stepOf(tenantId, "partner", 1)).messages;
    expect(message?.to).toEqual(["lia@litware.example"]);
    expect([...(message?.cc ?? [])].sort()).toEqual(["lars.pdm@microsoft.example", "tom.ats@microsoft.example"]);
    const [queued] = (await admin.get(`/api/tenants/${tenantId}/messages`)).json<{ items: { body: string }[] }>().items;
    expect(queued?.body).toMatch(/^Hello Litware team,/);
  });
});

describe("an outreach e-mail that cannot go", () => {
  let tenantId: string;
  let messageId: string;
  beforeAll(async () => {
    tenantId = (await engagingTenant("Northwind")).id;
  });

  it("is stored failed with why, on the tenant, instead of going nowhere", async () => {
    await recordOk(tenantId, "gateway.customer_contacted");
    const [message] = (await stepOf(tenantId, "customer", 1)).messages;
    expect(message).toMatchObject({ status: "failed", to: [], lastError: "Nobody to send it to: add customer contacts with an e-mail address." });
    messageId = message?.id ?? "";
  });

  it("is sent again, composed afresh, once the cause is fixed; a queued one is not sent twice", async () => {
    await addContact(tenantId, { type: "customer", name: "Lee Chen", email: "lee.chen@northwind.example" });
    const retried = await admin.post(`/api/messages/${messageId}/retry`, {});
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: "queued", to: ["lee.chen@northwind.example"], lastError: null });
    const again = await admin.post(`/api/messages/${messageId}/retry`, {});
    expect(again.statusCode).toBe(422);
    expect(again.json<{ detail: string }>().detail).toBe("This message is queued and goes out on the sender's next run.");
  });

  it("an answer recorded by hand stops the customer's wait; someone not assigned to the tenant cannot record one", async () => {
    const step = await stepOf(tenantId, "customer", 1);
    const stranger = await api.signIn({ roles: ["fasttrack_manager"] });
    expect((await stranger.post(`/api/outreach-steps/${step.id}/replies`, { text: "They called back." })).statusCode).toBe(404);
    const response = await admin.post(`/api/outreach-steps/${step.id}/replies`, { text: "Lee called back and wants a call on Monday.", from: "Lee Chen" });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<TRecordedOutreachReply>()).toMatchObject({ recorded: true, event: "gateway.customer_responded", matchedBy: "step", reply: { source: "api", from: "Lee Chen" } });
    expect(await openCodes(tenantId)).toContain("meet_customer");
  });
});
