import { claimDueOutboxMessages, type DueOutboxMessage, type Executor, insertAuditEvents, markOutboxAttemptFailed, markOutboxMessageSent } from "@waymark/db";
import type { Actor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { auditEvent } from "../commands/audit.ts";
import { nextSendAttemptAt } from "../mail/backoff.ts";
import { composeMessage, sendErrorText } from "../mail/compose-message.ts";
import type { MailTransport } from "../mail/transport.ts";

const MAIL_SENDER: Actor = { kind: "system", reason: "mail sender" };
/** Messages locked and sent per transaction: few, so a slow server holds few rows and a crash re-sends little. */
const BATCH = 5;
/** A run stops here and leaves the rest to the next one, so one run never holds the sender for long. */
const MOST_PER_RUN = 200;

export type MailSending = { transport: MailTransport; from: string; secrets: string[] };
export type SendRun = { sent: number; retrying: number; failed: number };

/**
 * Sends the queued messages that are due. Each batch is locked with SKIP LOCKED and marked in the transaction that
 * locked it, so two processes never send the same message; a failure is retried with back-off and, after the last
 * attempt, the message is `failed` with the server's answer.
 */
export async function sendDueMail(deps: Pick<Deps, "db" | "now">, mail: MailSending): Promise<SendRun> {
  const run: SendRun = { sent: 0, retrying: 0, failed: 0 };
  for (let handled = 0; handled < MOST_PER_RUN; ) {
    const claimed = await deps.db.transaction(async (tx) => {
      const due = await claimDueOutboxMessages(tx, { now: deps.now(), limit: BATCH });
      for (const message of due) {
        const outcome = await sendOne(tx, deps, mail, message);
        run[outcome] += 1;
      }
      return due.length;
    });
    handled += claimed;
    if (claimed < BATCH) break;
  }
  return run;
}

async function sendOne(tx: Executor, deps: Pick<Deps, "now">, mail: MailSending, message: DueOutboxMessage): Promise<keyof SendRun> {
  const scope = { tenantId: message.tenantId, customerId: message.customerId };
  const entity = { type: "message", id: message.id };
  try {
    await mail.transport.send(composeMessage(message, mail.from));
  } catch (error) {
    const attempts = message.attempts + 1;
    const lastError = sendErrorText(error, mail.secrets);
    const nextAttemptAt = nextSendAttemptAt(attempts, deps.now());
    await markOutboxAttemptFailed(tx, message.id, { attempts, lastError, nextAttemptAt });
    if (nextAttemptAt) return "retrying";
    await insertAuditEvents(tx, [
      auditEvent(MAIL_SENDER, "message.failed", entity, scope, { before: { status: "queued" }, after: { status: "failed", attempts, lastError } }),
    ]);
    return "failed";
  }
  const sentAt = deps.now();
  await markOutboxMessageSent(tx, message.id, sentAt);
  await insertAuditEvents(tx, [
    auditEvent(MAIL_SENDER, "message.sent", entity, scope, {
      before: { status: "queued" },
      after: { status: "sent", sentAt: sentAt.toISOString(), to: message.toAddresses, cc: message.ccAddresses, messageId: message.messageId },
    }),
  ]);
  return "sent";
}

/**
 * The sender `waymark serve` runs on its interval: a run that outlasts the interval is not overlapped within the
 * process, and `stop` waits for the run under way.
 */
export function mailSender(deps: Pick<Deps, "db" | "now">, mail: MailSending, onError: (error: unknown) => void) {
  let running: Promise<void> | undefined;
  const send = (): Promise<void> => {
    running ??= sendDueMail(deps, mail)
      .then(() => undefined, onError)
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const stop = async (): Promise<void> => {
    await running;
    mail.transport.close();
  };
  return { send, stop };
}
