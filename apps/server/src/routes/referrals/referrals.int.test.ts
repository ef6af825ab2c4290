import { insertAssignment, insertPartner, insertUser } from "@waymark/db";
import type { TContact, TReferral, TReferralMatch, TSubmittedReferral, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

// Monday 23 November 2026: 3 business days later (Germany) is Thursday the 26th.
const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
let tenant: TTenant;
let cara: TContact;

const db = () => api().database;
const addContact = async (body: Record<string, unknown>, on = tenant) => {
  const response = await admin.post(`/api/tenants/${on.id}/contacts`, { type: "customer", ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TContact>();
};
const consent = (contact: TContact) =>
  admin.post(`/api/contacts/${contact.id}/consents`, { scope: "share_contact_with_referral_partners", method: "verbal", statement: "Agreed on the kickoff call that we pass her details to up to 3 partners." });
const refer = (body: Record<string, unknown>, on = tenant) => admin.post(`/api/tenants/${on.id}/referrals`, body);
const rows = async <T>(sql: string, params: unknown[]) => (await db().pool.query(sql, params)).rows as T[];
const recordEvent = (type: string, data: Record<string, unknown> = {}, on = tenant) => admin.post(`/api/tenants/${on.id}/playbook-events`, { type, data });

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Tailspin Toys" })).id, { name: "Tailspin EU", managed: false });
  const fm = await insertUser(db().db, { username: `fm-referrals-${Date.now()}`, displayName: "Fiona Field", email: "fiona@waymark.example", roles: ["fasttrack_manager"] });
  await insertAssignment(db().db, { customerId: tenant.customerId, tenantId: tenant.id, userId: fm.id, role: "fm", isPrimary: true });
  for (const [name, city, frpMember, specialties, country] of [
    ["Munich Change", "Munich", false, ["advisory_planning", "training_enablement"], "DE"],
    ["Berlin Adoption", "Berlin", true, ["advisory_planning"], "DE"],
    ["Hamburg Advisors", "Hamburg", false, ["advisory_planning"], "DE"],
    ["Cologne Advisors", "Cologne", false, ["advisory_planning"], "DE"],
    ["Frankfurt Projects", "Frankfurt", false, ["project_management"], "DE"],
    ["Vienna Change", "Vienna", true, ["advisory_planning"], "AT"],
    ["Graz Change", "Graz", false, ["advisory_planning", "project_management"], "AT"],
  ] as const) {
    await insertPartner(db().db, { name, city, frpMember, specialties: [...specialties], country });
  }
  cara = await addContact({ name: "Cara Customer", email: "cara@tailspin.example", country: "DE" });
});

describe("matching partners for a referral", () => {
  it("previews 3 partners by specialty and location, each with why, and changes nothing", async () => {
    const response = await admin.get(`/api/tenants/${tenant.id}/referral-matches?need=acm&serviceType=advisory_planning&city=Munich`);
    expect(response.statusCode, response.body).toBe(200);
    const match = response.json<TReferralMatch>();
    expect(match.state).toBe("enough");
    expect(match.partners.map((p) => p.name)).toEqual(["Munich Change", "Berlin Adoption", "Cologne Advisors"]);
    expect(match.partners[0]?.reasons).toEqual(["offers Advisory and Planning", "in Munich, as the customer"]);
    expect(match.partners[1]?.reasons).toContain("on the FastTrack Ready Partner list");
    expect(await rows("SELECT id FROM referrals WHERE tenant_id = $1", [tenant.id])).toEqual([]);
  });

  it("lists the needs, ACM service types and partner specialties in the catalogues", async () => {
    const catalogs = (await admin.get("/api/catalogs")).json<{ acmServiceTypes: { label: string }[]; referralNeeds: { code: string }[]; consentScopes: { code: string }[] }>();
    expect(catalogs.acmServiceTypes.map((t) => t.label)).toContain("Training and Enablement");
    expect(catalogs.referralNeeds.map((n) => n.code)).toEqual(["project_management", "complex_design", "out_of_scope", "acm"]);
    expect(catalogs.consentScopes.map((c) => c.code)).toContain("share_contact_with_referral_partners");
  });

  it("asks for the ACM service type", async () => {
    const response = await admin.get(`/api/tenants/${tenant.id}/referral-matches?need=acm`);
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain("Say which ACM service the customer needs");
  });
});

describe("submitting a referral", () => {
  it("is refused without the contact's consent, saying how to record it, and again once it is withdrawn", async () => {
    const body = { kind: "acm", need: "acm", serviceType: "advisory_planning", contactId: cara.id };
    const refused = await refer(body);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain(`has not agreed to share their contact details with referral partners`);
    expect(refused.json().detail).toContain("record their agreement as a consent on the contact");
    expect(refused.json()).toMatchObject({ status: 422, code: "consent_required" });
    const given = await consent(cara);
    expect(given.statusCode, given.body).toBe(201);
    expect((await admin.post(`/api/consents/${given.json().id}/withdrawal`)).statusCode).toBe(200);
    expect((await refer(body)).statusCode).toBe(422);
    expect(await rows("SELECT id FROM referrals WHERE tenant_id = $1", [tenant.id])).toEqual([]);
  });

  it("refuses a contact without an e-mail address and a contact of another customer", async () => {
    const noMail = await addContact({ name: "No Mail" });
    expect((await refer({ kind: "acm", need: "acm", serviceType: "both", contactId: noMail.id })).json().detail).toContain("has no e-mail address");
    const other = await createTenant(admin, (await createCustomer(admin, { name: "Other" })).id, { name: "Other EU" });
    const stranger = await addContact({ name: "Stranger", email: "s@other.example" }, other);
    expect((await refer({ kind: "acm", need: "acm", serviceType: "both", contactId: stranger.id })).statusCode).toBe(422);
  });

  it("ACM: refers 3 partners with reasons, tells the customer, completes 983 and waits 3 business days; the partner's call stops the wait", async () => {
    expect((await recordEvent("acm.partner_needed", { currentPartnerOffersAcm: false })).statusCode).toBe(200);
    expect((await consent(cara)).statusCode).toBe(201);
    const response = await refer({ kind: "acm", need: "acm", serviceType: "advisory_planning", contactId: cara.id, city: "Munich" });
    expect(response.statusCode, response.body).toBe(201);
    const submitted = response.json<TSubmittedReferral>();
    expect(submitted.match.state).toBe("enough");
    expect(submitted.referral).toMatchObject({ kind: "acm", status: "submitted", followUpDueOn: "2026-11-26", contactId: cara.id });
    expect(submitted.referral.partners.map((p) => p.name)).toEqual(["Munich Change", "Berlin Adoption", "Cologne Advisors"]);
    expect(submitted.referral.partners[0]?.reasons).toContain("in Munich, as the customer");
    expect(submitted.notes).toEqual([]);
    expect(submitted.notice).toMatchObject({ to: ["cara@tailspin.example"], status: "queued" });

    const [mail] = await rows<{ template: string; to_addresses: string[]; status: string; subject: string; body: string }>(
      "SELECT template, to_addresses, status, subject, body FROM outbox_messages WHERE id = $1",
      [submitted.notice.messageId],
    );
    expect(mail).toMatchObject({ template: "acm_referral_notice", to_addresses: ["cara@tailspin.example"], status: "queued", subject: "Adoption and change management partners for Tailspin Toys" });
    expect(mail?.body).toContain("Munich Change, Berlin Adoption and Cologne Advisors");
    expect(mail?.body).toContain("Fiona Field");
    expect(await rows("SELECT status FROM tasks WHERE tenant_id = $1 AND catalog_task_id = 983", [tenant.id])).toEqual([{ status: "complete" }]);
    expect(await rows("SELECT due_on, status FROM timers WHERE tenant_id = $1 AND key = 'acm-partner-contact'", [tenant.id])).toEqual([{ due_on: "2026-11-26", status: "pending" }]);
    expect(await rows("SELECT action FROM audit_events WHERE entity_id = $1", [submitted.referral.id])).toEqual([{ action: "referral.submitted" }]);

    const contacted = await admin.post(`/api/referrals/${submitted.referral.id}/partner-contact`);
    expect(contacted.statusCode, contacted.body).toBe(200);
    expect(contacted.json<TReferral>().status).toBe("partner_contacted");
    expect(await rows("SELECT status FROM timers WHERE tenant_id = $1 AND key = 'acm-partner-contact'", [tenant.id])).toEqual([{ status: "cancelled" }]);
    expect((await admin.post(`/api/referrals/${submitted.referral.id}/partner-contact`)).json().detail).toContain("already marked as contacted");
  });

  it("with fewer than 3 partners in the customer's country goes ahead with them and says so", async () => {
    const austrian = await addContact({ name: "Anna Austria", email: "anna@tailspin.example", country: "AT" });
    await consent(austrian);
    const preview = (await admin.get(`/api/tenants/${tenant.id}/referral-matches?need=acm&serviceType=advisory_planning&contactId=${austrian.id}`)).json<TReferralMatch>();
    expect(preview).toMatchObject({ state: "fewer_than_three", location: { country: "AT" } });
    const response = await refer({ kind: "acm", need: "acm", serviceType: "advisory_planning", contactId: austrian.id });
    expect(response.statusCode, response.body).toBe(201);
    const submitted = response.json<TSubmittedReferral>();
    expect(submitted.match).toMatchObject({ state: "fewer_than_three", message: expect.stringContaining("Only 2 partners offer Advisory and Planning in Austria") });
    expect(submitted.referral.partners.map((p) => p.name)).toEqual(["Vienna Change", "Graz Change"]);
  });

  it("with no partner for the need is refused, explaining why, and stores nothing", async () => {
    const french = await addContact({ name: "Fanny France", email: "fanny@tailspin.example", country: "FR" });
    await consent(french);
    const before = await rows("SELECT id FROM referrals", []);
    const response = await refer({ kind: "acm", need: "acm", serviceType: "training_enablement", contactId: french.id });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain("No partner offers Training and Enablement in France");
    expect(await rows("SELECT id FROM referrals", [])).toEqual(before);
  });

  it("QuickLeads: refers partners for the kickoff's project-management risk, tells the customer, and follows up in 3 business days", async () => {
    const other = await createTenant(admin, (await createCustomer(admin, { name: "Wide World Importers" })).id, { name: "WWI DE" });
    await addService(admin, other.id, "teams", 400);
    const pia = await addContact({ name: "Pia Projects", email: "pia@wwi.example", country: "DE" }, other);
    await consent(pia);
    expect((await recordEvent("kickoff.held", { risks: ["no project manager"], wantsPartner: true }, other)).statusCode).toBe(200);
    const response = await refer({ kind: "quickleads", need: "project_management", contactId: pia.id }, other);
    expect(response.statusCode, response.body).toBe(201);
    const submitted = response.json<TSubmittedReferral>();
    expect(submitted.referral).toMatchObject({ kind: "quickleads", need: "project_management", followUpDueOn: "2026-11-26" });
    expect(submitted.referral.partners.map((p) => p.name)).toEqual(["Frankfurt Projects"]);
    expect(submitted.match.state).toBe("fewer_than_three");
    const [mail] = await rows<{ template: string; to_addresses: string[]; status: string; subject: string }>(
      "SELECT template, to_addresses, status, subject FROM outbox_messages WHERE id = $1",
      [submitted.notice.messageId],
    );
    expect(mail).toEqual({ template: "partner_referral_notice", to_addresses: ["pia@wwi.example"], status: "failed", subject: "Partner referral for Wide World Importers: overall project management" });
    expect(submitted.notes.join(" ")).toContain("primary FastTrack Manager");
    expect(await rows("SELECT status FROM tasks WHERE tenant_id = $1 AND catalog_task_id = 983", [other.id])).toEqual([{ status: "complete" }]);
    expect(await rows("SELECT due_on FROM timers WHERE tenant_id = $1 AND key = 'quickleads-partner-contact' AND status = 'pending'", [other.id])).toEqual([{ due_on: "2026-11-26" }]);
    expect((await admin.post(`/api/referrals/${submitted.referral.id}/partner-contact`)).statusCode).toBe(200);
    expect(await rows("SELECT status FROM timers WHERE tenant_id = $1 AND key = 'quickleads-partner-contact'", [other.id])).toEqual([{ status: "cancelled" }]);
  });

  it("is refused to someone not assigned to the tenant", async () => {
    const outsider = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await outsider.post(`/api/tenants/${tenant.id}/referrals`, { kind: "acm", need: "acm", serviceType: "both", contactId: cara.id })).statusCode).toBe(404);
  });
});
