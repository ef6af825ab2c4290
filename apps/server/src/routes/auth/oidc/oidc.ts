import type { App } from "../../../app-types.ts";
import { oidcCallbackRoute } from "./callback.ts";
import { signInProvidersRoute } from "./providers.ts";
import { startOidcSignInRoute } from "./start.ts";

/** Single sign-on through OpenID Connect, next to passwords; the routes answer "not configured" without WAYMARK_OIDC_*. */
export function oidcRoutes(app: App, options: { secureCookies: boolean }) {
  signInProvidersRoute(app);
  startOidcSignInRoute(app, options);
  oidcCallbackRoute(app, options);
}
