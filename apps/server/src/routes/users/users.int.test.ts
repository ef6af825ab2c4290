import { insertPartner } from "@waymark/db";
import type { TUser, TUserList } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";

const { admin, api } = useTestApi();

const signInAs = (username: string, password: string) =>
  api().app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });

async function create(body: Record<string, unknown>) {
  const response = await admin.post("/api/users", body);
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<{ user: TUser; oneTimePassword: string }>();
}

describe("accounts, administered in the product", () => {
  it("creates an account with a one-time password the person must replace, and records who did it", async () => {
    const created = await create({ username: "Fiona.FM", displayName: "Fiona FM", email: "fiona@contoso.example", roles: ["fasttrack_manager"] });
    expect(created.user).toMatchObject({ username: "fiona.fm", accessLevel: "assigned", mustChangePassword: true, disabled: false, partner: null });
    const login = await signInAs("fiona.fm", created.oneTimePassword);
    expect(login.statusCode).toBe(200);
    expect(login.json().user.mustChangePassword).toBe(true);
    const events = await api().database.db.execute<{ action: string; after: Record<string, unknown> }>(
      `SELECT action, after FROM audit_events WHERE entity_id = '${created.user.id}' AND action = 'user.created'`,
    );
    expect(events.rows[0]?.after).toMatchObject({ username: "fiona.fm", roles: ["fasttrack_manager"] });
    expect(JSON.stringify(events.rows)).not.toContain(created.oneTimePassword);
  });

  it("refuses a taken username and roles that do not exist, saying which", async () => {
    await create({ username: "taken", displayName: "Taken" });
    const taken = await admin.post("/api/users", { username: "TAKEN", displayName: "Again" });
    expect(taken.statusCode).toBe(422);
    expect(taken.json().detail).toContain("The username taken is taken");
    const unknownRole = await admin.post("/api/users", { username: "wiz", displayName: "Wiz", roles: ["wizard"] });
    expect(unknownRole.statusCode).toBe(400);
  });

  it("makes partner users belong to a partner organisation, hold the partner role and never administer", async () => {
    const partner = await insertPartner(api().database.db, { name: "Fabrikam Consulting", mpnId: "551" });
    const noPartner = await admin.post("/api/users", { username: "p1", displayName: "P1", roles: ["partner_user"] });
    expect(noPartner.json().errors).toEqual([expect.objectContaining({ path: "/body/partnerId" })]);
    const asAdmin = await admin.post("/api/users", { username: "p2", displayName: "P2", roles: ["partner_user"], partnerId: partner.id, isAdministrator: true });
    expect(asAdmin.json().errors).toEqual([expect.objectContaining({ path: "/body/isAdministrator" })]);
    const ok = await create({ username: "p3", displayName: "Pat Partner", roles: ["partner_user", "team_manager"], partnerId: partner.id });
    expect(ok.user).toMatchObject({ partner: { id: partner.id, name: "Fabrikam Consulting" }, accessLevel: "assigned" });
  });

  it("lists accounts to pick from; a partner user sees only their own organisation's people", async () => {
    const partner = await insertPartner(api().database.db, { name: "Northwind Partners", mpnId: "552" });
    const pat = await create({ username: "nw.pat", displayName: "NW Pat", roles: ["partner_user"], partnerId: partner.id });
    await create({ username: "nw.sam", displayName: "NW Sam", roles: ["partner_user"], partnerId: partner.id });
    const all = (await admin.get("/api/users?q=nw.")).json<TUserList>();
    expect(all.items.map((u) => u.username)).toEqual(["nw.pat", "nw.sam"]);
    const patSession = await api().signIn({ roles: ["partner_user"], partnerId: partner.id });
    const seen = (await patSession.get("/api/users?limit=500")).json<TUserList>();
    expect(seen.items.every((u) => u.partner?.id === partner.id)).toBe(true);
    expect(seen.items.map((u) => u.username)).toContain(pat.user.username);
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await fm.post("/api/users", { username: "x", displayName: "X" })).statusCode).toBe(403);
  });

  it("disables an account: its sessions end at once and it cannot sign in; the last administrator stays one", async () => {
    const created = await create({ username: "leaver", displayName: "Leaver", roles: ["fasttrack_engineer"] });
    const session = await api().signIn({ roles: ["fasttrack_engineer"] });
    const user = (await admin.get(`/api/users?q=${encodeURIComponent("Test User")}&limit=500`)).json<TUserList>().items.find((u) => u.id === session.userId);
    const disabled = await admin.patch(`/api/users/${session.userId}`, { version: user?.version, disabled: true });
    expect(disabled.json()).toMatchObject({ disabled: true });
    expect((await session.get("/api/auth/me")).statusCode).toBe(401);
    const stale = await admin.patch(`/api/users/${session.userId}`, { version: user?.version, displayName: "Renamed" });
    expect(stale.statusCode).toBe(409);
    expect((await signInAs("leaver", created.oneTimePassword)).statusCode).toBe(200);
    const me = (await admin.get("/api/auth/me")).json().user;
    const self = (await admin.get(`/api/users?q=${encodeURIComponent(me.username)}`)).json<TUserList>().items[0];
    const others = (await admin.get("/api/users?limit=500")).json<TUserList>().items.filter((u) => u.isAdministrator && u.id !== me.id);
    for (const other of others) await admin.patch(`/api/users/${other.id}`, { version: other.version, isAdministrator: false });
    const last = await admin.patch(`/api/users/${me.id}`, { version: self?.version, disabled: true });
    expect(last.statusCode).toBe(422);
    expect(last.json().detail).toContain("is the last active administrator");
  });

  it("resets a forgotten password with a new one-time password and ends the old sessions", async () => {
    const created = await create({ username: "forgetful", displayName: "Forgetful", roles: ["fasttrack_manager"] });
    const reset = await admin.post(`/api/users/${created.user.id}/password-reset`);
    expect(reset.statusCode).toBe(200);
    const { oneTimePassword } = reset.json<{ oneTimePassword: string }>();
    expect(oneTimePassword).not.toBe(created.oneTimePassword);
    expect((await signInAs("forgetful", created.oneTimePassword)).statusCode).toBe(401);
    expect((await signInAs("forgetful", oneTimePassword)).statusCode).toBe(200);
  });
});
