/**
 * What a form keeps in sessionStorage while it is being typed in, so a reload loses nothing. Per tab (sessionStorage),
 * per signed-in user (the key names the user), and versioned: a draft written by an older form (another version or
 * another shape) is dropped instead of being poured into fields that no longer match.
 */

/** Bumped when the stored envelope itself changes. */
const FORMAT = 1;
const PREFIX = "waymark.draft";

export type DraftEnvelope<T> = { format: number; version: number; savedAt: string; value: T };

/** "waymark.draft:<user>:<form key>": one user's drafts are never read for another user signed in in the same tab. */
export function draftStorageKey(userId: string, key: string): string {
  return `${PREFIX}:${userId}:${key}`;
}

export function serializeDraft<T>(value: T, version: number, now: Date = new Date()): string {
  const envelope: DraftEnvelope<T> = { format: FORMAT, version, savedAt: now.toISOString(), value };
  return JSON.stringify(envelope);
}

/**
 * The stored value when it was written in this format and `version` and has the shape of `template` (the form's empty
 * value); null for anything else: nothing stored, unreadable JSON, another version, fields added or removed.
 */
export function parseDraft<T>(text: string | null, version: number, template: T): T | null {
  if (text === null) return null;
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(envelope) || envelope.format !== FORMAT || envelope.version !== version || !("value" in envelope)) return null;
  return sameShape(envelope.value, template) ? (envelope.value as T) : null;
}

/** Same keys, same primitive types; a null template field takes anything, an object field may be null (an optional pick such as a partner). */
export function sameShape(value: unknown, template: unknown): boolean {
  if (template === null) return true;
  if (value === null) return typeof template === "object";
  if (Array.isArray(template)) return Array.isArray(value);
  if (isRecord(template)) {
    if (!isRecord(value) || Object.keys(value).some((key) => !(key in template))) return false;
    // An undefined field (a choice not made yet) is left out by JSON, so it may be missing from the stored value.
    return Object.entries(template).every(([key, field]) => field === undefined || (key in value && sameShape(value[key], field)));
  }
  return typeof value === typeof template;
}

/** Two form values are the same draft when they serialise the same (forms hold plain JSON values). */
export function sameDraft(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An opener's label, marked when its form keeps something typed in this tab: "Record consent… (draft)". */
export function draftMarked(label: string, hasDraft: boolean): string {
  return hasDraft ? `${label} (draft)` : label;
}
