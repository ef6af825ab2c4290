import { z } from "zod";
import type { App } from "../../app-types.ts";
import { closeSession, SESSION_COOKIE } from "../../auth/sessions.ts";

export function logoutRoute(app: App) {
  app.post(
    "/api/auth/logout",
    {
      schema: { tags: ["auth"], summary: "Sign out this session", response: { 204: z.null() } },
      config: { allowPendingPasswordChange: true },
    },
    async (request, reply) => {
      if (request.sessionToken) await closeSession(app.deps.db, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );
}
