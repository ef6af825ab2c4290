import { listApiTokensOfUser } from "@waymark/db";
import { ZApiTokenList, ZCreateApiToken, ZCreatedApiToken, ZIdParams } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { createApiToken, presentApiToken, revokeApiTokenOf } from "../../auth/tokens.ts";
import { AppError } from "../../errors.ts";

/** API tokens for scripts: created from a signed-in browser session, listed and revoked by their owner. */
export function apiTokenRoutes(app: App) {
  app.post(
    "/api/auth/tokens",
    {
      schema: { tags: ["auth"], summary: "Create an API token (shown once; send it as `Authorization: Bearer …`)", body: ZCreateApiToken, response: { 201: ZCreatedApiToken } },
      config: { permission: "api_token.manage" },
    },
    async (request, reply) => {
      if (!request.sessionToken) {
        throw new AppError("forbidden", "An API token cannot create API tokens; sign in to the portal to create one.");
      }
      return reply.status(201).send(await createApiToken(app.deps.db, { actor: actorOf(request), input: request.body, now: new Date() }));
    },
  );

  app.get(
    "/api/auth/tokens",
    {
      schema: { tags: ["auth"], summary: "Your API tokens (never the tokens themselves)", response: { 200: ZApiTokenList } },
      config: { permission: "api_token.read" },
    },
    async (request) => ({ items: (await listApiTokensOfUser(app.deps.db, actorOf(request).userId)).map(presentApiToken) }),
  );

  app.delete(
    "/api/auth/tokens/:id",
    {
      schema: { tags: ["auth"], summary: "Revoke an API token (yours; administrators: anyone's)", params: ZIdParams },
      config: { permission: "api_token.manage" },
    },
    async (request, reply) => {
      await revokeApiTokenOf(app.deps.db, { actor: actorOf(request), tokenId: request.params.id, now: new Date() });
      return reply.status(204).send();
    },
  );
}
