import { type Facts, readFact } from "./conditions.ts";

const PLACEHOLDER = /\{([a-zA-Z][\w.]*)\}/g;

/** Fills "{event.data.reason}"-style placeholders from the facts; a missing fact is an error, never an empty gap. */
export function render(template: string, facts: Facts): string {
  return template.replace(PLACEHOLDER, (_match, path: string) => {
    const value = readFact(facts, path);
    if (value === undefined || value === null || value === "") {
      throw new Error(`the text "${template}" needs ${path}, which is missing`);
    }
    return String(value);
  });
}

export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/** A text that is just one placeholder ("{event.data.l3}") is null when the fact was not recorded, for optional fields. */
export function renderIfRecorded(template: string, facts: Facts): string | null {
  const [only] = placeholders(template);
  if (only !== undefined && template === `{${only}}`) {
    const value = readFact(facts, only);
    if (value === undefined || value === null || value === "") return null;
  }
  return render(template, facts);
}
