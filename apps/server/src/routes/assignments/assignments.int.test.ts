import { insertAssignment, insertUser } from "@waymark/db";
import type { TAssignmentChange, TAssignmentList, TAuditEvent, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });

let counter = 0;
const newTenant = async () => {
  const name = `Assignment Tenant ${++counter}`;
  return createTenant(admin, (await createCustomer(admin, { name })).id, { name });
};
/** Someone to assign: a user who need not sign in (sign-ins from one address are throttled). */
const person = async (roles: string[]) => {
  const n = ++counter;
  const user = await insertUser(api().database.db, { username: `assignee${n}-${Date.now()}`, displayName: `Assignee ${n}`, roles });
  return { userId: user.id };
};
const listOf = async (tenant: TTenant) => (await admin.get(`/api/tenants/${tenant.id}/assignments`)).json<TAssignmentList>().items;
const historyOf = async (tenant: TTenant) => (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>().items;
const makePrimaryFm = (tenant: TTenant, userId: string) =>
  insertAssignment(api().database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId, role: "fm", isPrimary: true });

let tenant: TTenant;
beforeAll(async () => {
  tenant = await newTenant();
  await addService(admin, tenant.id, "teams", 300);
});

describe("who may change a tenant's assignments", () => {
  it("lets the tenant's primary FM assign an engineer", async () => {
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    await makePrimaryFm(tenant, fm.userId);
    const fe = await person(["fasttrack_engineer"]);
    const response = await fm.post(`/api/tenants/${tenant.id}/assignments`, { userId: fe.userId, role: "fe", service: "teams" });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<TAssignmentChange>().assignment).toMatchObject({ level: "service", service: "teams", role: "fe", roleLabel: "FastTrack Engineer", isPrimary: false });
    const listed = (await listOf(tenant)).find((a) => a.assignee.id === fe.userId);
    expect(listed).toMatchObject({ serviceLabel: expect.any(String), assignee: { kind: "user", name: expect.stringMatching(/^Assignee \d+$/) }, assignedBy: { id: fm.userId } });
  });

  it("refuses an FM assigned to the tenant but not its primary, saying who can", async () => {
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    await insertAssignment(api().database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: fm.userId, role: "fm", isPrimary: false });
    const fe = await person(["fasttrack_engineer"]);
    const response = await fm.post(`/api/tenants/${tenant.id}/assignments`, { userId: fe.userId, role: "fe" });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toMatch(/only its primary FastTrack Manager, the Assigned and Assignment roles .* and administrators can/);
    expect((await listOf(tenant)).some((a) => a.assignee.id === fe.userId)).toBe(false);
  });

  it("lets a Team Manager assign on any tenant, even one they are not assigned to", async () => {
    const manager = await api().signIn({ roles: ["team_manager"] });
    const other = await newTenant();
    const fe = await person(["fasttrack_engineer"]);
    const response = await manager.post(`/api/tenants/${other.id}/assignments`, { userId: fe.userId, role: "fe" });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<TAssignmentChange>().assignment).toMatchObject({ level: "tenant", assignedBy: { id: manager.userId } });
    const removed = await manager.delete(`/api/assignments/${response.json<TAssignmentChange>().assignment.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await listOf(other)).toEqual([]);
  });

  it("never lets Senior Leadership (Privileged) assign, though they can read the assignments", async () => {
    const leader = await api().signIn({ roles: ["senior_leadership"] });
    const fe = await person(["fasttrack_engineer"]);
    expect((await leader.post(`/api/tenants/${tenant.id}/assignments`, { userId: fe.userId, role: "fe" })).statusCode).toBe(403);
    expect((await leader.get(`/api/tenants/${tenant.id}/assignments`)).statusCode).toBe(200);
  });
});

describe("primaries", () => {
  it("demotes the previous primary when a new primary is added, and records both in the tenant's history", async () => {
    const target = await newTenant();
    const [first, second] = [await person(["fasttrack_manager"]), await person(["fasttrack_manager"])];
    const added = (await admin.post(`/api/tenants/${target.id}/assignments`, { userId: first.userId, role: "fm", isPrimary: true })).json<TAssignmentChange>();
    const response = await admin.post(`/api/tenants/${target.id}/assignments`, { userId: second.userId, role: "fm", isPrimary: true });
    expect(response.statusCode, response.body).toBe(201);
    const change = response.json<TAssignmentChange>();
    expect(change.demotedPrimary.map((a) => a.id)).toEqual([added.assignment.id]);
    expect(change.messages.join(" ")).toMatch(/is no longer primary FastTrack Manager/);
    const fms = (await listOf(target)).filter((a) => a.role === "fm");
    expect(fms.map((a) => [a.assignee.id, a.isPrimary])).toEqual(expect.arrayContaining([[first.userId, false], [second.userId, true]]));
    const history = await historyOf(target);
    expect(history.find((e) => e.action === "assignment.primary_changed")).toMatchObject({ entityId: added.assignment.id, before: { isPrimary: true }, after: { isPrimary: false } });
    expect(history.filter((e) => e.action === "assignment.added")).toHaveLength(2);
  });

  it("makes the tenant's only RM its primary, also when the other RM is removed", async () => {
    const target = await newTenant();
    const [a, b] = [await person(["team_manager"]), await person(["team_manager"])];
    const first = (await admin.post(`/api/tenants/${target.id}/assignments`, { userId: a.userId, role: "rm" })).json<TAssignmentChange>();
    expect(first.assignment.isPrimary).toBe(true);
    expect(first.promotedPrimary?.id).toBe(first.assignment.id);
    const second = (await admin.post(`/api/tenants/${target.id}/assignments`, { userId: b.userId, role: "rm" })).json<TAssignmentChange>();
    expect(second.assignment.isPrimary).toBe(false);
    const removed = await admin.delete(`/api/assignments/${first.assignment.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<TAssignmentChange>().promotedPrimary?.id).toBe(second.assignment.id);
    expect((await listOf(target)).map((x) => [x.assignee.id, x.role, x.isPrimary])).toEqual([[b.userId, "rm", true]]);
    const actions = (await historyOf(target)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["assignment.added", "assignment.removed", "assignment.primary_changed"]));
  });
});

describe("bad assignments", () => {
  it("refuses the same assignee in the same role and service twice with 409", async () => {
    const fe = await person(["fasttrack_engineer"]);
    expect((await admin.post(`/api/tenants/${tenant.id}/assignments`, { userId: fe.userId, role: "fe" })).statusCode).toBe(201);
    const again = await admin.post(`/api/tenants/${tenant.id}/assignments`, { userId: fe.userId, role: "fe" });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/is already assigned to .* as FastTrack Engineer; remove that assignment first/);
    expect((await admin.post(`/api/tenants/${tenant.id}/assignments`, { userId: fe.userId, role: "fe", service: "teams" })).statusCode).toBe(201);
  });

  it("names the field of an unknown user or queue (422) and of a service the tenant lacks", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const user = await admin.post(`/api/tenants/${tenant.id}/assignments`, { userId: missing, role: "fe" });
    expect(user.statusCode).toBe(422);
    expect(user.json().errors).toEqual([{ path: "/body/userId", message: expect.stringContaining("no user with id") }]);
    const queue = await admin.post(`/api/tenants/${tenant.id}/assignments`, { queueId: missing, role: "rm" });
    expect(queue.json().errors.map((e: { path: string }) => e.path)).toEqual(["/body/queueId"]);
    const fe = await person(["fasttrack_engineer"]);
    const service = await admin.post(`/api/tenants/${tenant.id}/assignments`, { userId: fe.userId, role: "fe", service: "yammer" });
    expect(service.json().errors.map((e: { path: string }) => e.path)).toEqual(["/body/service"]);
  });

  it("assigns a routing queue by id and lists it by the queue's name", async () => {
    const target = await newTenant();
    const { rows } = await api().database.pool.query<{ id: string; name: string }>("SELECT id, name FROM queues ORDER BY code LIMIT 1");
    const queue = rows[0];
    if (!queue) throw new Error("the migrations seed the routing queues");
    expect((await admin.post(`/api/tenants/${target.id}/assignments`, { queueId: queue.id, role: "rm" })).statusCode).toBe(201);
    expect((await listOf(target))[0]).toMatchObject({ assignee: { kind: "queue", id: queue.id, name: queue.name }, isPrimary: true });
  });

  it("lists customer-level assignments on each tenant of the customer, marked as such", async () => {
    const target = await newTenant();
    const fm = await person(["fasttrack_manager"]);
    const row = await insertAssignment(api().database.db, { customerId: target.customerId, tenantId: null, userId: fm.userId, role: "fm", isPrimary: true });
    expect((await listOf(target)).map((a) => [a.id, a.level])).toEqual([[row.id, "customer"]]);
  });
});

describe("customer-level (TPID) assignments", () => {
  it("assigns at customer level: read/write on every tenant of the customer, shown on each of them", async () => {
    const customer = await createCustomer(admin, { name: "Tpid Holdings" });
    const first = await createTenant(admin, customer.id, { name: "Tpid Holdings EU" });
    const second = await createTenant(admin, customer.id, { name: "Tpid Holdings US" });
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await fm.get(`/api/tenants/${second.id}`)).statusCode).toBe(404);
    const added = await admin.post(`/api/customers/${customer.id}/assignments`, { userId: fm.userId, role: "fm", isPrimary: true });
    expect(added.statusCode).toBe(201);
    expect(added.json<TAssignmentChange>().messages[0]).toContain("at customer (TPID) level, covering all its tenants");
    expect((await admin.get(`/api/customers/${customer.id}/assignments`)).json<TAssignmentList>().items).toMatchObject([{ level: "customer", isPrimary: true }]);
    for (const tenantOf of [first, second]) {
      expect((await listOf(tenantOf)).map((a) => a.level)).toEqual(["customer"]);
      expect((await fm.patch(`/api/tenants/${tenantOf.id}`, { version: tenantOf.version, seats: 1234 })).statusCode).toBe(200);
    }
    const fe = await person(["fasttrack_engineer"]);
    expect((await fm.post(`/api/tenants/${first.id}/assignments`, { userId: fe.userId, role: "fe" })).statusCode).toBe(201);
  });

  it("keeps one primary per role at customer level, refuses a service there, and removes a customer-level assignment", async () => {
    const customer = await createCustomer(admin, { name: "Primary Swap Inc" });
    const [a, b] = [await person(["fasttrack_manager"]), await person(["fasttrack_manager"])];
    const first = (await admin.post(`/api/customers/${customer.id}/assignments`, { userId: a.userId, role: "fm", isPrimary: true })).json<TAssignmentChange>();
    const second = (await admin.post(`/api/customers/${customer.id}/assignments`, { userId: b.userId, role: "fm", isPrimary: true })).json<TAssignmentChange>();
    expect(second.demotedPrimary.map((d) => d.id)).toEqual([first.assignment.id]);
    const withService = await admin.post(`/api/customers/${customer.id}/assignments`, { userId: a.userId, role: "fe", service: "teams" });
    expect(withService.statusCode).toBe(422);
    expect(withService.json().detail).toContain("covers the whole of Primary Swap Inc");
    expect((await admin.delete(`/api/assignments/${second.assignment.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/customers/${customer.id}/assignments`)).json<TAssignmentList>().items.map((x) => x.id)).toEqual([first.assignment.id]);
  });

  it("lets an Assigned-level FM change customer-level assignments only as the customer's primary FM", async () => {
    const customer = await createCustomer(admin, { name: "Guarded Customer" });
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    const other = await person(["fasttrack_engineer"]);
    await insertAssignment(api().database.db, { customerId: customer.id, tenantId: null, userId: fm.userId, role: "sme", isPrimary: false });
    expect((await fm.post(`/api/customers/${customer.id}/assignments`, { userId: other.userId, role: "fe" })).statusCode).toBe(403);
    await admin.post(`/api/customers/${customer.id}/assignments`, { userId: fm.userId, role: "fm", isPrimary: true });
    expect((await fm.post(`/api/customers/${customer.id}/assignments`, { userId: other.userId, role: "fe" })).statusCode).toBe(201);
  });
});
