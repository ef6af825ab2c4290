import { randomUUID } from "node:crypto";
import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { type OutboxAttachment, outboxMessages } from "../schema/messages.ts";
import { users } from "../schema/users.ts";

/** The domain of Message-IDs when no sender address says one; `.invalid` never resolves. */
export const DEFAULT_MESSAGE_ID_DOMAIN = "waymark.invalid";

/** The Message-ID header of an outbox message: fixed when it is enqueued, so later messages of a thread can answer it. */
export function outboxMessageId(messageRowId: string, domain: string = DEFAULT_MESSAGE_ID_DOMAIN): string {
  return `<${messageRowId}@${domain}>`;
}

/** Where a message to a user goes: their address, or why it cannot go (shown on the tenant as the message's error). */
export async function findRecipientAddress(db: Executor, userId: string): Promise<{ address: string } | { problem: string }> {
  const [user] = await db.select({ email: users.email, displayName: users.displayName }).from(users).where(eq(users.id, userId));
  const address = user?.email?.trim();
  if (address) return { address };
  return { problem: `${user?.displayName ?? `The user ${userId}`} has no e-mail address; add one to their account` };
}

export type DueOutboxMessage = Pick<
  typeof outboxMessages.$inferSelect,
  "id" | "tenantId" | "customerId" | "toAddresses" | "ccAddresses" | "subject" | "body" | "messageId" | "inReplyTo" | "references" | "attempts" | "attachments" | "replyTo"
>;

/**
 * Locks up to `limit` queued messages that are due, oldest first; rows another process holds are skipped, so two
 * senders never take the same message. Call it in the transaction that records the outcome.
 */
export async function claimDueOutboxMessages(tx: Executor, options: { now: Date; limit: number }): Promise<DueOutboxMessage[]> {
  return tx
    .select({
      id: outboxMessages.id,
      tenantId: outboxMessages.tenantId,
      customerId: outboxMessages.customerId,
      toAddresses: outboxMessages.toAddresses,
      ccAddresses: outboxMessages.ccAddresses,
      subject: outboxMessages.subject,
      body: outboxMessages.body,
      messageId: outboxMessages.messageId,
      inReplyTo: outboxMessages.inReplyTo,
      references: outboxMessages.references,
      attempts: outboxMessages.attempts,
      attachments: outboxMessages.attachments,
      replyTo: outboxMessages.replyTo,
    })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.status, "queued"), or(isNull(outboxMessages.nextAttemptAt), lte(outboxMessages.nextAttemptAt, options.now))))
    .orderBy(outboxMessages.createdAt)
    .limit(options.limit)
    .for("update", { skipLocked: true });
}

export async function markOutboxMessageSent(tx: Executor, id: string, sentAt: Date): Promise<void> {
  await tx
    .update(outboxMessages)
    .set({ status: "sent", sentAt, attempts: sql`${outboxMessages.attempts} + 1`, lastError: null, nextAttemptAt: null })
    .where(eq(outboxMessages.id, id));
}

/** Records a failed attempt: retried at `nextAttemptAt`, or given up (`failed`) when that is null. */
export async function markOutboxAttemptFailed(tx: Executor, id: string, outcome: { attempts: number; lastError: string; nextAttemptAt: Date | null }) {
  await tx
    .update(outboxMessages)
    .set({ attempts: outcome.attempts, lastError: outcome.lastError, nextAttemptAt: outcome.nextAttemptAt, ...(outcome.nextAttemptAt ? {} : { status: "failed" }) })
    .where(eq(outboxMessages.id, id));
}

export type OutboxMail = {
  tenant: { id: string; customerId: string };
  template: string;
  to: string[];
  cc?: string[];
  /** Where answers should go (the FM who signs it); the sender address when absent. */
  replyTo?: string | null;
  subject: string;
  body: string;
  idempotencyKey: string;
  /** The rule that enqueued it (playbook@version/rule); null when a person did. */
  ruleId: string | null;
  mailDomain?: string | undefined;
  recipientUserId?: string | null;
  /** The thread it answers: In-Reply-To is the last of these. */
  thread?: { inReplyTo: string; references: string[] } | null;
  outreachAttemptId?: string | null;
  attachments?: OutboxAttachment[];
  /** Why it cannot go (nobody to send it to, say): stored as failed with this error, so the tenant shows it. */
  problem?: string | null;
};

/**
 * Enqueues an e-mail in the caller's transaction, once per idempotency key: a second call with the same key returns
 * the first message and adds nothing. Returns the row id and the Message-ID that later messages of the thread answer.
 */
export async function enqueueOutboxMail(db: Executor, mail: OutboxMail): Promise<{ id: string; messageId: string; created: boolean }> {
  const id = randomUUID();
  const messageId = outboxMessageId(id, mail.mailDomain);
  const problem = mail.problem ?? (mail.to.length === 0 ? "Nobody to send it to: no recipient has an e-mail address" : null);
  const inserted = await db
    .insert(outboxMessages)
    .values({
      id,
      tenantId: mail.tenant.id,
      customerId: mail.tenant.customerId,
      template: mail.template,
      recipientUserId: mail.recipientUserId ?? null,
      toAddresses: mail.to,
      ccAddresses: mail.cc ?? [],
      replyTo: mail.replyTo ?? null,
      messageId,
      inReplyTo: mail.thread?.inReplyTo ?? null,
      references: mail.thread?.references ?? [],
      outreachAttemptId: mail.outreachAttemptId ?? null,
      attachments: mail.attachments ?? [],
      ...(problem ? { status: "failed", lastError: problem } : {}),
      subject: mail.subject,
      body: mail.body,
      idempotencyKey: mail.idempotencyKey,
      ruleId: mail.ruleId,
    })
    .onConflictDoNothing()
    .returning({ id: outboxMessages.id, messageId: outboxMessages.messageId });
  if (inserted[0]) return { id, messageId, created: true };
  const [existing] = await db
    .select({ id: outboxMessages.id, messageId: outboxMessages.messageId })
    .from(outboxMessages)
    .where(eq(outboxMessages.idempotencyKey, mail.idempotencyKey));
  if (!existing) throw new Error(`outbox message ${mail.idempotencyKey} neither inserted nor found`);
  return { id: existing.id, messageId: existing.messageId ?? outboxMessageId(existing.id, mail.mailDomain), created: false };
}

/**
 * Enqueues a message to a user in the caller's transaction, once per idempotency key. A recipient without an address
 * still gets the row, failed with why, so the tenant shows it instead of silence.
 */
export async function enqueueOutboxMessage(
  db: Executor,
  message: {
    tenant: { id: string; customerId: string };
    template: string;
    recipientUserId: string;
    subject: string;
    body: string;
    idempotencyKey: string;
    ruleId: string | null;
    mailDomain?: string | undefined;
  },
): Promise<void> {
  const recipient = await findRecipientAddress(db, message.recipientUserId);
  await enqueueOutboxMail(db, {
    ...message,
    to: "address" in recipient ? [recipient.address] : [],
    problem: "problem" in recipient ? recipient.problem : null,
  });
}

export type OutboxRow = typeof outboxMessages.$inferSelect;

export async function findOutboxMessage(db: Executor, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  return row;
}

/**
 * Puts a failed message back in the queue with what it should say now (addresses, text), its attempts counted
 * afresh; it stays failed, with the new reason, when it still cannot go. Only a failed message changes.
 */
export async function requeueFailedOutboxMessage(
  db: Executor,
  id: string,
  content: { to: string[]; cc: string[]; replyTo?: string | null; subject: string; body: string; problem: string | null },
): Promise<OutboxRow | undefined> {
  const [row] = await db
    .update(outboxMessages)
    .set({
      toAddresses: content.to,
      ccAddresses: content.cc,
      ...(content.replyTo !== undefined ? { replyTo: content.replyTo } : {}),
      subject: content.subject,
      body: content.body,
      status: content.problem ? "failed" : "queued",
      lastError: content.problem,
      attempts: 0,
      nextAttemptAt: null,
    })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, "failed")))
    .returning();
  return row;
}
