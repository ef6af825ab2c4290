import { ZChangePassword } from "@waymark/contracts";
import { z } from "zod";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { changePassword } from "../../commands/change-password.ts";

export function changePasswordRoute(app: App) {
  app.post(
    "/api/auth/password",
    {
      schema: { tags: ["auth"], summary: "Replace your password (signs out your other sessions)", body: ZChangePassword, response: { 204: z.null() } },
      config: { allowPendingPasswordChange: true },
    },
    async (request, reply) => {
      await changePassword(app.deps, { actor: actorOf(request), sessionToken: request.sessionToken ?? "", input: request.body });
      return reply.status(204).send(null);
    },
  );
}
