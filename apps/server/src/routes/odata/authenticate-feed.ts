import type { FastifyRequest } from "fastify";
import type { UserRow } from "@waymark/db";
import { userActorOf } from "../../actor.ts";
import { resolveSession, SESSION_COOKIE } from "../../auth/sessions.ts";
import { resolveApiToken } from "../../auth/tokens.ts";
import { AppError } from "../../errors.ts";
import { can } from "../../policies/permissions.ts";

/** The permission the feed requires: it shows tenants and their services. */
export const FEED_PERMISSION = "tenant.read" as const;

/**
 * The API token of `Authorization: Bearer <token>`, or of `Authorization: Basic` with the token as the password (any
 * user name): Power BI's and Excel's OData connectors send Basic credentials without custom code, never a Bearer header.
 */
export function feedTokenOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme = "", value = ""] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return value || undefined;
  if (!/^basic$/i.test(scheme)) return undefined;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const password = colon < 0 ? "" : decoded.slice(colon + 1);
  if (!password) throw new AppError("unauthenticated", "Send an API token as the password (the user name can be anything).");
  return password;
}

/**
 * The query parameter that carries a token for Power Query's "Web API" credential (`OData.Feed(url, null,
 * [ApiKeyName="api_key"])`), which Power BI's service can refresh without a gateway. Logs never show its value.
 */
export const FEED_API_KEY_PARAM = "api_key";

const apiKeyOf = (query: unknown): string | undefined => {
  const value = (query as Record<string, unknown> | undefined)?.[FEED_API_KEY_PARAM];
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
};

/**
 * Runs before every feed route, in place of the portal's hook (the routes are `public` to it because that hook reads
 * no Basic credentials): a read-scoped API token or a portal session, a user without a pending password change, and
 * the feed's permission. Every request is a read, so no anti-forgery header is needed.
 */
export async function authenticateFeed(request: FastifyRequest): Promise<void> {
  const now = new Date();
  const token = feedTokenOf(request.headers.authorization) ?? apiKeyOf(request.query);
  let user: UserRow | undefined;
  if (token) user = (await resolveApiToken(request.server.deps.db, token, now)).user;
  else {
    const session = request.cookies[SESSION_COOKIE];
    user = session ? await resolveSession(request.server.deps.db, session, now) : undefined;
  }
  if (!user) throw new AppError("unauthenticated", `Send an API token: as the password of Basic authentication, as \`Authorization: Bearer wmk_…\`, or in the ${FEED_API_KEY_PARAM} query parameter.`);
  if (user.mustChangePassword) throw new AppError("password_change_required", "The token's owner must choose a new password first (sign in to the portal).");
  const actor = userActorOf(user);
  if (!can(actor, FEED_PERMISSION)) throw new AppError("forbidden", `Your roles do not allow ${FEED_PERMISSION}.`);
  request.actor = actor;
}
