import { type EmailLanguage, type EmailTemplate } from "../catalogs/email-templates.ts";
import { type Facts, readFact } from "../engine/conditions.ts";
import { placeholders, render } from "../engine/templates.ts";

export type ComposedEmail = {
  language: EmailLanguage;
  subject: string;
  body: string;
  /** Facts the text needs that the tenant does not have yet, e.g. "partner.name": fill them before sending. */
  missing: string[];
};

/** "Exchange", "Exchange and Teams", "Exchange, Teams and SharePoint" (and the German "und"). */
export function listInWords(items: readonly string[], language: EmailLanguage): string {
  const and = language === "de" ? "und" : "and";
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** The template's text in the language, filled from the facts; a missing fact stays visible as [name] and is listed. */
export function composeEmail(template: EmailTemplate, language: EmailLanguage, facts: Facts): ComposedEmail {
  const text = template.text[language];
  const needed = [...new Set([...placeholders(text.subject), ...placeholders(text.body)])];
  const missing = needed.filter((path) => {
    const value = readFact(facts, path);
    return value === undefined || value === null || value === "";
  });
  const filled = missing.reduce<Facts>((acc, path) => withFact(acc, path, `[${path}]`), facts);
  return { language, subject: render(text.subject, filled), body: render(text.body, filled), missing };
}

function withFact(facts: Facts, path: string, value: string): Facts {
  const [head, ...rest] = path.split(".");
  if (!head) return facts;
  const inner = (facts[head] ?? {}) as Facts;
  return { ...facts, [head]: rest.length === 0 ? value : withFact(typeof inner === "object" ? inner : {}, rest.join("."), value) };
}
