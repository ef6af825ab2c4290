import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { referrals } from "../schema/activity.ts";
import { partners } from "../schema/people.ts";

export type ReferralRow = typeof referrals.$inferSelect;

/** The partners working in a country (ISO code, any case), for matching a referral. */
export async function listPartnersInCountry(db: Executor, country: string) {
  return db
    .select({ id: partners.id, name: partners.name, frpMember: partners.frpMember, country: partners.country, city: partners.city, specialties: partners.specialties })
    .from(partners)
    .where(sql`upper(${partners.country}) = ${country.toUpperCase()}`)
    .orderBy(asc(partners.name));
}

export async function insertReferral(db: Executor, row: typeof referrals.$inferInsert): Promise<ReferralRow> {
  const [inserted] = await db.insert(referrals).values(row).returning();
  if (!inserted) throw new Error("insert into referrals returned no row");
  return inserted;
}

export async function findReferral(db: Executor, id: string): Promise<ReferralRow | undefined> {
  const [row] = await db.select().from(referrals).where(eq(referrals.id, id));
  return row;
}

export async function listReferralsOfTenant(db: Executor, tenantId: string): Promise<ReferralRow[]> {
  return db.select().from(referrals).where(eq(referrals.tenantId, tenantId)).orderBy(desc(referrals.createdAt));
}

/** Moves a referral on from the status it had; undefined when it has moved since. */
export async function updateReferralStatus(db: Executor, id: string, from: string, to: string): Promise<ReferralRow | undefined> {
  const [row] = await db
    .update(referrals)
    .set({ status: to, version: sql`${referrals.version} + 1` })
    .where(and(eq(referrals.id, id), eq(referrals.status, from)))
    .returning();
  return row;
}
