import { z } from "zod";
import type { App } from "../../../app-types.ts";
import { OidcProviderUnreachable, OidcSignInRefused } from "../../../auth/oidc/oidc-errors.ts";
import { clearOidcStateCookie, OIDC_STATE_COOKIE } from "../../../auth/oidc/state-cookie.ts";
import { setSessionCookie } from "../../../auth/session-cookie.ts";
import { signInWithOidc } from "../../../commands/sign-in-with-oidc.ts";

const ZCallbackQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  error: z.string().optional().describe("Set by the provider when it did not sign the person in"),
});

export function oidcCallbackRoute(app: App, options: { secureCookies: boolean }) {
  app.get(
    "/api/auth/oidc/callback",
    {
      schema: {
        tags: ["auth"],
        summary: "Where the identity provider returns: opens a session and redirects into the portal, or to /sign-in?error=…",
        querystring: ZCallbackQuery,
      },
      config: { public: true, rateLimit: { max: 30, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      // The state is single use whatever happens next.
      clearOidcStateCookie(reply, options);
      const failed = (message: string, cause: unknown) => {
        request.log.warn({ err: cause }, `single sign-on failed: ${message}`);
        return reply.redirect(`/sign-in?${new URLSearchParams({ error: message })}`, 302);
      };
      if (!app.oidc) return failed("Single sign-on is not configured here; sign in with your username and password.", undefined);
      try {
        const { token, returnTo } = await signInWithOidc(app.deps, {
          oidc: app.oidc,
          callbackQuery: request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "",
          stateCookie: request.cookies[OIDC_STATE_COOKIE],
          ipAddress: request.ip,
          ...(request.headers["user-agent"] ? { userAgent: request.headers["user-agent"] } : {}),
        });
        setSessionCookie(reply, token, options);
        return reply.redirect(returnTo, 302);
      } catch (error) {
        if (error instanceof OidcSignInRefused || error instanceof OidcProviderUnreachable) return failed(error.message, error.cause ?? error);
        return failed("Single sign-on failed on our side; try again, or sign in with your username and password.", error);
      }
    },
  );
}
