import type { FastifyReply } from "fastify";

/** Holds the state of the sign-in this browser started, so a callback carried into another browser is refused. */
export const OIDC_STATE_COOKIE = "waymark_oidc_state";
/** How long a person may take at the provider before the sign-in must start again. */
export const OIDC_ATTEMPT_TTL_MS = 10 * 60 * 1000;
const COOKIE_PATH = "/api/auth/oidc";

export function setOidcStateCookie(reply: FastifyReply, state: string, options: { secureCookies: boolean }): void {
  // Lax, not strict: the provider's redirect back is a cross-site top-level navigation, which must carry it.
  reply.setCookie(OIDC_STATE_COOKIE, state, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: "lax",
    secure: options.secureCookies,
    maxAge: OIDC_ATTEMPT_TTL_MS / 1000,
  });
}

export function clearOidcStateCookie(reply: FastifyReply, options: { secureCookies: boolean }): void {
  reply.clearCookie(OIDC_STATE_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: "lax", secure: options.secureCookies });
}
