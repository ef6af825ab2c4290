import { simpleParser } from "mailparser";

/** An answer as read from an uploaded e-mail (.eml): who, what, and the Message-IDs it refers to. */
export type InboundMail = {
  messageId: string | null;
  from: string | null;
  subject: string | null;
  receivedAt: Date | null;
  text: string;
  /** Message-IDs the answer refers to (In-Reply-To, References), its own headers' first, then a forwarded one's. */
  referencedIds: string[];
  /** Whether the ids came from the e-mail's own headers or only from an e-mail forwarded inside it. */
  idsFrom: "headers" | "forwarded_headers" | null;
  /** The answer inside a forward (attached, or quoted inline): its sender, subject and Message-ID when they show. */
  forwarded: { from: string | null; subject: string | null; messageId: string | null } | null;
};

const ID = /<[^<>\s]+>/g;
const FORWARD_SUBJECT = /^\s*(fwd?|wg|tr|rv|i)\s*:/i;

/**
 * Reads an e-mail: the answer itself (a reply saved as .eml) or a forward of it (attached as message/rfc822 or
 * quoted inline). A forward's attached message keeps its headers in the source, so its In-Reply-To and References are
 * read from there; an inline forward keeps only From and Subject, which the caller matches on instead.
 */
export async function readInboundMail(source: Buffer): Promise<InboundMail | null> {
  const mail = await simpleParser(source, { skipHtmlToText: false, skipTextLinks: true, skipImageLinks: true });
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? null;
  if (!from && !mail.subject && !mail.messageId) return null;
  const own = [mail.inReplyTo, ...(Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : [])].flatMap((v) => (v ? (v.match(ID) ?? []) : []));
  const nested = await nestedHeaders(source, mail.attachments);
  const isForward = nested.found || FORWARD_SUBJECT.test(mail.subject ?? "");
  const inline = isForward ? quotedHeaders(mail.text ?? "") : null;
  const referencedIds = unique([...own, ...nested.referencedIds]);
  return {
    messageId: mail.messageId ?? null,
    from,
    subject: mail.subject ?? null,
    receivedAt: mail.date ?? null,
    text: (mail.text ?? "").trim(),
    referencedIds,
    idsFrom: own.length > 0 ? "headers" : nested.referencedIds.length > 0 ? "forwarded_headers" : null,
    forwarded: isForward
      ? { from: nested.from ?? inline?.from ?? null, subject: nested.subject ?? inline?.subject ?? null, messageId: nested.messageId }
      : null,
  };
}

/**
 * The headers of e-mails forwarded inside this one: an attached .eml that came through encoded is parsed again; a
 * message/rfc822 part in plain text is read straight from the source (the parser folds it into the text).
 */
async function nestedHeaders(source: Buffer, attachments: { contentType: string; filename?: string | undefined; content: Buffer }[]) {
  for (const attachment of attachments) {
    if (attachment.contentType === "message/rfc822" || attachment.filename?.toLowerCase().endsWith(".eml")) {
      const inner = await readInboundMail(attachment.content);
      if (inner) {
        return { found: true, referencedIds: inner.referencedIds, from: inner.from, subject: inner.subject, messageId: inner.messageId };
      }
    }
  }
  const raw = source.toString("utf8").replace(/\r?\n[ \t]+/g, " ");
  const part = raw.search(/^content-type:\s*message\/rfc822/im);
  if (part < 0) return { found: false, referencedIds: [] as string[], from: null, subject: null, messageId: null };
  const inner = raw.slice(part);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, "im").exec(inner)?.[1]?.trim() ?? null;
  const referencedIds = [...inner.matchAll(/^(?:in-reply-to|references):\s*(.+)$/gim)].flatMap((m) => m[1]?.match(ID) ?? []);
  return {
    found: true,
    referencedIds,
    from: header("from")?.match(/[^<\s]+@[^>\s]+/)?.[0]?.toLowerCase() ?? null,
    subject: header("subject"),
    messageId: header("message-id")?.match(ID)?.[0] ?? null,
  };
}

/** "From: Ana <ana@contoso.example>" and "Subject: ..." as a mail client quotes them in an inline forward. */
function quotedHeaders(text: string): { from: string | null; subject: string | null } {
  const from = /^\s*(?:from|von|de|da|van)\s*:\s*(.+)$/im.exec(text)?.[1];
  const subject = /^\s*(?:subject|betreff|objet|asunto|oggetto|onderwerp)\s*:\s*(.+)$/im.exec(text)?.[1];
  return { from: from?.match(/[^<\s"]+@[^>\s"]+/)?.[0]?.toLowerCase() ?? null, subject: subject?.trim() ?? null };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
