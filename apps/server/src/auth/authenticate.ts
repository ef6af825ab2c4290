import type { FastifyReply, FastifyRequest } from "fastify";
import type { UserRow } from "@waymark/db";
import { userActorOf } from "../actor.ts";
import { AppError } from "../errors.ts";
import { can, isReadPermission } from "../policies/permissions.ts";
import { resolveSession, SESSION_COOKIE } from "./sessions.ts";
import { resolveApiToken } from "./tokens.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The token of an `Authorization: Bearer …` header; other schemes (a proxy's Basic) are left alone. */
function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header || !/^Bearer(\s|$)/i.test(header)) return undefined;
  const token = header.slice("Bearer".length).trim();
  if (!token || /\s/.test(token)) throw new AppError("unauthenticated", "Send an API token as `Authorization: Bearer wmk_…`.");
  return token;
}

/**
 * Runs before every API route: finds the session or API token, refuses forged cross-site writes, holds back users who
 * must replace a one-time password, and checks the permission the route declares. A route that declares neither a
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
    // Sessions and tokens expire on real time: an adjustable demo clock moves playbooks, never security.
    const now = new Date();
    const bearer = bearerToken(request);
    let user: UserRow;
    if (bearer) {
      const resolved = await resolveApiToken(request.server.deps.db, bearer, now);
      user = resolved.user;
      // A token is no browser credential: no cross-site forgery header, but only routes that name a permission.
      if (user.mustChangePassword) {
        throw new AppError("password_change_required", "The token's owner must choose a new password first (sign in to the portal).");
      }
      if (!config.permission) {
        if (!SAFE_METHODS.has(request.method)) {
          throw new AppError("forbidden", "API tokens cannot be used here; sign in to the portal for this.");
        }
      } else if (!resolved.scopes.includes("write") && !isReadPermission(config.permission)) {
        throw new AppError("forbidden", "This API token is read-only; create one with the write scope.");
      }
    } else {
      const token = request.cookies[SESSION_COOKIE];
      const found = token ? await resolveSession(request.server.deps.db, token, now) : undefined;
      if (!found || !token) throw new AppError("unauthenticated", "Sign in first: your session is missing or has expired.");
      if (!SAFE_METHODS.has(request.method) && request.headers["x-requested-with"] !== "waymark") {
        throw new AppError(
          "csrf_header_missing",
          "Writes from a browser session must send the header `X-Requested-With: waymark`.",
        );
      }
      request.sessionToken = token;
      user = found;
    }
    request.actor = userActorOf(user);
    if (user.mustChangePassword && !config.allowPendingPasswordChange) {
      throw new AppError("password_change_required", "Choose a new password first (POST /api/auth/password).");
    }
    if (config.permission && !can(request.actor, config.permission)) {
      throw new AppError("forbidden", `Your roles do not allow ${config.permission}.`);
    }
  };
}
