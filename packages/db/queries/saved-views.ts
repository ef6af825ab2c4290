import { and, asc, desc, eq, ne, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { savedViews } from "../schema/saved-views.ts";
import { users } from "../schema/users.ts";

export type SavedViewRow = typeof savedViews.$inferSelect;
export type SavedViewListRow = SavedViewRow & { ownerName: string };

const withOwner = { view: savedViews, ownerName: users.displayName };

/** The reader's own views and everyone's shared ones: own first, then by name. */
export async function listSavedViews(db: Executor, userId: string): Promise<SavedViewListRow[]> {
  const rows = await db
    .select(withOwner)
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.ownerId))
    .where(or(eq(savedViews.ownerId, userId), eq(savedViews.shared, true)))
    .orderBy(desc(sql`${savedViews.ownerId} = ${userId}`), asc(sql`lower(${savedViews.name})`), asc(savedViews.id));
  return rows.map(({ view, ownerName }) => ({ ...view, ownerName }));
}

export async function findSavedView(db: Executor, id: string): Promise<SavedViewListRow | undefined> {
  const [row] = await db.select(withOwner).from(savedViews).innerJoin(users, eq(users.id, savedViews.ownerId)).where(eq(savedViews.id, id));
  return row ? { ...row.view, ownerName: row.ownerName } : undefined;
}

/** Another view of the owner with this name, whatever its case. */
export async function findSavedViewNamed(db: Executor, ownerId: string, name: string, exceptId?: string): Promise<SavedViewRow | undefined> {
  const [row] = await db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.ownerId, ownerId), sql`lower(${savedViews.name}) = lower(${name})`, exceptId ? ne(savedViews.id, exceptId) : undefined));
  return row;
}

export async function insertSavedView(db: Executor, row: typeof savedViews.$inferInsert): Promise<SavedViewRow> {
  const [inserted] = await db.insert(savedViews).values(row).returning();
  if (!inserted) throw new Error("insert into saved_views returned no row");
  return inserted;
}

export async function updateSavedViewIfVersion(db: Executor, id: string, version: number, patch: Partial<typeof savedViews.$inferInsert>): Promise<SavedViewRow | undefined> {
  const [row] = await db
    .update(savedViews)
    .set({ ...patch, version: sql`${savedViews.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(savedViews.id, id), eq(savedViews.version, version)))
    .returning();
  return row;
}

export async function deleteSavedViewIfVersion(db: Executor, id: string, version: number): Promise<SavedViewRow | undefined> {
  const [row] = await db.delete(savedViews).where(and(eq(savedViews.id, id), eq(savedViews.version, version))).returning();
  return row;
}

/** Unsets the owner's default (one default per person); returns the view that lost it, if any. */
export async function clearDefaultSavedView(db: Executor, ownerId: string, exceptId?: string): Promise<SavedViewRow | undefined> {
  const [row] = await db
    .update(savedViews)
    .set({ isDefault: false, version: sql`${savedViews.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(savedViews.ownerId, ownerId), eq(savedViews.isDefault, true), exceptId ? ne(savedViews.id, exceptId) : undefined))
    .returning();
  return row;
}
