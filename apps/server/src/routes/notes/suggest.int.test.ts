import type { TAuditEvent, TNoteClassification, TNoteList, TService, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
let tenant: TTenant;

const suggest = async (body: Record<string, unknown>) => {
  const response = await admin.post("/api/notes/suggest", body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TNoteClassification>();
};
const entitlementNotes = async () => (await admin.get(`/api/tenants/${tenant.id}/notes?category=entitlement_status`)).json<TNoteList>().items;
const history = async () => (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>().items;
const overrides = async () => (await history()).filter((e) => e.action === "note.quality_overridden");

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Wingtip Toys" })).id, { name: "Wingtip Toys" });
});

describe("POST /api/notes/suggest", () => {
  it("rates the guide's great, marginal and poor notes of one situation and suggests the L1/L2, with the evidence", async () => {
    const great = await suggest({ body: "Customer unresponsive to 3 contact attempts. Managed customer." });
    expect(great).toMatchObject({
      rating: "great",
      suggested: { l1: "status_unknown", l1Label: "Status Unknown", l2: "customer_unresponsive", l2Label: "Customer Unresponsive" },
    });
    expect(great.evidence).toContainEqual(expect.objectContaining({ kind: "matched", words: ["unresponsive", "contact attempts"] }));

    const marginal = await suggest({ body: "Customer unresponsive to contact attempts." });
    expect(marginal.rating).toBe("marginal");
    expect(marginal.evidence).toContainEqual(expect.objectContaining({ kind: "missing", part: "number of attempts" }));

    const poor = await suggest({ body: "Customer unresponsive." });
    expect(poor.rating).toBe("poor");
    expect(poor.evidence.filter((e) => e.kind === "missing").map((e) => e.part)).toEqual(["number of attempts", "managed or unmanaged"]);
  });

  it("rates the guide's no-intent examples and says when the note disagrees with the chosen L1", async () => {
    expect((await suggest({ body: "Customer does not intend to onboard workload due to an ongoing acquisition of another company that must be handled before any onboarding activities can occur." })).rating).toBe("great");
    expect((await suggest({ body: "Until the merger is complete, customer will not deploy." })).rating).toBe("marginal");
    expect((await suggest({ body: "Customer has no intent." })).rating).toBe("poor");
    const filed = await suggest({ body: "Customer has no intent.", l1: "in_progress" });
    expect(filed.evidence.map((e) => e.explanation)).toContain("You chose In Progress, but the note reads as No Intent: change the L1 or say why it is In Progress.");
  });

  it("needs no tenant, only the right to write notes", async () => {
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await fm.post("/api/notes/suggest", { body: "In Progress." })).json()).toMatchObject({ rating: "marginal", suggested: { l1: "in_progress" } });
    const leader = await api().signIn({ roles: ["senior_leadership"] });
    expect((await leader.post("/api/notes/suggest", { body: "In Progress." })).statusCode).toBe(403);
    expect((await admin.post("/api/notes/suggest", { body: "In Progress.", l1: "paused" })).statusCode).toBe(400);
  });
});

describe("a poor Entitlement Status note", () => {
  const poorNote = { category: "entitlement_status", body: "Customer cannot deploy right now." };

  it("is refused with why, the evidence and how to fix or override it, and nothing is saved", async () => {
    const response = await admin.post(`/api/tenants/${tenant.id}/notes`, poorNote);
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.detail).toMatch(/^This Entitlement Status note is rated poor, so it cannot be added: .*Say what blocks the customer/);
    expect(problem.detail).toContain("qualityOverride: { reason }");
    expect(problem.errors).toContainEqual({ path: "/body/body", message: expect.stringMatching(/^Missing reason: Say what blocks the customer/) });
    expect(problem.errors).toContainEqual({ path: "/body/body", message: expect.stringContaining('"right now"') });
    expect(await entitlementNotes()).toEqual([]);
    expect(await overrides()).toEqual([]);
  });

  it("refuses an override reason shorter than 10 characters, saving nothing", async () => {
    const response = await admin.post(`/api/tenants/${tenant.id}/notes`, { ...poorNote, qualityOverride: { reason: "because" } });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().errors)).toContain("at least 10 characters");
    expect(await entitlementNotes()).toEqual([]);
  });

  it("is saved with an override reason, and the override with its rating and evidence is in the tenant's history", async () => {
    const reason = "Customer asked us to record it verbatim from the steering committee minutes.";
    const response = await admin.post(`/api/tenants/${tenant.id}/notes`, { ...poorNote, qualityOverride: { reason } });
    expect(response.statusCode, response.body).toBe(201);
    expect((await entitlementNotes()).map((n) => n.body)).toEqual([poorNote.body]);
    const [event] = await overrides();
    expect(event).toMatchObject({ entityType: "note", entityId: response.json().id, reason, after: { rating: "poor", body: poorNote.body } });
    expect((event?.after as { evidence: { kind: string }[] }).evidence).toContainEqual(expect.objectContaining({ kind: "missing", part: "reason" }));

    // Changing only the escalation flag keeps the text, so it is not rated again.
    const edited = await admin.post(`/api/notes/${response.json().id}/versions`, { ...poorNote, escalated: true });
    expect(edited.statusCode, edited.body).toBe(201);
  });

  it("is not a matter for other note categories, and a good Entitlement Status note needs no override", async () => {
    expect((await admin.post(`/api/tenants/${tenant.id}/notes`, { category: "service_intent", body: "Customer has no intent." })).statusCode).toBe(201);
    const great = await admin.post(`/api/tenants/${tenant.id}/notes`, {
      category: "entitlement_status",
      body: "Customer does not intend to use Teams because they are standardised on Slack under a three-year contract.",
    });
    expect(great.statusCode, great.body).toBe(201);
    expect(await overrides()).toHaveLength(1);
  });
});

describe("split-row notes written through PUT /api/services/:id/split", () => {
  let service: TService;
  const put = (rows: Record<string, unknown>[], extra: Record<string, unknown> = {}) => admin.put(`/api/services/${service.id}/split`, { version: service.version, rows, ...extra });
  const poorRow = { l1: "no_intent", entitlements: 100, l2: "using_competitive_solution", l3: "competitor_similar_functionality", notes: "Not interested." };
  const progressRow = { l1: "in_progress", entitlements: 200, targetDate: "2027-03-01", notes: "Onboarding underway, focusing on hybrid identity and AD Connect configuration." };

  beforeAll(async () => {
    service = await addService(admin, tenant.id, "teams", 300);
  });

  it("refuses a new poor note on a row, pointing at the row, and keeps the old split", async () => {
    const response = await put([progressRow, poorRow]);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain("/body/rows/1/notes");
    expect(response.json().errors.map((e: { path: string }) => e.path)).not.toContain("/body/rows/0/notes");
    const stored = (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services.find((s) => s.id === service.id);
    expect(stored?.split.map((r) => [r.l1, r.entitlements])).toEqual([["status_unknown", 300]]);
  });

  it("saves it with an override reason, audits it on the service, and does not rate the kept note again", async () => {
    const reason = "The account team will add the competitor details after the renewal call.";
    const response = await put([progressRow, poorRow], { qualityOverride: { reason } });
    expect(response.statusCode, response.body).toBe(200);
    service = response.json<TService>();
    const event = (await overrides()).find((e) => e.entityType === "service");
    expect(event).toMatchObject({ entityId: service.id, reason, after: { field: "/body/rows/1/notes", l1: "no_intent", body: "Not interested.", rating: "poor" } });

    const kept = await put([{ ...progressRow, entitlements: 150 }, { ...poorRow, entitlements: 150 }]);
    expect(kept.statusCode, kept.body).toBe(200);
    service = kept.json<TService>();
    const moved = await put([{ ...progressRow, entitlements: 150 }, { ...poorRow, l1: "blocked", l2: "partner_engagement", l3: "partner_unresponsive", entitlements: 150 }]);
    // The same words moved to another L1 row are a new note there, rated again.
    expect(moved.statusCode).toBe(422);
    expect(moved.json().detail).toMatch(/^This Entitlement Status note is rated poor/);
  });
});
