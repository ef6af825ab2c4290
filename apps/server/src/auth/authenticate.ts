import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../errors.ts";
import { can } from "../policies/permissions.ts";
import { resolveSession, SESSION_COOKIE } from "./sessions.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Runs before every API route: finds the session, refuses forged cross-site writes, holds back users who must
 * replace a one-time password, and checks the permission the route declares. A route that declares neither a
 * permission nor `public` is refused, so a forgotten check fails closed.
 */
export function authenticate(_secureCookies: boolean) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const config = request.routeOptions.config;
    if (!request.routeOptions.url) return; // not-found: handled by the not-found handler
    if (config.public) return;
    if (!config.permission && !config.allowPendingPasswordChange) {
      throw new AppError("internal", `Route ${request.routeOptions.url} declares no permission.`);
    }
    const token = request.cookies[SESSION_COOKIE];
    // Sessions expire on real time: an adjustable demo clock moves playbooks, never security.
    const user = token ? await resolveSession(request.server.deps.db, token, new Date()) : undefined;
    if (!user || !token) throw new AppError("unauthenticated", "Sign in first: your session is missing or has expired.");
    if (!SAFE_METHODS.has(request.method) && request.headers["x-requested-with"] !== "waymark") {
      throw new AppError(
        "csrf_header_missing",
        "Writes from a browser session must send the header `X-Requested-With: waymark`.",
      );
    }
    request.sessionToken = token;
    request.actor = {
      kind: "user",
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      isAdministrator: user.isAdministrator,
    };
    if (user.mustChangePassword && !config.allowPendingPasswordChange) {
      throw new AppError("password_change_required", "Choose a new password first (POST /api/auth/password).");
    }
    if (config.permission && !can(request.actor, config.permission)) {
      throw new AppError("forbidden", `Your roles do not allow ${config.permission}.`);
    }
  };
}
