// How a playbook's outreach step becomes an e-mail, and how an answer finds its way back to the step.
import { type EmailLanguage, type EmailTemplate, EMAIL_TEMPLATES, isEmailLanguage } from "../catalogs/email-templates.ts";
import type { OutreachAudience } from "../engine/model.ts";

/**
 * The catalog template an outreach step names. Playbooks name templates as the seeds do ("Customer 1st Contact
 * Template"); the catalog's code ("customer_1st_contact") is accepted too.
 */
export function outreachTemplateFor(stepTemplate: string): EmailTemplate | undefined {
  const name = stepTemplate.trim().toLowerCase();
  return EMAIL_TEMPLATES.find((t) => t.code === name || t.label.toLowerCase() === name || `${t.label} template`.toLowerCase() === name);
}

/**
 * The language an e-mail goes out in: the one most of its recipients speak (their survey language) when Waymark has
 * the template in it, English otherwise. A tie goes to the first recipient's.
 */
export function emailLanguageFor(recipientLanguages: readonly (string | null)[]): EmailLanguage {
  const counts = new Map<EmailLanguage, number>();
  for (const raw of recipientLanguages) {
    const code = languageCodeOf(raw);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: EmailLanguage = "en";
  let most = 0;
  for (const [code, count] of counts) {
    if (count > most) [best, most] = [code, count];
  }
  return best;
}

/** "de", "de-DE", "DE" and "German" all name German; null when Waymark has no templates in the language. */
function languageCodeOf(raw: string | null): EmailLanguage | null {
  if (!raw) return null;
  const value = raw.trim();
  if (isEmailLanguage(value)) return value;
  const lower = value.toLowerCase();
  if (isEmailLanguage(lower)) return lower;
  const base = lower.split(/[-_]/)[0] ?? "";
  if (isEmailLanguage(base)) return base;
  const byName = LANGUAGE_NAMES[lower];
  return byName && isEmailLanguage(byName) ? byName : null;
}

const LANGUAGE_NAMES: Record<string, string> = {
  english: "en",
  german: "de",
  deutsch: "de",
  french: "fr",
  "français": "fr",
  spanish: "es",
  "español": "es",
  portuguese: "pt",
  "português": "pt",
  japanese: "ja",
  "日本語": "ja",
  italian: "it",
  italiano: "it",
  dutch: "nl",
  nederlands: "nl",
};

/**
 * The text of a reply-all: the new text above, the earlier message quoted below it, as a mail client would, so the
 * customer sees the whole thread even where headers are dropped.
 */
export function withQuotedOriginal(body: string, original: { sentAt: Date; from: string; subject: string; body: string }): string {
  const quoted = original.body
    .split("\n")
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");
  return `${body}\n\nOn ${original.sentAt.toUTCString()}, ${original.from} wrote:\n> Subject: ${original.subject}\n>\n${quoted}`;
}

/** The event an answer from an outreach step's audience records (Initial Customer Engagement, seed 003). */
export const OUTREACH_REPLY_EVENTS: Readonly<Record<OutreachAudience, string>> = {
  account_team: "gateway.account_team_responded",
  partner: "gateway.partner_responded",
  customer: "gateway.customer_responded",
};

/** "Re: Fwd: RE: AW: Subject" → "Subject", for matching an answer whose headers a forward dropped. */
export function baseSubject(subject: string): string {
  let value = subject.trim();
  for (;;) {
    const next = value.replace(/^(re|r|fw|fwd|aw|wg|tr|rv|sv|vs|antw)\s*(\[\d+\])?\s*:\s*/i, "");
    if (next === value) return value.replace(/\s+/g, " ").toLowerCase();
    value = next;
  }
}
