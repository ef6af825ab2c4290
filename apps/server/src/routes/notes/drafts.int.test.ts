import type { TDraft, TNoteList, TTenant } from "@waymark/contracts";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
let tenant: TTenant;

const saveDraft = (body: Record<string, unknown>) => admin.post(`/api/tenants/${tenant.id}/drafts`, body);
const myDrafts = async () => (await admin.get("/api/drafts")).json<{ items: TDraft[]; max: number }>();

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Coho Winery" })).id, { name: "Coho Winery" });
});

describe("draft notes", () => {
  it("keeps half a note, changes it in place, and publishes it as a saved note that the draft list no longer holds", async () => {
    const saved = await saveDraft({ category: "environment", body: "" });
    expect(saved.statusCode, saved.body).toBe(201);
    const draft = saved.json<TDraft>();
    expect(draft).toMatchObject({ tenantName: "Coho Winery", body: "" });

    const refused = await admin.post(`/api/drafts/${draft.id}/publish`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toMatch(/^The draft is not a complete note yet: body: write the note/);

    const changed = await admin.put(`/api/drafts/${draft.id}`, { category: "environment", body: "Hybrid AD; #Compete with Google Workspace" });
    expect(changed.json<TDraft>()).toMatchObject({ id: draft.id, hashtags: ["#Compete"] });
    const published = await admin.post(`/api/drafts/${draft.id}/publish`);
    expect(published.statusCode, published.body).toBe(201);
    expect((await myDrafts()).items.map((d) => d.id)).not.toContain(draft.id);
    const notes = (await admin.get(`/api/tenants/${tenant.id}/notes`)).json<TNoteList>().items;
    expect(notes.map((n) => n.body)).toContain("Hybrid AD; #Compete with Google Workspace");
  });

  it("publishes a poor Entitlement Status draft only with an override and its reason, kept in the history", async () => {
    const draft = (await saveDraft({ category: "entitlement_status", body: "Customer has no intent." })).json<TDraft>();
    const refused = await admin.post(`/api/drafts/${draft.id}/publish`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toMatch(/^This Entitlement Status note is rated poor/);
    expect((await myDrafts()).items.map((d) => d.id)).toContain(draft.id);
    const reason = "Customer refused to say why; recorded as stated";
    const published = await admin.post(`/api/drafts/${draft.id}/publish`, { qualityOverride: { reason } });
    expect(published.statusCode, published.body).toBe(201);
    const history = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: { action: string; reason: string | null }[] }>().items;
    expect(history.find((e) => e.action === "note.quality_overridden")?.reason).toBe(reason);
  });

  it("are private: another person neither sees, changes, publishes nor deletes them", async () => {
    const draft = (await saveDraft({ category: "service_intent", body: "secret plan" })).json<TDraft>();
    const other = await api().signIn();
    expect((await other.get("/api/drafts")).json().items).toEqual([]);
    expect((await other.put(`/api/drafts/${draft.id}`, { category: "environment", body: "mine now" })).statusCode).toBe(404);
    expect((await other.post(`/api/drafts/${draft.id}/publish`)).statusCode).toBe(404);
    expect((await other.delete(`/api/drafts/${draft.id}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/tenants/${tenant.id}/notes`)).json<TNoteList>().items.map((n) => n.body)).not.toContain("secret plan");
    const history = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: { action: string; after: unknown }[] }>().items;
    expect(history.find((e) => e.action === "note.draft_saved")?.after).toEqual({ category: "service_intent" });
  });

  it("stop at ten per person, with a message that says what to do; deleting one makes room", async () => {
    const start = (await myDrafts()).items.length;
    for (let i = start; i < 10; i++) expect((await saveDraft({ category: "environment", body: `draft ${i}` })).statusCode).toBe(201);
    const eleventh = await saveDraft({ category: "environment", body: "one too many" });
    expect(eleventh.statusCode).toBe(422);
    expect(eleventh.json().detail).toBe("You already keep 10 drafts, the most one person may: publish or delete one first.");
    const [oldest] = (await myDrafts()).items.slice(-1);
    expect((await admin.delete(`/api/drafts/${oldest?.id}`)).statusCode).toBe(204);
    expect((await saveDraft({ category: "environment", body: "now it fits" })).statusCode).toBe(201);
    expect((await myDrafts()).items).toHaveLength(10);
  });
});

describe("saved notes are kept as written", () => {
  it("the database refuses to change or delete a saved note, whatever the caller", async () => {
    const note = (await admin.post(`/api/tenants/${tenant.id}/notes`, { category: "environment", body: "Kept forever" })).json<{ id: string }>();
    const db = api().database.db;
    const refusal = { cause: expect.objectContaining({ message: expect.stringMatching(/^saved notes are kept as written/) }) };
    await expect(db.execute(sql`UPDATE notes SET body = 'rewritten' WHERE id = ${note.id}`)).rejects.toMatchObject(refusal);
    await expect(db.execute(sql`DELETE FROM notes WHERE id = ${note.id}`)).rejects.toMatchObject(refusal);
  });
});
