import { ZProblem } from "@waymark/contracts";
import { z } from "zod";
import type { App } from "../../../app-types.ts";
import { OidcProviderUnreachable } from "../../../auth/oidc/oidc-errors.ts";
import { startOidcSignIn } from "../../../auth/oidc/start-oidc-sign-in.ts";
import { setOidcStateCookie } from "../../../auth/oidc/state-cookie.ts";
import { AppError } from "../../../errors.ts";

const ZStartQuery = z.object({ returnTo: z.string().optional().describe("A path of the portal to open after signing in; anything else opens the home page") });

export function startOidcSignInRoute(app: App, options: { secureCookies: boolean }) {
  app.get(
    "/api/auth/oidc/start",
    {
      schema: {
        tags: ["auth"],
        summary: "Start single sign-on: redirects to the identity provider",
        querystring: ZStartQuery,
        response: { 404: ZProblem, 429: ZProblem, 503: ZProblem },
      },
      config: { public: true, rateLimit: { max: 30, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const oidc = app.oidc;
      if (!oidc) throw new AppError("not_found", "Single sign-on is not configured here; sign in with your username and password.");
      try {
        const { url, state } = await startOidcSignIn(app.deps, { oidc, returnTo: request.query.returnTo });
        setOidcStateCookie(reply, state, options);
        return reply.redirect(url.href, 302);
      } catch (error) {
        if (!(error instanceof OidcProviderUnreachable)) throw error;
        request.log.warn({ err: error.cause }, error.message);
        throw new AppError("unavailable", `${error.message}. Try again later or sign in with your username and password.`);
      }
    },
  );
}
