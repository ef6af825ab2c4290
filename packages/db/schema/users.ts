import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns.ts";
import { partners } from "./people.ts";

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
    /** The partner organisation a partner user (FRP) works for: they see only the tenants assigned to it. */
    partnerId: uuid().references(() => partners.id, { onDelete: "restrict" }),
    /** The single sign-on identity (issuer and subject) linked to this account, if any. */
    oidcIssuer: text(),
    oidcSubject: text(),
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
  (t) => [
    uniqueIndex("users_username_key").on(t.username),
    uniqueIndex("users_oidc_identity_key").on(t.oidcIssuer, t.oidcSubject),
    index("users_partner_idx").on(t.partnerId),
    // A partner's people never administer Waymark: that would cross the partner boundary.
    check("users_partner_not_administrator_check", sql`NOT (${t.isAdministrator} AND ${t.partnerId} IS NOT NULL)`),
  ],
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

/**
 * A single sign-on in flight: the state sent to the identity provider (hashed), with the PKCE verifier and nonce
 * that must come back with it. Used once, then deleted; stale ones are refused and swept.
 */
export const oidcLoginAttempts = pgTable("oidc_login_attempts", {
  stateHash: text().primaryKey(),
  codeVerifier: text().notNull(),
  nonce: text().notNull(),
  /** Where to send the person after signing in: a path of this portal. */
  returnTo: text().notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
});
