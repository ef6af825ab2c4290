import { insertAssignment, insertPartner } from "@waymark/db";
import type { TAssignmentList, TService, TTenant, TTenantList, ZAuditList } from "@waymark/contracts";
import type { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../test-support/fixtures.ts";

// Partner users (FRP) see only the tenants assigned to their partner organisation, change only what the partner
// guide gives them, and never see another partner's data (reference/ftop-partner-user-guide/assigned-tenant-list.md).

let api: TestApi;
let admin: Client;
let fabrikamPartner: string;
let northwindPartner: string;
let ours: TTenant;
let theirs: TTenant;
let unassigned: TTenant;
let oursService: TService;
let alice: Awaited<ReturnType<TestApi["signIn"]>>;

async function assignPartner(tenant: TTenant, partnerId: string) {
  const response = await admin.post(`/api/tenants/${tenant.id}/assignments`, { partnerId, role: "p_rm", isPrimary: true });
  if (response.statusCode !== 201) throw new Error(response.body);
}

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.signIn();
  fabrikamPartner = (await insertPartner(api.database.db, { name: "Fabrikam Consulting", mpnId: "4410001" })).id;
  northwindPartner = (await insertPartner(api.database.db, { name: "Northwind Partners", mpnId: "4410002" })).id;
  ours = await createTenant(admin, (await createCustomer(admin, { name: "Ours Corp" })).id, { name: "Ours Corp" });
  theirs = await createTenant(admin, (await createCustomer(admin, { name: "Theirs Corp" })).id, { name: "Theirs Corp" });
  unassigned = await createTenant(admin, (await createCustomer(admin, { name: "Nobody Corp" })).id, { name: "Nobody Corp" });
  oursService = await addService(admin, ours.id, "exchange", 500);
  await assignPartner(ours, fabrikamPartner);
  await assignPartner(theirs, northwindPartner);
  alice = await api.signIn({ roles: ["partner_user"], partnerId: fabrikamPartner });
});
afterAll(() => api.close());

describe("what a partner user sees", () => {
  it("lists only the tenants assigned to their partner organisation; another partner's are not found at all", async () => {
    const list = (await alice.get("/api/tenants")).json<TTenantList>();
    expect(list.items.map((t) => t.name)).toEqual(["Ours Corp"]);
    expect((await alice.get(`/api/tenants/${theirs.id}`)).statusCode).toBe(404);
    expect((await alice.get(`/api/tenants/${unassigned.id}`)).statusCode).toBe(404);
    expect((await alice.get(`/api/tenants/${theirs.id}/history`)).statusCode).toBe(404);
    expect((await alice.get(`/api/customers/${theirs.customerId}`)).statusCode).toBe(404);
  });

  it("keeps the partner boundary even when the partner user also holds a read-all role", async () => {
    const lead = await api.signIn({ roles: ["partner_user", "team_manager"], partnerId: fabrikamPartner });
    expect((await lead.get("/api/tenants")).json<TTenantList>().items.map((t) => t.name)).toEqual(["Ours Corp"]);
  });

  it("says on the tenant what they may change: the Overall Status, not the rest", async () => {
    const tenant = (await alice.get(`/api/tenants/${ours.id}`)).json<TTenant>();
    expect(tenant.access).toMatchObject({ view: "assigned", canWrite: true, assign: "partner_roles", editableTenantFields: ["overallStatus", "overallStatusDate"] });
  });

  it("shows the FastTrack team's assignments and their own organisation's, never another partner's", async () => {
    const fm = await api.signIn({ roles: ["fasttrack_manager"] });
    await insertAssignment(api.database.db, { customerId: ours.customerId, tenantId: ours.id, userId: fm.userId, role: "fm", isPrimary: true });
    await admin.post(`/api/tenants/${ours.id}/assignments`, { partnerId: northwindPartner, role: "p_fe" });
    const items = (await alice.get(`/api/tenants/${ours.id}/assignments`)).json<TAssignmentList>().items;
    expect(items.map((a) => a.assignee.name).sort()).toEqual(["Fabrikam Consulting", expect.stringMatching(/^Test User/)]);
    const adminView = (await admin.get(`/api/tenants/${ours.id}/assignments`)).json<TAssignmentList>().items;
    expect(adminView.map((a) => a.assignee.name)).toContain("Northwind Partners");
    const history = (await alice.get(`/api/tenants/${ours.id}/history`)).json<z.infer<typeof ZAuditList>>().items;
    expect(history.filter((e) => e.entityType === "assignment").map((e) => e.action)).toEqual(["assignment.added"]);
    expect(JSON.stringify(history)).not.toContain("Northwind");
  });
});

describe("what a partner user may change", () => {
  it("updates the Overall Status of a tenant of their organisation, and nothing else on the tenant", async () => {
    const fresh = (await alice.get(`/api/tenants/${ours.id}`)).json<TTenant>();
    const status = await alice.patch(`/api/tenants/${ours.id}`, { version: fresh.version, overallStatus: "active", overallStatusDate: "2026-11-20" });
    expect(status.statusCode).toBe(200);
    const seats = await alice.patch(`/api/tenants/${ours.id}`, { version: status.json<TTenant>().version, seats: 5 });
    expect(seats.statusCode).toBe(403);
    expect(seats.json().detail).toContain("Partner users cannot change seats");
  });

  it("updates service data but not the entitlement counts, which come from licensing", async () => {
    const next = await alice.patch(`/api/services/${oursService.id}`, { version: oursService.version, nextActionDate: "2026-12-01" });
    expect(next.statusCode).toBe(200);
    const total = await alice.patch(`/api/services/${oursService.id}`, { version: next.json<TService>().version, totalEntitlements: 9 });
    expect(total.statusCode).toBe(403);
  });

  it("cannot change a tenant of another partner, which stays not found", async () => {
    expect((await alice.patch(`/api/tenants/${theirs.id}`, { version: theirs.version, overallStatus: "active" })).statusCode).toBe(404);
    expect((await alice.post(`/api/tenants/${theirs.id}/assignments`, { userId: alice.userId, role: "p_fm" })).statusCode).toBe(404);
  });

  it("assigns people of their own organisation in the Partner roles only", async () => {
    const bob = await api.signIn({ roles: ["partner_user"], partnerId: fabrikamPartner });
    const added = await alice.post(`/api/tenants/${ours.id}/assignments`, { userId: bob.userId, role: "p_fe", isPrimary: true });
    expect(added.statusCode).toBe(201);
    const onboarding = await alice.post(`/api/tenants/${ours.id}/assignments`, { userId: bob.userId, role: "fe" });
    expect(onboarding.statusCode).toBe(403);
    expect(onboarding.json().detail).toContain("Partner roles");
    const carol = await api.signIn({ roles: ["partner_user"], partnerId: northwindPartner });
    const foreign = await alice.post(`/api/tenants/${ours.id}/assignments`, { userId: carol.userId, role: "p_fe" });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().detail).toContain("in your partner organisation");
  });

  it("may not remove the assignment that links the tenant to their organisation", async () => {
    const link = (await alice.get(`/api/tenants/${ours.id}/assignments`)).json<TAssignmentList>().items.find((a) => a.assignee.name === "Fabrikam Consulting");
    const refused = await alice.delete(`/api/assignments/${link?.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain("links Ours Corp to Fabrikam Consulting");
  });

  it("loses a tenant when the last assignment of theirs on it is removed", async () => {
    const dave = await api.signIn({ roles: ["partner_user"], partnerId: northwindPartner });
    const added = (await admin.post(`/api/tenants/${unassigned.id}/assignments`, { userId: dave.userId, role: "p_fm" })).json();
    expect((await dave.get(`/api/tenants/${unassigned.id}`)).statusCode).toBe(200);
    const removed = await admin.delete(`/api/assignments/${added.assignment.id}`);
    expect(removed.json().messages.join(" ")).toContain("has no other assignment on Nobody Corp and is removed from it");
    expect((await dave.get(`/api/tenants/${unassigned.id}`)).statusCode).toBe(404);
  });
});

describe("partner roles and assignees", () => {
  it("keeps Microsoft people out of the Partner roles and partner people in them", async () => {
    const fe = await api.signIn({ roles: ["fasttrack_engineer"] });
    const msInPartnerRole = await admin.post(`/api/tenants/${ours.id}/assignments`, { userId: fe.userId, role: "p_fe" });
    expect(msInPartnerRole.statusCode).toBe(422);
    expect(msInPartnerRole.json().detail).toContain("is not a partner user");
    const partnerAsFm = await admin.post(`/api/tenants/${ours.id}/assignments`, { partnerId: fabrikamPartner, role: "fm" });
    expect(partnerAsFm.statusCode).toBe(422);
  });
});

describe("the guest view", () => {
  it("gives a read-all user who is not assigned a read-only view that says why", async () => {
    const tm = await api.signIn({ roles: ["team_manager"] });
    const tenant = (await tm.get(`/api/tenants/${unassigned.id}`)).json<TTenant>();
    expect(tenant.access).toMatchObject({ view: "guest", canWrite: false, editableTenantFields: [], assign: "all" });
    expect(tenant.access.explanation).toContain("read-only guest view");
    const slt = await api.signIn({ roles: ["senior_leadership"] });
    expect((await slt.get(`/api/tenants/${unassigned.id}`)).json<TTenant>().access).toMatchObject({ view: "guest", canWrite: false, assign: "none" });
  });

  it("shows an administrator the full view", async () => {
    expect((await admin.get(`/api/tenants/${unassigned.id}`)).json<TTenant>().access).toMatchObject({ view: "full", canWrite: true, assign: "all" });
  });
});
