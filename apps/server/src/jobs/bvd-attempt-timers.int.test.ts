import { connect } from "@waymark/db";
import type { TTaskList, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../test-support/fixtures.ts";
import { adjustableClock } from "../clock.ts";
import { fireDueTimers } from "./fire-due-timers.ts";

// Friday 20 November 2026, 10:00 in Berlin.
const clock = adjustableClock(() => new Date("2026-11-20T09:00:00Z"));
let api: TestApi;
let admin: Client;
let tenant: TTenant;

const record = (type: string, data?: Record<string, unknown>) =>
  admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type, service: "onedrive", ...(data ? { data } : {}) });
const advance = async (days: number) => (await admin.post("/api/clock/advance", { days })).json();
const task3718 = async () => (await admin.get(`/api/tenants/${tenant.id}/tasks`)).json<TTaskList>().items.find((t) => t.catalogTaskId === 3718);

beforeAll(async () => {
  api = await startTestApi({ clock });
  admin = await api.signIn();
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Trey Research" })).id, { name: "Trey Research" });
  await addService(admin, tenant.id, "onedrive", 400);
  await record("playbook.started");
});
afterAll(() => api.close());

describe("three unanswered BVD attempts cancel task 3718 by themselves (seed 000 Approach 3, DESIGN decision 8)", () => {
  it("waits 3 business days after each attempt and only acts when the third wait runs out", async () => {
    expect((await record("bvd.attempt_made", { attemptNumber: 1 })).statusCode).toBe(200);
    expect(await advance(2)).toMatchObject({ fired: 0 }); // Sunday: nothing due yet
    expect(await advance(3)).toMatchObject({ fired: 1, effects: [] }); // Wednesday: attempt 1 unanswered, nothing to do yet

    await record("bvd.attempt_made", { attemptNumber: 2 });
    expect(await advance(5)).toMatchObject({ fired: 1, effects: [] });

    await record("bvd.attempt_made", { attemptNumber: 3 });
    expect((await task3718())?.status).toBe("not_started");
    const third = await advance(5);
    expect(third.fired).toBe(1);
    expect(third.effects.map((e: { kind: string }) => e.kind)).toEqual(["set_task_status", "append_entitlement_note"]);

    const task = await task3718();
    expect(task?.status).toBe("cancelled");
    expect(task?.why[0]?.why).toBe("The customer did not answer 3 attempts to have the OneDrive BVD, so task 3718 is cancelled.");
    const onedrive = (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services[0];
    expect(onedrive?.split[0]?.notes).toBe("#Unresponsive");
  });

  it("records who fired it: the rule that started the wait, with the reason", async () => {
    const history = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: { action: string; actorRuleId: string; reason: string }[] }>();
    const fired = history.items.find((e) => e.action === "playbook.event_recorded" && e.actorRuleId);
    expect(fired).toMatchObject({ actorRuleId: "onedrive-bvd@1/od-attempt-made" });
    expect(fired?.reason).toMatch(/^the wait "bvd-answer" started by rule od-attempt-made ran out on 2026-1[12]-\d\d$/);
  });

  it("stops waiting when the customer answers", async () => {
    const other = await createTenant(admin, tenant.customerId, { name: "Trey Research Labs" });
    await addService(admin, other.id, "onedrive", 40);
    const post = (type: string, data: Record<string, unknown>) =>
      admin.post(`/api/tenants/${other.id}/playbook-events`, { type, service: "onedrive", data });
    await post("bvd.attempt_made", { attemptNumber: 3 });
    await post("bvd.delivered", { intent: "blocked" });
    expect(await advance(7)).toMatchObject({ fired: 0 });
  });

  it("refuses to move time for anyone but an administrator", async () => {
    const fm = await api.signIn({ roles: ["fasttrack_manager"] });
    expect((await fm.post("/api/clock/advance", { days: 1 })).statusCode).toBe(403);
  });
});

describe("firing due timers from several processes", () => {
  it("fires each timer exactly once", async () => {
    const other = await createTenant(admin, tenant.customerId, { name: "Trey Research Retail" });
    await addService(admin, other.id, "onedrive", 40);
    for (const attemptNumber of [3]) {
      await admin.post(`/api/tenants/${other.id}/playbook-events`, { type: "bvd.attempt_made", service: "onedrive", data: { attemptNumber } });
    }
    clock.advance(10 * 24 * 60 * 60 * 1000);
    const secondProcess = connect(api.database.url, { max: 3 });
    try {
      const results = await Promise.all([
        fireDueTimers({ db: api.database.db, now: clock.now }),
        fireDueTimers({ db: secondProcess.db, now: clock.now }),
        fireDueTimers({ db: api.database.db, now: clock.now }),
      ]);
      expect(results.reduce((sum, r) => sum + r.fired, 0)).toBe(1);
      const tasks = (await admin.get(`/api/tenants/${other.id}/tasks`)).json<TTaskList>();
      expect(tasks.items.find((t) => t.catalogTaskId === 3718)?.status).toBe("cancelled");
      const notes = (await admin.get(`/api/tenants/${other.id}`)).json<TTenant>().services[0]?.split[0]?.notes;
      expect(notes).toBe("#Unresponsive");
    } finally {
      await secondProcess.close();
    }
  });
});
