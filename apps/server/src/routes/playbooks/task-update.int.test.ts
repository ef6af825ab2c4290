import { insertAssignment } from "@waymark/db";
import type { TAuditEvent, TTask, TTaskList, TTaskWithWhy, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
let tenant: TTenant;

const tasks = async () => (await admin.get(`/api/tenants/${tenant.id}/tasks`)).json<TTaskList>().items;
const bvdTask = async (): Promise<TTaskWithWhy> => {
  const task = (await tasks()).find((t) => t.catalogTaskId === 3718);
  if (!task) throw new Error("task 3718 missing");
  return task;
};
const history = async () => (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>().items;

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Fourth Coffee" })).id, { name: "Fourth Coffee" });
  await addService(admin, tenant.id, "onedrive", 500);
  const started = await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "playbook.started", service: "onedrive" });
  if (started.statusCode !== 200) throw new Error(started.body);
});

describe("the task list", () => {
  it("places each task in the playbook tree: phase, process and step from the reference playbook", async () => {
    expect(await bvdTask()).toMatchObject({ phase: "assess", process: "Conduct Adoption & Change Management Conversation", mandatory: true });
    expect((await bvdTask()).step).toEqual(expect.any(String));
  });

  it("says what each task asks and where that is written", async () => {
    expect(await bvdTask()).toMatchObject({
      description: expect.stringMatching(/^FastTrack Managers \(FM\) deliver the OneDrive pitch\/BVD deck linked to task 3718 to every OneDrive-eligible customer/),
      descriptionSource: "OneDrive BVD playbook",
    });
  });
});

describe("setting a task's status and % complete", () => {
  it("saves In Progress at 50 %, bumps the version and audits who changed what", async () => {
    const task = await bvdTask();
    const response = await admin.patch(`/api/tasks/${task.id}`, { version: task.version, status: "in_progress", percentComplete: 50 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<TTask>()).toMatchObject({
      status: "in_progress",
      percentComplete: 50,
      version: task.version + 1,
      service: "onedrive",
      description: task.description,
      descriptionSource: "OneDrive BVD playbook",
    });
    expect(await bvdTask()).toMatchObject({ status: "in_progress", percentComplete: 50 });
    const event = (await history()).find((e) => e.action === "task.updated");
    expect(event).toMatchObject({
      entityId: task.id,
      before: { catalogTaskId: 3718, status: "not_started", percentComplete: 0 },
      after: { catalogTaskId: 3718, status: "in_progress", percentComplete: 50 },
    });
    expect(event?.actorUserId).toEqual(expect.any(String));
  });

  it("makes 100 % alone Complete, and Complete alone 100 %", async () => {
    let task = await bvdTask();
    expect((await admin.patch(`/api/tasks/${task.id}`, { version: task.version, percentComplete: 100 })).json<TTask>()).toMatchObject({ status: "complete", percentComplete: 100 });
    task = await bvdTask();
    await admin.patch(`/api/tasks/${task.id}`, { version: task.version, status: "in_progress", percentComplete: 20 });
    task = await bvdTask();
    expect((await admin.patch(`/api/tasks/${task.id}`, { version: task.version, status: "complete" })).json<TTask>()).toMatchObject({ status: "complete", percentComplete: 100 });
  });

  it("refuses a stale version with 409 and the task as it is now, changing nothing", async () => {
    const task = await bvdTask();
    await admin.patch(`/api/tasks/${task.id}`, { version: task.version, status: "warning", percentComplete: 30 });
    const stale = await admin.patch(`/api/tasks/${task.id}`, { version: task.version, status: "cancelled" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/changed by someone else/);
    expect(stale.json().current).toMatchObject({ status: "warning", version: task.version + 1 });
    expect(await bvdTask()).toMatchObject({ status: "warning", percentComplete: 30 });
  });

  it("refuses % complete outside 0–100, and Complete below 100 %, saying what to send", async () => {
    const task = await bvdTask();
    const tooMuch = await admin.patch(`/api/tasks/${task.id}`, { version: task.version, percentComplete: 150 });
    expect(tooMuch.statusCode).toBe(400);
    expect(JSON.stringify(tooMuch.json().errors)).toContain("at most 100");
    const contradictory = await admin.patch(`/api/tasks/${task.id}`, { version: task.version, status: "complete", percentComplete: 40 });
    expect(contradictory.statusCode).toBe(422);
    expect(contradictory.json().errors).toEqual([{ path: "/body/percentComplete", message: expect.stringMatching(/send 100/) }]);
    expect(await bvdTask()).toMatchObject({ status: task.status, percentComplete: task.percentComplete, version: task.version });
  });

  it("is refused to people who may not change the tenant: 403 without a role or only reading, 404 when they cannot see it", async () => {
    const task = await bvdTask();
    const body = { version: task.version, status: "in_progress" };
    const guest = await api().signIn({ roles: [], isAdministrator: false });
    expect((await guest.patch(`/api/tasks/${task.id}`, body)).statusCode).toBe(403);
    const leader = await api().signIn({ roles: ["senior_leadership"], isAdministrator: false });
    expect((await leader.patch(`/api/tasks/${task.id}`, body)).statusCode).toBe(403);
    const unassigned = await api().signIn({ roles: ["fasttrack_engineer"], isAdministrator: false });
    expect((await unassigned.patch(`/api/tasks/${task.id}`, body)).statusCode).toBe(404);
    await insertAssignment(api().database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: unassigned.userId, role: "fe", isPrimary: false });
    expect((await unassigned.patch(`/api/tasks/${task.id}`, body)).statusCode).toBe(200);
  });
});

describe("setting a task's responsible role", () => {
  it("saves a role of the task roles catalogue, bumps the version and audits the role before and after", async () => {
    const task = await bvdTask();
    expect(task.responsibleRole).not.toBe("migration_engagement_lead");
    const response = await admin.patch(`/api/tasks/${task.id}`, { version: task.version, responsibleRole: "migration_engagement_lead" });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<TTask>()).toMatchObject({ responsibleRole: "migration_engagement_lead", status: task.status, version: task.version + 1 });
    expect(await bvdTask()).toMatchObject({ responsibleRole: "migration_engagement_lead", status: task.status, percentComplete: task.percentComplete });
    const event = (await history()).find((e) => e.action === "task.updated" && (e.after as Record<string, unknown>)?.responsibleRole !== undefined);
    expect(event).toMatchObject({
      entityId: task.id,
      before: { catalogTaskId: 3718, responsibleRole: task.responsibleRole },
      after: { catalogTaskId: 3718, responsibleRole: "migration_engagement_lead" },
    });
    expect(event?.before).not.toHaveProperty("status");
  });

  it("refuses a role outside the catalogue with 422 naming the allowed roles, changing nothing", async () => {
    const task = await bvdTask();
    const response = await admin.patch(`/api/tasks/${task.id}`, { version: task.version, responsibleRole: "chief_wizard", status: "in_progress" });
    expect(response.statusCode).toBe(422);
    const [problem] = response.json().errors;
    expect(problem).toEqual({ path: "/body/responsibleRole", message: expect.stringContaining('"chief_wizard" is not a task role') });
    expect(problem.message).toContain("any_role (Any Role)");
    expect(problem.message).toContain("fasttrack_architect_v2 (FastTrack Architect v2)");
    expect(await bvdTask()).toMatchObject({ responsibleRole: task.responsibleRole, status: task.status, version: task.version });
  });

  it("refuses a role change on a stale version with 409, keeping the role someone else saved", async () => {
    const task = await bvdTask();
    expect((await admin.patch(`/api/tasks/${task.id}`, { version: task.version, responsibleRole: "sme" })).statusCode).toBe(200);
    const stale = await admin.patch(`/api/tasks/${task.id}`, { version: task.version, responsibleRole: "regional_manager" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ responsibleRole: "sme", version: task.version + 1 });
    expect(await bvdTask()).toMatchObject({ responsibleRole: "sme", version: task.version + 1 });
  });
});
