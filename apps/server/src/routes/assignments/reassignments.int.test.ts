import { insertAssignment, insertUser } from "@waymark/db";
import type { TAssignmentList, TReassignmentPlan, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi();
let people = 0;
const db = () => api().database.db;
const person = async (name: string, roles = ["fasttrack_manager"]) =>
  (await insertUser(db(), { username: `reassign${++people}-${Date.now()}`, displayName: name, roles })).id;

async function tenantHeldBy(userId: string, name: string, options: { service?: boolean } = {}) {
  const tenant = await createTenant(admin, (await createCustomer(admin, { name })).id, { name });
  await insertAssignment(db(), { customerId: tenant.customerId, tenantId: tenant.id, userId, role: "fm", isPrimary: true });
  if (options.service) {
    await addService(admin, tenant.id, "exchange", 100);
    await insertAssignment(db(), { customerId: tenant.customerId, tenantId: tenant.id, service: "exchange", userId, role: "fe" });
  }
  return tenant;
}

const holders = async (tenant: TTenant) =>
  (await admin.get(`/api/tenants/${tenant.id}/assignments`)).json<TAssignmentList>().items.map((a) => `${a.assignee.name}:${a.role}${a.isPrimary ? "*" : ""}`);

describe("bulk reassignment", () => {
  let leaver: string;
  let anna: string;
  let ben: string;
  let tenants: TTenant[];

  beforeAll(async () => {
    leaver = await person("Lee Leaver");
    anna = await person("Anna Able");
    ben = await person("Ben Busy");
    tenants = [
      await tenantHeldBy(leaver, "Alpha Corp", { service: true }),
      await tenantHeldBy(leaver, "Beta Corp"),
      await tenantHeldBy(leaver, "Gamma Corp"),
    ];
    await tenantHeldBy(ben, "Ben's Own Corp");
  });

  it("previews who takes which tenant, whole, with the counts, and changes nothing", async () => {
    const response = await admin.post("/api/assignments/reassignment-preview", { fromUserId: leaver, toUserIds: [anna, ben], reason: "Lee leaves the team on Friday" });
    expect(response.statusCode).toBe(200);
    const plan = response.json<TReassignmentPlan>();
    expect(plan.counts).toEqual({ tenants: 3, customers: 0, assignments: 4, primaries: 3, merged: 0 });
    const alpha = plan.moves.filter((m) => m.tenantName === "Alpha Corp");
    expect(new Set(alpha.map((m) => m.to.id)).size).toBe(1);
    expect(plan.to.find((t) => t.name === "Anna Able")).toMatchObject({ currentLoad: 0, units: 2 });
    expect(plan.to.find((t) => t.name === "Ben Busy")).toMatchObject({ currentLoad: 1, units: 1 });
    expect(plan.applied).toBe(false);
    expect(await holders(tenants[1] as TTenant)).toEqual(["Lee Leaver:fm*"]);
  });

  it("carries out the preview in one go, keeping roles and primaries, each move audited with the reason", async () => {
    const input = { fromUserId: leaver, toUserIds: [anna, ben], reason: "Lee leaves the team on Friday" };
    const preview = (await admin.post("/api/assignments/reassignment-preview", input)).json<TReassignmentPlan>();
    const done = await admin.post("/api/assignments/reassignments", { ...input, previewFingerprint: preview.previewFingerprint });
    expect(done.statusCode).toBe(200);
    expect(done.json<TReassignmentPlan>()).toMatchObject({ applied: true, counts: preview.counts });
    const alphaTo = preview.moves.find((m) => m.tenantName === "Alpha Corp")?.to.name;
    expect((await holders(tenants[0] as TTenant)).sort()).toEqual([`${alphaTo}:fe`, `${alphaTo}:fm*`].sort());
    const audit = await db().execute<{ action: string; reason: string }>(
      `SELECT action, reason FROM audit_events WHERE action IN ('assignment.reassigned', 'assignment.bulk_reassigned') ORDER BY id`,
    );
    expect(audit.rows.filter((r) => r.action === "assignment.reassigned")).toHaveLength(4);
    expect(audit.rows.every((r) => r.reason.includes("Lee leaves the team on Friday"))).toBe(true);
    const after = (await admin.post("/api/assignments/reassignment-preview", { ...input })).json<TReassignmentPlan>();
    expect(after.counts.assignments).toBe(0);
  });

  it("refuses a reassignment whose preview is out of date, and returns the new preview", async () => {
    const mover = await person("Mo Mover");
    const taker = await person("Tess Taker");
    await tenantHeldBy(mover, "Delta Corp");
    const input = { fromUserId: mover, toUserIds: [taker], reason: "Rebalancing the west region" };
    const preview = (await admin.post("/api/assignments/reassignment-preview", input)).json<TReassignmentPlan>();
    const extra = await tenantHeldBy(mover, "Epsilon Corp");
    const stale = await admin.post("/api/assignments/reassignments", { ...input, previewFingerprint: preview.previewFingerprint });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain("changed since the preview (they now come to 2)");
    expect(stale.json().current.counts.tenants).toBe(2);
    expect(await holders(extra)).toEqual(["Mo Mover:fm*"]);
  });

  it("merges into an assignment the colleague already holds and hands over the primary flag", async () => {
    const mover = await person("Max Merge");
    const taker = await person("Nia Niche");
    const shared = await tenantHeldBy(mover, "Zeta Corp");
    await insertAssignment(db(), { customerId: shared.customerId, tenantId: shared.id, userId: taker, role: "fm", isPrimary: false });
    const input = { fromUserId: mover, toUserIds: [taker], reason: "Max moves to another team" };
    const preview = (await admin.post("/api/assignments/reassignment-preview", input)).json<TReassignmentPlan>();
    expect(preview.counts.merged).toBe(1);
    await admin.post("/api/assignments/reassignments", { ...input, previewFingerprint: preview.previewFingerprint });
    expect(await holders(shared)).toEqual(["Nia Niche:fm*"]);
  });

  it("is for managers and administrators, and keeps the partner boundary", async () => {
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    const refused = await fm.post("/api/assignments/reassignment-preview", { fromUserId: leaver, toUserIds: [anna], reason: "I would like their tenants" });
    expect(refused.statusCode).toBe(403);
    const partnerUserId = (await db().execute<{ id: string }>(
      `INSERT INTO partners (name) VALUES ('Fabrikam') RETURNING id`,
    )).rows[0]?.id;
    const partnerPerson = (await insertUser(db(), { username: `pp${Date.now()}`, displayName: "Pat Partner", roles: ["partner_user"], partnerId: partnerUserId as string })).id;
    const across = await admin.post("/api/assignments/reassignment-preview", { fromUserId: anna, toUserIds: [partnerPerson], reason: "Hand over to the partner" });
    expect(across.statusCode).toBe(422);
    expect(across.json().detail).toContain("Pat Partner is a partner user");
    const short = await admin.post("/api/assignments/reassignment-preview", { fromUserId: anna, toUserIds: [ben], reason: "why" });
    expect(short.statusCode).toBe(400);
  });
});
