import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { outreachAttempts, outreachReplies } from "../schema/activity.ts";
import { outboxMessages } from "../schema/messages.ts";

export type OutreachStepRow = typeof outreachAttempts.$inferSelect;
export type OutreachReplyRow = typeof outreachReplies.$inferSelect;
export type OutreachMessageRow = Pick<
  typeof outboxMessages.$inferSelect,
  "id" | "outreachAttemptId" | "template" | "status" | "toAddresses" | "ccAddresses" | "subject" | "attempts" | "lastError" | "messageId" | "inReplyTo" | "sentAt" | "createdAt"
>;

export async function insertOutreachStep(db: Executor, row: typeof outreachAttempts.$inferInsert): Promise<OutreachStepRow> {
  const [inserted] = await db.insert(outreachAttempts).values(row).returning();
  if (!inserted) throw new Error("outreach step not inserted");
  return inserted;
}

export async function findOutreachStep(db: Executor, id: string): Promise<OutreachStepRow | undefined> {
  const [row] = await db.select().from(outreachAttempts).where(eq(outreachAttempts.id, id));
  return row;
}

/** A tenant's outreach steps, newest first, each with its e-mails and the answers recorded against it. */
export async function listOutreachOfTenant(db: Executor, tenantId: string) {
  const steps = await db.select().from(outreachAttempts).where(eq(outreachAttempts.tenantId, tenantId)).orderBy(desc(outreachAttempts.sentAt), desc(outreachAttempts.createdAt));
  const ids = steps.map((s) => s.id);
  if (ids.length === 0) return [];
  const [messages, replies] = await Promise.all([
    db
      .select({
        id: outboxMessages.id,
        outreachAttemptId: outboxMessages.outreachAttemptId,
        template: outboxMessages.template,
        status: outboxMessages.status,
        toAddresses: outboxMessages.toAddresses,
        ccAddresses: outboxMessages.ccAddresses,
        subject: outboxMessages.subject,
        attempts: outboxMessages.attempts,
        lastError: outboxMessages.lastError,
        messageId: outboxMessages.messageId,
        inReplyTo: outboxMessages.inReplyTo,
        sentAt: outboxMessages.sentAt,
        createdAt: outboxMessages.createdAt,
      })
      .from(outboxMessages)
      .where(inArray(outboxMessages.outreachAttemptId, ids))
      .orderBy(outboxMessages.createdAt),
    db.select().from(outreachReplies).where(inArray(outreachReplies.outreachAttemptId, ids)).orderBy(outreachReplies.receivedAt),
  ]);
  return steps.map((step) => ({
    step,
    messages: messages.filter((m) => m.outreachAttemptId === step.id),
    replies: replies.filter((r) => r.outreachAttemptId === step.id),
  }));
}

/** The first message of a thread a template starts on this tenant (the Customer 1st Contact, say), if one went. */
export async function findThreadStart(db: Executor, tenantId: string, template: string) {
  const [row] = await db
    .select({ messageId: outboxMessages.messageId, references: outboxMessages.references, subject: outboxMessages.subject, body: outboxMessages.body, createdAt: outboxMessages.createdAt })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.tenantId, tenantId), eq(outboxMessages.template, template)))
    .orderBy(desc(outboxMessages.createdAt))
    .limit(1);
  return row;
}

/** The outreach e-mail an answer refers to: the first of its Message-IDs (In-Reply-To before References) that names one. */
export async function findOutreachMessageByMessageIds(db: Executor, messageIds: readonly string[]) {
  if (messageIds.length === 0) return undefined;
  const rows = await db
    .select({ tenantId: outboxMessages.tenantId, outreachAttemptId: outboxMessages.outreachAttemptId, messageId: outboxMessages.messageId })
    .from(outboxMessages)
    .where(and(inArray(outboxMessages.messageId, [...messageIds]), sql`${outboxMessages.outreachAttemptId} IS NOT NULL`));
  for (const id of messageIds) {
    const hit = rows.find((r) => r.messageId === id);
    if (hit?.outreachAttemptId) return { tenantId: hit.tenantId, outreachAttemptId: hit.outreachAttemptId };
  }
  return undefined;
}

/** Outreach e-mails that went to an address (to or cc), newest first: how an answer is matched when a forward dropped its headers. */
export async function findOutreachMessagesTo(db: Executor, address: string) {
  return db
    .select({ tenantId: outboxMessages.tenantId, outreachAttemptId: outboxMessages.outreachAttemptId, subject: outboxMessages.subject })
    .from(outboxMessages)
    .where(and(sql`${outboxMessages.outreachAttemptId} IS NOT NULL`, sql`lower(${address}) = ANY(${outboxMessages.toAddresses} || ${outboxMessages.ccAddresses})`))
    .orderBy(desc(outboxMessages.createdAt))
    .limit(50);
}

/** Records an answer once: the same e-mail (by its Message-ID) again adds nothing and returns undefined. */
export async function insertOutreachReply(db: Executor, row: typeof outreachReplies.$inferInsert): Promise<OutreachReplyRow | undefined> {
  const [inserted] = await db.insert(outreachReplies).values(row).onConflictDoNothing().returning();
  if (inserted) {
    await db
      .update(outreachAttempts)
      .set({ response: "replied", respondedAt: sql`coalesce(${outreachAttempts.respondedAt}, ${row.receivedAt})`, version: sql`${outreachAttempts.version} + 1` })
      .where(eq(outreachAttempts.id, row.outreachAttemptId));
  }
  return inserted;
}

export async function findOutreachReplyByMessageId(db: Executor, tenantId: string, messageId: string): Promise<OutreachReplyRow | undefined> {
  const [row] = await db.select().from(outreachReplies).where(and(eq(outreachReplies.tenantId, tenantId), eq(outreachReplies.messageId, messageId)));
  return row;
}
