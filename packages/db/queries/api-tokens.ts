import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { apiTokens, users } from "../schema/users.ts";

export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type NewApiTokenRow = typeof apiTokens.$inferInsert;

export async function insertApiToken(db: Executor, row: NewApiTokenRow): Promise<ApiTokenRow> {
  const [inserted] = await db.insert(apiTokens).values(row).returning();
  if (!inserted) throw new Error("insert into api_tokens returned no row");
  return inserted;
}

/** The token with this hash and its (enabled) owner; revoked and expired tokens are returned too so the caller can say which. */
export async function findApiTokenByHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), sql`${users.disabledAt} IS NULL`));
  return row;
}

export async function findApiTokenById(db: Executor, id: string): Promise<ApiTokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row;
}

export async function listApiTokensOfUser(db: Executor, userId: string): Promise<ApiTokenRow[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

/** Sets last_used_at unless it was set less than `since` ago; returns nothing (a best-effort mark). */
export async function touchApiToken(db: Executor, id: string, now: Date, since: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, since))));
}

/** Revokes the token if it is not revoked yet; returns the row only when this call revoked it. */
export async function revokeApiToken(db: Executor, id: string, now: Date): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}
