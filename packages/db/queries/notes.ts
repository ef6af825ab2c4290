import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { notes } from "../schema/notes.ts";
import { tenants } from "../schema/tenants.ts";
import { users } from "../schema/users.ts";

export type NoteRow = typeof notes.$inferSelect;
export type NewNoteRow = typeof notes.$inferInsert;
export type NoteWithAuthor = NoteRow & { authorName: string | null };

const withAuthor = { note: notes, authorName: users.displayName };
const flatten = (rows: { note: NoteRow; authorName: string | null }[]): NoteWithAuthor[] => rows.map((r) => ({ ...r.note, authorName: r.authorName }));

/** Inserts a note version; undefined when the version it supersedes was replaced meanwhile (history is a line). */
export async function insertNoteVersion(db: Executor, row: NewNoteRow): Promise<NoteRow | undefined> {
  const [inserted] = await db.insert(notes).values(row).onConflictDoNothing({ target: notes.supersedesNoteId }).returning();
  return inserted;
}

export async function findNote(db: Executor, id: string): Promise<NoteWithAuthor | undefined> {
  const rows = await db.select(withAuthor).from(notes).leftJoin(users, eq(users.id, notes.authorId)).where(eq(notes.id, id));
  return flatten(rows)[0];
}

/** The version that replaced a note, if any. */
export async function findSuccessor(db: Executor, id: string): Promise<NoteRow | undefined> {
  const [row] = await db.select().from(notes).where(eq(notes.supersedesNoteId, id));
  return row;
}

export type NoteFilter = { category?: string; service?: string; escalated?: boolean; hashtag?: { canonical: string | null; written: string }; limit: number };

/** A tenant's saved notes, the latest version of each, newest first. Drafts are their author's alone and not listed. */
export async function listLatestNotes(db: Executor, tenantId: string, filter: NoteFilter): Promise<NoteWithAuthor[]> {
  const tag = filter.hashtag;
  const rows = await db
    .select(withAuthor)
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(
      and(
        eq(notes.tenantId, tenantId),
        eq(notes.isDraft, false),
        sql`NOT EXISTS (SELECT 1 FROM notes later WHERE later.supersedes_note_id = ${notes.id})`,
        filter.category ? eq(notes.category, filter.category) : undefined,
        filter.service ? sql`${notes.services} @> ARRAY[${filter.service}]::text[]` : undefined,
        filter.escalated === undefined ? undefined : eq(notes.escalated, filter.escalated),
        tag
          ? tag.canonical
            ? sql`${notes.hashtags} @> ARRAY[${tag.canonical}]::text[]`
            : sql`EXISTS (SELECT 1 FROM unnest(${notes.hashtags}) h WHERE lower(h) = lower(${tag.written}))`
          : undefined,
      ),
    )
    .orderBy(desc(notes.createdAt), desc(notes.id))
    .limit(filter.limit);
  return flatten(rows);
}

/** Every version of the note `id` belongs to, oldest first: what was written, by whom and when. */
export async function noteHistory(db: Executor, id: string): Promise<NoteWithAuthor[]> {
  const chain = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE earlier AS (
      SELECT id, supersedes_note_id FROM notes WHERE id = ${id}
      UNION ALL
      SELECT n.id, n.supersedes_note_id FROM notes n JOIN earlier e ON n.id = e.supersedes_note_id
    ), later AS (
      SELECT id FROM notes WHERE id = ${id}
      UNION ALL
      SELECT n.id FROM notes n JOIN later l ON n.supersedes_note_id = l.id
    )
    SELECT id FROM earlier UNION SELECT id FROM later`);
  const ids = chain.rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await db
    .select(withAuthor)
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(sql`${notes.id} IN (${sql.join(ids.map((v) => sql`${v}`), sql`, `)})`)
    .orderBy(notes.createdAt, notes.id);
  return flatten(rows);
}

export type DraftRow = NoteRow & { tenantName: string };

/** A user's drafts, newest first, with the tenant each is for. */
export async function listDrafts(db: Executor, authorId: string): Promise<DraftRow[]> {
  const rows = await db
    .select({ note: notes, tenantName: tenants.name })
    .from(notes)
    .innerJoin(tenants, eq(tenants.id, notes.tenantId))
    .where(and(eq(notes.authorId, authorId), eq(notes.isDraft, true)))
    .orderBy(desc(notes.createdAt), desc(notes.id));
  return rows.map((r) => ({ ...r.note, tenantName: r.tenantName }));
}

/** Serialises one user's draft changes, so the draft limit holds under concurrent saves. */
export async function lockDraftsOf(db: Executor, authorId: string): Promise<number> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`drafts:${authorId}`}))`);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(notes).where(and(eq(notes.authorId, authorId), eq(notes.isDraft, true)));
  return row?.n ?? 0;
}

export async function findDraft(db: Executor, id: string, authorId: string): Promise<NoteRow | undefined> {
  const [row] = await db.select().from(notes).where(and(eq(notes.id, id), eq(notes.authorId, authorId), eq(notes.isDraft, true)));
  return row;
}

export async function updateDraft(db: Executor, id: string, values: Partial<NewNoteRow>): Promise<NoteRow | undefined> {
  const [row] = await db.update(notes).set(values).where(and(eq(notes.id, id), eq(notes.isDraft, true))).returning();
  return row;
}

export async function deleteDraft(db: Executor, id: string): Promise<boolean> {
  const deleted = await db.delete(notes).where(and(eq(notes.id, id), eq(notes.isDraft, true))).returning({ id: notes.id });
  return deleted.length === 1;
}

/** Notes by id, each with its author's name and its tenant's name. */
export async function findNotesWithTenant(db: Executor, ids: string[]): Promise<(NoteWithAuthor & { tenantName: string })[]> {
  const rows = await db
    .select({ note: notes, authorName: users.displayName, tenantName: tenants.name })
    .from(notes)
    .innerJoin(tenants, eq(tenants.id, notes.tenantId))
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(inArray(notes.id, ids));
  return rows.map((r) => ({ ...r.note, authorName: r.authorName, tenantName: r.tenantName }));
}
