import { ZLogin, ZProblem, ZSession } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { setSessionCookie } from "../../auth/session-cookie.ts";
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
      setSessionCookie(reply, token, options);
      return { user: presentCurrentUser(user) };
    },
  );
}
