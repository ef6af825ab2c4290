import { sql } from "drizzle-orm";
import { type AnyPgColumn, bigint, check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns.ts";
import { tenants } from "./tenants.ts";

export const customers = pgTable(
  "customers",
  {
    id: id(),
    /** Top Parent ID: the customer's organisation key across Microsoft systems. */
    tpid: bigint({ mode: "number" }).notNull(),
    name: text().notNull(),
    /** The reference ("winner") tenant that carries customer-level activity. */
    winnerTenantId: uuid().references((): AnyPgColumn => tenants.id, { onDelete: "set null" }),
    region: text().notNull(),
    vertical: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex("customers_tpid_key").on(t.tpid),
    index("customers_name_idx").on(t.name),
    check("customers_region_check", sql`${t.region} IN ('americas','apj','emea')`),
  ],
);
