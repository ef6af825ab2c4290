import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns.ts";

export const users = pgTable(
  "users",
  {
    id: id(),
    username: text().notNull(),
    displayName: text().notNull(),
    email: text(),
    passwordHash: text(),
    /** FastTrack roles (catalog `people.ts`); the highest access level among them applies. */
    roles: text().array().notNull().default([]),
    isAdministrator: boolean().notNull().default(false),
    /** Set for a one-time password: the user must choose a new one before doing anything else. */
    mustChangePassword: boolean().notNull().default(false),
    disabledAt: timestamp({ withTimezone: true, mode: "date" }),
    /** Wrong passwords since the last successful sign-in; enough of them lock sign-in until `loginLockedUntil`. */
    failedLogins: integer().notNull().default(0),
    loginLockedUntil: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex("users_username_key").on(t.username)],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the session token; the token itself is only ever in the user's cookie. */
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    ipAddress: text(),
    userAgent: text(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Tokens for scripts (`Authorization: Bearer wmk_…`); only the SHA-256 of the token is stored. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The owner's label, e.g. "Power BI refresh". */
    name: text().notNull(),
    tokenHash: text().notNull(),
    /** The token's first characters, so its owner can recognise it in a list. */
    prefix: text().notNull(),
    /** "read" allows only reading permissions; "write" everything the owner's roles allow. */
    scopes: text().array().notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp({ withTimezone: true, mode: "date" }),
    expiresAt: timestamp({ withTimezone: true, mode: "date" }),
    revokedAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [uniqueIndex("api_tokens_token_hash_key").on(t.tokenHash), index("api_tokens_user_idx").on(t.userId)],
);
