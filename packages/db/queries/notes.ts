import type { HashtagQuery } from "@waymark/domain";
import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { notes } from "../schema/notes.ts";
import { tenants } from "../schema/tenants.ts";
import { users } from "../schema/users.ts";
import { type Visibility, visibleTenantCondition } from "./visibility.ts";

export type NoteRow = typeof notes.$inferSelect;
export type NewNoteRow = typeof notes.$inferInsert;
/** A note with its author's name (none when a rule wrote it) and its tenant's name, as every list shows it. */
export type NamedNote = NoteRow & { authorName: string | null; tenantName: string };

/** The notes query every read starts from; the caller adds its where, order and limit. */
function selectNamedNotes(db: Executor) {
  return db
    .select({ note: notes, authorName: users.displayName, tenantName: tenants.name })
    .from(notes)
    .innerJoin(tenants, eq(tenants.id, notes.tenantId))
    .leftJoin(users, eq(users.id, notes.authorId));
}
const named = (rows: { note: NoteRow; authorName: string | null; tenantName: string }[]): NamedNote[] =>
  rows.map((r) => ({ ...r.note, authorName: r.authorName, tenantName: r.tenantName }));

/** Inserts a note version; undefined when the version it supersedes was replaced meanwhile (history is a line). */
export async function insertNoteVersion(db: Executor, row: NewNoteRow): Promise<NoteRow | undefined> {
  const [inserted] = await db.insert(notes).values(row).onConflictDoNothing({ target: notes.supersedesNoteId }).returning();
  return inserted;
}

export async function findNote(db: Executor, id: string): Promise<NamedNote | undefined> {
  return named(await selectNamedNotes(db).where(eq(notes.id, id)))[0];
}

/** The version that replaced a note, if any. */
export async function findSuccessor(db: Executor, id: string): Promise<NoteRow | undefined> {
  const [row] = await db.select().from(notes).where(eq(notes.supersedesNoteId, id));
  return row;
}

export type NoteFilter = {
  category?: string;
  service?: string;
  escalated?: boolean;
  hashtag?: HashtagQuery;
  authorId?: string;
  /** Written between `from` and `to` days before `now` (0–30, 30–60, 60–90 in the Notes Library). */
  age?: { from: number; to: number; now: Date };
  limit: number;
};
/** One tenant's notes, or every note of the tenants a reader may see. */
export type NoteScope = { tenantId: string } | { visibility: Visibility };

/** The note carries the tag: a known one in its canonical spelling, another in any case. */
function carriesHashtag(tag: HashtagQuery): SQL {
  return tag.canonical
    ? sql`${notes.hashtags} @> ARRAY[${tag.canonical}]::text[]`
    : sql`EXISTS (SELECT 1 FROM unnest(${notes.hashtags}) h WHERE lower(h) = lower(${tag.written}))`;
}

/** Tenants with a saved note whose latest version carries the tag ("which tenants carry #Compete?"). */
export function tenantsCarryingHashtag(tag: HashtagQuery): SQL {
  return sql`SELECT ${notes.tenantId} FROM ${notes} WHERE ${carriesHashtag(tag)} AND NOT ${notes.isDraft}
    AND NOT EXISTS (SELECT 1 FROM notes later WHERE later.supersedes_note_id = ${notes.id})`;
}

/** Saved notes, the latest version of each, newest first, with the tenant's name. Drafts are their author's alone. */
export async function listLatestNotes(db: Executor, scope: NoteScope, filter: NoteFilter): Promise<NamedNote[]> {
  const tag = filter.hashtag;
  const age = filter.age;
  const rows = await selectNamedNotes(db)
    .where(
      and(
        "tenantId" in scope ? eq(notes.tenantId, scope.tenantId) : visibleTenantCondition(scope.visibility, notes.tenantId, notes.customerId),
        eq(notes.isDraft, false),
        sql`NOT EXISTS (SELECT 1 FROM notes later WHERE later.supersedes_note_id = ${notes.id})`,
        filter.category ? eq(notes.category, filter.category) : undefined,
        filter.service ? sql`${notes.services} @> ARRAY[${filter.service}]::text[]` : undefined,
        filter.escalated === undefined ? undefined : eq(notes.escalated, filter.escalated),
        filter.authorId ? eq(notes.authorId, filter.authorId) : undefined,
        age ? sql`${notes.createdAt} <= ${age.now.toISOString()}::timestamptz - make_interval(days => ${age.from}::int)` : undefined,
        age ? sql`${notes.createdAt} > ${age.now.toISOString()}::timestamptz - make_interval(days => ${age.to}::int)` : undefined,
        tag ? carriesHashtag(tag) : undefined,
      ),
    )
    .orderBy(desc(notes.createdAt), desc(notes.id))
    .limit(filter.limit);
  return named(rows);
}

/** Every version of the note `id` belongs to, oldest first: what was written, by whom and when. */
export async function noteHistory(db: Executor, id: string): Promise<NamedNote[]> {
  // Ordered along the chain of versions, not by time: two versions may carry the same timestamp.
  const chain = await db.execute<{ id: string; step: number }>(sql`
    WITH RECURSIVE earlier AS (
      SELECT id, supersedes_note_id, 0 AS step FROM notes WHERE id = ${id}
      UNION ALL
      SELECT n.id, n.supersedes_note_id, e.step - 1 FROM notes n JOIN earlier e ON n.id = e.supersedes_note_id
    ), later AS (
      SELECT id, 0 AS step FROM notes WHERE id = ${id}
      UNION ALL
      SELECT n.id, l.step + 1 FROM notes n JOIN later l ON n.supersedes_note_id = l.id
    )
    SELECT id, step FROM earlier UNION SELECT id, step FROM later`);
  const order = new Map(chain.rows.map((r) => [r.id, Number(r.step)]));
  if (order.size === 0) return [];
  const versions = await findNamedNotes(db, [...order.keys()]);
  return versions.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** A user's drafts, newest first, with the tenant each is for. */
export async function listDrafts(db: Executor, authorId: string): Promise<NamedNote[]> {
  return named(
    await selectNamedNotes(db)
      .where(and(eq(notes.authorId, authorId), eq(notes.isDraft, true)))
      .orderBy(desc(notes.createdAt), desc(notes.id)),
  );
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

/** Notes by id, in no particular order. */
export async function findNamedNotes(db: Executor, ids: string[]): Promise<NamedNote[]> {
  return named(await selectNamedNotes(db).where(inArray(notes.id, ids)));
}
