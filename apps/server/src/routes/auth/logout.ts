import { insertAuditEvents } from "@waymark/db";
import { z } from "zod";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { closeSession, SESSION_COOKIE } from "../../auth/sessions.ts";
import { auditEvent } from "../../commands/audit.ts";

export function logoutRoute(app: App) {
  app.post(
    "/api/auth/logout",
    {
      schema: { tags: ["auth"], summary: "Sign out this session", response: { 204: z.null() } },
      config: { allowPendingPasswordChange: true },
    },
    async (request, reply) => {
      const token = request.sessionToken;
      if (token) {
        const actor = actorOf(request);
        await app.deps.db.transaction(async (tx) => {
          await closeSession(tx, token);
          await insertAuditEvents(tx, [auditEvent(actor, "user.signed_out", { type: "user", id: actor.userId }, {}, {})]);
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );
}
