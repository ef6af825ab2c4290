import type { PlaybookLibrary } from "@waymark/domain";
import { insertUser } from "@waymark/db";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { buildApp } from "../apps/server/src/app.ts";
import type { App } from "../apps/server/src/app-types.ts";
import type { OidcConfig } from "../apps/server/src/auth/oidc/oidc-config.ts";
import { hashPassword } from "../apps/server/src/auth/passwords.ts";
import type { Clock } from "../apps/server/src/clock.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";

export type Client = {
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, body: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
};

export type TestApi = {
  app: App;
  database: TestDatabase;
  /** Signs in a new user with these roles (an administrator by default) and returns a client acting as them. */
  signIn: (options?: { roles?: string[]; isAdministrator?: boolean; mustChangePassword?: boolean; partnerId?: string }) => Promise<Client & { userId: string; cookie: string }>;
  anonymous: Client;
  close: () => Promise<void>;
};

const PASSWORD = "a test password that is long";
let passwordHash: Promise<string> | undefined;
let userCounter = 0;

function clientFor(app: App, cookie?: string): Client {
  const headers = { ...(cookie ? { cookie } : {}), "x-requested-with": "waymark" };
  const send = (method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", url: string, body?: unknown) =>
    app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
  return {
    get: (url) => send("GET", url),
    post: (url, body) => send("POST", url, body ?? {}),
    patch: (url, body) => send("PATCH", url, body),
    put: (url, body) => send("PUT", url, body),
    delete: (url) => send("DELETE", url),
  };
}

/** The API on a fresh database, driven in-process through Fastify's inject (no network). */
export async function startTestApi(options: { now?: () => Date; clock?: Clock; playbooks?: PlaybookLibrary; oidc?: OidcConfig } = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const now = options.clock?.now ?? options.now ?? (() => new Date());
  const app = await buildApp({
    deps: { db: database.db, now, ...(options.clock ? { clock: options.clock } : {}), ...(options.playbooks ? { playbooks: options.playbooks } : {}) },
    ...(options.oidc ? { oidc: options.oidc } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    anonymous: clientFor(app),
    signIn: async ({ roles = [], isAdministrator = roles.length === 0, mustChangePassword = false, partnerId } = {}) => {
      passwordHash ??= hashPassword(PASSWORD);
      const username = `user${++userCounter}-${Date.now()}`;
      const user = await insertUser(database.db, {
        username,
        displayName: `Test User ${userCounter}`,
        passwordHash: await passwordHash,
        roles,
        isAdministrator,
        mustChangePassword,
        ...(partnerId ? { partnerId } : {}),
      });
      const login = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password: PASSWORD } });
      if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`);
      const cookie = String(login.headers["set-cookie"]).split(";")[0];
      return { ...clientFor(app, cookie), userId: user.id, cookie: cookie ?? "" };
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export const TEST_PASSWORD = PASSWORD;

/**
 * For a test file: starts the API before its tests (signing in an administrator) and closes it after. `admin` is
 * usable at once in helpers; it acts once the API has started.
 */
export function useTestApi(options: Parameters<typeof startTestApi>[0] = {}): { admin: Client; api: () => TestApi } {
  let api: TestApi | undefined;
  let signedIn: Client | undefined;
  beforeAll(async () => {
    api = await startTestApi(options);
    signedIn = await api.signIn();
  });
  afterAll(() => api?.close());
  const admin = () => {
    if (!signedIn) throw new Error("the test API starts in beforeAll; use admin inside tests and hooks");
    return signedIn;
  };
  return {
    admin: {
      get: (url) => admin().get(url),
      post: (url, body) => admin().post(url, body),
      patch: (url, body) => admin().patch(url, body),
      put: (url, body) => admin().put(url, body),
      delete: (url) => admin().delete(url),
    },
    api: () => {
      if (!api) throw new Error("the test API starts in beforeAll");
      return api;
    },
  };
}
