import { listUsers } from "@waymark/db";
import { ZCreateUser, ZIdParams, ZUpdateUser, ZUser, ZUserList, ZUserListQuery, ZUserWithOneTimePassword } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { createUser, resetUserPassword, updateUser } from "../../commands/manage-users.ts";
import { presentUser } from "./present.ts";

/** Accounts: anyone with access reads the list (to pick assignees); administrators create and change them. */
export function userRoutes(app: App) {
  app.get(
    "/api/users",
    {
      schema: {
        tags: ["users"],
        summary: "Accounts, by name; a partner user sees only their own organisation's people",
        querystring: ZUserListQuery,
        response: { 200: ZUserList },
      },
      config: { permission: "user.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      const query = request.query;
      const { rows, total } = await listUsers(app.deps.db, { ...query, partnerId: actor.partnerId ?? query.partnerId });
      return { items: rows.map(presentUser), total, limit: query.limit, offset: query.offset };
    },
  );

  app.post(
    "/api/users",
    {
      schema: {
        tags: ["users"],
        summary: "Create an account with a one-time password, shown once in the response",
        body: ZCreateUser,
        response: { 201: ZUserWithOneTimePassword },
      },
      config: { permission: "user.manage" },
    },
    async (request, reply) => {
      const created = await createUser(app.deps, { actor: actorOf(request), input: request.body });
      return reply.status(201).send({ user: presentUser(created.user), oneTimePassword: created.oneTimePassword });
    },
  );

  app.patch(
    "/api/users/:id",
    {
      schema: {
        tags: ["users"],
        summary: "Change an account's name, e-mail, roles, partner or administrator flag, or disable it (its sessions end at once)",
        params: ZIdParams,
        body: ZUpdateUser,
        response: { 200: ZUser },
      },
      config: { permission: "user.manage" },
    },
    async (request) => presentUser(await updateUser(app.deps, { actor: actorOf(request), userId: request.params.id, input: request.body })),
  );

  app.post(
    "/api/users/:id/password-reset",
    {
      schema: {
        tags: ["users"],
        summary: "Give an account a new one-time password (shown once) and end its sessions",
        params: ZIdParams,
        response: { 200: ZUserWithOneTimePassword },
      },
      config: { permission: "user.manage" },
    },
    async (request) => {
      const reset = await resetUserPassword(app.deps, { actor: actorOf(request), userId: request.params.id });
      return { user: presentUser(reset.user), oneTimePassword: reset.oneTimePassword };
    },
  );
}
