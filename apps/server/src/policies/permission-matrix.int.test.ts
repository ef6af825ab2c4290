import { randomUUID } from "node:crypto";
import { deleteDraft, enqueueOutboxMail, insertAssignment, insertNoteVersion, insertOutreachStep, insertPartner, insertUser, tasks } from "@waymark/db";
import type { TAssignmentChange, TCreatedApiToken, TCustomer, TDraft, TFindingList, TNote, TService, TPartnerList, TTenant, TUserList } from "@waymark/contracts";
import { createLibrary, FASTTRACK_LIBRARY, ONEDRIVE_BVD } from "@waymark/domain";
import type { LightMyRequestResponse } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, TEST_PASSWORD, useTestApi } from "../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../test-support/fixtures.ts";
import { hashPassword } from "../auth/passwords.ts";
import { adjustableClock } from "../clock.ts";
import {
  ACTORS,
  type Actor,
  GLOBAL_ROUTES,
  KNOWN_GAPS,
  type Outcome,
  PUBLIC_ROUTES,
  RELATIONS,
  type Relation,
  TENANT_ROUTES,
} from "./permission-matrix.cases.ts";

/*
 * Issue 5: every route × every kind of user × a tenant assigned to them / to nobody of theirs / to another partner,
 * against the table in permission-matrix.cases.ts. Each request that changes something gets objects of its own, so
 * no case depends on another.
 */

// Monday 23 November 2026, 10:00 in Berlin.
const { admin, api } = useTestApi({ clock: adjustableClock(() => new Date("2026-11-23T09:00:00Z")) });

type Person = Client & { userId: string };
type Prepared = {
  send: () => Promise<LightMyRequestResponse>;
  /** For lists: what is wrong with a 2xx answer (something the actor may not read, or a missing one). */
  check?: (response: LightMyRequestResponse) => string | null;
  cleanup?: () => Promise<void>;
};
type Shared = { tenant: TTenant; note: TNote };

const ACCOUNTS: Record<Actor, { roles: string[]; isAdministrator: boolean; partner?: true }> = {
  admin: { roles: [], isAdministrator: true },
  fm: { roles: ["fasttrack_manager"], isAdministrator: false },
  fe: { roles: ["fasttrack_engineer"], isAdministrator: false },
  tm: { roles: ["team_manager"], isAdministrator: false },
  slt: { roles: ["senior_leadership"], isAdministrator: false },
  partner: { roles: ["partner_user"], isAdministrator: false, partner: true },
  nobody: { roles: [], isAdministrator: false },
};
/** How each actor is assigned to "their" tenant; the FM is its primary FM, so may change its assignments. */
const ASSIGNED_AS: Record<Exclude<Actor, "partner">, { role: string; isPrimary: boolean }> = {
  admin: { role: "fe", isPrimary: false },
  fm: { role: "fm", isPrimary: true },
  fe: { role: "fe", isPrimary: false },
  tm: { role: "rm", isPrimary: false },
  slt: { role: "fe", isPrimary: false },
  nobody: { role: "fe", isPrimary: false },
};
const NOW = new Date("2026-11-23T09:00:00Z");

let partnerA: string;
let partnerB: string;
let people: Record<Actor, Person>;
let shared: Record<Relation, Shared>;
let counter = 0;
/** A checkpoint meeting far enough ahead that advancing the clock never puts it in the past. */
const matrixMeeting = () => ({ kind: "checkpoint", startsAt: "2027-06-01T10:00:00Z", timeZone: "UTC", attendees: [{ name: "Matrix Attendee", email: "matrix@contoso.example" }] });
let passwordHash: Promise<string> | undefined;
const db = () => api().database.db;

async function relate(tenant: TTenant, relation: Relation, actors: readonly Actor[]) {
  if (relation === "otherPartner") return linkPartner(tenant, partnerB);
  if (relation === "unassigned") return;
  for (const actor of actors) {
    if (actor === "partner") await linkPartner(tenant, partnerA);
    else await insertAssignment(db(), { customerId: tenant.customerId, tenantId: tenant.id, userId: people[actor].userId, ...ASSIGNED_AS[actor] });
  }
}
async function linkPartner(tenant: TTenant, partnerId: string) {
  const response = await admin.post(`/api/tenants/${tenant.id}/assignments`, { partnerId, role: "p_rm", isPrimary: true });
  if (response.statusCode !== 201) throw new Error(`partner not linked: ${response.body}`);
}
async function newTenant(name: string) {
  return createTenant(admin, (await createCustomer(admin, { name })).id, { name });
}
/** A tenant of its own for one case, in the relation to the actor the case needs. */
async function freshTenant(actor: Actor, relation: Relation) {
  const tenant = await newTenant(`Matrix Fresh ${++counter}`);
  await relate(tenant, relation, [actor]);
  return tenant;
}
/** A customer of its own for one case, assigned at customer (TPID) level when the relation says so. */
async function freshCustomer(actor: Actor, relation: Relation): Promise<TCustomer> {
  const customer = await createCustomer(admin, { name: `Matrix Fresh Customer ${++counter}` });
  const atCustomerLevel = { customerId: customer.id, tenantId: null };
  if (relation === "otherPartner") await insertAssignment(db(), { ...atCustomerLevel, partnerId: partnerB, role: "p_rm" });
  if (relation !== "assigned") return customer;
  if (actor === "partner") await insertAssignment(db(), { ...atCustomerLevel, partnerId: partnerA, role: "p_rm" });
  else await insertAssignment(db(), { ...atCustomerLevel, userId: people[actor].userId, ...ASSIGNED_AS[actor] });
  return customer;
}
const readTenant = async (tenant: { id: string }) => (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>();
/** The service as it is now, so a change sends the version current at that moment. */
async function serviceOf(relation: Relation, code: string): Promise<TService> {
  const service = (await readTenant(shared[relation].tenant)).services.find((s) => s.service === code);
  if (!service) throw new Error(`no ${code} service`);
  return service;
}
async function ownDraft(actor: Actor, tenant: TTenant) {
  const draft = await insertNoteVersion(db(), {
    tenantId: tenant.id,
    customerId: tenant.customerId,
    category: "environment",
    body: "Hybrid AD; pilot first",
    authorId: people[actor].userId,
    isDraft: true,
    createdAt: NOW,
  });
  if (!draft) throw new Error("draft not kept");
  return { draft, cleanup: async () => void (await deleteDraft(db(), draft.id)) };
}
/** A new assignee fit for the actor to assign: a colleague in a Partner role for a partner user, an FE otherwise. */
async function assignee(actor: Actor) {
  const partner = actor === "partner";
  const user = await insertUser(db(), {
    username: `assignee${++counter}`,
    displayName: `Assignee ${counter}`,
    roles: partner ? ["partner_user"] : ["fasttrack_engineer"],
    ...(partner ? { partnerId: partnerA } : {}),
  });
  return { userId: user.id, role: partner ? "p_fe" : "fe" };
}
/** A second session for a person like the actor, for routes that end sessions or change the password. */
async function lookalike(actor: Actor): Promise<Client> {
  const account = ACCOUNTS[actor];
  const username = `lookalike${++counter}`;
  await insertUser(db(), {
    username,
    displayName: `Lookalike ${counter}`,
    passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
    roles: account.roles,
    isAdministrator: account.isAdministrator,
    ...(account.partner ? { partnerId: partnerA } : {}),
  });
  // Each from an address of its own: sign-ins are throttled per address.
  const remoteAddress = `198.51.100.${counter % 250}`;
  const login = await api().app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password: TEST_PASSWORD }, remoteAddress });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`);
  const headers = { cookie: String(login.headers["set-cookie"]).split(";")[0] ?? "", "x-requested-with": "waymark" };
  const send = (method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", url: string, body?: unknown) =>
    api().app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
  return { get: (url) => send("GET", url), post: (url, body) => send("POST", url, body ?? {}), patch: (url, body) => send("PATCH", url, body), put: (url, body) => send("PUT", url, body), delete: (url) => send("DELETE", url) };
}

/** A FastTrack Ready Partner list naming one new partner. */
const frpList = () => `Partner Name,MPN ID,Country,City,Specialties\nMatrix FRP ${++counter},${88_000_000 + counter},DE,Berlin,Advisory and Planning`;

/** Someone leaving with one tenant assignment, and the colleague who takes it over. */
async function leaverWithColleague() {
  const engineer = (name: string) => insertUser(db(), { username: `matrix.${name}${++counter}`, displayName: `${name} ${counter}`, roles: ["fasttrack_engineer"] });
  const [leaver, colleague] = [await engineer("leaver"), await engineer("colleague")];
  const tenant = shared.unassigned.tenant;
  await insertAssignment(db(), { customerId: tenant.customerId, tenantId: tenant.id, userId: leaver.id, role: "fe", isPrimary: false });
  return { fromUserId: leaver.id, toUserIds: [colleague.id], reason: "moves to another team next month" };
}

const matrixConsent = { scope: "share_contact_with_referral_partners", method: "verbal", statement: "Agreed on the call to share their details with partners" };
/** A customer contact with an e-mail and consent to share it, on the relation's tenant (Germany), and a German partner for project management. */
async function referableContact(relation: Relation) {
  await insertPartner(db(), { name: `Matrix Projects ${++counter}`, country: "DE", city: "Berlin", specialties: ["project_management"] });
  const contact = (await admin.post(tenantUrl("/contacts")(relation), { type: "customer", name: `Matrix Referred ${++counter}`, email: `referred${counter}@contoso.example` })).json<{ id: string }>();
  const consent = (await admin.post(`/api/contacts/${contact.id}/consents`, matrixConsent)).json<{ id: string }>();
  return { contactId: contact.id, consentId: consent.id };
}

/** A customer outreach step on the relation's tenant with its e-mail (queued, or failed for want of a recipient). */
async function outreachEmailOn(relation: Relation, status: "queued" | "failed" = "queued") {
  const tenant = shared[relation].tenant;
  const step = await insertOutreachStep(db(), { tenantId: tenant.id, customerId: tenant.customerId, audience: "customer", template: "Customer 1st Contact Template", channel: "email", attemptNumber: 1, sentAt: new Date() });
  const to = status === "queued" ? ["cio@contoso.example"] : [];
  const mail = await enqueueOutboxMail(db(), { tenant, template: "customer_1st_contact", to, subject: "FastTrack", body: "Hello", idempotencyKey: `matrix/${step.id}`, ruleId: null, outreachAttemptId: step.id });
  return { stepId: step.id, outboxId: mail.id, messageId: mail.messageId };
}

type TenantCase = (who: Person, actor: Actor, relation: Relation) => Promise<Prepared>;
const get = (url: (relation: Relation) => string): TenantCase => async (who, _actor, relation) => ({ send: () => who.get(url(relation)) });
const tenantUrl = (path: string) => (relation: Relation) => `/api/tenants/${shared[relation].tenant.id}${path}`;

const TENANT_CASES: Record<string, TenantCase> = {
  "GET /api/customers/{id}": get((r) => `/api/customers/${shared[r].tenant.customerId}`),
  "GET /api/customers/{id}/overview": get((r) => `/api/customers/${shared[r].tenant.customerId}/overview`),
  "PATCH /api/customers/{id}": async (who, actor, relation) => {
    const customer = await freshCustomer(actor, relation);
    return { send: () => who.patch(`/api/customers/${customer.id}`, { version: customer.version, name: `Matrix Renamed ${++counter}` }) };
  },
  "GET /api/customers/{id}/assignments": get((r) => `/api/customers/${shared[r].tenant.customerId}/assignments`),
  "POST /api/customers/{id}/assignments": async (who, actor, relation) => {
    const customer = await freshCustomer(actor, relation);
    const body = await assignee(actor);
    return { send: () => who.post(`/api/customers/${customer.id}/assignments`, body) };
  },
  "GET /api/tenants/{id}": get(tenantUrl("")),
  "PATCH /api/tenants/{id}": async (who, _actor, relation) => {
    const { id, version } = await readTenant(shared[relation].tenant);
    return { send: () => who.patch(`/api/tenants/${id}`, { version, overallStatus: "active", overallStatusDate: "2026-11-20" }) };
  },
  "GET /api/tenants/{id}/history": get(tenantUrl("/history")),
  "POST /api/tenants/{id}/services": async (who, actor, relation) => {
    const tenant = await freshTenant(actor, relation);
    return { send: () => who.post(`/api/tenants/${tenant.id}/services`, { service: "teams", totalEntitlements: 300 }) };
  },
  "PATCH /api/services/{id}": async (who, _actor, relation) => {
    const { id, version } = await serviceOf(relation, "teams");
    return { send: () => who.patch(`/api/services/${id}`, { version, nextActionDate: "2026-12-01" }) };
  },
  "PUT /api/services/{id}/split": async (who, _actor, relation) => {
    const { id, version } = await serviceOf(relation, "teams");
    const rows = [{ l1: "in_progress", entitlements: 300, targetDate: "2026-12-15" }];
    return { send: () => who.put(`/api/services/${id}/split`, { version, rows }) };
  },
  "POST /api/services/{id}/split/moves": async (who, _actor, relation) => {
    const { id, version } = await serviceOf(relation, "sharepoint");
    const move = { version, from: "status_unknown", to: "in_progress", entitlements: 1, l2: "technical_onboarding", targetDate: "2027-03-01" };
    return { send: () => who.post(`/api/services/${id}/split/moves`, move) };
  },
  "PUT /api/services/{id}/migration": async (who, _actor, relation) => {
    const { id, version } = await serviceOf(relation, "exchange");
    const body = { version, microsoftMigrating: true, startDate: "2027-01-10", endDate: "2027-03-01", scenarios: [{ migrationType: "mig_ex_hybrid", entitlements: 305 }] };
    return { send: () => who.put(`/api/services/${id}/migration`, body) };
  },
  "PUT /api/services/{id}/forecast": async (who, _actor, relation) => {
    const { id, version } = await serviceOf(relation, "teams");
    return { send: () => who.put(`/api/services/${id}/forecast`, { version, forecast15On: "2027-01-15", forecast40On: "2027-04-01", forecastMaxOn: "2027-06-30" }) };
  },
  "POST /api/tenants/{id}/playbook-events": async (who, _actor, relation) => ({
    send: () => who.post(tenantUrl("/playbook-events")(relation), { type: "playbook.started", service: "onedrive" }),
  }),
  "POST /api/tenants/{id}/usage": async (who, _actor, relation) => ({
    send: () => who.post(tenantUrl("/usage")(relation), { items: [{ service: "teams", day: "2026-11-20", activeUsers: 100, entitlements: 300 }] }),
  }),
  "GET /api/tenants/{id}/usage": get(tenantUrl("/usage")),
  "GET /api/tenants/{id}/tasks": get(tenantUrl("/tasks")),
  "PATCH /api/tasks/{id}": async (who, _actor, relation) => {
    const { tenant } = shared[relation];
    const [task] = await db().insert(tasks).values({ tenantId: tenant.id, customerId: tenant.customerId, catalogTaskId: 994, responsibleRole: "fasttrack_manager" }).returning();
    return { send: () => who.patch(`/api/tasks/${task?.id}`, { version: 1, status: "in_progress", percentComplete: 10 }) };
  },
  "GET /api/tenants/{id}/findings": get(tenantUrl("/findings")),
  "POST /api/tenants/{id}/findings/{findingId}/accept": async (who, actor, relation) => {
    const tenant = await freshTenant(actor, relation);
    await addService(admin, tenant.id, "onedrive", 90);
    await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "bvd.delivered", service: "onedrive", data: { intent: "blocked" } });
    const finding = (await admin.get(`/api/tenants/${tenant.id}/findings`)).json<TFindingList>().items.find((f) => f.code === "classify_after_bvd");
    if (!finding) throw new Error("no finding to accept");
    return { send: () => who.post(`/api/tenants/${tenant.id}/findings/${finding.id}/accept`, { reason: "Classified in the customer's own tracker" }) };
  },
  "GET /api/tenants/{id}/explanations": get(tenantUrl("/explanations")),
  "GET /api/tenants/{id}/messages": get(tenantUrl("/messages")),
  "GET /api/tenants/{id}/outreach": get(tenantUrl("/outreach")),
  "POST /api/outreach-steps/{id}/replies": async (who, _actor, relation) => {
    const { stepId } = await outreachEmailOn(relation);
    return { send: () => who.post(`/api/outreach-steps/${stepId}/replies`, { text: "The customer called back." }) };
  },
  "POST /api/messages/{id}/retry": async (who, _actor, relation) => {
    const { outboxId } = await outreachEmailOn(relation, "failed");
    return { send: () => who.post(`/api/messages/${outboxId}/retry`) };
  },
  "POST /api/inbound-mail": async (who, _actor, relation) => {
    const { messageId } = await outreachEmailOn(relation);
    const eml = `From: cio@contoso.example\r\nTo: fm@fasttrack.example\r\nSubject: Re: FastTrack\r\nMessage-ID: <answer${++counter}@contoso.example>\r\nIn-Reply-To: ${messageId}\r\n\r\nYes, let us talk.\r\n`;
    return { send: () => who.post("/api/inbound-mail", { eml: Buffer.from(eml).toString("base64") }) };
  },
  "GET /api/tenants/{id}/simulation": get(tenantUrl("/simulation")),
  "GET /api/tenants/{id}/playbooks": get(tenantUrl("/playbooks")),
  "GET /api/tenants/{id}/playbooks/{playbookId}/upgrade-preview": get(tenantUrl("/playbooks/onedrive-bvd/upgrade-preview")),
  "POST /api/tenants/{id}/playbooks/{playbookId}/upgrade": async (who, actor, relation) => {
    const tenant = await freshTenant(actor, relation);
    await addService(admin, tenant.id, "onedrive", 90);
    await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "playbook.started", service: "onedrive" });
    return {
      send: async () => {
        const deps = api().app.deps;
        const before = deps.playbooks;
        deps.playbooks = createLibrary([...FASTTRACK_LIBRARY.versions, { ...ONEDRIVE_BVD, version: 2 }]);
        try {
          return await who.post(`/api/tenants/${tenant.id}/playbooks/onedrive-bvd/upgrade`, { fromVersion: 1, toVersion: 2, reason: "the new note format" });
        } finally {
          deps.playbooks = before;
        }
      },
    };
  },
  "GET /api/tenants/{id}/data-quality": get(tenantUrl("/data-quality")),
  "POST /api/tenants/{id}/notes": async (who, _actor, relation) => ({
    send: () => who.post(tenantUrl("/notes")(relation), { category: "environment", body: "Hybrid AD with ADFS" }),
  }),
  "GET /api/tenants/{id}/notes": get(tenantUrl("/notes")),
  "POST /api/notes/{id}/versions": async (who, _actor, relation) => {
    const note = (await admin.post(tenantUrl("/notes")(relation), { category: "environment", body: "On-premises AD" })).json<TNote>();
    return { send: () => who.post(`/api/notes/${note.id}/versions`, { category: "environment", body: "Cloud-only identities since May" }) };
  },
  "GET /api/notes/{id}/history": get((r) => `/api/notes/${shared[r].note.id}/history`),
  "POST /api/tenants/{id}/drafts": async (who, _actor, relation) => {
    let draftId: string | undefined;
    return {
      send: async () => {
        const response = await who.post(tenantUrl("/drafts")(relation), { category: "environment", body: "half a thought" });
        if (response.statusCode === 201) draftId = response.json<TDraft>().id;
        return response;
      },
      cleanup: async () => void (draftId && (await deleteDraft(db(), draftId))),
    };
  },
  "PUT /api/drafts/{id}": async (who, actor, relation) => {
    const { draft, cleanup } = await ownDraft(actor, shared[relation].tenant);
    return { send: () => who.put(`/api/drafts/${draft.id}`, { category: "service_intent", body: "Intranet pilot first" }), cleanup };
  },
  "DELETE /api/drafts/{id}": async (who, actor, relation) => {
    const { draft, cleanup } = await ownDraft(actor, shared[relation].tenant);
    return { send: () => who.delete(`/api/drafts/${draft.id}`), cleanup };
  },
  "POST /api/drafts/{id}/publish": async (who, actor, relation) => {
    const { draft, cleanup } = await ownDraft(actor, shared[relation].tenant);
    return { send: () => who.post(`/api/drafts/${draft.id}/publish`), cleanup };
  },
  "GET /api/tenants/{id}/assignments": get(tenantUrl("/assignments")),
  "POST /api/tenants/{id}/assignments": async (who, actor, relation) => {
    const body = await assignee(actor);
    return { send: () => who.post(tenantUrl("/assignments")(relation), body) };
  },
  "GET /api/tenants/{id}/contacts": get(tenantUrl("/contacts")),
  "GET /api/tenants/{id}/email-preview": get(tenantUrl("/email-preview?template=account_team_contact")),
  "POST /api/tenants/{id}/contacts": async (who, _actor, relation) => ({
    send: () => who.post(tenantUrl("/contacts")(relation), { type: "customer", name: `Matrix Contact ${++counter}` }),
  }),
  "PATCH /api/contacts/{id}": async (who, _actor, relation) => {
    const contact = (await admin.post(tenantUrl("/contacts")(relation), { type: "customer", name: `Matrix Renamed ${++counter}` })).json<{ id: string; version: number }>();
    return { send: () => who.patch(`/api/contacts/${contact.id}`, { version: contact.version, phone: "+49 30 1234" }) };
  },
  "DELETE /api/contacts/{id}": async (who, _actor, relation) => {
    const contact = (await admin.post(tenantUrl("/contacts")(relation), { type: "customer", name: `Matrix Removed ${++counter}` })).json<{ id: string }>();
    return { send: () => who.delete(`/api/contacts/${contact.id}`) };
  },
  "GET /api/contacts/{id}/consents": async (who, _actor, relation) => {
    const { contactId } = await referableContact(relation);
    return { send: () => who.get(`/api/contacts/${contactId}/consents`) };
  },
  "POST /api/contacts/{id}/consents": async (who, _actor, relation) => {
    const contact = (await admin.post(tenantUrl("/contacts")(relation), { type: "customer", name: `Matrix Consenting ${++counter}` })).json<{ id: string }>();
    return { send: () => who.post(`/api/contacts/${contact.id}/consents`, matrixConsent) };
  },
  "POST /api/consents/{id}/withdrawal": async (who, _actor, relation) => {
    const { consentId } = await referableContact(relation);
    return { send: () => who.post(`/api/consents/${consentId}/withdrawal`) };
  },
  "GET /api/tenants/{id}/referral-matches": get(tenantUrl("/referral-matches?need=acm&serviceType=both")),
  "POST /api/tenants/{id}/referrals": async (who, _actor, relation) => {
    const { contactId } = await referableContact(relation);
    return { send: () => who.post(tenantUrl("/referrals")(relation), { kind: "quickleads", need: "project_management", contactId }) };
  },
  "POST /api/referrals/{id}/partner-contact": async (who, _actor, relation) => {
    const { contactId } = await referableContact(relation);
    const referral = (await admin.post(tenantUrl("/referrals")(relation), { kind: "quickleads", need: "project_management", contactId })).json<{ referral: { id: string } }>().referral;
    return { send: () => who.post(`/api/referrals/${referral.id}/partner-contact`) };
  },
  "GET /api/tenants/{id}/meetings": get(tenantUrl("/meetings")),
  "POST /api/tenants/{id}/meetings": async (who, _actor, relation) => ({ send: () => who.post(tenantUrl("/meetings")(relation), matrixMeeting()) }),
  "PATCH /api/meetings/{id}": async (who, _actor, relation) => {
    const meeting = (await admin.post(tenantUrl("/meetings")(relation), matrixMeeting())).json<{ id: string; version: number }>();
    return { send: () => who.patch(`/api/meetings/${meeting.id}`, { version: meeting.version, location: "Teams" }) };
  },
  "POST /api/meetings/{id}/cancellation": async (who, _actor, relation) => {
    const meeting = (await admin.post(tenantUrl("/meetings")(relation), matrixMeeting())).json<{ id: string; version: number }>();
    return { send: () => who.post(`/api/meetings/${meeting.id}/cancellation`, { version: meeting.version }) };
  },
  "GET /api/meetings/{id}/invitation.ics": async (who, _actor, relation) => {
    const meeting = (await admin.post(tenantUrl("/meetings")(relation), matrixMeeting())).json<{ id: string }>();
    return { send: () => who.get(`/api/meetings/${meeting.id}/invitation.ics`) };
  },
  "GET /api/tenants/{id}/duplicate-candidates": get(tenantUrl("/duplicate-candidates")),
  "POST /api/tenants/{id}/duplicate-of": async (who, actor, relation) => {
    const duplicate = await freshTenant(actor, relation);
    const winner = await freshTenant(actor, "assigned");
    return { send: () => who.post(`/api/tenants/${duplicate.id}/duplicate-of`, { winnerTenantId: winner.id, reason: "Same organisation: same contacts and domain" }) };
  },
  "DELETE /api/assignments/{id}": async (who, actor, relation) => {
    const added = await admin.post(tenantUrl("/assignments")(relation), await assignee(actor));
    if (added.statusCode !== 201) throw new Error(`assignment not added: ${added.body}`);
    return { send: () => who.delete(`/api/assignments/${added.json<TAssignmentChange>().assignment.id}`) };
  },
  "GET /api/tenants/{id}/partners": get(tenantUrl("/partners")),
  // A partner user links their own organisation; everyone else links it too, so one request serves every actor.
  "POST /api/tenants/{id}/partners": async (who, actor, relation) => {
    const tenant = await freshTenant(actor, relation);
    return { send: () => who.post(`/api/tenants/${tenant.id}/partners`, { partnerId: partnerA, desiresAssistance: true }) };
  },
  "DELETE /api/tenants/{id}/partners/{partnerId}": async (who, actor, relation) => {
    const tenant = await freshTenant(actor, relation);
    const linked = await admin.post(`/api/tenants/${tenant.id}/partners`, { partnerId: partnerA });
    if (linked.statusCode !== 201) throw new Error(`partner not linked: ${linked.body}`);
    return { send: () => who.delete(`/api/tenants/${tenant.id}/partners/${partnerA}?reason=not%20deploying`) };
  },
};

type GlobalCase = (who: Person, actor: Actor) => Promise<Prepared>;
const RESTRICTED: readonly Actor[] = ["fm", "fe", "partner"];
/**
 * A list holds the actor's tenant and, for the Assigned level and partner users, neither the unassigned one nor the
 * other partner's; read-all users see the unassigned one too. `complete` is false for lists that page or hold only
 * tenants with something to show, where only what must be absent is checked.
 */
const listChecks =
  (actor: Actor, idsOf: (body: unknown) => string[], idOf: (relation: Relation) => string, complete = true) =>
  (response: LightMyRequestResponse) => {
    const ids = new Set(idsOf(response.json()));
    const problems: string[] = [];
    if (RESTRICTED.includes(actor)) {
      for (const relation of ["unassigned", "otherPartner"] as const) if (ids.has(idOf(relation))) problems.push(`lists the ${relation} tenant`);
      if (complete && !ids.has(idOf("assigned"))) problems.push("misses the assigned tenant");
    } else if (complete && !ids.has(idOf("unassigned"))) problems.push("misses the unassigned tenant");
    return problems.length > 0 ? problems.join("; ") : null;
  };
const itemIds = (field: "id" | "tenantId") => (body: unknown) => (body as { items: Record<string, string>[] }).items.map((item) => item[field] ?? "");
const tenantId = (relation: Relation) => shared[relation].tenant.id;

const GLOBAL_CASES: Record<string, GlobalCase> = {
  "GET /api/catalogs": async (who) => ({ send: () => who.get("/api/catalogs") }),
  "GET /api/auth/me": async (who) => ({ send: () => who.get("/api/auth/me") }),
  "POST /api/auth/logout": async (_who, actor) => {
    const other = await lookalike(actor);
    return { send: () => other.post("/api/auth/logout") };
  },
  "POST /api/auth/logout-everywhere": async (_who, actor) => {
    const other = await lookalike(actor);
    return { send: () => other.post("/api/auth/logout-everywhere") };
  },
  "POST /api/auth/password": async (_who, actor) => {
    const other = await lookalike(actor);
    return { send: () => other.post("/api/auth/password", { currentPassword: TEST_PASSWORD, newPassword: "a brand new password that is long" }) };
  },
  "GET /api/auth/tokens": async (who) => ({ send: () => who.get("/api/auth/tokens") }),
  "POST /api/auth/tokens": async (who) => ({ send: () => who.post("/api/auth/tokens", { name: "nightly export", scopes: ["read"] }) }),
  "DELETE /api/auth/tokens/{id}": async (who) => {
    const created = await who.post("/api/auth/tokens", { name: "to revoke", scopes: ["read"] });
    if (created.statusCode !== 201) throw new Error(`token not created: ${created.body}`);
    return { send: () => who.delete(`/api/auth/tokens/${created.json<TCreatedApiToken>().id}`) };
  },
  "GET /api/customers": async (who, actor) => ({
    send: () => who.get("/api/customers?q=Matrix%20Shared&limit=500"),
    check: listChecks(actor, itemIds("id"), (relation) => shared[relation].tenant.customerId),
  }),
  "POST /api/customers": async (who) => ({ send: () => who.post("/api/customers", { tpid: 70_100_000 + ++counter, name: `Matrix New ${counter}`, region: "emea" }) }),
  "GET /api/tenants": async (who, actor) => ({ send: () => who.get("/api/tenants?q=Matrix%20Shared&limit=500"), check: listChecks(actor, itemIds("id"), tenantId) }),
  "GET /api/search": async (who, actor) => ({
    send: () => who.get("/api/search?q=Matrix%20Shared&limit=20"),
    check: listChecks(actor, (body) => (body as { tenants: { items: { id: string }[] } }).tenants.items.map((item) => item.id), tenantId),
  }),
  "POST /api/tenants": async (who) => {
    const customer = await createCustomer(admin, { name: `Matrix Parent ${++counter}` });
    const body = { customerId: customer.id, tenantGuid: randomUUID(), name: customer.name, priority: "medium", segment: "smc", seats: 500, country: "DE", timeZone: "Europe/Berlin", region: "emea" };
    return { send: () => who.post("/api/tenants", body) };
  },
  "GET /api/notes/search": async (who, actor) => ({ send: () => who.get("/api/notes/search?q=matrixcheck"), check: listChecks(actor, itemIds("tenantId"), tenantId) }),
  "GET /api/notes/latest": async (who, actor) => ({ send: () => who.get("/api/notes/latest"), check: listChecks(actor, itemIds("tenantId"), tenantId, false) }),
  "GET /api/drafts": async (who) => ({ send: () => who.get("/api/drafts") }),
  "POST /api/notes/suggest": async (who) => ({ send: () => who.post("/api/notes/suggest", { body: "All 300 in progress: pilot done, rollout to the sales team by 15 December" }) }),
  "GET /api/data-quality": async (who, actor) => ({ send: () => who.get("/api/data-quality?limit=100"), check: listChecks(actor, itemIds("tenantId"), tenantId, false) }),
  // Every actor, read-all levels too: "my" work is only what is assigned to them.
  "GET /api/my-work": async (who) => ({
    send: () => who.get("/api/my-work"),
    check: (response) => {
      const groups = (response.json() as { groups: { items: { tenant: { id: string } }[] }[] }).groups;
      const ids = new Set(groups.flatMap((group) => group.items.map((item) => item.tenant.id)));
      const listed = (["unassigned", "otherPartner"] as const).filter((relation) => ids.has(tenantId(relation)));
      return listed.length > 0 ? `lists the ${listed.join(" and ")} tenant` : null;
    },
  }),
  "GET /api/portfolio/columns": async (who) => ({ send: () => who.get("/api/portfolio/columns") }),
  "GET /api/portfolio/tenants": async (who, actor) => ({
    send: () => who.get(`/api/portfolio/tenants?scope=${RESTRICTED.includes(actor) ? "my" : "all"}&q=Matrix%20Shared&limit=500`),
    check: (response) => listChecks(actor, (body) => (body as { items: { id: string }[] }).items.map((item) => item.id), tenantId)(response),
  }),
  "GET /api/portfolio/tenants.csv": async (who, actor) => ({ send: () => who.get(`/api/portfolio/tenants.csv?scope=${RESTRICTED.includes(actor) ? "my" : "all"}&q=Matrix%20Shared`) }),
  "GET /api/portfolio/views": async (who) => ({ send: () => who.get("/api/portfolio/views") }),
  "POST /api/portfolio/views": async (who) => ({ send: () => who.post("/api/portfolio/views", { name: `Matrix view ${++counter}`, query: "scope=my_active" }) }),
  "PATCH /api/portfolio/views/{id}": async (who) => {
    const created = await who.post("/api/portfolio/views", { name: `Matrix view ${++counter}`, query: "scope=my" });
    if (created.statusCode !== 201) throw new Error(`view not created: ${created.body}`);
    return { send: () => who.patch(`/api/portfolio/views/${created.json<{ id: string }>().id}`, { version: 1, shared: true }) };
  },
  "DELETE /api/portfolio/views/{id}": async (who) => {
    const created = await who.post("/api/portfolio/views", { name: `Matrix view ${++counter}`, query: "scope=my" });
    if (created.statusCode !== 201) throw new Error(`view not created: ${created.body}`);
    return { send: () => who.delete(`/api/portfolio/views/${created.json<{ id: string }>().id}?version=1`) };
  },
  "GET /api/reports/hygiene": async (who) => ({ send: () => who.get("/api/reports/hygiene?check=next_action_past") }),
  "GET /api/reports/hygiene.csv": async (who) => ({ send: () => who.get("/api/reports/hygiene.csv?table=tenants") }),
  "GET /api/reports/service-status": async (who) => ({ send: () => who.get("/api/reports/service-status") }),
  "GET /api/reports/service-status.csv": async (who) => ({ send: () => who.get("/api/reports/service-status.csv?table=longest") }),
  "GET /api/reports/conversion": async (who) => ({ send: () => who.get("/api/reports/conversion") }),
  "GET /api/reports/conversion.csv": async (who) => ({ send: () => who.get("/api/reports/conversion.csv?table=trend") }),
  "GET /api/reports/dibs-completion": async (who) => ({ send: () => who.get("/api/reports/dibs-completion?missing=intent&row=ftp_all") }),
  "GET /api/reports/dibs-completion.csv": async (who) => ({ send: () => who.get("/api/reports/dibs-completion.csv?table=items") }),
  "GET /api/reports/dibs-usage": async (who) => ({ send: () => who.get("/api/reports/dibs-usage") }),
  "GET /api/reports/dibs-usage.csv": async (who) => ({ send: () => who.get("/api/reports/dibs-usage.csv?table=roles") }),
  "GET /api/reports/dibs-time": async (who) => ({ send: () => who.get("/api/reports/dibs-time") }),
  "GET /api/reports/dibs-time.csv": async (who) => ({ send: () => who.get("/api/reports/dibs-time.csv?table=factors") }),
  "GET /odata/": async (who) => ({ send: () => who.get("/odata/") }),
  "GET /odata/$metadata": async (who) => ({ send: () => who.get("/odata/$metadata") }),
  "GET /odata/{entitySet}": async (who, actor) => ({
    send: () => who.get("/odata/Tenants?$select=id&$filter=startswith(name,'Matrix Shared')"),
    check: listChecks(actor, (body) => (body as { value: { id: string }[] }).value.map((row) => row.id), tenantId),
  }),
  "GET /odata/{entitySet}/$count": async (who) => ({ send: () => who.get("/odata/Tenants/$count?$filter=startswith(name,'Matrix Shared')") }),
  "POST /api/usage/imports": async (who) => ({
    send: () => who.post("/api/usage/imports", { csv: `tenant,service,day,active_users,entitlements\n${tenantId("assigned")},teams,2026-11-20,120,300` }),
  }),
  "GET /api/clock": async (who) => ({ send: () => who.get("/api/clock") }),
  "POST /api/clock/advance": async (who) => ({ send: () => who.post("/api/clock/advance", { days: 1 }) }),
  "GET /api/audit/export": async (who) => ({ send: () => who.get(`/api/audit/export?tenantId=${tenantId("assigned")}`) }),
  "POST /api/assignments/reassignment-preview": async (who) => {
    const body = await leaverWithColleague();
    return { send: () => who.post("/api/assignments/reassignment-preview", body) };
  },
  "POST /api/assignments/reassignments": async (who) => {
    const body = await leaverWithColleague();
    const preview = await admin.post("/api/assignments/reassignment-preview", body);
    if (preview.statusCode !== 200) throw new Error(`no preview: ${preview.body}`);
    return { send: () => who.post("/api/assignments/reassignments", { ...body, previewFingerprint: preview.json<{ previewFingerprint: string }>().previewFingerprint }) };
  },
  "GET /api/users": async (who, actor) => ({
    send: () => who.get("/api/users?limit=500"),
    check: (response) => {
      const foreign = response.json<TUserList>().items.filter((user) => user.partner?.id !== partnerA);
      return actor === "partner" && foreign.length > 0 ? `shows a partner user ${foreign.length} people outside their organisation` : null;
    },
  }),
  "GET /api/partners": async (who, actor) => ({
    send: () => who.get("/api/partners?limit=500"),
    check: (response) => {
      const foreign = response.json<TPartnerList>().items.filter((partner) => partner.id !== partnerA);
      return actor === "partner" && foreign.length > 0 ? `shows a partner user ${foreign.length} other partner organisations` : null;
    },
  }),
  "POST /api/partners": async (who) => ({ send: () => who.post("/api/partners", { name: `Matrix Partner ${++counter}` }) }),
  "PATCH /api/partners/{id}": async (who) => {
    const partner = await insertPartner(db(), { name: `Matrix Renamed Partner ${++counter}` });
    return { send: () => who.patch(`/api/partners/${partner.id}`, { version: partner.version, city: "Leipzig" }) };
  },
  "POST /api/partners/frp-list/preview": async (who) => ({ send: () => who.post("/api/partners/frp-list/preview", { csv: frpList() }) }),
  "POST /api/partners/frp-list": async (who) => {
    const csv = frpList();
    const preview = await admin.post("/api/partners/frp-list/preview", { csv });
    if (preview.statusCode !== 200) throw new Error(`no preview: ${preview.body}`);
    return { send: () => who.post(`/api/partners/frp-list?previewFingerprint=${preview.json<{ previewFingerprint: string }>().previewFingerprint}`, { csv }) };
  },
  "POST /api/users": async (who) => ({ send: () => who.post("/api/users", { username: `matrix.new${++counter}`, displayName: "New Person", roles: ["fasttrack_engineer"] }) }),
  "PATCH /api/users/{id}": async (who) => {
    const user = await insertUser(db(), { username: `matrix.renamed${++counter}`, displayName: "Before", roles: ["fasttrack_engineer"] });
    return { send: () => who.patch(`/api/users/${user.id}`, { version: user.version, displayName: "After" }) };
  },
  "POST /api/users/{id}/password-reset": async (who) => {
    const user = await insertUser(db(), { username: `matrix.forgetful${++counter}`, displayName: "Forgetful", roles: ["fasttrack_engineer"] });
    return { send: () => who.post(`/api/users/${user.id}/password-reset`) };
  },
};

/** Tenant-scoped routes on something of the actor's own, which they may reach whatever the tenant, with why. */
const ABOUT_THE_ACTOR_ONLY: Record<string, string> = {
  "DELETE /api/drafts/{id}": "a person's own draft, listed by GET /api/drafts, which they can always throw away",
};

function outcomeOf(response: LightMyRequestResponse): Outcome | string {
  if (response.statusCode >= 200 && response.statusCode < 300) return "ok";
  if (response.statusCode === 403 || response.statusCode === 404) return response.statusCode;
  return `${response.statusCode} ${response.body.slice(0, 200)}`;
}
const GAPS = new Map(KNOWN_GAPS.map((gap) => [gap.case, gap.reason]));

/** Sends the case and says what is wrong: an outcome other than the table's, a list holding what it must not, a gap now closed. */
async function mismatch(key: string, expected: Outcome, prepare: () => Promise<Prepared>): Promise<string | null> {
  const prepared = await prepare();
  try {
    const response = await prepared.send();
    const got = outcomeOf(response);
    const problem = got !== expected ? `${key}: expected ${expected}, got ${got}` : got === "ok" ? prepared.check?.(response) : null;
    if (GAPS.has(key)) return problem ? null : `${key} now answers as the table says: remove it from KNOWN_GAPS`;
    return problem ? (problem.startsWith(key) ? problem : `${key}: ${problem}`) : null;
  } finally {
    await prepared.cleanup?.();
  }
}

function documentedRoutes(): string[] {
  const paths = (api().app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
  return Object.entries(paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
}

beforeAll(async () => {
  partnerA = (await insertPartner(db(), { name: "Fabrikam Consulting", mpnId: "5510001" })).id;
  partnerB = (await insertPartner(db(), { name: "Northwind Partners", mpnId: "5510002" })).id;
  const adminId = (await admin.get("/api/auth/me")).json<{ user: { id: string } }>().user.id;
  const signIn = (actor: Actor) => {
    const { roles, isAdministrator, partner } = ACCOUNTS[actor];
    return api().signIn({ roles, isAdministrator, ...(partner ? { partnerId: partnerA } : {}) });
  };
  people = {
    admin: { ...admin, userId: adminId },
    fm: await signIn("fm"),
    fe: await signIn("fe"),
    tm: await signIn("tm"),
    slt: await signIn("slt"),
    partner: await signIn("partner"),
    nobody: await signIn("nobody"),
  };
  const names: Record<Relation, string> = { assigned: "Matrix Shared Assigned", unassigned: "Matrix Shared Unassigned", otherPartner: "Matrix Shared Other Partner" };
  const entries = await Promise.all(
    RELATIONS.map(async (relation): Promise<[Relation, Shared]> => {
      const tenant = await newTenant(names[relation]);
      await relate(tenant, relation, ACTORS);
      await addService(admin, tenant.id, "teams", 300);
      await addService(admin, tenant.id, "sharepoint", 1000);
      const exchange = await addService(admin, tenant.id, "exchange", 305);
      const allInProgress = { version: exchange.version, from: "status_unknown", to: "in_progress", entitlements: 305, l2: "migration", targetDate: "2027-03-01" };
      await admin.post(`/api/services/${exchange.id}/split/moves`, allInProgress);
      await addService(admin, tenant.id, "onedrive", 90);
      await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "playbook.started", service: "onedrive" });
      const note = (await admin.post(`/api/tenants/${tenant.id}/notes`, { category: "environment", body: "matrixcheck: hybrid identities" })).json<TNote>();
      return [relation, { tenant, note }];
    }),
  );
  shared = Object.fromEntries(entries) as Record<Relation, Shared>;
});

describe("the permission matrix", () => {
  it("has a case for every route of the API, and none for a route that is gone", () => {
    const routes = documentedRoutes();
    const known = { ...TENANT_ROUTES, ...GLOBAL_ROUTES, ...PUBLIC_ROUTES };
    expect(routes.filter((route) => !(route in known)).map((route) => `add a permission-matrix case for ${route}`)).toEqual([]);
    expect(Object.keys(known).filter((route) => !routes.includes(route)).map((route) => `${route} is no longer in the API; remove its case`)).toEqual([]);
    const unsent = [...Object.keys(TENANT_ROUTES).filter((r) => !(r in TENANT_CASES)), ...Object.keys(GLOBAL_ROUTES).filter((r) => !(r in GLOBAL_CASES))];
    expect(unsent.map((route) => `write the request for ${route}`)).toEqual([]);
  });

  it("never lets the Assigned level or a partner user tell a tenant that is not theirs from one that does not exist", () => {
    // 404 on what is not theirs, or 403 on every tenant alike for what their role never may do.
    const hidden = ([, unassigned, otherPartner]: readonly Outcome[]) => unassigned === 404 && otherPartner === 404;
    const neverMay = (outcomes: readonly Outcome[]) => outcomes.every((outcome) => outcome === 403);
    const leaks = Object.entries(TENANT_ROUTES).flatMap(([route, expected]) =>
      (["fm", "fe", "partner"] as const)
        .filter((actor) => !hidden(expected[actor]) && !neverMay(expected[actor]) && !(route in ABOUT_THE_ACTOR_ONLY))
        .map((actor) => `${route} ${actor}`),
    );
    expect(leaks).toEqual([]);
    const readAll = Object.entries(TENANT_ROUTES).filter(([route]) => route.startsWith("GET "));
    expect(readAll.filter(([, expected]) => expected.tm[2] !== "ok" || expected.slt[2] !== "ok").map(([route]) => route)).toEqual([]);
  });

  it.each(Object.keys(TENANT_ROUTES))("%s answers every actor on their tenant, an unassigned one and another partner's", async (route) => {
    const problems: string[] = [];
    for (const actor of ACTORS) {
      for (const [index, relation] of RELATIONS.entries()) {
        const expected = TENANT_ROUTES[route]![actor][index]!;
        const problem = await mismatch(`${route} ${actor} ${relation}`, expected, () => TENANT_CASES[route]!(people[actor], actor, relation));
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(Object.keys(GLOBAL_ROUTES))("%s answers every actor", async (route) => {
    const problems: string[] = [];
    for (const actor of ACTORS) {
      const problem = await mismatch(`${route} ${actor} -`, GLOBAL_ROUTES[route]![actor], () => GLOBAL_CASES[route]!(people[actor], actor));
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
  });

  it("lets anyone without a session call the public routes, and nothing else", async () => {
    expect((await api().anonymous.get("/api/health")).statusCode).toBe(200);
    expect((await api().anonymous.get("/api/auth/providers")).statusCode).toBe(200);
    expect((await api().anonymous.get(`/api/tenants/${tenantId("assigned")}`)).statusCode).toBe(401);
  });
});
