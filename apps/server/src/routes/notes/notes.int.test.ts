import { insertAssignment } from "@waymark/db";
import type { TAuditEvent, TNote, TNoteList, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
let tenant: TTenant;

const write = (body: Record<string, unknown>, on = tenant) => admin.post(`/api/tenants/${on.id}/notes`, body);
const list = async (query = "") => (await admin.get(`/api/tenants/${tenant.id}/notes${query}`)).json<TNoteList>().items;

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Margie's Travel" })).id, { name: "Margie's Travel" });
  await addService(admin, tenant.id, "sharepoint", 300);
  await addService(admin, tenant.id, "teams", 300);
});

describe("writing a note", () => {
  it("saves it linked to services and a task, with its hashtags extracted in their canonical spelling", async () => {
    const response = await write({
      category: "service_intent",
      services: ["sharepoint"],
      taskId: 3737,
      body: "Customer compares SharePoint with Box #compete; intranet pilot first. Exchange#1 is not a tag.",
      nextAction: "Send the intranet pilot plan",
      nextActionDate: "2026-12-01",
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<TNote>()).toMatchObject({ category: "service_intent", services: ["sharepoint"], taskId: 3737, hashtags: ["#Compete"], escalated: false, supersedesNoteId: null });
  });

  it("refuses an unknown task id, a service the tenant lacks and a next action without its date, all at once, saving nothing", async () => {
    const before = (await list()).length;
    const response = await write({ category: "environment", services: ["yammer"], taskId: 999_999, body: "x", nextAction: "call" });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(["/body/taskId", "/body/services/0", "/body/nextActionDate"]);
    expect(response.json().detail).toMatch(/^Task 999999 is not in the FTOP task catalogue; pick a task id/);
    expect(await list()).toHaveLength(before);
  });

  it("refuses a next action longer than 500 characters and says the limit", async () => {
    const response = await write({ category: "environment", body: "x", nextAction: "a".repeat(501), nextActionDate: "2026-12-01" });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().errors)).toContain("at most 500 characters");
  });

  it("is refused to someone not assigned to the tenant", async () => {
    const stranger = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await stranger.post(`/api/tenants/${tenant.id}/notes`, { category: "environment", body: "hello" })).statusCode).toBe(404);
    const assigned = await api().signIn({ roles: ["fasttrack_manager"] });
    await insertAssignment(api().database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: assigned.userId, role: "fm", isPrimary: false });
    expect((await assigned.post(`/api/tenants/${tenant.id}/notes`, { category: "environment", body: "On-premises AD with ADFS" })).statusCode).toBe(201);
  });
});

describe("editing a note", () => {
  it("keeps the old text: the edit is a new version, the list shows the latest, the history shows both", async () => {
    const first = (await write({ category: "engagement_management", body: "Kickoff held; governance weekly." })).json<TNote>();
    const edited = await admin.post(`/api/notes/${first.id}/versions`, { category: "engagement_management", body: "Kickoff held; governance every two weeks.", escalated: true });
    expect(edited.statusCode, edited.body).toBe(201);
    const second = edited.json<TNote>();
    expect(second).toMatchObject({ supersedesNoteId: first.id, escalated: true });

    const latest = await list("?category=engagement_management");
    expect(latest.map((n) => n.body)).toEqual(["Kickoff held; governance every two weeks."]);
    const history = (await admin.get(`/api/notes/${first.id}/history`)).json<TNoteList>().items;
    expect(history.map((n) => n.body)).toEqual(["Kickoff held; governance weekly.", "Kickoff held; governance every two weeks."]);
    expect((await admin.get(`/api/notes/${second.id}/history`)).json<TNoteList>().items.map((n) => n.id)).toEqual([first.id, second.id]);

    const audit = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>().items;
    expect(audit.find((e) => e.action === "note.revised")).toMatchObject({ entityId: second.id, before: { body: "Kickoff held; governance weekly." } });
  });

  it("refuses an edit of a version someone already replaced, returning the current one", async () => {
    const first = (await write({ category: "technical_enablement", body: "Teams rooms: 4 of 12 ready." })).json<TNote>();
    expect((await admin.post(`/api/notes/${first.id}/versions`, { category: "technical_enablement", body: "Teams rooms: 8 of 12 ready." })).statusCode).toBe(201);
    const stale = await admin.post(`/api/notes/${first.id}/versions`, { category: "technical_enablement", body: "Teams rooms: 6 of 12 ready." });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ detail: "This note was edited meanwhile: read the current version and apply your change to it.", current: { body: "Teams rooms: 8 of 12 ready." } });
  });
});

describe("listing notes", () => {
  it("filters by service, escalation and hashtag (any case, variants count)", async () => {
    await write({ category: "service_intent", services: ["teams"], body: "Teams first; #Pilot with HR", escalated: true });
    expect((await list("?service=teams")).map((n) => n.body)).toEqual(["Teams first; #Pilot with HR"]);
    expect((await list("?escalated=true")).every((n) => n.escalated)).toBe(true);
    expect((await list("?hashtag=%23pilot")).map((n) => n.body)).toEqual(["Teams first; #Pilot with HR"]);
    expect((await list("?hashtag=compete")).map((n) => n.hashtags)).toEqual([["#Compete"]]);
  });

  it("answers which tenants carry a hashtag: a tag edited out of a note's latest version no longer counts", async () => {
    const customer = await createCustomer(admin, { name: "Tailspin Toys" });
    const tailspin = await createTenant(admin, customer.id, { name: "Tailspin Toys" });
    const wingtip = await createTenant(admin, customer.id, { name: "Wingtip Toys" });
    await write({ category: "service_intent", body: "Evaluating Google Workspace #compete" }, tailspin);
    const wingtipNote = (await write({ category: "service_intent", body: "Box renewal pending #Compete" }, wingtip)).json<TNote>();
    const carrying = async () =>
      (await admin.get(`/api/tenants?hashtag=${encodeURIComponent("#COMPETE")}&customerId=${customer.id}`)).json<{ items: TTenant[] }>().items.map((t) => t.name).sort();
    expect(await carrying()).toEqual(["Tailspin Toys", "Wingtip Toys"]);
    await admin.post(`/api/notes/${wingtipNote.id}/versions`, { category: "service_intent", body: "Box retired; all in on SharePoint" });
    expect(await carrying()).toEqual(["Tailspin Toys"]);
  });
});
