import { deleteSessionsOfUser, insertAuditEvents } from "@waymark/db";
import { z } from "zod";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { SESSION_COOKIE } from "../../auth/sessions.ts";
import { auditEvent } from "../../commands/audit.ts";

/** Ends every session of the signed-in user, this one included (a lost laptop); API tokens are revoked one by one. */
export function logoutEverywhereRoute(app: App) {
  app.post(
    "/api/auth/logout-everywhere",
    {
      schema: { tags: ["auth"], summary: "Sign out every session of yours, on every device (API tokens stay until revoked)", response: { 204: z.null() } },
      config: { allowPendingPasswordChange: true },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!request.sessionToken) throw new Error("signing out everywhere needs a session");
      await app.deps.db.transaction(async (tx) => {
        const ended = await deleteSessionsOfUser(tx, actor.userId);
        await insertAuditEvents(tx, [auditEvent(actor, "user.signed_out_everywhere", { type: "user", id: actor.userId }, {}, { after: { sessionsEnded: ended } })]);
      });
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );
}
