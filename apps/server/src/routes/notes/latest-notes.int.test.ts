import type { TLatestNoteList, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";
import { adjustableClock } from "../../clock.ts";

// Notes are dated by the server's clock, so moving it writes notes of different ages.
const { admin, api } = useTestApi({ clock: adjustableClock(() => new Date("2026-08-01T09:00:00Z")) });
let tenant: TTenant;

const note = async (body: string, extra: Record<string, unknown> = {}) =>
  expect((await admin.post(`/api/tenants/${tenant.id}/notes`, { category: "engagement_management", body, ...extra })).statusCode).toBe(201);
const advance = async (days: number) => expect((await admin.post("/api/clock/advance", { days })).statusCode).toBe(200);
const latest = async (query = "", as = admin) => (await as.get(`/api/notes/latest${query}`)).json<TLatestNoteList>().items.map((n) => n.body);

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Blue Yonder Airlines" })).id, { name: "Blue Yonder Airlines" });
  await note("written 80 days ago");
  await advance(40);
  await note("written 40 days ago", { escalated: true });
  await advance(30);
  await note("written 10 days ago");
  await advance(10);
});

describe("latest notes across the tenants a person may read", () => {
  it("lists newest first with the tenant's name, and narrows by age: 0–30, 30–60, 60–90 days", async () => {
    const all = (await admin.get("/api/notes/latest")).json<TLatestNoteList>().items;
    expect(all.map((n) => [n.body, n.tenantName])).toEqual([
      ["written 10 days ago", "Blue Yonder Airlines"],
      ["written 40 days ago", "Blue Yonder Airlines"],
      ["written 80 days ago", "Blue Yonder Airlines"],
    ]);
    expect(await latest("?age=0-30")).toEqual(["written 10 days ago"]);
    expect(await latest("?age=30-60")).toEqual(["written 40 days ago"]);
    expect(await latest("?age=60-90")).toEqual(["written 80 days ago"]);
    expect(await latest("?escalated=true")).toEqual(["written 40 days ago"]);
  });

  it("shows an Assigned-level FM nothing of tenants they are not assigned to, and mine=true only their own", async () => {
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    expect(await latest("", fm)).toEqual([]);
    expect(await latest("?mine=true")).toHaveLength(3);
    expect((await admin.get("/api/notes/latest?age=10-20")).statusCode).toBe(400);
  });
});
