import type { DueOutboxMessage } from "@waymark/db";

/** What is handed to the SMTP transport for one outbox message. */
export type OutgoingMail = {
  from: string;
  to: string[];
  cc: string[];
  replyTo?: string;
  subject: string;
  text: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /** An invitation: sent as the text/calendar alternative calendar clients act on, and as an .ics attachment. */
  icalEvent?: { method: string; filename: string; content: string };
  attachments?: { filename: string; contentType: string; content: string }[];
};

/** The e-mail of an outbox message: its addresses, subject and text, and the headers that thread it. */
export function composeMessage(message: DueOutboxMessage, from: string): OutgoingMail {
  return {
    from,
    to: message.toAddresses,
    cc: message.ccAddresses,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    subject: message.subject,
    text: message.body,
    ...(message.messageId ? { messageId: message.messageId } : {}),
    ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
    ...(message.references.length > 0 ? { references: message.references } : {}),
    ...attachmentsOf(message),
  };
}

function attachmentsOf(message: DueOutboxMessage): Pick<OutgoingMail, "icalEvent" | "attachments"> {
  const invitation = message.attachments.find((a) => a.contentType.startsWith("text/calendar") && a.method);
  const others = message.attachments.filter((a) => a !== invitation).map(({ filename, contentType, content }) => ({ filename, contentType, content }));
  return {
    ...(invitation?.method ? { icalEvent: { method: invitation.method, filename: invitation.filename, content: invitation.content } } : {}),
    ...(others.length > 0 ? { attachments: others } : {}),
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
