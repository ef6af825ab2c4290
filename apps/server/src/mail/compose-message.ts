import type { DueOutboxMessage } from "@waymark/db";

/** What is handed to the SMTP transport for one outbox message. */
export type OutgoingMail = {
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
};

/** The e-mail of an outbox message: its addresses, subject and text, and the headers that thread it. */
export function composeMessage(message: DueOutboxMessage, from: string): OutgoingMail {
  return {
    from,
    to: message.toAddresses,
    cc: message.ccAddresses,
    subject: message.subject,
    text: message.body,
    ...(message.messageId ? { messageId: message.messageId } : {}),
    ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
    ...(message.references.length > 0 ? { references: message.references } : {}),
  };
}

const MAX_ERROR_LENGTH = 500;

/**
 * Why sending failed, as stored on the message and shown on the tenant: the server's answer, with any secret the
 * error might echo (the SMTP password) removed.
 */
export function sendErrorText(error: unknown, secrets: string[]): string {
  let text = error instanceof Error ? error.message : String(error);
  for (const secret of secrets) if (secret) text = text.split(secret).join("***");
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
