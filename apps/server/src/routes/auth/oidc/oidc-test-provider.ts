import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** A person at the test identity provider; the account id is what they type at its (development) login form. */
export type ProviderPerson = { email: string; emailVerified: boolean; roles?: string[] };

export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  people: Map<string, ProviderPerson>;
  /** Signs `accountId` in at the provider, starting from its authorization URL; returns the redirect back to the app. */
  signIn: (authorizationUrl: string, accountId: string) => Promise<string>;
  close: () => Promise<void>;
};

/** A real OpenID Connect provider (oidc-provider) on 127.0.0.1 with one confidential client redirecting to `redirectUrl`. */
export async function startTestProvider(redirectUrl: string): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const people = new Map<string, ProviderPerson>();
  const clientId = "waymark";
  const clientSecret = "a client secret only the tests know";
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUrl], token_endpoint_auth_method: "client_secret_post" }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["roles"] },
    cookies: { keys: ["test cookie signing key"] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
    findAccount: (_ctx, accountId) => {
      const person = people.get(accountId);
      if (!person) return undefined;
      return {
        accountId,
        claims: () => ({ sub: accountId, email: person.email, email_verified: person.emailVerified, ...(person.roles ? { roles: person.roles } : {}) }),
      };
    },
  });
  server.on("request", provider.callback());

  const signIn = async (authorizationUrl: string, accountId: string) => {
    const cookies = new Map<string, string>();
    const send = async (url: string, form?: URLSearchParams) => {
      const response = await fetch(url, {
        redirect: "manual",
        ...(form ? { method: "POST", body: form } : {}),
        headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ""] = line.split(";");
        const at = pair.indexOf("=");
        cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      return response;
    };
    let url = authorizationUrl;
    for (let step = 0; step < 12 && !url.startsWith(redirectUrl); step++) {
      const response = await send(url);
      const location = response.headers.get("location");
      if (location) {
        url = new URL(location, url).href;
        continue;
      }
      // The development interaction pages: a login form, then a consent form, both posted back to the same URL.
      const page = await response.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
      if (!prompt) throw new Error(`the test provider answered ${response.status} at ${url}: ${page.slice(0, 300)}`);
      const posted = await send(url, new URLSearchParams(prompt === "login" ? { prompt, login: accountId, password: "any" } : { prompt }));
      url = new URL(posted.headers.get("location") ?? "", url).href;
    }
    if (!url.startsWith(redirectUrl)) throw new Error("the test provider did not redirect back to the app");
    return url;
  };

  return {
    issuer,
    clientId,
    clientSecret,
    people,
    signIn,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A port nobody listens on right now, for a server whose URL must be known before it starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
