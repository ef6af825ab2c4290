import type { TAuditEvent, TTenant, ZAuditList } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
type History = z.infer<typeof ZAuditList>;
let tenant: TTenant;
let otherUserId: string;

const history = async (query = "") => {
  const response = await admin.get(`/api/tenants/${tenant.id}/history${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<History>();
};
const actions = (items: TAuditEvent[]) => items.map((event) => event.action);

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Wingtip Toys" })).id, { name: "Wingtip Toys" });
  await addService(admin, tenant.id, "teams", 400);
  const other = await api().signIn({ isAdministrator: true });
  otherUserId = other.userId;
  const changed = await other.patch(`/api/tenants/${tenant.id}`, { version: tenant.version, overallStatus: "blocked", overallStatusDate: "2026-11-20" });
  expect(changed.statusCode, changed.body).toBe(200);
});

describe("a tenant's history filtered by type and actor", () => {
  it("lists only the events of the chosen action", async () => {
    const { items } = await history("?action=tenant.updated");
    expect(actions(items)).toEqual(["tenant.updated"]);
    expect(items[0]?.after).toMatchObject({ overallStatus: "blocked" });
  });

  it("lists only the events of the chosen person", async () => {
    const { items } = await history(`?actorId=${otherUserId}`);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((event) => event.actorUserId === otherUserId)).toBe(true);
    expect(actions((await history(`?actorId=${otherUserId}&action=service.added`)).items)).toEqual([]);
  });

  it("offers every action and actor of the whole history as filters, whatever the page shows", async () => {
    const { items, facets } = await history("?limit=1");
    expect(items).toHaveLength(1);
    expect(facets?.actions.map((facet) => facet.action)).toEqual(expect.arrayContaining(["tenant.created", "service.added", "tenant.updated"]));
    expect(facets?.actors.find((facet) => facet.actorUserId === otherUserId)).toMatchObject({ actorKind: "user", count: 1 });
  });

  it("shows everything without filters and refuses a malformed actor id, saying which parameter is wrong", async () => {
    expect(actions((await history()).items)).toEqual(expect.arrayContaining(["tenant.created", "service.added", "tenant.updated"]));
    const response = await admin.get(`/api/tenants/${tenant.id}/history?actorId=not-a-user`);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("actorId");
  });
});
