import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { outreachAttempts } from "./activity.ts";
import { createdAt, id } from "./columns.ts";
import { tenants } from "./tenants.ts";
import { users } from "./users.ts";

export type OutboxAttachment = { filename: string; contentType: string; content: string; method?: string };

/**
 * The transactional outbox: a message is committed together with the change that calls for it, and a job sends
 * it. The idempotency key makes a second enqueue of the same message a no-op, so nothing is sent twice.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    template: text().notNull(),
    recipientUserId: uuid().references(() => users.id),
    /** Addresses the message goes to and is copied to, resolved when it is enqueued. */
    toAddresses: text().array().notNull().default([]),
    ccAddresses: text().array().notNull().default([]),
    /** Where answers should go: the FM who signs an outreach e-mail, so the customer's reply reaches a person. */
    replyTo: text(),
    /** The Message-ID header, fixed when enqueued so later messages of the thread can answer it. */
    messageId: text(),
    /** The Message-ID this one answers (In-Reply-To), and the thread's earlier ones (References). */
    inReplyTo: text(),
    references: text().array().notNull().default([]),
    /** When the sender may try again after a failure (back-off); null: as soon as possible. */
    nextAttemptAt: timestamp({ withTimezone: true, mode: "date" }),
    subject: text().notNull(),
    body: text().notNull(),
    status: text().notNull().default("queued"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    idempotencyKey: text().notNull(),
    /** The outreach step this e-mail carries out, when it is one (replies to it are matched back through it). */
    outreachAttemptId: uuid().references(() => outreachAttempts.id, { onDelete: "set null" }),
    /** Files sent with it; a text/calendar one with a `method` goes as the invitation (iCalendar REQUEST/CANCEL). */
    attachments: jsonb().$type<OutboxAttachment[]>().notNull().default([]),
    /** The rule that enqueued it (playbook@version/rule), or null when a person did. */
    ruleId: text(),
    createdAt: createdAt(),
    sentAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("outbox_messages_idempotency_key").on(t.idempotencyKey),
    index("outbox_messages_tenant_idx").on(t.tenantId, t.createdAt),
    index("outbox_messages_outreach_idx").on(t.outreachAttemptId),
    index("outbox_messages_message_id_idx").on(t.messageId),
    index("outbox_messages_queued_idx").on(t.createdAt).where(sql`${t.status} = 'queued'`),
    check("outbox_messages_status_check", sql`${t.status} IN ('queued','sent','failed')`),
  ],
);
