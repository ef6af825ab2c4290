import { insertAssignment } from "@waymark/db";
import type { TAuditEvent, TFindingList, TOutboxMessageList, TTenant } from "@waymark/contracts";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

// What the engine changes beyond tasks and notes: the L1 split, assignments, the outbox, and findings a person accepts.
let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
  admin = await api.signIn();
});
afterAll(() => api.close());

async function newTenant(name: string, overrides: Parameters<typeof createTenant>[2] = {}) {
  return createTenant(admin, (await createCustomer(admin, { name })).id, { name, ...overrides });
}
const record = (client: Client, tenant: TTenant, type: string, data: Record<string, unknown>, service?: string) =>
  client.post(`/api/tenants/${tenant.id}/playbook-events`, { type, ...(service ? { service } : {}), data });
const tenantOf = async (tenant: TTenant) => (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>();
const assignmentsOf = async (tenant: TTenant) =>
  (
    await api.database.db.execute<{ user_id: string | null; role: string; is_primary: boolean; queue: string | null }>(sql`
      SELECT a.user_id, a.role, a.is_primary, q.code AS queue FROM assignments a LEFT JOIN queues q ON q.id = a.queue_id
      WHERE a.tenant_id = ${tenant.id} ORDER BY a.role, q.code`)
  ).rows;

describe("the L1/L2/L3 recorded with a BVD outcome (seed 000 rule 5)", () => {
  it("moves the OneDrive entitlements to No Intent with the reasons and the note, keeping the sum", async () => {
    const tenant = await newTenant("Northwind Traders");
    await addService(admin, tenant.id, "onedrive", 400);
    const response = await record(
      admin,
      tenant,
      "bvd.delivered",
      { intent: "no_intent", l2: "using_competitive_solution", l3: "competitor_similar_functionality", note: "Box for all file sharing until 2028" },
      "onedrive",
    );
    expect(response.statusCode, response.body).toBe(200);
    const split = (await tenantOf(tenant)).services[0]?.split.filter((row) => row.entitlements > 0);
    expect(split).toEqual([
      expect.objectContaining({
        l1: "no_intent",
        entitlements: 400,
        l2: "using_competitive_solution",
        l3: "competitor_similar_functionality",
        notes: "Box for all file sharing until 2028",
      }),
    ]);
    const why = (await admin.get(`/api/tenants/${tenant.id}/explanations?kind=set_entitlement_status`)).json<{ items: { why: string }[] }>();
    expect(why.items[0]?.why).toBe("After the BVD the customer is no_intent: the OneDrive entitlements move there with the L2/L3 and note the FM recorded.");
  });

  it("refuses an L3 that does not belong to the L2, and changes nothing", async () => {
    const tenant = await newTenant("Wide World Importers");
    await addService(admin, tenant.id, "onedrive", 120);
    const response = await record(admin, tenant, "bvd.delivered", { intent: "no_intent", l2: "using_competitive_solution", l3: "no_response_to_contact_attempts", note: "x" }, "onedrive");
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toMatch(/^"no_response_to_contact_attempts" is not an L3 reason of using_competitive_solution; choose one of: competitor_similar_functionality/);
    expect((await tenantOf(tenant)).services[0]?.split).toEqual([expect.objectContaining({ l1: "status_unknown", entitlements: 120 })]);
  });
});

describe("an additional tenant of a customer an FM already works with (seed 003 rule 64)", () => {
  it("is reassigned to that FM as primary and an e-mail to them waits in the outbox", async () => {
    const ana = await api.signIn({ roles: ["fasttrack_manager"] });
    await api.database.db.execute(sql`UPDATE users SET email = 'ana@fabrikam.example' WHERE id = ${ana.userId}`);
    const gatewayFm = await api.signIn({ roles: ["fasttrack_manager"] });
    const tenant = await newTenant("Fabrikam Labs");
    await insertAssignment(api.database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: gatewayFm.userId, role: "fm", isPrimary: true });
    await record(gatewayFm, tenant, "gateway.started", {});
    const response = await record(gatewayFm, tenant, "gateway.duplicate_check_recorded", { outcome: "additional_tenant", existingFmUserId: ana.userId });
    expect(response.statusCode, response.body).toBe(200);

    expect(await assignmentsOf(tenant)).toEqual([{ user_id: ana.userId, role: "fm", is_primary: true, queue: null }]);
    const messages = (await admin.get(`/api/tenants/${tenant.id}/messages`)).json<TOutboxMessageList>();
    expect(messages.items).toEqual([
      expect.objectContaining({
        template: "additional_tenant_assigned",
        recipientUserId: ana.userId,
        to: ["ana@fabrikam.example"],
        subject: "An additional tenant was assigned to you: Fabrikam Labs",
        status: "queued",
        ruleId: "initial-customer-engagement@1/gw-duplicate-additional-tenant-reassign",
      }),
    ]);
    // Recording the same check again neither reassigns nor e-mails twice.
    expect((await record(ana, tenant, "gateway.duplicate_check_recorded", { outcome: "additional_tenant", existingFmUserId: ana.userId })).json().effects).toEqual([]);
    expect((await admin.get(`/api/tenants/${tenant.id}/messages`)).json<TOutboxMessageList>().items).toHaveLength(1);
  });

  it("refuses a user id that names nobody, and nothing is half-written", async () => {
    const tenant = await newTenant("Fabrikam Retail");
    await record(admin, tenant, "gateway.started", {});
    const nobody = "00000000-0000-4000-8000-00000000beef";
    const response = await record(admin, tenant, "gateway.duplicate_check_recorded", { outcome: "additional_tenant", existingFmUserId: nobody });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toBe(`There is no user with id "${nobody}" to assign the tenant to: name an existing Waymark user by their id.`);
    const findings = (await admin.get(`/api/tenants/${tenant.id}/findings`)).json<TFindingList>();
    expect(findings.items.map((f) => f.code)).toContain("check_duplicate_tenants");
    expect((await admin.get(`/api/tenants/${tenant.id}/messages`)).json<TOutboxMessageList>().items).toEqual([]);
  });
});

describe("a GoBack tenant with an FRP assigned (seed 003 rule 66)", () => {
  it("removes the FM who recorded the check and the FTCQ GoBack queue from its assignments; other assignees stay", async () => {
    const fm = await api.signIn({ roles: ["fasttrack_manager"] });
    const fe = await api.signIn({ roles: ["fasttrack_engineer"] });
    const tenant = await newTenant("Tailspin Toys", { goBack: true });
    await insertAssignment(api.database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: fm.userId, role: "fm", isPrimary: true });
    await insertAssignment(api.database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: fe.userId, role: "fe", isPrimary: true });
    await api.database.db.execute(sql`
      INSERT INTO assignments (customer_id, tenant_id, queue_id, role)
      SELECT ${tenant.customerId}, ${tenant.id}, id, 'rm' FROM queues WHERE code = 'ftcq_goback_emea'`);
    expect((await assignmentsOf(tenant)).map((a) => a.queue ?? a.role)).toEqual(["fe", "fm", "ftcq_goback_emea"]);

    const response = await record(fm, tenant, "gateway.goback_check_recorded", { frpAssigned: true, cssAssigned: false });
    expect(response.statusCode, response.body).toBe(200);
    expect(await assignmentsOf(tenant)).toEqual([{ user_id: fe.userId, role: "fe", is_primary: true, queue: null }]);
    const history = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>();
    expect(history.items.find((e) => e.action === "engine.unassign_user")).toMatchObject({
      actorRuleId: "initial-customer-engagement@1/gw-goback-frp-assigned",
      after: { userId: fm.userId, role: null },
    });
  });
});

describe("disengagement (seed 004; partner playbook, engagement completion)", () => {
  it("moves the tenant from FTCQ AiR to FTCQ Inactive of its region, then unassigns the FM", async () => {
    const fm = await api.signIn({ roles: ["fasttrack_manager"] });
    const tenant = await newTenant("Adventure Works Cycles", { region: "americas", country: "US", timeZone: "America/Chicago" });
    await insertAssignment(api.database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: fm.userId, role: "fm", isPrimary: true });
    await api.database.db.execute(sql`
      INSERT INTO assignments (customer_id, tenant_id, queue_id, role, is_primary)
      SELECT ${tenant.customerId}, ${tenant.id}, id, 'rm', true FROM queues WHERE code = 'ftcq_air_americas'`);
    const response = await record(fm, tenant, "engagement.disengaged", {});
    expect(response.statusCode, response.body).toBe(200);
    expect(await assignmentsOf(tenant)).toEqual([{ user_id: null, role: "rm", is_primary: true, queue: "ftcq_inactive_americas" }]);
    // The FM has left the tenant: as an Assigned-level user they no longer see it.
    expect((await fm.get(`/api/tenants/${tenant.id}`)).statusCode).toBe(404);
  });
});

describe("accepting a finding as it stands", () => {
  it("moves it out of the open list with who and why, and the playbook does not raise it again", async () => {
    const fm = await api.signIn({ roles: ["fasttrack_manager"] });
    const tenant = await newTenant("Proseware");
    await insertAssignment(api.database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: fm.userId, role: "fm", isPrimary: true });
    await addService(admin, tenant.id, "onedrive", 90);
    await record(fm, tenant, "bvd.delivered", { intent: "blocked" }, "onedrive");
    const [prompt] = (await fm.get(`/api/tenants/${tenant.id}/findings`)).json<TFindingList>().items.filter((f) => f.code === "classify_after_bvd");
    expect(prompt).toBeDefined();

    expect((await fm.post(`/api/tenants/${tenant.id}/findings/${prompt?.id}/accept`, { reason: "" })).statusCode).toBe(400);
    const accepted = await fm.post(`/api/tenants/${tenant.id}/findings/${prompt?.id}/accept`, { reason: "Classified in the customer's own tracker" });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "accepted", acceptedById: fm.userId, acceptedReason: "Classified in the customer's own tracker" });

    await record(fm, tenant, "bvd.delivered", { intent: "blocked" }, "onedrive");
    const open = (await fm.get(`/api/tenants/${tenant.id}/findings`)).json<TFindingList>().items;
    expect(open.map((f) => f.code)).not.toContain("classify_after_bvd");
    const acceptedList = (await fm.get(`/api/tenants/${tenant.id}/findings?status=accepted`)).json<TFindingList>().items;
    expect(acceptedList.map((f) => f.code)).toEqual(["classify_after_bvd"]);

    const again = await fm.post(`/api/tenants/${tenant.id}/findings/${prompt?.id}/accept`, { reason: "twice" });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe("The finding was already accepted.");
    const history = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>();
    expect(history.items.find((e) => e.action === "finding.accepted")).toMatchObject({ actorUserId: fm.userId, reason: "Classified in the customer's own tracker" });
  });

  it("is refused to someone not assigned to the tenant", async () => {
    const stranger = await api.signIn({ roles: ["fasttrack_manager"] });
    const tenant = await newTenant("Litware");
    await addService(admin, tenant.id, "onedrive", 90);
    await record(admin, tenant, "bvd.delivered", { intent: "blocked" }, "onedrive");
    const [prompt] = (await admin.get(`/api/tenants/${tenant.id}/findings`)).json<TFindingList>().items;
    const response = await stranger.post(`/api/tenants/${tenant.id}/findings/${prompt?.id}/accept`, { reason: "not mine" });
    expect(response.statusCode).toBe(404);
  });
});
