import { insertUser } from "@waymark/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../../../../test-support/api.ts";
import { buildApp } from "../../../app.ts";
import type { OidcConfig } from "../../../auth/oidc/oidc-config.ts";
import { freePort, startTestProvider, type TestProvider } from "./oidc-test-provider.ts";

let provider: TestProvider;
let api: TestApi;
let base: string;
let config: OidcConfig;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const redirectUrl = `${base}/api/auth/oidc/callback`;
  provider = await startTestProvider(redirectUrl);
  config = { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, redirectUrl, label: "Sign in with Contoso", rolesClaim: "roles" };
  api = await startTestApi({ oidc: config });
  await api.app.listen({ host: "127.0.0.1", port });
});
afterAll(async () => {
  await api?.close();
  await provider?.close();
});

const cookieFrom = (response: Response, name: string) =>
  response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "").find((pair) => pair.startsWith(`${name}=`) && pair.length > name.length + 1);

/** A browser starting single sign-on: the provider URL it is sent to and the state cookie it keeps. */
async function start(returnTo?: string) {
  const response = await fetch(`${base}/api/auth/oidc/start${returnTo === undefined ? "" : `?returnTo=${encodeURIComponent(returnTo)}`}`, { redirect: "manual" });
  expect(response.status).toBe(302);
  return { authorizationUrl: response.headers.get("location") ?? "", stateCookie: cookieFrom(response, "waymark_oidc_state") ?? "" };
}

async function finish(callbackUrl: string, stateCookie: string) {
  const response = await fetch(callbackUrl, { redirect: "manual", headers: { cookie: stateCookie } });
  expect(response.status).toBe(302);
  const location = response.headers.get("location") ?? "";
  const error = location.startsWith("/sign-in?") ? new URLSearchParams(location.slice("/sign-in?".length)).get("error") : null;
  return { location, error, session: cookieFrom(response, "waymark_session") };
}

async function signInAs(accountId: string, returnTo?: string) {
  const browser = await start(returnTo);
  return finish(await provider.signIn(browser.authorizationUrl, accountId), browser.stateCookie);
}

const me = async (session: string | undefined) => {
  const response = await fetch(`${base}/api/auth/me`, { headers: { cookie: session ?? "" } });
  return { status: response.status, user: response.status === 200 ? ((await response.json()) as { user: { id: string; roles: string[] } }).user : null };
};

let userCounter = 0;
const createUser = (fields: { email: string; roles?: string[]; disabledAt?: Date }) =>
  insertUser(api.database.db, { username: `sso-user-${++userCounter}`, displayName: `SSO User ${userCounter}`, ...fields });

const auditOf = async (userId: string, action: string) =>
  (
    await api.database.pool.query<{ before: unknown; after: unknown }>(
      "SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = $2 ORDER BY occurred_at, id",
      [userId, action],
    )
  ).rows;

describe("single sign-on", () => {
  it("links an existing account by its verified e-mail on first sign-in and lands where the person was going", async () => {
    const ada = await createUser({ email: "Ada.Lovelace@Contoso.example" });
    provider.people.set("ada", { email: "ada.lovelace@contoso.example", emailVerified: true });

    const signedIn = await signInAs("ada", "/tenants/4711?tab=notes");
    expect(signedIn).toMatchObject({ location: "/tenants/4711?tab=notes", error: null });
    expect((await me(signedIn.session)).user?.id).toBe(ada.id);
    expect(await auditOf(ada.id, "user.sso_linked")).toEqual([{ before: null, after: { issuer: provider.issuer, subject: "ada", email: "ada.lovelace@contoso.example" } }]);
    expect(await auditOf(ada.id, "user.signed_in_sso")).toHaveLength(1);

    // Later the provider knows her by a new address: the subject still finds her account.
    provider.people.set("ada", { email: "ada@new-name.example", emailVerified: true });
    const again = await signInAs("ada");
    expect(again).toMatchObject({ location: "/", error: null });
    expect((await me(again.session)).user?.id).toBe(ada.id);
    expect(await auditOf(ada.id, "user.sso_linked")).toHaveLength(1);
  });

  it("creates no account for an unknown e-mail address and says who to ask", async () => {
    provider.people.set("stranger", { email: "stranger@contoso.example", emailVerified: true });
    const refused = await signInAs("stranger", "/tenants");
    expect(refused.error).toBe("No Waymark account uses stranger@contoso.example; ask an administrator to create one.");
    expect(refused.session).toBeUndefined();
    const { rows } = await api.database.pool.query("SELECT id FROM users WHERE lower(email) = 'stranger@contoso.example' OR oidc_subject = 'stranger'");
    expect(rows).toEqual([]);
  });

  it("refuses a disabled account and an e-mail address the provider has not verified", async () => {
    await createUser({ email: "gone@contoso.example", disabledAt: new Date() });
    provider.people.set("gone", { email: "gone@contoso.example", emailVerified: true });
    const disabled = await signInAs("gone");
    expect(disabled.error).toMatch(/account is disabled/);
    expect(disabled.session).toBeUndefined();

    await createUser({ email: "unverified@contoso.example" });
    provider.people.set("unverified", { email: "unverified@contoso.example", emailVerified: false });
    const unverified = await signInAs("unverified");
    expect(unverified.error).toMatch(/has not verified unverified@contoso.example/);
    expect(unverified.session).toBeUndefined();
  });

  it("links by an unverified e-mail when the provider is trusted to vouch for its addresses (Entra ID)", async () => {
    const lin = await createUser({ email: "lin@contoso.example" });
    provider.people.set("lin", { email: "lin@contoso.example", emailVerified: false });
    config.trustUnverifiedEmail = true;
    try {
      const signedIn = await signInAs("lin");
      expect(signedIn.error).toBeNull();
      expect((await me(signedIn.session)).user?.id).toBe(lin.id);
    } finally {
      delete config.trustUnverifiedEmail;
    }
  });

  it("refuses a callback carried into another browser, but the browser that started may still finish", async () => {
    await createUser({ email: "grace@contoso.example" });
    provider.people.set("grace", { email: "grace@contoso.example", emailVerified: true });
    const mine = await start("/tenants");
    const attacker = await start();
    const callbackUrl = await provider.signIn(mine.authorizationUrl, "grace");

    for (const cookie of [attacker.stateCookie, ""]) {
      const forged = await finish(callbackUrl, cookie);
      expect(forged.error).toMatch(/started in another browser/);
      expect(forged.session).toBeUndefined();
    }
    const own = await finish(callbackUrl, mine.stateCookie);
    expect(own).toMatchObject({ location: "/tenants", error: null });
    expect((await me(own.session)).status).toBe(200);
  });

  it("uses a state once: replaying the provider's redirect opens no second session", async () => {
    await createUser({ email: "linus@contoso.example" });
    provider.people.set("linus", { email: "linus@contoso.example", emailVerified: true });
    const browser = await start();
    const callbackUrl = await provider.signIn(browser.authorizationUrl, "linus");
    expect((await finish(callbackUrl, browser.stateCookie)).error).toBeNull();
    const replayed = await finish(callbackUrl, browser.stateCookie);
    expect(replayed.error).toMatch(/already used/);
    expect(replayed.session).toBeUndefined();
  });

  it("sets the roles from the roles claim, keeping only FastTrack role codes, and records the change once", async () => {
    const engineer = await createUser({ email: "barbara@contoso.example", roles: ["fasttrack_manager"] });
    provider.people.set("barbara", { email: "barbara@contoso.example", emailVerified: true, roles: ["fasttrack_engineer", "Contoso.Admin", "sme"] });
    const first = await signInAs("barbara");
    expect((await me(first.session)).user?.roles).toEqual(["fasttrack_engineer", "sme"]);
    await signInAs("barbara");
    expect(await auditOf(engineer.id, "user.roles_changed")).toEqual([
      { before: { roles: ["fasttrack_manager"] }, after: { roles: ["fasttrack_engineer", "sme"] } },
    ]);
  });

  it("sends a returnTo that leaves the portal to the home page instead", async () => {
    await createUser({ email: "evil-target@contoso.example" });
    provider.people.set("target", { email: "evil-target@contoso.example", emailVerified: true });
    expect((await signInAs("target", "//evil.example")).location).toBe("/");
  });
});

describe("the sign-in providers", () => {
  it("offer single sign-on with its label only when it is configured", async () => {
    expect(await (await fetch(`${base}/api/auth/providers`)).json()).toEqual({ password: true, oidc: { enabled: true, label: "Sign in with Contoso" } });
    const plain = await buildApp({ deps: api.app.deps });
    try {
      expect((await plain.inject({ method: "GET", url: "/api/auth/providers" })).json()).toEqual({ password: true, oidc: { enabled: false, label: null } });
      const start = await plain.inject({ method: "GET", url: "/api/auth/oidc/start" });
      expect(start.statusCode).toBe(404);
      expect(start.json().detail).toMatch(/not configured/);
    } finally {
      await plain.close();
    }
  });

  it("answer 503 naming the provider when it cannot be reached, and never show the client secret", async () => {
    const unreachable = `http://127.0.0.1:${await freePort()}`;
    const app = await buildApp({ deps: api.app.deps, oidc: { ...config, issuer: unreachable } });
    try {
      const response = await app.inject({ method: "GET", url: "/api/auth/oidc/start" });
      expect(response.statusCode).toBe(503);
      expect(response.json().detail).toMatch(new RegExp(`^The single sign-on provider at ${unreachable} cannot be reached: `));
      expect(response.body).not.toContain(config.clientSecret);
    } finally {
      await app.close();
    }
  });
});
