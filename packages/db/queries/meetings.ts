import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { meetings } from "../schema/activity.ts";
import { users } from "../schema/users.ts";

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingListRow = MeetingRow & { organizerName: string | null };

const withOrganizer = { meeting: meetings, organizerName: users.displayName };

/** A tenant's meetings, scheduled ones first, then by start. */
export async function listMeetingsOfTenant(db: Executor, tenantId: string): Promise<MeetingListRow[]> {
  const rows = await db
    .select(withOrganizer)
    .from(meetings)
    .leftJoin(users, eq(users.id, meetings.organizerUserId))
    .where(eq(meetings.tenantId, tenantId))
    .orderBy(desc(meetings.status), asc(meetings.startsAt), asc(meetings.id));
  return rows.map((r) => ({ ...r.meeting, organizerName: r.organizerName }));
}

export async function findMeeting(db: Executor, id: string): Promise<MeetingListRow | undefined> {
  const [row] = await db.select(withOrganizer).from(meetings).leftJoin(users, eq(users.id, meetings.organizerUserId)).where(eq(meetings.id, id));
  return row ? { ...row.meeting, organizerName: row.organizerName } : undefined;
}

export async function insertMeeting(db: Executor, row: typeof meetings.$inferInsert): Promise<MeetingRow> {
  const [inserted] = await db.insert(meetings).values(row).returning();
  if (!inserted) throw new Error("insert into meetings returned no row");
  return inserted;
}

/** Applies a change when the meeting is still at `version`; raises the version and the iCalendar sequence. */
export async function updateMeetingIfVersion(db: Executor, id: string, version: number, patch: Partial<typeof meetings.$inferInsert>): Promise<MeetingRow | undefined> {
  const [row] = await db
    .update(meetings)
    .set({ updatedAt: sql`now()`, ...patch, sequence: sql`${meetings.sequence} + 1`, version: sql`${meetings.version} + 1` })
    .where(and(eq(meetings.id, id), eq(meetings.version, version)))
    .returning();
  return row;
}
