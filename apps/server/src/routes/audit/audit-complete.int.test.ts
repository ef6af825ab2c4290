import { enqueueOutboxMail, insertOutreachStep, insertPartner, insertUser } from "@waymark/db";
import type { TAssignmentChange, TCreatedApiToken, TCustomer, TDraft, TFindingList, TNote, TService, TTenant } from "@waymark/contracts";
import { createLibrary, FASTTRACK_LIBRARY, ONEDRIVE_BVD } from "@waymark/domain";
import { sql } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, TEST_PASSWORD, useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant, newTenantBody } from "../../../../../test-support/fixtures.ts";
import { hashToken } from "../../auth/sessions.ts";
import { adjustableClock } from "../../clock.ts";

/*
 * Issue 5: every mutation writes an audit event in the transaction that makes it, and nothing changes or deletes
 * one. Every POST/PUT/PATCH/DELETE route of the OpenAPI document needs a case below (or a reason it writes none), so
 * a route added without one fails here.
 */

// Monday 23 November 2026, 10:00 in Berlin.
const { admin, api } = useTestApi({ clock: adjustableClock(() => new Date("2026-11-23T09:00:00Z")) });
const MUTATING = new Set(["post", "put", "patch", "delete"]);

/** Mutating routes that legitimately write no audit event, each with why. Keep this short. */
const WRITES_NO_AUDIT_EVENT: Record<string, string> = {
  "POST /api/notes/suggest": "rates a note text and suggests its L1/L2; stores nothing",
  "POST /api/assignments/reassignment-preview": "plans a bulk reassignment in a read-only transaction; stores nothing",
  "POST /api/partners/frp-list/preview": "plans a FastTrack Ready Partner list import in a read-only transaction; stores nothing",
};

type Change = "after" | "before" | "before+after" | "reason" | "none";
/** An event the request must write: its action, who acted (a user id, or "rule" for engine effects), what it keeps. */
type Expected = { action: string; by: string | "rule"; change: Change; entityId?: string };
type Prepared = { send: () => Promise<LightMyRequestResponse>; status: number; events: Expected[]; secrets?: () => Promise<string[]> };

type AuditRow = {
  action: string;
  actor_kind: string;
  actor_user_id: string | null;
  actor_rule_id: string | null;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  reason: string | null;
};

let adminId: string;
let people = 0;
const db = () => api().database.db;
const lastEventId = async () => Number((await db().execute<{ id: string | null }>(sql`SELECT max(id)::text AS id FROM audit_events`)).rows[0]?.id ?? 0);
const eventsAfter = async (id: number) => (await db().execute<AuditRow>(sql`SELECT * FROM audit_events WHERE id > ${id} ORDER BY id`)).rows;
const userRow = async (userId: string) =>
  (await db().execute<{ username: string; password_hash: string }>(sql`SELECT username, password_hash FROM users WHERE id = ${userId}`)).rows[0];
const usernameOf = async (userId: string) => (await userRow(userId))?.username ?? "";
const passwordHashOf = async (userId: string) => (await userRow(userId))?.password_hash ?? "no password hash";
const someone = async (roles: string[]) =>
  (await insertUser(db(), { username: `audited${++people}-${Date.now()}`, displayName: `Audited ${people}`, roles })).id;
const byAdmin = (action: string, change: Change, entityId?: string): Expected => ({ action, by: adminId, change, ...(entityId ? { entityId } : {}) });
/** A meeting far enough ahead that advancing the clock never puts it in the past. */
const auditedMeeting = { kind: "checkpoint", startsAt: "2027-06-01T10:00:00Z", timeZone: "UTC", attendees: [{ name: "Audited Attendee", email: "audited@contoso.example" }] };

const referralConsent = { scope: "share_contact_with_referral_partners", method: "verbal", statement: "Agreed on the call to share their details with partners" };
/** A customer contact with an e-mail and consent to share it, on a tenant in Germany, where a partner takes project-management referrals. */
async function referableContact(tenantId: string) {
  await insertPartner(db(), { name: `Audited Projects ${++people}`, country: "DE", city: "Berlin", specialties: ["project_management"] });
  const contact = (await admin.post(`/api/tenants/${tenantId}/contacts`, { type: "customer", name: "Rita Referred", email: "rita@referred.example" })).json<{ id: string }>();
  const consent = (await admin.post(`/api/contacts/${contact.id}/consents`, referralConsent)).json<{ id: string }>();
  return { contactId: contact.id, consentId: consent.id };
}
/** A customer outreach step with its e-mail on a new tenant (failed when it has nobody to go to). */
async function outreachEmailOn(name: string, to = ["cio@contoso.example"]) {
  const tenant = await newTenant(name);
  const step = await insertOutreachStep(db(), { tenantId: tenant.id, customerId: tenant.customerId, audience: "customer", template: "Customer 1st Contact Template", channel: "email", attemptNumber: 1, sentAt: new Date() });
  const mail = await enqueueOutboxMail(db(), { tenant, template: "customer_1st_contact", to, subject: "FastTrack", body: "Hello", idempotencyKey: `audited/${step.id}`, ruleId: null, outreachAttemptId: step.id });
  return { tenant, stepId: step.id, outboxId: mail.id, messageId: mail.messageId };
}
/** An answer is recorded on its step, and the playbook acts on it: the customer responded, so the FM is prompted to meet them. */
const answerEvents = (stepId: string, tenantId: string): Expected[] => [
  byAdmin("outreach.reply_recorded", "after", stepId),
  byAdmin("playbook.event_recorded", "after", tenantId),
  { action: "engine.raise_finding", by: "rule", change: "reason", entityId: tenantId },
];
async function newTenant(name: string) {
  return createTenant(admin, (await createCustomer(admin, { name })).id, { name });
}
async function tenantWith(name: string, service: string, entitlements = 300) {
  const tenant = await newTenant(name);
  return { tenant, service: await addService(admin, tenant.id, service, entitlements) };
}
async function noteOn(tenant: TTenant) {
  return (await admin.post(`/api/tenants/${tenant.id}/notes`, { category: "environment", body: "On-premises AD with ADFS" })).json<TNote>();
}
async function draftOn(tenant: TTenant) {
  return (await admin.post(`/api/tenants/${tenant.id}/drafts`, { category: "environment", body: "Hybrid AD; pilot first" })).json<TDraft>();
}
/** A person of their own, so signing them out or changing their password leaves the administrator's session alone. */
async function person(): Promise<Client & { userId: string; cookie: string }> {
  return api().signIn({ roles: ["fasttrack_manager"] });
}
const sessionToken = (cookie: string) => cookie.split("=")[1] ?? "";

const CASES: Record<string, () => Promise<Prepared>> = {
  "POST /api/auth/login": async () => {
    const user = await person();
    const username = await usernameOf(user.userId);
    let token = "";
    return {
      send: async () => {
        const payload = { username, password: TEST_PASSWORD };
        const response = await api().app.inject({ method: "POST", url: "/api/auth/login", payload, remoteAddress: "192.0.2.51" });
        token = sessionToken(String(response.headers["set-cookie"]).split(";")[0] ?? "");
        return response;
      },
      status: 200,
      events: [{ action: "user.signed_in", by: user.userId, change: "after", entityId: user.userId }],
      secrets: async () => [TEST_PASSWORD, token, hashToken(token)],
    };
  },
  "POST /api/auth/logout": async () => {
    const user = await person();
    return {
      send: () => user.post("/api/auth/logout"),
      status: 204,
      events: [{ action: "user.signed_out", by: user.userId, change: "none", entityId: user.userId }],
      secrets: async () => [sessionToken(user.cookie), hashToken(sessionToken(user.cookie))],
    };
  },
  "POST /api/auth/logout-everywhere": async () => {
    const user = await person();
    return {
      send: () => user.post("/api/auth/logout-everywhere"),
      status: 204,
      events: [{ action: "user.signed_out_everywhere", by: user.userId, change: "after", entityId: user.userId }],
    };
  },
  "POST /api/auth/password": async () => {
    const user = await person();
    const newPassword = "a brand new password that is long";
    return {
      send: () => user.post("/api/auth/password", { currentPassword: TEST_PASSWORD, newPassword }),
      status: 204,
      events: [{ action: "user.password_changed", by: user.userId, change: "after", entityId: user.userId }],
      secrets: async () => [TEST_PASSWORD, newPassword, await passwordHashOf(user.userId)],
    };
  },
  "POST /api/auth/tokens": async () => {
    let token = "";
    return {
      send: async () => {
        const response = await admin.post("/api/auth/tokens", { name: "nightly export", scopes: ["read"] });
        token = response.json<TCreatedApiToken>().token;
        return response;
      },
      status: 201,
      events: [byAdmin("api_token.created", "after")],
      secrets: async () => [token, hashToken(token)],
    };
  },
  "DELETE /api/auth/tokens/{id}": async () => {
    const created = (await admin.post("/api/auth/tokens", { name: "to revoke", scopes: ["read"] })).json<TCreatedApiToken>();
    return {
      send: () => admin.delete(`/api/auth/tokens/${created.id}`),
      status: 204,
      events: [byAdmin("api_token.revoked", "before+after", created.id)],
      secrets: async () => [created.token, hashToken(created.token)],
    };
  },
  "POST /api/customers": async () => ({
    send: () => admin.post("/api/customers", { tpid: 70_000_001, name: "Audited Customer", region: "emea" }),
    status: 201,
    events: [byAdmin("customer.created", "after")],
  }),
  "PATCH /api/customers/{id}": async () => {
    const customer: TCustomer = await createCustomer(admin, { name: "Before Rename" });
    return {
      send: () => admin.patch(`/api/customers/${customer.id}`, { version: customer.version, name: "After Rename" }),
      status: 200,
      events: [byAdmin("customer.updated", "before+after", customer.id)],
    };
  },
  "POST /api/tenants": async () => {
    const customer = await createCustomer(admin, { name: "New Tenant Inc" });
    const body = newTenantBody(customer.id, { name: "New Tenant Inc", seats: 500 });
    return { send: () => admin.post("/api/tenants", body), status: 201, events: [byAdmin("tenant.created", "after")] };
  },
  "PATCH /api/tenants/{id}": async () => {
    const tenant = await newTenant("Seats Changed Ltd");
    return {
      send: () => admin.patch(`/api/tenants/${tenant.id}`, { version: tenant.version, seats: 1234 }),
      status: 200,
      events: [byAdmin("tenant.updated", "before+after", tenant.id)],
    };
  },
  "POST /api/tenants/{id}/services": async () => {
    const tenant = await newTenant("Service Added Ltd");
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/services`, { service: "teams", totalEntitlements: 300 }),
      status: 201,
      events: [byAdmin("service.added", "after")],
    };
  },
  "PATCH /api/services/{id}": async () => {
    const { service } = await tenantWith("Scenario Set Ltd", "teams");
    return {
      send: () => admin.patch(`/api/services/${service.id}`, { version: service.version, engagementScenario: "ftc_css_led" }),
      status: 200,
      events: [byAdmin("service.updated", "before+after", service.id)],
    };
  },
  "PUT /api/services/{id}/split": async () => {
    const { service } = await tenantWith("Split Replaced Ltd", "teams", 500);
    const rows = [{ l1: "in_progress", entitlements: 500, targetDate: "2026-12-15" }];
    return {
      send: () => admin.put(`/api/services/${service.id}/split`, { version: service.version, rows }),
      status: 200,
      events: [byAdmin("service.split_replaced", "before+after", service.id)],
    };
  },
  "POST /api/services/{id}/split/moves": async () => {
    const { service } = await tenantWith("Entitlements Moved Ltd", "sharepoint", 305);
    const move = { version: service.version, from: "status_unknown", to: "in_progress", entitlements: 300, l2: "technical_onboarding", targetDate: "2027-03-01" };
    return {
      send: () => admin.post(`/api/services/${service.id}/split/moves`, move),
      status: 200,
      events: [byAdmin("service.entitlements_moved", "before+after", service.id)],
    };
  },
  "PUT /api/services/{id}/migration": async () => {
    const { service } = await tenantWith("Migration Planned Ltd", "exchange", 305);
    const allInProgress = { version: service.version, from: "status_unknown", to: "in_progress", entitlements: 305, l2: "migration", targetDate: "2027-03-01" };
    const moved = (await admin.post(`/api/services/${service.id}/split/moves`, allInProgress)).json<TService>();
    const scenarios = [{ migrationType: "mig_ex_hybrid", entitlements: 305 }];
    const body = { version: moved.version, microsoftMigrating: true, startDate: "2027-01-10", endDate: "2027-03-01", scenarios };
    return {
      send: () => admin.put(`/api/services/${service.id}/migration`, body),
      status: 200,
      events: [byAdmin("service.migration_set", "before+after", service.id)],
    };
  },
  "PUT /api/services/{id}/forecast": async () => {
    const { service } = await tenantWith("Forecast Set Ltd", "teams");
    const body = { version: service.version, forecast15On: "2027-01-15", forecast40On: "2027-04-01", forecastMaxOn: "2027-06-30" };
    return {
      send: () => admin.put(`/api/services/${service.id}/forecast`, body),
      status: 200,
      events: [byAdmin("service.forecast_set", "before+after", service.id)],
    };
  },
  "PATCH /api/tasks/{id}": async () => {
    const { tenant } = await tenantWith("Task Progressed Ltd", "onedrive");
    await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "playbook.started", service: "onedrive" });
    const [task] = (await admin.get(`/api/tenants/${tenant.id}/tasks`)).json<{ items: { id: string; version: number }[] }>().items;
    return {
      send: () => admin.patch(`/api/tasks/${task?.id}`, { version: task?.version, status: "in_progress", percentComplete: 50 }),
      status: 200,
      events: [byAdmin("task.updated", "before+after", task?.id)],
    };
  },
  "POST /api/tenants/{id}/playbook-events": async () => {
    const { tenant } = await tenantWith("Playbook Started Ltd", "onedrive");
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "playbook.started", service: "onedrive" }),
      status: 200,
      events: [byAdmin("playbook.event_recorded", "after", tenant.id), { action: "engine.create_task", by: "rule", change: "reason", entityId: tenant.id }],
    };
  },
  "POST /api/tenants/{id}/usage": async () => {
    const { tenant } = await tenantWith("Usage Reported Ltd", "teams", 400);
    const items = [{ service: "teams", day: "2026-11-20", activeUsers: 100, entitlements: 400 }];
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/usage`, { items }),
      status: 200,
      events: [byAdmin("usage.reported", "after", tenant.id), byAdmin("playbook.event_recorded", "after", tenant.id)],
    };
  },
  "POST /api/usage/imports": async () => {
    const { tenant } = await tenantWith("Usage Imported Ltd", "teams", 400);
    const csv = `tenant,service,day,active_users,entitlements\n${tenant.id},teams,2026-11-20,120,400`;
    return { send: () => admin.post("/api/usage/imports", { csv }), status: 200, events: [byAdmin("usage.imported", "after", tenant.id)] };
  },
  "POST /api/tenants/{id}/findings/{findingId}/accept": async () => {
    const { tenant } = await tenantWith("Finding Accepted Ltd", "onedrive", 90);
    await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "bvd.delivered", service: "onedrive", data: { intent: "blocked" } });
    const finding = (await admin.get(`/api/tenants/${tenant.id}/findings`)).json<TFindingList>().items.find((f) => f.code === "classify_after_bvd");
    const reason = "Classified in the customer's own tracker";
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/findings/${finding?.id}/accept`, { reason }),
      status: 200,
      events: [byAdmin("finding.accepted", "reason", finding?.id)],
    };
  },
  "POST /api/tenants/{id}/playbooks/{playbookId}/upgrade": async () => {
    const { tenant } = await tenantWith("Playbook Upgraded Ltd", "onedrive");
    await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "playbook.started", service: "onedrive" });
    api().app.deps.playbooks = createLibrary([...FASTTRACK_LIBRARY.versions, { ...ONEDRIVE_BVD, version: 2 }]);
    const body = { fromVersion: 1, toVersion: 2, reason: "the new note format" };
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/playbooks/onedrive-bvd/upgrade`, body),
      status: 200,
      events: [byAdmin("playbook.upgraded", "before+after", tenant.id)],
    };
  },
  "POST /api/tenants/{id}/notes": async () => {
    const tenant = await newTenant("Note Written Ltd");
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/notes`, { category: "environment", body: "Hybrid AD" }),
      status: 201,
      events: [byAdmin("note.created", "after")],
    };
  },
  "POST /api/notes/{id}/versions": async () => {
    const note = await noteOn(await newTenant("Note Revised Ltd"));
    return {
      send: () => admin.post(`/api/notes/${note.id}/versions`, { category: "environment", body: "Cloud-only identities since May" }),
      status: 201,
      events: [byAdmin("note.revised", "before+after")],
    };
  },
  "POST /api/tenants/{id}/drafts": async () => {
    const tenant = await newTenant("Draft Saved Ltd");
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/drafts`, { category: "environment", body: "half a thought" }),
      status: 201,
      events: [byAdmin("note.draft_saved", "after")],
    };
  },
  "PUT /api/drafts/{id}": async () => {
    const draft = await draftOn(await newTenant("Draft Changed Ltd"));
    return {
      send: () => admin.put(`/api/drafts/${draft.id}`, { category: "service_intent", body: "Intranet pilot first" }),
      status: 200,
      events: [byAdmin("note.draft_changed", "before+after", draft.id)],
    };
  },
  "DELETE /api/drafts/{id}": async () => {
    const draft = await draftOn(await newTenant("Draft Deleted Ltd"));
    return { send: () => admin.delete(`/api/drafts/${draft.id}`), status: 204, events: [byAdmin("note.draft_deleted", "before", draft.id)] };
  },
  "POST /api/drafts/{id}/publish": async () => {
    const draft = await draftOn(await newTenant("Draft Published Ltd"));
    return {
      send: () => admin.post(`/api/drafts/${draft.id}/publish`),
      status: 201,
      events: [byAdmin("note.created", "after"), byAdmin("note.draft_published", "after", draft.id)],
    };
  },
  "POST /api/tenants/{id}/assignments": async () => {
    const tenant = await newTenant("Engineer Assigned Ltd");
    const userId = await someone(["fasttrack_engineer"]);
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/assignments`, { userId, role: "fe" }),
      status: 201,
      events: [byAdmin("assignment.added", "after")],
    };
  },
  "DELETE /api/assignments/{id}": async () => {
    const tenant = await newTenant("Engineer Unassigned Ltd");
    const userId = await someone(["fasttrack_engineer"]);
    const added = (await admin.post(`/api/tenants/${tenant.id}/assignments`, { userId, role: "fe" })).json<TAssignmentChange>();
    return {
      send: () => admin.delete(`/api/assignments/${added.assignment.id}`),
      status: 200,
      events: [byAdmin("assignment.removed", "before", added.assignment.id)],
    };
  },
  "POST /api/customers/{id}/assignments": async () => {
    const customer = await createCustomer(admin, { name: "Tpid Level Ltd" });
    const userId = await someone(["fasttrack_manager"]);
    return {
      send: () => admin.post(`/api/customers/${customer.id}/assignments`, { userId, role: "fm", isPrimary: true }),
      status: 201,
      events: [byAdmin("assignment.added", "after")],
    };
  },
  "POST /api/assignments/reassignments": async () => {
    const tenant = await newTenant("Handed Over Ltd");
    const fromUserId = await someone(["fasttrack_manager"]);
    const toUserId = await someone(["fasttrack_manager"]);
    await admin.post(`/api/tenants/${tenant.id}/assignments`, { userId: fromUserId, role: "fm", isPrimary: true });
    const input = { fromUserId, toUserIds: [toUserId], reason: "The FM moves to another region" };
    const preview = (await admin.post("/api/assignments/reassignment-preview", input)).json<{ previewFingerprint: string }>();
    return {
      send: () => admin.post("/api/assignments/reassignments", { ...input, previewFingerprint: preview.previewFingerprint }),
      status: 200,
      events: [byAdmin("assignment.reassigned", "before+after"), byAdmin("assignment.bulk_reassigned", "after", fromUserId)],
    };
  },
  "POST /api/outreach-steps/{id}/replies": async () => {
    const { tenant, stepId } = await outreachEmailOn("Answered Ltd");
    return {
      send: () => admin.post(`/api/outreach-steps/${stepId}/replies`, { text: "The customer called back." }),
      status: 201,
      events: answerEvents(stepId, tenant.id),
    };
  },
  "POST /api/inbound-mail": async () => {
    const { tenant, stepId, messageId } = await outreachEmailOn("Answered By Mail Ltd");
    const eml = `From: cio@contoso.example\r\nSubject: Re: FastTrack\r\nMessage-ID: <audited-answer@contoso.example>\r\nIn-Reply-To: ${messageId}\r\n\r\nYes.\r\n`;
    return { send: () => admin.post("/api/inbound-mail", { eml: Buffer.from(eml).toString("base64") }), status: 201, events: answerEvents(stepId, tenant.id) };
  },
  "POST /api/messages/{id}/retry": async () => {
    const { outboxId } = await outreachEmailOn("Resent Ltd", []);
    return { send: () => admin.post(`/api/messages/${outboxId}/retry`), status: 200, events: [byAdmin("message.retried", "before+after", outboxId)] };
  },
  "POST /api/tenants/{id}/contacts": async () => {
    const tenant = await newTenant("Contact Added Ltd");
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "microsoft", name: "Ada Account", role: "ATS" }),
      status: 201,
      events: [byAdmin("contact.added", "after")],
    };
  },
  "PATCH /api/contacts/{id}": async () => {
    const tenant = await newTenant("Contact Changed Ltd");
    const contact = (await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "customer", name: "Cleo Customer" })).json<{ id: string; version: number }>();
    return {
      send: () => admin.patch(`/api/contacts/${contact.id}`, { version: contact.version, doNotCall: true, doNotCallReason: "Asked not to be called" }),
      status: 200,
      events: [byAdmin("contact.updated", "before+after", contact.id)],
    };
  },
  "DELETE /api/contacts/{id}": async () => {
    const tenant = await newTenant("Contact Removed Ltd");
    const contact = (await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "customer", name: "Gone Person" })).json<{ id: string }>();
    return { send: () => admin.delete(`/api/contacts/${contact.id}`), status: 200, events: [byAdmin("contact.removed", "before", contact.id)] };
  },
  "POST /api/contacts/{id}/consents": async () => {
    const tenant = await newTenant("Consent Given Ltd");
    const contact = (await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "customer", name: "Connie Consent" })).json<{ id: string }>();
    return { send: () => admin.post(`/api/contacts/${contact.id}/consents`, referralConsent), status: 201, events: [byAdmin("consent.recorded", "after")] };
  },
  "POST /api/consents/{id}/withdrawal": async () => {
    const tenant = await newTenant("Consent Withdrawn Ltd");
    const { consentId } = await referableContact(tenant.id);
    return { send: () => admin.post(`/api/consents/${consentId}/withdrawal`), status: 200, events: [byAdmin("consent.withdrawn", "before+after", consentId)] };
  },
  "POST /api/tenants/{id}/referrals": async () => {
    const tenant = await newTenant("Referred Ltd");
    const { contactId } = await referableContact(tenant.id);
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/referrals`, { kind: "quickleads", need: "project_management", contactId }),
      status: 201,
      events: [byAdmin("referral.submitted", "after"), byAdmin("playbook.event_recorded", "after", tenant.id), { action: "engine.start_timer", by: "rule", change: "reason", entityId: tenant.id }],
    };
  },
  "POST /api/referrals/{id}/partner-contact": async () => {
    const tenant = await newTenant("Partner Called Ltd");
    const { contactId } = await referableContact(tenant.id);
    const referral = (await admin.post(`/api/tenants/${tenant.id}/referrals`, { kind: "quickleads", need: "project_management", contactId })).json<{ referral: { id: string } }>().referral;
    return {
      send: () => admin.post(`/api/referrals/${referral.id}/partner-contact`),
      status: 200,
      events: [byAdmin("referral.partner_contacted", "before+after", referral.id), { action: "engine.cancel_timer", by: "rule", change: "reason", entityId: tenant.id }],
    };
  },
  "POST /api/tenants/{id}/meetings": async () => {
    const tenant = await newTenant("Meeting Scheduled Ltd");
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/meetings`, { ...auditedMeeting, kind: "kickoff" }),
      status: 201,
      events: [byAdmin("meeting.scheduled", "after")],
    };
  },
  "PATCH /api/meetings/{id}": async () => {
    const tenant = await newTenant("Meeting Moved Ltd");
    const meeting = (await admin.post(`/api/tenants/${tenant.id}/meetings`, auditedMeeting)).json<{ id: string; version: number }>();
    return {
      send: () => admin.patch(`/api/meetings/${meeting.id}`, { version: meeting.version, startsAt: "2027-06-08T10:00:00Z" }),
      status: 200,
      events: [byAdmin("meeting.updated", "before+after", meeting.id)],
    };
  },
  "POST /api/meetings/{id}/cancellation": async () => {
    const tenant = await newTenant("Meeting Cancelled Ltd");
    const meeting = (await admin.post(`/api/tenants/${tenant.id}/meetings`, auditedMeeting)).json<{ id: string; version: number }>();
    return {
      send: () => admin.post(`/api/meetings/${meeting.id}/cancellation`, { version: meeting.version, reason: "The customer paused the project" }),
      status: 200,
      events: [byAdmin("meeting.cancelled", "before+after", meeting.id)],
    };
  },
  "POST /api/partners": async () => ({
    send: () => admin.post("/api/partners", { name: "Audited Partner", mpnId: "77001", frpMember: true }),
    status: 201,
    events: [byAdmin("partner.created", "after")],
  }),
  "PATCH /api/partners/{id}": async () => {
    const partner = await insertPartner(db(), { name: "Audited Renamed Partner", mpnId: "77002" });
    return {
      send: () => admin.patch(`/api/partners/${partner.id}`, { version: partner.version, name: "Audited Renamed Partner GmbH" }),
      status: 200,
      events: [byAdmin("partner.updated", "before+after", partner.id)],
    };
  },
  "POST /api/partners/frp-list": async () => {
    const csv = "Partner Name,MPN ID,Country,City,Specialties\nAudited FRP Partner,77003,DE,Berlin,Training and Enablement";
    const preview = (await admin.post("/api/partners/frp-list/preview", { csv })).json<{ previewFingerprint: string }>();
    return {
      send: () => admin.post(`/api/partners/frp-list?previewFingerprint=${preview.previewFingerprint}`, { csv }),
      status: 200,
      events: [byAdmin("partner.created", "after"), byAdmin("partner.frp_list_imported", "after")],
    };
  },
  "POST /api/tenants/{id}/partners": async () => {
    const tenant = await newTenant("Partner Linked Ltd");
    const partner = await insertPartner(db(), { name: "Audited Linked Partner", mpnId: "77004" });
    return { send: () => admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: partner.id }), status: 201, events: [byAdmin("tenant.partner_added", "after", tenant.id)] };
  },
  "DELETE /api/tenants/{id}/partners/{partnerId}": async () => {
    const tenant = await newTenant("Partner Unlinked Ltd");
    const partner = await insertPartner(db(), { name: "Audited Unlinked Partner", mpnId: "77005" });
    await admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: partner.id });
    const contact = (await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "partner", name: "Pia Partner", partnerId: partner.id })).json<{ id: string }>();
    return {
      send: () => admin.delete(`/api/tenants/${tenant.id}/partners/${partner.id}?reason=not%20deploying`),
      status: 200,
      events: [byAdmin("tenant.partner_removed", "before", tenant.id), byAdmin("tenant.partner_removed", "reason", tenant.id), byAdmin("contact.removed", "before", contact.id)],
    };
  },
  "POST /api/users": async () => ({
    send: () => admin.post("/api/users", { username: `new.fm.${Date.now()}`, displayName: "New FM", roles: ["fasttrack_manager"] }),
    status: 201,
    events: [byAdmin("user.created", "after")],
  }),
  "PATCH /api/users/{id}": async () => {
    const userId = await someone(["fasttrack_engineer"]);
    return {
      send: () => admin.patch(`/api/users/${userId}`, { version: 1, roles: ["fasttrack_manager"] }),
      status: 200,
      events: [byAdmin("user.updated", "before+after", userId)],
    };
  },
  "POST /api/users/{id}/password-reset": async () => {
    const userId = await someone(["fasttrack_engineer"]);
    return {
      send: () => admin.post(`/api/users/${userId}/password-reset`),
      status: 200,
      events: [byAdmin("user.password_reset", "after", userId)],
      secrets: async () => [String((await db().execute<{ password_hash: string }>(`SELECT password_hash FROM users WHERE id = '${userId}'`)).rows[0]?.password_hash)],
    };
  },
  "POST /api/tenants/{id}/duplicate-of": async () => {
    const winner = await newTenant("Duplicate Winner Ltd");
    const { tenant, service } = await tenantWith("Duplicate Winner Limited", "teams");
    return {
      send: () => admin.post(`/api/tenants/${tenant.id}/duplicate-of`, { winnerTenantId: winner.id, reason: "Same organisation: same contacts in Viewpoint" }),
      status: 200,
      events: [byAdmin("tenant.duplicate_confirmed", "before+after", tenant.id), byAdmin("service.split_replaced", "before+after", service.id)],
    };
  },
  "POST /api/portfolio/views": async () => ({
    send: () => admin.post("/api/portfolio/views", { name: "Audited view", query: "scope=my_active&sort=-priority" }),
    status: 201,
    events: [byAdmin("saved_view.created", "after")],
  }),
  "PATCH /api/portfolio/views/{id}": async () => {
    const view = (await admin.post("/api/portfolio/views", { name: "Audited rename", query: "scope=my" })).json<{ id: string }>();
    return { send: () => admin.patch(`/api/portfolio/views/${view.id}`, { version: 1, name: "Audited renamed" }), status: 200, events: [byAdmin("saved_view.updated", "before+after", view.id)] };
  },
  "DELETE /api/portfolio/views/{id}": async () => {
    const view = (await admin.post("/api/portfolio/views", { name: "Audited delete", query: "scope=my" })).json<{ id: string }>();
    return { send: () => admin.delete(`/api/portfolio/views/${view.id}?version=1`), status: 204, events: [byAdmin("saved_view.deleted", "before", view.id)] };
  },
  // Last: it moves the clock for every case after it.
  "POST /api/clock/advance": async () => {
    const { tenant } = await tenantWith("Timer Fired Ltd", "onedrive");
    await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "bvd.attempt_made", service: "onedrive", data: { attemptNumber: 1 } });
    return {
      send: () => admin.post("/api/clock/advance", { days: 7 }),
      status: 200,
      events: [byAdmin("clock.advanced", "before+after"), { action: "playbook.event_recorded", by: "rule", change: "reason", entityId: tenant.id }],
    };
  },
};

/** "POST /api/customers" for every POST/PUT/PATCH/DELETE route the API documents. */
function mutatingRoutes(): string[] {
  const paths = (api().app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
  return Object.entries(paths).flatMap(([path, methods]) => Object.keys(methods).filter((m) => MUTATING.has(m)).map((m) => `${m.toUpperCase()} ${path}`));
}

function matches(row: AuditRow, expected: Expected) {
  const actor = expected.by === "rule" ? row.actor_kind === "rule" && !!row.actor_rule_id : row.actor_kind === "user" && row.actor_user_id === expected.by;
  return row.action === expected.action && actor && (!expected.entityId || row.entity_id === expected.entityId);
}

beforeAll(async () => {
  adminId = (await admin.get("/api/auth/me")).json<{ user: { id: string } }>().user.id;
});

describe("the audit trail is complete", () => {
  it("has a case, or a stated reason for writing none, for every mutating route of the API", () => {
    const routes = mutatingRoutes();
    const missing = routes.filter((route) => !(route in CASES) && !(route in WRITES_NO_AUDIT_EVENT));
    expect(missing.map((route) => `add an audit case for ${route}`)).toEqual([]);
    const stale = [...Object.keys(CASES), ...Object.keys(WRITES_NO_AUDIT_EVENT)].filter((route) => !routes.includes(route));
    expect(stale.map((route) => `${route} is no longer in the API; remove its audit case`)).toEqual([]);
  });

  it.each(Object.keys(CASES))("%s writes its audit events, by who acted, with what changed", async (route) => {
    const prepared = await CASES[route]!();
    const mark = await lastEventId();
    const response = await prepared.send();
    expect(response.statusCode, response.body).toBe(prepared.status);
    const rows = await eventsAfter(mark);
    for (const expected of prepared.events) {
      const row = rows.find((r) => matches(r, expected));
      expect(row, `${route} wrote no ${expected.action} event by ${expected.by}; it wrote ${JSON.stringify(rows.map((r) => r.action))}`).toBeDefined();
      if (expected.change === "after" || expected.change === "before+after") expect(row?.after, `${expected.action}: after`).not.toBeNull();
      if (expected.change === "before" || expected.change === "before+after") expect(row?.before, `${expected.action}: before`).not.toBeNull();
      if (expected.change === "reason") expect(row?.reason, `${expected.action}: reason`).toBeTruthy();
    }
    for (const row of rows) expect([row.entity_type, row.entity_id].every((v) => v && v.length > 0), `${row.action} names its entity`).toBe(true);
    const written = JSON.stringify(rows);
    for (const secret of (await prepared.secrets?.()) ?? []) expect(written.includes(secret), `${route} put a secret in the audit trail`).toBe(false);
  });

  it("cannot have an event changed or deleted, by the API or by the application's database role", async () => {
    const routes = Object.keys((api().app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths).filter((p) => p.startsWith("/api/audit"));
    expect(routes.length).toBeGreaterThan(0);
    expect(mutatingRoutes().filter((route) => route.split(" ")[1]?.startsWith("/api/audit"))).toEqual([]);

    const before = await eventsAfter(0);
    expect(before.length).toBeGreaterThan(0);
    const refusal = (statement: Promise<unknown>) => statement.then(() => "accepted", (error: Error) => String(error.cause ?? error.message));
    expect(await refusal(db().execute(sql`UPDATE audit_events SET reason = 'rewritten'`))).toContain("append-only");
    expect(await refusal(db().execute(sql`DELETE FROM audit_events`))).toContain("append-only");
    expect(await eventsAfter(0)).toEqual(before);
  });
});
