import { randomUUID } from "node:crypto";
import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { outboxMessages } from "../schema/messages.ts";
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
  "id" | "tenantId" | "customerId" | "toAddresses" | "ccAddresses" | "subject" | "body" | "messageId" | "inReplyTo" | "references" | "attempts"
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
  const id = randomUUID();
  await db
    .insert(outboxMessages)
    .values({
      id,
      tenantId: message.tenant.id,
      customerId: message.tenant.customerId,
      template: message.template,
      recipientUserId: message.recipientUserId,
      toAddresses: "address" in recipient ? [recipient.address] : [],
      messageId: outboxMessageId(id, message.mailDomain),
      ...("problem" in recipient ? { status: "failed", lastError: recipient.problem } : {}),
      subject: message.subject,
      body: message.body,
      idempotencyKey: message.idempotencyKey,
      ruleId: message.ruleId,
    })
    .onConflictDoNothing();
}
