import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, version } from "./columns.ts";
import { tenants } from "./tenants.ts";
import { users } from "./users.ts";

/** An attempt to reach the account team, a partner or the customer, and what came back. */
export const outreachAttempts = pgTable(
  "outreach_attempts",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    audience: text().notNull(),
    template: text().notNull(),
    channel: text().notNull(),
    attemptNumber: smallint().notNull(),
    sentAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    response: text(),
    respondedAt: timestamp({ withTimezone: true, mode: "date" }),
    nextStepDueOn: date({ mode: "string" }),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    index("outreach_attempts_tenant_idx").on(t.tenantId),
    check("outreach_attempts_audience_check", sql`${t.audience} IN ('account_team','partner','customer')`),
    check("outreach_attempts_attempt_check", sql`${t.attemptNumber} >= 1`),
  ],
);

/** Active users of one service of one tenant on one day; AU% = active users / entitlements. */
export const usageDaily = pgTable(
  "usage_daily",
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    service: text().notNull(),
    day: date({ mode: "string" }).notNull(),
    activeUsers: integer().notNull(),
    entitlements: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.service, t.day] }),
    check("usage_daily_counts_check", sql`${t.activeUsers} >= 0 AND ${t.entitlements} >= 0`),
  ],
);

/**
 * Append-only record of every mutation, by a person or by a playbook rule. A trigger refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    occurredAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    actorKind: text().notNull(),
    actorUserId: uuid(),
    actorRuleId: text(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    customerId: uuid(),
    tenantId: uuid(),
    before: jsonb(),
    after: jsonb(),
    reason: text(),
  },
  (t) => [
    index("audit_events_tenant_idx").on(t.tenantId, t.occurredAt),
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    check("audit_events_actor_check", sql`${t.actorKind} IN ('user','rule','system')`),
  ],
);

