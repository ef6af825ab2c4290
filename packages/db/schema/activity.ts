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
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns.ts";
import { consents, contacts } from "./people.ts";
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

/**
 * An answer to an outreach e-mail, recorded by a person through the API or read from a forwarded .eml. The
 * Message-ID of the answer, when known, makes a second upload of the same e-mail a no-op.
 */
export const outreachReplies = pgTable(
  "outreach_replies",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    outreachAttemptId: uuid()
      .notNull()
      .references(() => outreachAttempts.id, { onDelete: "cascade" }),
    fromAddress: text(),
    receivedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    subject: text(),
    text: text().notNull().default(""),
    source: text().notNull(),
    messageId: text(),
    recordedById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("outreach_replies_attempt_idx").on(t.outreachAttemptId),
    uniqueIndex("outreach_replies_message_id_key").on(t.tenantId, t.messageId),
    check("outreach_replies_source_check", sql`${t.source} IN ('api','eml')`),
  ],
);

/**
 * A meeting with the customer or about them: kickoff, the governance and health reviews (every 1 or 2 weeks by
 * phase), remediation checkpoints. The UID and a rising sequence make updates and cancellations replace the
 * invitation in the attendees' calendars.
 */
export const meetings = pgTable(
  "meetings",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    kind: text().notNull(),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    durationMinutes: integer().notNull(),
    timeZone: text().notNull(),
    /** Repeats every 1 or 2 weeks, for `recurrenceCount` occurrences; null: a single meeting. */
    recurrenceWeeks: smallint(),
    recurrenceCount: smallint(),
    location: text(),
    agenda: text(),
    attendees: jsonb().$type<MeetingAttendee[]>().notNull().default([]),
    uid: text().notNull(),
    sequence: integer().notNull().default(0),
    status: text().notNull().default("scheduled"),
    organizerUserId: uuid().references(() => users.id),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("meetings_tenant_idx").on(t.tenantId, t.startsAt),
    uniqueIndex("meetings_uid_key").on(t.uid),
    check("meetings_kind_check", sql`${t.kind} IN ('kickoff','program_governance','customer_health_review','internal_health_review','checkpoint')`),
    check("meetings_status_check", sql`${t.status} IN ('scheduled','cancelled')`),
    check("meetings_duration_check", sql`${t.durationMinutes} BETWEEN 5 AND 480`),
    check(
      "meetings_recurrence_check",
      sql`(${t.recurrenceWeeks} IS NULL AND ${t.recurrenceCount} IS NULL) OR (${t.recurrenceWeeks} IN (1,2) AND ${t.recurrenceCount} BETWEEN 2 AND 52)`,
    ),
  ],
);

export type MeetingAttendee = { name: string; email: string; contactId?: string | null };

/**
 * A partner referral (QuickLeads, task 983; the ACM referral of seed 004): what the customer needs, the consent to
 * share their contact details, and the partners matched with why.
 */
export const referrals = pgTable(
  "referrals",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    kind: text().notNull(),
    /** What the customer needs a partner for: project_management, complex_design, out_of_scope, acm. */
    need: text().notNull(),
    /** ACM: advisory_planning, training_enablement or both. */
    serviceType: text(),
    contactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    consentId: uuid()
      .notNull()
      .references(() => consents.id),
    /** The partners referred, in rank order, each with why it was matched. */
    partners: jsonb().$type<{ partnerId: string; name: string; reasons: string[] }[]>().notNull().default([]),
    status: text().notNull().default("submitted"),
    followUpDueOn: date({ mode: "string" }),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    index("referrals_tenant_idx").on(t.tenantId),
    check("referrals_kind_check", sql`${t.kind} IN ('quickleads','acm')`),
    check("referrals_status_check", sql`${t.status} IN ('submitted','partner_contacted','closed')`),
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

