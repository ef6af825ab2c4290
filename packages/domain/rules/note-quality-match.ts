// Text plumbing of the note-quality classifier: normalising a note and finding whole-word signals in it.
import type { Signal } from "./note-quality-signals.ts";

export type Hit = { readonly words: string; readonly index: number; readonly weight: number; readonly category: boolean };

const NEGATORS = /^(?:no|not|never|without|nor)$/;

/** Lower-case, straight quotes, contractions expanded, "on prem" → "on-premises", hashtags read as words. */
export function normalizeNote(body: string): string {
  return body
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\bcan't\b|\bcan not\b/g, "cannot")
    .replace(/\bwon't\b/g, "will not")
    .replace(/\b([a-z]+)n't\b/g, "$1 not")
    .replace(/\bon[- ]?prem(?:ise|ises)?\b/g, "on-premises")
    .replace(/#(?=[a-z])/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export const wholeWords = (source: string, flags = "g") => new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, flags);

/** Whether "no", "not", "never" or "without" is among the three words before `index`, within the same clause. */
export function isNegated(text: string, index: number): boolean {
  const clause = text.slice(0, index).split(/[.;:,!?]/).pop() ?? "";
  return clause.trim().split(/\s+/).slice(-3).some((word) => NEGATORS.test(word));
}

export type Matches = { hits: Hit[]; negated: Hit[] };

/** Every non-overlapping match of the signals; negated matches of negatable signals are returned apart. */
export function matchSignals(text: string, signals: readonly Signal[]): Matches {
  const found: (Hit & { negated: boolean })[] = [];
  for (const signal of signals) {
    for (const match of text.matchAll(wholeWords(signal.pattern))) {
      const index = match.index ?? 0;
      found.push({ words: match[0], index, weight: signal.weight, category: signal.category ?? false, negated: (signal.negatable ?? false) && isNegated(text, index) });
    }
  }
  // Longer (more specific) matches win over the shorter ones they contain.
  found.sort((a, b) => b.words.length - a.words.length || a.index - b.index);
  const kept: typeof found = [];
  for (const hit of found) {
    if (!kept.some((k) => hit.index < k.index + k.words.length && k.index < hit.index + hit.words.length)) kept.push(hit);
  }
  kept.sort((a, b) => a.index - b.index);
  const strip = ({ negated: _n, ...hit }: Hit & { negated: boolean }): Hit => hit;
  return { hits: kept.filter((h) => !h.negated).map(strip), negated: kept.filter((h) => h.negated).map(strip) };
}

export const scoreOf = (hits: readonly Hit[]) => hits.reduce((sum, hit) => sum + hit.weight, 0);

export const wordsOf = (hits: readonly Hit[]) => [...new Set(hits.map((h) => h.words))];

/** All matches of a plain pattern, as the words found. */
export const findWords = (text: string, source: string) => [...new Set([...text.matchAll(wholeWords(source))].map((m) => m[0]))];

export const countWords = (text: string) => (text.match(/[a-z0-9][a-z0-9'.,%/-]*/gi) ?? []).length;

export const countSentences = (text: string) => text.split(/[.!?]+(?=\s|$)/).filter((part) => /[a-z0-9]/i.test(part)).length;
