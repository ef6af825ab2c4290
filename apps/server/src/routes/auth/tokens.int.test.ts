import type { TApiTokenList, TCreatedApiToken } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { hashToken } from "../../auth/sessions.ts";

const { admin, api } = useTestApi();

const create = async (body: Record<string, unknown>, as = admin) => {
  const response = await as.post("/api/auth/tokens", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TCreatedApiToken>();
};
/** A request carrying only the token: no cookie, no anti-forgery header. */
const withToken = (token: string, method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
  api().app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
const auditActions = async (tokenId: string) =>
  (await api().database.pool.query<{ action: string; before: unknown; after: unknown }>(
    "SELECT action, before, after FROM audit_events WHERE entity_type = 'api_token' AND entity_id = $1 ORDER BY occurred_at",
    [tokenId],
  )).rows;

describe("API tokens", () => {
  it("is shown once as wmk_ plus 40 characters and lets a script read with only the Authorization header", async () => {
    const created = await create({ name: "Power BI refresh", scopes: ["read"] });
    expect(created.token).toMatch(/^wmk_[A-Za-z0-9_-]{40}$/);
    expect(created).toMatchObject({ name: "Power BI refresh", prefix: created.token.slice(0, 8), scopes: ["read"], expiresAt: null, revokedAt: null });

    const tenants = await withToken(created.token, "GET", "/api/tenants");
    expect(tenants.statusCode, tenants.body).toBe(200);
    const lastUsed = async () => (await admin.get("/api/auth/tokens")).json<TApiTokenList>().items.find((t) => t.id === created.id)?.lastUsedAt;
    const first = await lastUsed();
    expect(first).not.toBeNull();
    // Used again within the minute: not written again.
    expect((await withToken(created.token, "GET", "/api/tenants")).statusCode).toBe(200);
    expect(await lastUsed()).toBe(first);
  });

  it("refuses a write with a read-only token and says how to get one that writes", async () => {
    const { token } = await create({ name: "reader", scopes: ["read"] });
    const response = await withToken(token, "POST", "/api/customers", { tpid: 7001, name: "Read only", region: "emea" });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toBe("This API token is read-only; create one with the write scope.");
    expect((await admin.get("/api/customers?q=Read%20only")).json().total).toBe(0);
  });

  it("lets a write token write without the anti-forgery header", async () => {
    const { token } = await create({ name: "sync job", scopes: ["write"] });
    const response = await withToken(token, "POST", "/api/customers", { tpid: 7002, name: "Written by a script", region: "emea" });
    expect(response.statusCode, response.body).toBe(201);
  });

  it("stops working once revoked, and the revocation is audited without the secret", async () => {
    const created = await create({ name: "to revoke", scopes: ["read"] });
    expect((await withToken(created.token, "GET", "/api/tenants")).statusCode).toBe(200);
    expect((await admin.delete(`/api/auth/tokens/${created.id}`)).statusCode).toBe(204);
    const refused = await withToken(created.token, "GET", "/api/tenants");
    expect(refused.statusCode).toBe(401);
    expect(refused.json().detail).toMatch(/was revoked on .*; create a new one/);
    const listed = (await admin.get("/api/auth/tokens")).json<TApiTokenList>().items.find((t) => t.id === created.id);
    expect(listed?.revokedAt).not.toBeNull();

    const events = await auditActions(created.id);
    expect(events.map((e) => e.action)).toEqual(["api_token.created", "api_token.revoked"]);
    expect(JSON.stringify(events)).not.toContain(created.token);
    expect(JSON.stringify(events)).not.toContain(hashToken(created.token));
  });

  it("refuses an expired token and an unknown one with 401", async () => {
    const { token, id } = await create({ name: "short-lived", scopes: ["read"], expiresInDays: 30 });
    await api().database.pool.query("UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1", [id]);
    const expired = await withToken(token, "GET", "/api/tenants");
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toMatch(/expired on .*; create a new one/);
    const unknown = await withToken(`wmk_${"x".repeat(40)}`, "GET", "/api/tenants");
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toMatch(/not known/);
  });

  it("refuses a lifetime over a year and an empty scope list with a clear message", async () => {
    const tooLong = await admin.post("/api/auth/tokens", { name: "forever", scopes: ["read"], expiresInDays: 400 });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain("at most 365 days");
    const noScope = await admin.post("/api/auth/tokens", { name: "nothing", scopes: [] });
    expect(noScope.statusCode).toBe(400);
    expect(noScope.body).toContain("choose at least one scope");
  });

  it("never shows the token or its hash in the list, and stores only the hash", async () => {
    const created = await create({ name: "listed", scopes: ["read", "write"] });
    const list = await admin.get("/api/auth/tokens");
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.token);
    expect(list.body).not.toContain(hashToken(created.token));
    expect(list.json<TApiTokenList>().items.find((t) => t.id === created.id)).toMatchObject({ name: "listed", scopes: ["read", "write"] });

    const stored = (await api().database.pool.query("SELECT * FROM api_tokens WHERE id = $1", [created.id])).rows[0];
    expect(stored.token_hash).toBe(hashToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);
  });

  it("cannot be used to create another token", async () => {
    const { token } = await create({ name: "full access", scopes: ["write"] });
    const response = await withToken(token, "POST", "/api/auth/tokens", { name: "minted", scopes: ["write"] });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toMatch(/cannot create API tokens; sign in/);
  });

  it("lets a person without any FastTrack role manage their own tokens, but not revoke someone else's", async () => {
    const person = await api().signIn({ roles: ["wizard"] });
    const own = await create({ name: "mine", scopes: ["read"] }, person);
    expect((await person.get("/api/auth/tokens")).json<TApiTokenList>().items.map((t) => t.id)).toEqual([own.id]);
    const others = await create({ name: "administrator's", scopes: ["read"] });
    expect((await person.delete(`/api/auth/tokens/${others.id}`)).statusCode).toBe(404);
    expect((await withToken(others.token, "GET", "/api/tenants")).statusCode).toBe(200);
    expect((await admin.delete(`/api/auth/tokens/${own.id}`)).statusCode).toBe(204);
    expect((await withToken(own.token, "GET", "/api/auth/tokens")).statusCode).toBe(401);
  });

  it("is refused while its owner must replace a one-time password", async () => {
    const person = await api().signIn({ roles: ["fasttrack_manager"] });
    const { token } = await create({ name: "before reset", scopes: ["read"] }, person);
    await api().database.pool.query("UPDATE users SET must_change_password = true WHERE id = $1", [person.userId]);
    const response = await withToken(token, "GET", "/api/auth/me");
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("password_change_required");
  });
});
