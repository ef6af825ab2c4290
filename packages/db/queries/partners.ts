import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { partners } from "../schema/people.ts";
import { likePattern } from "./visibility.ts";

export type PartnerRow = typeof partners.$inferSelect;

export async function findPartnerById(db: Executor, id: string): Promise<PartnerRow | undefined> {
  const [row] = await db.select().from(partners).where(eq(partners.id, id));
  return row;
}

export async function insertPartner(db: Executor, row: typeof partners.$inferInsert): Promise<PartnerRow> {
  const [inserted] = await db.insert(partners).values(row).returning();
  if (!inserted) throw new Error("insert into partners returned no row");
  return inserted;
}

export async function listPartners(db: Executor, filter: { q?: string | undefined; onlyId?: string | null | undefined; limit: number; offset: number }) {
  const where = and(
    filter.q ? or(ilike(partners.name, likePattern(filter.q)), ilike(partners.mpnId, likePattern(filter.q))) : undefined,
    filter.onlyId ? eq(partners.id, filter.onlyId) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db.select().from(partners).where(where).orderBy(asc(partners.name), asc(partners.id)).limit(filter.limit).offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(partners).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function findPartnerByMpnId(db: Executor, mpnId: string): Promise<PartnerRow | undefined> {
  const [row] = await db.select().from(partners).where(eq(partners.mpnId, mpnId));
  return row;
}
