import { createHash, randomBytes } from "node:crypto";
import { type Database, deleteSession, type Executor, findLiveSession, insertSession, touchSession, type UserRow } from "@waymark/db";

export const SESSION_COOKIE = "waymark_session";
/** A session ends after this much inactivity... */
export const IDLE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** ...and at the latest this long after sign-in. */
export const ABSOLUTE_TIMEOUT_MS = 7 * 24 * 60 * 60 * 1000;
/** Refreshing the idle expiry costs a write; do it at most this often per session. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function openSession(
  db: Executor,
  userId: string,
  now: Date,
  meta: { ipAddress?: string; userAgent?: string },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + IDLE_TIMEOUT_MS),
    ipAddress: meta.ipAddress ?? null,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
  });
  return token;
}

export async function resolveSession(db: Database, token: string, now: Date): Promise<UserRow | undefined> {
  const tokenHash = hashToken(token);
  const found = await findLiveSession(db, tokenHash, now);
  if (!found) return undefined;
  const absoluteEnd = found.session.createdAt.getTime() + ABSOLUTE_TIMEOUT_MS;
  if (now.getTime() >= absoluteEnd) {
    await deleteSession(db, tokenHash);
    return undefined;
  }
  if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(db, tokenHash, now, new Date(Math.min(now.getTime() + IDLE_TIMEOUT_MS, absoluteEnd)));
  }
  return found.user;
}

export async function closeSession(db: Database, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}
