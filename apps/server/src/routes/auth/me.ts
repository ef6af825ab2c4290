import { findUserByUsername } from "@waymark/db";
import { ZSession } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { notFound } from "../../errors.ts";
import { presentCurrentUser } from "../../presenters/users.ts";

export function meRoute(app: App) {
  app.get(
    "/api/auth/me",
    {
      schema: { tags: ["auth"], summary: "The signed-in user", response: { 200: ZSession } },
      config: { allowPendingPasswordChange: true },
    },
    async (request) => {
      const user = await findUserByUsername(app.deps.db, actorOf(request).username);
      if (!user) throw notFound("The user");
      return { user: presentCurrentUser(user) };
    },
  );
}
