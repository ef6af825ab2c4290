import { and, asc, eq, gt, ilike, isNotNull, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { partners } from "../schema/people.ts";
import { sessions, users } from "../schema/users.ts";
import { likePattern } from "./visibility.ts";

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return row;
}

export async function countAdministrators(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.isAdministrator, true));
  return row?.n ?? 0;
}

export async function insertUser(db: Executor, row: NewUserRow): Promise<UserRow> {
  const [inserted] = await db
    .insert(users)
    .values({ ...row, username: row.username.toLowerCase() })
    .returning();
  if (!inserted) throw new Error("insert into users returned no row");
  return inserted;
}

export async function setUserPassword(db: Executor, userId: string, passwordHash: string, mustChange: boolean): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, mustChangePassword: mustChange, failedLogins: 0, loginLockedUntil: null, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function insertSession(db: Executor, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** The live session for a token hash with its user; expired sessions and disabled users give nothing. */
export async function findLiveSession(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), sql`${users.disabledAt} IS NULL`));
  return row;
}

export async function touchSession(db: Executor, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteOtherSessionsOfUser(db: Executor, userId: string, keepTokenHash: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${keepTokenHash}`));
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Counts a wrong password for the user; returns how many there have been since the last successful sign-in. */
export async function countFailedLogin(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ failedLogins: sql`${users.failedLogins} + 1` })
    .where(eq(users.id, userId))
    .returning({ failedLogins: users.failedLogins });
  return row?.failedLogins ?? 0;
}

export async function lockLogin(db: Executor, userId: string, until: Date): Promise<void> {
  await db.update(users).set({ loginLockedUntil: until }).where(eq(users.id, userId));
}

/** A successful sign-in forgets earlier wrong passwords (no write when there were none). */
export async function clearFailedLogins(db: Executor, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ failedLogins: 0, loginLockedUntil: null })
    .where(and(eq(users.id, userId), or(gt(users.failedLogins, 0), isNotNull(users.loginLockedUntil))));
}

/** Ends every session of the user; returns how many there were. */
export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

/** A user with the name of their partner organisation, for administration and assignment pickers. */
export type UserListRow = UserRow & { partnerName: string | null };

export type UserListFilter = { q?: string | undefined; role?: string | undefined; partnerId?: string | undefined; includeDisabled: boolean; limit: number; offset: number };

export async function listUsers(db: Executor, filter: UserListFilter): Promise<{ rows: UserListRow[]; total: number }> {
  const conditions = [
    filter.includeDisabled ? undefined : sql`${users.disabledAt} IS NULL`,
    filter.q
      ? or(ilike(users.username, likePattern(filter.q)), ilike(users.displayName, likePattern(filter.q)), ilike(users.email, likePattern(filter.q)))
      : undefined,
    filter.role ? sql`${filter.role} = ANY(${users.roles})` : undefined,
    filter.partnerId ? eq(users.partnerId, filter.partnerId) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    db
      .select({ user: users, partnerName: partners.name })
      .from(users)
      .leftJoin(partners, eq(partners.id, users.partnerId))
      .where(where)
      .orderBy(asc(users.displayName), asc(users.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r.user, partnerName: r.partnerName })), total: count?.n ?? 0 };
}

/** Applies the changes when the user is still at `version`; undefined when someone changed them in between. */
export async function updateUserIfVersion(db: Executor, id: string, version: number, patch: Partial<NewUserRow>): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return row;
}

/** Active administrators other than this user: the last one may not be disabled or demoted. */
export async function countOtherActiveAdministrators(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.isAdministrator, true), sql`${users.disabledAt} IS NULL`, sql`${users.id} <> ${userId}`));
  return row?.n ?? 0;
}
