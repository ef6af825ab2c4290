import { and, eq, lte, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { oidcLoginAttempts, users } from "../schema/users.ts";
import type { UserRow } from "./users.ts";

export type OidcLoginAttemptRow = typeof oidcLoginAttempts.$inferSelect;

export async function insertOidcLoginAttempt(db: Executor, row: typeof oidcLoginAttempts.$inferInsert): Promise<void> {
  await db.insert(oidcLoginAttempts).values(row);
}

/** Removes the attempt with this state hash (a state is used once) and returns it if it had not expired yet. */
export async function takeOidcLoginAttempt(db: Executor, stateHash: string, now: Date): Promise<OidcLoginAttemptRow | undefined> {
  const [row] = await db.delete(oidcLoginAttempts).where(eq(oidcLoginAttempts.stateHash, stateHash)).returning();
  return row && row.expiresAt > now ? row : undefined;
}

/** Sweeps attempts nobody came back from; returns how many. */
export async function deleteExpiredOidcLoginAttempts(db: Executor, now: Date): Promise<number> {
  const gone = await db.delete(oidcLoginAttempts).where(lte(oidcLoginAttempts.expiresAt, now)).returning({ stateHash: oidcLoginAttempts.stateHash });
  return gone.length;
}

export async function findUserByOidcIdentity(db: Executor, issuer: string, subject: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)))
    .for("update");
  return row;
}

/** Users whose e-mail is this one, ignoring case; at most two, enough to tell a unique match from an ambiguous one. */
export async function findUsersByEmail(db: Executor, email: string): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .orderBy(users.createdAt)
    .limit(2)
    .for("update");
}

export async function linkUserToOidcIdentity(db: Executor, userId: string, issuer: string, subject: string): Promise<void> {
  await db
    .update(users)
    .set({ oidcIssuer: issuer, oidcSubject: subject, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function setUserRoles(db: Executor, userId: string, roles: string[]): Promise<void> {
  await db
    .update(users)
    .set({ roles, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}
