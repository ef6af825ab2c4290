import nodemailer from "nodemailer";
import type { OutgoingMail } from "./compose-message.ts";

/** Sends one e-mail; resolves once the SMTP server accepted it, rejects with the server's answer otherwise. */
export type MailTransport = { send: (mail: OutgoingMail) => Promise<void>; close: () => void };

/** A slow server must not hold a claimed message's row lock for long: give up on it and retry later. */
const TIMEOUT_MS = 30_000;

/**
 * An SMTP transport for an smtp:// or smtps:// URL (options such as `?ignoreTLS=true` may follow it). One connection
 * per message: the sender runs every few seconds and sends little, so no pool is kept open between runs.
 */
export function smtpTransport(url: string): MailTransport {
  // Settings in the URL's query win over these defaults.
  const transporter = nodemailer.createTransport({ url, connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: TIMEOUT_MS });
  return {
    send: async (mail) => {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}

/** The secrets a transport URL carries (its password), to keep out of stored errors and logs. */
export function secretsOf(url: string): string[] {
  try {
    const password = new URL(url).password;
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return [];
  }
}
