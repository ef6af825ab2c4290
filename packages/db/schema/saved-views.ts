import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns.ts";
import { users } from "./users.ts";

/**
 * A person's saved Portfolio view: the portfolio page's query string (scope, display, filters, sort) under a name.
 * A shared view is listed for everyone, read-only for all but its owner; each person has at most one default.
 */
export const savedViews = pgTable(
  "saved_views",
  {
    id: id(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    query: text().notNull(),
    shared: boolean().notNull().default(false),
    isDefault: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex("saved_views_owner_name_key").on(t.ownerId, sql`lower(${t.name})`),
    uniqueIndex("saved_views_one_default_key").on(t.ownerId).where(sql`${t.isDefault}`),
    index("saved_views_shared_idx").on(t.shared),
    check("saved_views_name_check", sql`char_length(${t.name}) BETWEEN 1 AND 100`),
  ],
);
