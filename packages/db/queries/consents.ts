import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { consents } from "../schema/people.ts";
import { users } from "../schema/users.ts";

export type ConsentRow = typeof consents.$inferSelect;
export type ConsentListRow = ConsentRow & { recordedByName: string | null };

/** A contact's consents, newest first, with who recorded each. */
export async function listConsentsOfContact(db: Executor, contactId: string): Promise<ConsentListRow[]> {
  const rows = await db
    .select({ consent: consents, recordedByName: users.displayName })
    .from(consents)
    .leftJoin(users, eq(users.id, consents.recordedById))
    .where(eq(consents.contactId, contactId))
    .orderBy(desc(consents.consentedAt), desc(consents.createdAt));
  return rows.map((r) => ({ ...r.consent, recordedByName: r.recordedByName }));
}

export async function findConsent(db: Executor, id: string): Promise<ConsentRow | undefined> {
  const [row] = await db.select().from(consents).where(eq(consents.id, id));
  return row;
}

/** The contact's latest consent of this scope that is not withdrawn. */
export async function findStandingConsent(db: Executor, contactId: string, scope: string): Promise<ConsentRow | undefined> {
  const [row] = await db
    .select()
    .from(consents)
    .where(and(eq(consents.contactId, contactId), eq(consents.scope, scope), isNull(consents.withdrawnAt)))
    .orderBy(desc(consents.consentedAt))
    .limit(1);
  return row;
}

export async function insertConsent(db: Executor, row: typeof consents.$inferInsert): Promise<ConsentRow> {
  const [inserted] = await db.insert(consents).values(row).returning();
  if (!inserted) throw new Error("insert into consents returned no row");
  return inserted;
}

/** Withdraws a consent once; undefined when it was already withdrawn. */
export async function withdrawConsent(db: Executor, id: string, by: { at: Date; userId: string }): Promise<ConsentRow | undefined> {
  const [row] = await db
    .update(consents)
    .set({ withdrawnAt: by.at, withdrawnById: by.userId })
    .where(and(eq(consents.id, id), isNull(consents.withdrawnAt)))
    .returning();
  return row;
}
