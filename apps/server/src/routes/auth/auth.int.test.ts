import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, TEST_PASSWORD, type TestApi } from "../../../../../test-support/api.ts";
import { createFirstAdministrator } from "../../commands/create-first-administrator.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const login = (username: string, password: string) =>
  api.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password }, remoteAddress: `10.0.0.${Math.floor(Math.random() * 250)}` });
const cookieOf = (response: { headers: Record<string, unknown> }) => String(response.headers["set-cookie"]).split(";")[0] ?? "";

describe("the first administrator", () => {
  it("is created once with a one-time password that must be replaced before anything else", async () => {
    const first = await createFirstAdministrator(api.database);
    expect(first?.username).toBe("admin");
    expect(first?.password.length).toBeGreaterThanOrEqual(16);
    expect(await createFirstAdministrator(api.database)).toBeNull();

    const signedIn = await login("admin", first?.password ?? "");
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user.mustChangePassword).toBe(true);
    const cookie = cookieOf(signedIn);
    const headers = { cookie, "x-requested-with": "waymark" };

    const blocked = await api.app.inject({ method: "GET", url: "/api/tenants", headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe("password_change_required");

    const tooShort = await api.app.inject({
      method: "POST", url: "/api/auth/password", headers, payload: { currentPassword: first?.password, newPassword: "short" },
    });
    expect(tooShort.statusCode).toBe(400);

    const changed = await api.app.inject({
      method: "POST", url: "/api/auth/password", headers, payload: { currentPassword: first?.password, newPassword: "my own long password" },
    });
    expect(changed.statusCode).toBe(204);
    expect((await api.app.inject({ method: "GET", url: "/api/tenants", headers })).statusCode).toBe(200);
    expect((await login("admin", first?.password ?? "")).statusCode).toBe(401);
    expect((await login("admin", "my own long password")).statusCode).toBe(200);
  });
});

describe("sessions", () => {
  it("refuses a wrong password and an unknown user with the same answer", async () => {
    const wrong = await login("admin", "not the password");
    const unknown = await login("nobody", "not the password");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
    expect(wrong.headers["set-cookie"]).toBeUndefined();
  });

  it("needs a session for every API route but health, sign-in and the OpenAPI document", async () => {
    expect((await api.anonymous.get("/api/tenants")).statusCode).toBe(401);
    expect((await api.anonymous.get("/api/catalogs")).statusCode).toBe(401);
    expect((await api.anonymous.get("/api/health")).statusCode).toBe(200);
    const openapi = await api.anonymous.get("/api/openapi.json");
    const documented = Object.entries(openapi.json().paths as Record<string, Record<string, unknown>>).flatMap(([route, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`),
    );
    expect(documented.sort()).toEqual(
      [
        "GET /api/health", "GET /api/catalogs", "POST /api/auth/login", "POST /api/auth/logout", "POST /api/auth/logout-everywhere", "GET /api/auth/me",
        "POST /api/auth/password", "POST /api/auth/tokens", "GET /api/auth/tokens", "DELETE /api/auth/tokens/{id}", "GET /api/customers", "POST /api/customers", "GET /api/customers/{id}",
        "PATCH /api/customers/{id}", "GET /api/tenants", "POST /api/tenants", "GET /api/tenants/{id}",
        "GET /api/customers/{id}/overview", "GET /api/search",
        "PATCH /api/tenants/{id}", "GET /api/tenants/{id}/history", "POST /api/tenants/{id}/services",
        "PATCH /api/services/{id}", "PUT /api/services/{id}/split", "POST /api/tenants/{id}/playbook-events",
        "POST /api/services/{id}/split/moves", "PUT /api/services/{id}/migration",
        "GET /api/tenants/{id}/tasks", "PATCH /api/tasks/{id}", "POST /api/tenants/{id}/usage", "GET /api/clock", "POST /api/clock/advance",
        "GET /api/tenants/{id}/findings", "GET /api/tenants/{id}/explanations", "GET /api/tenants/{id}/playbooks",
        "GET /api/tenants/{id}/playbooks/{playbookId}/upgrade-preview", "POST /api/tenants/{id}/playbooks/{playbookId}/upgrade",
        "GET /api/tenants/{id}/simulation", "POST /api/tenants/{id}/findings/{findingId}/accept", "GET /api/tenants/{id}/messages",
        "POST /api/tenants/{id}/notes", "GET /api/tenants/{id}/notes", "POST /api/notes/{id}/versions", "GET /api/notes/{id}/history", "GET /api/notes/search", "GET /api/notes/latest",
        "POST /api/tenants/{id}/drafts", "GET /api/drafts", "PUT /api/drafts/{id}", "DELETE /api/drafts/{id}", "POST /api/drafts/{id}/publish", "POST /api/notes/suggest",
        "GET /api/tenants/{id}/data-quality", "GET /api/data-quality",
        "POST /api/usage/imports", "GET /api/tenants/{id}/usage", "PUT /api/services/{id}/forecast",
        "GET /api/audit/export",
        "GET /api/tenants/{id}/assignments", "POST /api/tenants/{id}/assignments", "DELETE /api/assignments/{id}",
        "GET /api/auth/providers", "GET /api/auth/oidc/start", "GET /api/auth/oidc/callback",
        "GET /api/customers/{id}/assignments", "POST /api/customers/{id}/assignments",
        "POST /api/assignments/reassignment-preview", "POST /api/assignments/reassignments",
        "GET /api/partners", "POST /api/partners",
        "PATCH /api/partners/{id}", "POST /api/partners/frp-list/preview", "POST /api/partners/frp-list",
        "GET /api/tenants/{id}/partners", "POST /api/tenants/{id}/partners", "DELETE /api/tenants/{id}/partners/{partnerId}",
        "GET /api/tenants/{id}/outreach", "POST /api/outreach-steps/{id}/replies", "POST /api/inbound-mail", "POST /api/messages/{id}/retry",
        "GET /api/tenants/{id}/contacts", "POST /api/tenants/{id}/contacts", "PATCH /api/contacts/{id}", "DELETE /api/contacts/{id}", "GET /api/tenants/{id}/email-preview",
        "GET /api/tenants/{id}/meetings", "POST /api/tenants/{id}/meetings", "PATCH /api/meetings/{id}", "POST /api/meetings/{id}/cancellation", "GET /api/meetings/{id}/invitation.ics",
        "GET /api/users", "POST /api/users", "PATCH /api/users/{id}", "POST /api/users/{id}/password-reset",
        "GET /api/tenants/{id}/duplicate-candidates", "POST /api/tenants/{id}/duplicate-of",
        "GET /api/contacts/{id}/consents", "POST /api/contacts/{id}/consents", "POST /api/consents/{id}/withdrawal",
        "GET /api/tenants/{id}/referral-matches", "POST /api/tenants/{id}/referrals", "POST /api/referrals/{id}/partner-contact",
        "GET /api/my-work",
        "GET /api/reports/hygiene", "GET /api/reports/hygiene.csv", "GET /api/reports/service-status", "GET /api/reports/service-status.csv",
        "GET /api/reports/conversion", "GET /api/reports/conversion.csv",
        "GET /api/reports/dibs-completion", "GET /api/reports/dibs-completion.csv", "GET /api/reports/dibs-usage", "GET /api/reports/dibs-usage.csv",
        "GET /api/reports/dibs-time", "GET /api/reports/dibs-time.csv",
        "GET /api/portfolio/columns", "GET /api/portfolio/tenants", "GET /api/portfolio/tenants.csv",
        "GET /api/portfolio/views", "POST /api/portfolio/views", "PATCH /api/portfolio/views/{id}", "DELETE /api/portfolio/views/{id}",
        "GET /odata/", "GET /odata/$metadata", "GET /odata/{entitySet}", "GET /odata/{entitySet}/$count",
      ].sort(),
    );
    const someTenant = "/api/tenants/00000000-0000-4000-8000-000000000000";
    for (const path of ["findings", "explanations", "playbooks", "playbooks/onedrive-bvd/upgrade-preview", "simulation", "messages", "notes"]) {
      expect((await api.anonymous.get(`${someTenant}/${path}`)).statusCode, path).toBe(401);
    }
  });

  it("refuses a cookie-authenticated write without the anti-forgery header", async () => {
    const user = await api.signIn();
    const response = await api.app.inject({
      method: "POST",
      url: "/api/customers",
      headers: { cookie: user.cookie },
      payload: { tpid: 1, name: "Forged", region: "emea" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("csrf_header_missing");
    expect((await user.get("/api/customers?q=Forged")).json().total).toBe(0);
  });

  it("ends the session on sign-out", async () => {
    const user = await api.signIn();
    expect((await user.get("/api/auth/me")).statusCode).toBe(200);
    expect((await user.post("/api/auth/logout")).statusCode).toBe(204);
    expect((await user.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("signs out every session of the user on every device, and only theirs", async () => {
    const user = await api.signIn({ roles: ["fasttrack_manager"] });
    const { rows } = await api.database.pool.query<{ username: string }>("SELECT username FROM users WHERE id = $1", [user.userId]);
    const laptop = cookieOf(await login(rows[0]?.username ?? "", TEST_PASSWORD));
    const other = await api.signIn();
    expect((await user.post("/api/auth/logout-everywhere")).statusCode).toBe(204);
    expect((await user.get("/api/auth/me")).statusCode).toBe(401);
    expect((await api.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: laptop } })).statusCode).toBe(401);
    expect((await other.get("/api/auth/me")).statusCode).toBe(200);
    const events = await api.database.pool.query<{ after: { sessionsEnded: number } }>(
      "SELECT after FROM audit_events WHERE action = 'user.signed_out_everywhere' AND actor_user_id = $1",
      [user.userId],
    );
    expect(events.rows.map((r) => r.after.sessionsEnded)).toEqual([2]);
  });

  it("throttles repeated sign-in attempts from one address", async () => {
    const attempt = () =>
      api.app.inject({ method: "POST", url: "/api/auth/login", payload: { username: "nobody-here", password: "guess" }, remoteAddress: "192.0.2.7" });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt()).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("locks an account after 5 wrong passwords in a row, whatever the address, and records why", async () => {
    const user = await api.signIn({ roles: ["fasttrack_manager"] });
    const { rows } = await api.database.pool.query<{ username: string }>("SELECT username FROM users WHERE id = $1", [user.userId]);
    const username = rows[0]?.username ?? "";
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(username, `wrong ${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const locked = await login(username, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().detail).toBe("Too many wrong passwords for this account: sign-in is locked for 1 minute; try again then.");
    const events = await api.database.pool.query<{ actor_kind: string; reason: string }>(
      "SELECT actor_kind, reason FROM audit_events WHERE action = 'user.login_locked' AND entity_id = $1",
      [user.userId],
    );
    expect(events.rows).toEqual([{ actor_kind: "system", reason: "5 wrong passwords in a row" }]);
    // Once the minute has passed, the right password signs in and the count starts again.
    await api.database.pool.query("UPDATE users SET login_locked_until = now() - interval '1 second' WHERE id = $1", [user.userId]);
    expect((await login(username, TEST_PASSWORD)).statusCode).toBe(200);
    const { rows: after } = await api.database.pool.query<{ failed_logins: number }>("SELECT failed_logins FROM users WHERE id = $1", [user.userId]);
    expect(after[0]?.failed_logins).toBe(0);
  });
});
