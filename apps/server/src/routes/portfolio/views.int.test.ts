import type { TProblem, TSavedView } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, useTestApi } from "../../../../../test-support/api.ts";

const { api } = useTestApi();

let fm: Client & { userId: string };
let other: Client & { userId: string };

const views = async (client: Client) => (await client.get("/api/portfolio/views")).json<{ items: TSavedView[] }>().items;
async function create(client: Client, body: object) {
  const response = await client.post("/api/portfolio/views", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TSavedView>();
}

beforeAll(async () => {
  fm = await api().signIn({ roles: ["fasttrack_manager"] });
  other = await api().signIn({ roles: ["fasttrack_engineer"] });
});

describe("saved portfolio views", () => {
  it("creates, renames, lists and deletes a person's own view", async () => {
    const view = await create(fm, { name: "Big EMEA", query: "scope=my_active&display=overview&filter=seats:gte:400&sort=-priority" });
    expect(view).toMatchObject({ name: "Big EMEA", shared: false, isDefault: false, mine: true, version: 1, ownerId: fm.userId });

    const renamed = await fm.patch(`/api/portfolio/views/${view.id}`, { version: 1, name: "Big EMEA tenants" });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<TSavedView>()).toMatchObject({ name: "Big EMEA tenants", version: 2 });
    expect((await views(fm)).map((v) => v.name)).toContain("Big EMEA tenants");

    const stale = await fm.patch(`/api/portfolio/views/${view.id}`, { version: 1, shared: true });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<TProblem>().detail).toContain("you sent version 1, it is now at version 2");
    expect((await fm.delete(`/api/portfolio/views/${view.id}?version=1`)).statusCode).toBe(409);

    expect((await fm.delete(`/api/portfolio/views/${view.id}?version=2`)).statusCode).toBe(204);
    expect((await views(fm)).map((v) => v.name)).not.toContain("Big EMEA tenants");
  });

  it("refuses a second view of the same name, whatever its case", async () => {
    await create(fm, { name: "Mine", query: "scope=my" });
    const clash = await fm.post("/api/portfolio/views", { name: "MINE", query: "scope=my_active" });
    expect(clash.statusCode).toBe(422);
    expect(clash.json<TProblem>().errors).toEqual([{ path: "/body/name", message: 'You already have a view named "MINE"; choose another name, or change that view instead.' }]);
    // Another person may use the name.
    await create(other, { name: "Mine", query: "scope=my" });
  });

  it("refuses a query the grid would refuse", async () => {
    const bad = await fm.post("/api/portfolio/views", { name: "Broken", query: "scope=everything&cols=name,colour" });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<TProblem>().errors?.map((e) => e.message)).toEqual([
      'scope "everything" is not a scope; use one of: my_active, my_inactive, my, active, inactive, all.',
      "cols: Not columns: colour. The columns are listed by GET /api/portfolio/columns.",
    ]);
  });

  it("keeps one default per person", async () => {
    const first = await create(fm, { name: "Default one", query: "scope=my_active", isDefault: true });
    const second = await create(fm, { name: "Default two", query: "scope=my", isDefault: true });
    const listed = await views(fm);
    expect(listed.filter((v) => v.isDefault).map((v) => v.id)).toEqual([second.id]);
    expect(listed.find((v) => v.id === first.id)?.isDefault).toBe(false);
  });

  it("shows a shared view to others, read-only; hides a private one", async () => {
    const shared = await create(fm, { name: "Team board", query: "scope=my_active&sort=name", shared: true });
    const secret = await create(fm, { name: "Private board", query: "scope=my" });
    const seen = await views(other);
    expect(seen.find((v) => v.id === shared.id)).toMatchObject({ mine: false, ownerName: expect.any(String) });
    expect(seen.find((v) => v.id === secret.id)).toBeUndefined();

    const change = await other.patch(`/api/portfolio/views/${shared.id}`, { version: 1, name: "Hijacked" });
    expect(change.statusCode).toBe(403);
    expect(change.json<TProblem>().detail).toContain("shared view: only they can change it");
    expect((await other.delete(`/api/portfolio/views/${shared.id}?version=1`)).statusCode).toBe(403);
    expect((await other.patch(`/api/portfolio/views/${secret.id}`, { version: 1, name: "Mine now" })).statusCode).toBe(404);
    expect((await other.delete(`/api/portfolio/views/${secret.id}?version=1`)).statusCode).toBe(404);
  });
});
