import type { TSimulation, TTaskList, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

// Monday 23 November 2026, 10:00 in Berlin.
let api: TestApi;
let admin: Client;
let tenant: TTenant;

const simulation = (query: string, client = admin) => client.get(`/api/tenants/${tenant.id}/simulation${query}`);

/** What the simulation must leave exactly as it found it. */
async function snapshot() {
  const { rows } = await api.database.pool.query(`
    SELECT (SELECT json_agg(t ORDER BY t.catalog_task_id) FROM (SELECT catalog_task_id, status, version FROM tasks WHERE tenant_id = $1) t) AS tasks,
           (SELECT json_agg(t ORDER BY t.key) FROM (SELECT key, service, due_on, status FROM timers WHERE tenant_id = $1) t) AS timers,
           (SELECT json_agg(s ORDER BY s.l1) FROM (SELECT l1, notes FROM entitlement_splits WHERE tenant_id = $1) s) AS splits,
           (SELECT count(*)::int FROM rule_effects WHERE tenant_id = $1) AS rule_effects,
           (SELECT count(*)::int FROM audit_events) AS audit_events`, [tenant.id]);
  return rows[0];
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
  admin = await api.signIn();
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Fourth Coffee" })).id, { name: "Fourth Coffee" });
  await addService(admin, tenant.id, "onedrive", 300);
  for (const event of [
    { type: "playbook.started", service: "onedrive" },
    { type: "bvd.attempt_made", service: "onedrive", data: { attemptNumber: 3 } },
  ]) {
    const response = await admin.post(`/api/tenants/${tenant.id}/playbook-events`, event);
    if (response.statusCode !== 200) throw new Error(`event not recorded: ${response.body}`);
  }
});
afterAll(() => api.close());

describe("GET /api/tenants/:id/simulation", () => {
  it("shows the third attempt's wait running out on Thursday and what the playbook would do, changing nothing", async () => {
    const before = await snapshot();
    const response = await simulation("?days=5");
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<TSimulation>();
    expect(body).toMatchObject({ tenantId: tenant.id, tenantName: "Fourth Coffee", businessDays: 5, from: "2026-11-23", to: "2026-11-30" });
    expect(body.steps).toHaveLength(1);
    expect(body.steps[0]).toMatchObject({
      date: "2026-11-26",
      timer: { key: "bvd-answer", service: "onedrive", dueDate: "2026-11-26" },
      event: { type: "bvd.attempt_unanswered", service: "onedrive", data: { attemptNumber: 3 } },
      failure: null,
    });
    expect(body.steps[0]?.effects).toEqual([
      expect.objectContaining({ kind: "set_task_status", taskId: 3718, status: "cancelled", explanation: expect.objectContaining({ ruleId: "od-unresponsive" }) }),
      expect.objectContaining({ kind: "append_entitlement_note", text: "#Unresponsive" }),
    ]);
    expect(body.steps[0]?.effects[0]?.explanation.why).toBe("The customer did not answer 3 attempts to have the OneDrive BVD, so task 3718 is cancelled.");
    expect(body.finalState.tasks).toEqual([{ taskId: 3718, service: "onedrive", status: "cancelled" }]);

    expect(await snapshot()).toEqual(before);
    const tasks = (await admin.get(`/api/tenants/${tenant.id}/tasks`)).json<TTaskList>();
    expect(tasks.items.find((t) => t.catalogTaskId === 3718)?.status).toBe("not_started");
    expect(before.timers).toEqual([{ key: "bvd-answer", service: "onedrive", due_on: "2026-11-26", status: "pending" }]);
  });

  it("looks 15 business days ahead by default and stops before a wait that runs out later", async () => {
    expect((await simulation("")).json<TSimulation>()).toMatchObject({ businessDays: 15, to: "2026-12-14" });
    expect((await simulation("?days=2")).json<TSimulation>()).toMatchObject({ to: "2026-11-25", steps: [] });
  });

  it.each(["0", "500"])("refuses days=%s with 422 and says which window is allowed", async (days) => {
    const response = await simulation(`?days=${days}`);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      detail: `A simulation covers 1 to 90 business days; ${days} is out of range.`,
      errors: [{ path: "/querystring/days", message: "must be a whole number of business days from 1 to 90" }],
    });
  });

  it("refuses a days value that is not a whole number as a malformed request", async () => {
    expect((await simulation("?days=soon")).statusCode).toBe(400);
  });

  it("answers 404 to someone who may not see the tenant", async () => {
    const fm = await api.signIn({ roles: ["fasttrack_manager"] });
    expect((await simulation("?days=5", fm)).statusCode).toBe(404);
  });
});
