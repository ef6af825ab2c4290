import { existsSync } from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyServerOptions } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { App, Deps } from "./app-types.ts";
import { authenticate } from "./auth/authenticate.ts";
import { createOidcClient } from "./auth/oidc/oidc-client.ts";
import type { OidcConfig } from "./auth/oidc/oidc-config.ts";
import { handleError, handleNotFound } from "./http/errors.ts";
import { registerApiRoutes } from "./routes/index.ts";

export type AppOptions = {
  deps: Deps;
  /** Directory of the built web app; served at `/` when it exists. */
  webDir?: string;
  logger?: FastifyServerOptions["logger"];
  /** Mark cookies Secure (set when served over HTTPS). */
  secureCookies?: boolean;
  /** Single sign-on through an OpenID Connect provider, offered next to passwords. */
  oidc?: OidcConfig;
};

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: false,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider() as unknown as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("deps", options.deps);
  app.decorate("oidc", options.oidc ? createOidcClient(options.oidc) : null);
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionToken", null);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Waymark API",
        version: "0.1.0",
        description:
          "Customers, tenants, services and their entitlement split. Errors are application/problem+json (RFC 9457). " +
          "Sign in with POST /api/auth/login; cookie-authenticated writes need the header `X-Requested-With: waymark`. " +
          "Scripts send an API token (POST /api/auth/tokens) as `Authorization: Bearer wmk_…`.",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "waymark_session" }, apiToken: { type: "http", scheme: "bearer" } },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound(options.webDir));

  await app.register(async (api) => {
    api.addHook("onRequest", authenticate(options.secureCookies ?? false));
    registerApiRoutes(api as App, { secureCookies: options.secureCookies ?? false });
  });

  if (options.webDir && existsSync(path.join(options.webDir, "index.html"))) {
    // The files are listed once, at start-up, with a route each. A wildcard route would look each request's path up on
    // disk and read the directories on the way to check its spelling (hundreds of entries in assets/), on every request
    // of every page load. So a new build is served after a restart, as a new server version is. Built scripts and
    // styles carry a content hash in their names, so browsers may keep them for good; index.html must be asked for
    // again so a new build is picked up. The build writes .br/.gz beside each file for preCompressed.
    const hashedAssets = `${path.sep}assets${path.sep}`;
    await app.register(fastifyStatic, {
      root: path.resolve(options.webDir),
      wildcard: false,
      index: ["index.html"],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) =>
        reply.header("Cache-Control", filePath.includes(hashedAssets) ? "public, max-age=31536000, immutable" : "no-cache"),
    });
  }
  return app;
}
