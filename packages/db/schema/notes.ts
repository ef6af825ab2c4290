import { sql } from "drizzle-orm";
import { boolean, check, customType, date, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.ts";
import { tenants } from "./tenants.ts";
import { users } from "./users.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * Notes are append-only: an edit inserts a new version that names the note it supersedes.
 * Drafts are private to their author and are the only notes that may be deleted.
 */
export const notes = pgTable(
  "notes",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    category: text().notNull(),
    services: text().array().notNull().default([]),
    catalogTaskId: integer(),
    body: text().notNull(),
    hashtags: text().array().notNull().default([]),
    escalated: boolean().notNull().default(false),
    nextAction: text(),
    nextActionDate: date({ mode: "string" }),
    nextActionOwnerId: uuid().references(() => users.id),
    authorId: uuid().references(() => users.id),
    /** Set when the engine wrote the note (a system message). */
    authorRuleId: text(),
    isDraft: boolean().notNull().default(false),
    supersedesNoteId: uuid(),
    createdAt: createdAt(),
    searchVector: tsvector().generatedAlwaysAs(sql`to_tsvector('english', body)`),
  },
  (t) => [
    index("notes_tenant_created_idx").on(t.tenantId, t.createdAt),
    // Latest notes across tenants, and a broad search's newest matches, read the library newest first.
    index("notes_created_idx").on(t.createdAt, t.id),
    index("notes_search_idx").using("gin", t.searchVector),
    index("notes_hashtags_idx").using("gin", t.hashtags),
    // History is a line, never a tree: a version is replaced at most once, so of two concurrent edits one loses.
    uniqueIndex("notes_supersedes_key").on(t.supersedesNoteId),
    check("notes_next_action_length_check", sql`char_length(${t.nextAction}) <= 500`),
    check("notes_author_check", sql`${t.authorId} IS NOT NULL OR ${t.authorRuleId} IS NOT NULL`),
  ],
);
