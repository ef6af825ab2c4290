import { randomBytes } from "node:crypto";
import {
  type ApiTokenRow,
  type Database,
  findApiTokenByHash,
  findApiTokenById,
  insertApiToken,
  insertAuditEvents,
  revokeApiToken,
  touchApiToken,
  type UserRow,
} from "@waymark/db";
import type { TApiToken, TApiTokenScope, TCreateApiToken, TCreatedApiToken } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import { auditEvent } from "../commands/audit.ts";
import { AppError, notFound } from "../errors.ts";
import { hashToken } from "./sessions.ts";

export const API_TOKEN_PREFIX = "wmk_";
const DAY_MS = 24 * 60 * 60 * 1000;
/** Marking a token as used costs a write; do it at most this often per token. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export function presentApiToken(row: ApiTokenRow): TApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as TApiTokenScope[],
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Creates a token for the actor; the answer carries the token itself, which is never stored nor shown again. */
export async function createApiToken(
  db: Database,
  options: { actor: UserActor; input: TCreateApiToken; now: Date },
): Promise<TCreatedApiToken> {
  const { actor, input, now } = options;
  // 30 random bytes are exactly 40 base64url characters.
  const token = API_TOKEN_PREFIX + randomBytes(30).toString("base64url");
  const scopes = [...new Set(input.scopes)].sort();
  const row = await db.transaction(async (tx) => {
    const inserted = await insertApiToken(tx, {
      userId: actor.userId,
      name: input.name,
      tokenHash: hashToken(token),
      prefix: token.slice(0, 8),
      scopes,
      createdAt: now,
      expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null,
    });
    const after = { name: inserted.name, prefix: inserted.prefix, scopes, expiresAt: inserted.expiresAt?.toISOString() ?? null };
    await insertAuditEvents(tx, [auditEvent(actor, "api_token.created", { type: "api_token", id: inserted.id }, {}, { after })]);
    return inserted;
  });
  return { ...presentApiToken(row), token };
}

/** Revokes one of the actor's tokens (administrators: anyone's). Revoking a revoked token changes nothing. */
export async function revokeApiTokenOf(db: Database, options: { actor: UserActor; tokenId: string; now: Date }): Promise<void> {
  const { actor, tokenId, now } = options;
  const found = await findApiTokenById(db, tokenId);
  if (!found || (found.userId !== actor.userId && !actor.isAdministrator)) throw notFound("The API token");
  await db.transaction(async (tx) => {
    const revoked = await revokeApiToken(tx, tokenId, now);
    if (!revoked) return;
    await insertAuditEvents(tx, [
      auditEvent(actor, "api_token.revoked", { type: "api_token", id: tokenId }, {}, {
        before: { revokedAt: null },
        after: { name: revoked.name, prefix: revoked.prefix, ownerUserId: revoked.userId, revokedAt: now.toISOString() },
      }),
    ]);
  });
}

export const isApiToken = (value: string) => value.startsWith(API_TOKEN_PREFIX);

/** The owner and scopes of a bearer token, or a 401 saying why it is refused. */
export async function resolveApiToken(db: Database, token: string, now: Date): Promise<{ user: UserRow; scopes: string[] }> {
  const found = await findApiTokenByHash(db, hashToken(token));
  if (!found) throw new AppError("unauthenticated", "This API token is not known: check that you copied all of it, or create a new one.");
  const { token: row, user } = found;
  if (row.revokedAt) {
    throw new AppError("unauthenticated", `This API token (${row.prefix}…) was revoked on ${row.revokedAt.toISOString()}; create a new one.`);
  }
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) {
    throw new AppError("unauthenticated", `This API token (${row.prefix}…) expired on ${row.expiresAt.toISOString()}; create a new one.`);
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchApiToken(db, row.id, now, new Date(now.getTime() - TOUCH_INTERVAL_MS));
  }
  return { user, scopes: row.scopes };
}
