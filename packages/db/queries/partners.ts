import { eq } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { partners } from "../schema/people.ts";

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
