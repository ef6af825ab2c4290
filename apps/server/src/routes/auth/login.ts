import { ZLogin, ZProblem, ZSession } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { IDLE_TIMEOUT_MS, SESSION_COOKIE } from "../../auth/sessions.ts";
import { logIn } from "../../commands/log-in.ts";
import { presentCurrentUser } from "../../presenters/users.ts";

export function loginRoute(app: App, options: { secureCookies: boolean }) {
  app.post(
    "/api/auth/login",
    {
      schema: { tags: ["auth"], summary: "Sign in and receive a session cookie", body: ZLogin, response: { 200: ZSession, 401: ZProblem, 429: ZProblem } },
      config: { public: true, rateLimit: { max: 10, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const { token, user } = await logIn(app.deps, {
        input: request.body,
        ipAddress: request.ip,
        ...(request.headers["user-agent"] ? { userAgent: request.headers["user-agent"] } : {}),
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: options.secureCookies,
        maxAge: IDLE_TIMEOUT_MS / 1000,
      });
      return { user: presentCurrentUser(user) };
    },
  );
}
