import { insertAssignment } from "@waymark/db";
import type { TNoteSearchResult, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
let north: TTenant;
let south: TTenant;

const note = async (on: TTenant, body: Record<string, unknown>) => {
  const response = await admin.post(`/api/tenants/${on.id}/notes`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>();
};
const search = async (query: string, as = admin) => {
  const response = await as.get(`/api/notes/search?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TNoteSearchResult>();
};

beforeAll(async () => {
  north = await createTenant(admin, (await createCustomer(admin, { name: "Northwind Traders" })).id, { name: "Northwind Traders" });
  south = await createTenant(admin, (await createCustomer(admin, { name: "Southridge Video" })).id, { name: "Southridge Video" });
  await addService(admin, north.id, "sharepoint", 500);
  await addService(admin, south.id, "teams", 500);
  await note(north, { category: "service_intent", services: ["sharepoint"], body: "The customer migrates file shares to SharePoint after the intranet pilot.", escalated: true, nextAction: "Pilot review", nextActionDate: "2026-11-26" });
  await note(north, { category: "environment", body: "On-premises file servers in three regions; migration tooling approved." });
  await note(south, { category: "service_intent", services: ["teams"], body: "Teams meetings first; they are migrating calling later.", nextAction: "Calling plan", nextActionDate: "2027-01-20" });
  await note(south, { category: "engagement_management", body: "Governance call moved to Thursdays." });
});

describe("searching the notes library", () => {
  it("finds notes by stemmed words, ranks them, marks the matches and counts the facets", async () => {
    const result = await search("q=migration");
    expect(result.total).toBe(3);
    expect(result.items.map((n) => n.tenantName).sort()).toEqual(["Northwind Traders", "Northwind Traders", "Southridge Video"]);
    expect(result.items.every((n) => n.headline.includes("«migrat") || n.headline.includes("«Migrat"))).toBe(true);
    expect(result.facets.category).toEqual([
      { value: "service_intent", label: "Service Intent", count: 2 },
      { value: "environment", label: "Environment", count: 1 },
    ]);
    expect(result.facets.tenant).toEqual([
      { value: north.id, label: "Northwind Traders", count: 2 },
      { value: south.id, label: "Southridge Video", count: 1 },
    ]);
    expect(result.facets.escalated).toEqual([
      { value: "true", label: "Escalated", count: 1 },
      { value: "false", label: "Not escalated", count: 2 },
    ]);
    expect(result.facets.nextUpdate.map((f) => [f.value, f.count])).toEqual([["week", 1], ["month", 1], ["quarter", 2]]);
  });

  it("narrows by facet: tenant, service, escalated, next update this week", async () => {
    expect((await search(`q=migration&tenantId=${south.id}`)).items.map((n) => n.body)).toEqual(["Teams meetings first; they are migrating calling later."]);
    expect((await search("q=migration&service=sharepoint")).total).toBe(1);
    expect((await search("q=migration&escalated=true")).items.map((n) => n.nextAction)).toEqual(["Pilot review"]);
    expect((await search("q=migration&nextUpdate=week")).total).toBe(1);
  });

  it("understands phrases and exclusions, and searches only the latest version of a note", async () => {
    expect((await search(`q=${encodeURIComponent('"file shares"')}`)).total).toBe(1);
    expect((await search(`q=${encodeURIComponent("migration -teams")}`)).total).toBe(2);
    const old = await note(south, { category: "environment", body: "Legacy PBX from 2009" });
    await admin.post(`/api/notes/${old.id}/versions`, { category: "environment", body: "Cloud PBX since 2025" });
    expect((await search("q=legacy")).total).toBe(0);
    expect((await search("q=cloud")).total).toBe(1);
  });

  it("shows an Assigned-level FM only the notes of their tenants, and their own with mine=true", async () => {
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    await insertAssignment(api().database.db, { customerId: south.customerId, tenantId: south.id, userId: fm.userId, role: "fm", isPrimary: true });
    const seen = await search("q=migration", fm);
    expect(seen.items.map((n) => n.tenantName)).toEqual(["Southridge Video"]);
    expect((await search("q=migration&mine=true", fm)).total).toBe(0);
    expect((await admin.get("/api/notes/search?q=")).statusCode).toBe(400);
  });

  it("beyond 10,000 matches says so, shows the newest first and counts facets over the newest 10,000", async () => {
    await api().database.pool.query(
      `INSERT INTO notes (tenant_id, customer_id, category, body, author_id, created_at)
       SELECT $1, $2, CASE WHEN g % 2 = 0 THEN 'environment' ELSE 'service_intent' END, 'Kanban board rollout ' || g,
              (SELECT id FROM users ORDER BY created_at LIMIT 1), timestamptz '2026-01-01' + make_interval(mins => g)
       FROM generate_series(1, 10050) g`,
      [north.id, north.customerId],
    );
    const result = await search("q=kanban&limit=3");
    expect(result).toMatchObject({ total: 10_000, totalIsExact: false, order: "newest" });
    expect(result.items.map((n) => n.body)).toEqual(["Kanban board rollout 10050", "Kanban board rollout 10049", "Kanban board rollout 10048"]);
    expect(result.facets.category.reduce((sum, f) => sum + f.count, 0)).toBe(10_000);
    const narrow = await search(`q=kanban&tenantId=${south.id}`);
    expect(narrow).toMatchObject({ total: 0, totalIsExact: true, order: "relevance" });
    expect((await search("q=migration")).order).toBe("relevance");
  });
});
