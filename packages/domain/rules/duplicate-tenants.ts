// Duplicate-tenant candidates (seed 003, Initial Customer Engagement: "search for the Primary TPID and the company
// name ... other variations of the name (Boolean search) and abbreviations"). Deterministic signals with fixed
// weights, each explained in words; no learning.
import { changedLetter, oneEditApart, slipOf, trigramSimilarity } from "./name-similarity.ts";

/** Legal-form words dropped from the end of a company name (written without dots: "S.p.A." is "spa"). */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp", "plc", "gmbh",
  "ag", "kg", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "pty", "kk", "oy", "oyj", "ab", "pte", "ltda",
]);
/** Legal forms written differently that are the same form ("Ltd" and "Limited"). */
const LEGAL_FORM_SYNONYMS: Readonly<Record<string, string>> = { limited: "ltd", incorporated: "inc", corporation: "corp", company: "co" };
/** All-caps words in names that name a region or a country, not the organisation ("Contoso EMEA"). */
const PLACE_TOKENS: ReadonlySet<string> = new Set(["emea", "apac", "apj", "amer", "latam", "na", "us", "usa", "uk", "eu", "uae"]);
/** Words an abbreviation's initials skip: "Bank of Contoso" is BC as often as BOC. */
const LINKING_WORDS: ReadonlySet<string> = new Set(["and", "of", "the", "for"]);

/** Score at or above which a candidate is a likely duplicate (what the reader should compare and confirm). */
export const LIKELY_DUPLICATE_SCORE = 50;
/** An abbreviation fitting more organisations than this among the candidates counts as ambiguous. */
export const AMBIGUOUS_ABBREVIATION = 2;
/** Below this trigram similarity of the normalised names, name likeness is noise and counts nothing. */
export const MIN_TRIGRAM_SIMILARITY = 0.35;

/** Points per signal; the total is capped at 100. */
export const DUPLICATE_WEIGHTS = {
  sameTpid: 60,
  sameNormalizedName: 50,
  abbreviation: 45,
  /** Two letters (HP, AB) abbreviate too many names to count as much. */
  twoLetterAbbreviation: 30,
  /** An abbreviation that fits more than AMBIGUOUS_ABBREVIATION of the organisations found says little about any one. */
  ambiguousAbbreviation: 25,
  /** One letter added, dropped, swapped or changed for a neighbouring key or a letter alike in sound, in a name of 6 letters or more: a typo. */
  oneEditApart: 45,
  /** One letter changed for one neither next to it on the keyboard nor alike in sound (Lumkelnor, Lumkeldor): as likely another name as a typo. */
  oneLetterChanged: 35,
  /** Times the similarity (0.35–1): a name with a typo scores 40–55. */
  trigram: 60,
  /** Only on top of a name or TPID signal: a country alone says nothing. */
  sameCountry: 10,
  /** Only on top of a name signal, like the country: "Sumit Foods GmbH" and "Summit Foods GmbH" agree on more than the name. */
  sameLegalForm: 5,
} as const;

/** The words of a company name without case, accents, punctuation, a leading "the" or trailing legal forms; "&" is "and". */
export function companyNameWords(name: string): string[] {
  const plain = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replaceAll("&", " and ")
    .replace(/[.'’]/g, "")
    .replace(/[^a-z0-9]+/g, " ");
  const words = plain.split(" ").filter((word) => word.length > 0);
  if (words[0] === "the" && words.length > 1) words.shift();
  while (words.length > 1 && (LEGAL_SUFFIXES.has(words.at(-1) ?? "") || words.at(-1) === "and")) words.pop();
  return words;
}

/** The legal form ending a company name, the same for "Ltd" and "Limited" ("pty ltd", "sa"); null when it has none. */
export function legalFormOf(name: string): string | null {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  const form: string[] = [];
  while (words.length > 1 && LEGAL_SUFFIXES.has(words.at(-1) ?? "")) form.unshift(words.pop() ?? "");
  return form.length === 0 ? null : form.map((word) => LEGAL_FORM_SYNONYMS[word] ?? word).join(" ");
}

/** "Contoso Ltd", "CONTOSO LIMITED" and "Contoso, Inc." all give "contoso". */
export function normalizeCompanyName(name: string): string {
  return companyNameWords(name).join(" ");
}

/** Short all-caps tokens that may abbreviate a name: the whole name when it is one short word, and tokens like "CTSO" in "CTSO Germany". */
export function abbreviationTokensOf(name: string): string[] {
  const words = companyNameWords(name);
  const tokens = new Set<string>();
  if (words.length === 1 && /^[a-z]{2,6}$/.test(words[0] ?? "")) tokens.add(words[0] ?? "");
  for (const raw of name.replace(/\./g, "").split(/[^\p{L}\p{N}]+/u)) {
    const token = raw.toLowerCase();
    if (/^[A-Z]{2,6}$/.test(raw) && !LEGAL_SUFFIXES.has(token) && !PLACE_TOKENS.has(token)) tokens.add(token);
  }
  return [...tokens];
}

/** `skipped`: consonants of the first word passed over between the letters taken (CTSO skips Contoso's n: 1). */
export type AbbreviationMatch = { token: string; how: "initials" | "letters in order"; skipped: number };

/** The consonants `letters` skip in `word`, taken in order from its first letter (the earliest fit); null when they do not fit. */
function skippedInOrder(letters: string, word: string): number | null {
  if (letters[0] !== word[0]) return null;
  let at = 0;
  let skipped = 0;
  for (const letter of letters) {
    const found = word.indexOf(letter, at);
    if (found < 0) return null;
    skipped += [...word.slice(at, found)].filter((ch) => !"aeiou".includes(ch)).length;
    at = found + 1;
  }
  return skipped;
}

/**
 * Whether `token` abbreviates the words: letters of the first word in order from its first (CTSO, Contoso; MSFT,
 * Microsoft), then the initials of the next words (NWT, Northwind Traders; IBM, International Business Machines).
 */
export function abbreviationOf(token: string, words: readonly string[]): AbbreviationMatch | null {
  const [first, ...rest] = words.filter((word, i) => i === 0 || !LINKING_WORDS.has(word));
  if (!first || token.length < 2 || words.join("").length < token.length + 2) return null;
  for (let initials = Math.min(rest.length, token.length - 1); initials >= 0; initials--) {
    const head = token.slice(0, token.length - initials);
    const tail = token.slice(token.length - initials);
    if (tail !== rest.slice(0, initials).map((word) => word[0]).join("")) continue;
    if (head.length === 1 && head === first[0] && initials > 0) return { token, how: "initials", skipped: 0 };
    const skipped = head.length >= 2 && token.length >= 3 && first.length >= head.length + 2 ? skippedInOrder(head, first) : null;
    if (skipped !== null) return { token, how: "letters in order", skipped };
  }
  return null;
}

/** One side of a pair: the tenant's name and its customer's, the customer's TPID, the tenant's country. */
export type DuplicateParty = { names: readonly string[]; tpid: number | null; country: string | null };

export type DuplicateScore = { score: number; likely: boolean; evidence: string[] };

type NameSignal = { points: number; evidence: string; abbreviation?: AbbreviationMatch };
/** Per abbreviation, the organisations (TPIDs) among the candidates it fits: each one's fewest skipped consonants, and whether it is in the subject's country. */
type AbbreviationFits = ReadonlyMap<string, readonly { skipped: number; inCountry: boolean }[]>;
/** The fits, and whether the candidate scored is in the subject's country. */
type AbbreviationContext = { fits: AbbreviationFits; inCountry: boolean };

function abbreviationSignal(a: string, b: string, wordsA: string[], wordsB: string[], { fits, inCountry }: AbbreviationContext): NameSignal | null {
  for (const [short, words, long] of [[a, wordsB, b], [b, wordsA, a]] as const) {
    for (const token of abbreviationTokensOf(short)) {
      const match = abbreviationOf(token, words);
      if (!match) continue;
      const evidence = `"${short}" abbreviates "${long}" (${match.how}: ${token.toUpperCase()})`;
      // Only organisations it fits as closely count (BNVR fits Benverpi closer than Benrasver, which skips r and s), and
      // for a candidate in the subject's country only those there: an abbreviation is local shorthand.
      const rivals = (fits.get(token) ?? []).filter((fit) => fit.skipped <= match.skipped && (fit.inCountry || !inCountry));
      const fitting = Math.max(1, rivals.length);
      if (fitting > AMBIGUOUS_ABBREVIATION) {
        const where = inCountry ? " in the same country" : "";
        return { points: DUPLICATE_WEIGHTS.ambiguousAbbreviation, evidence: `${evidence}, but it fits ${fitting} of the organisations found${where} as closely`, abbreviation: match };
      }
      const points = token.length >= 3 ? DUPLICATE_WEIGHTS.abbreviation : DUPLICATE_WEIGHTS.twoLetterAbbreviation;
      return { points, evidence, abbreviation: match };
    }
  }
  return null;
}

/**
 * The two names without the words they both end with, when each keeps a word: "Valkelgal Bank" and "Valselgal Bank"
 * are as alike as Valkelgal and Valselgal, not made closer by the bank.
 */
function withoutSharedEnding(a: readonly string[], b: readonly string[]): [string, string] {
  let shared = 0;
  while (shared < a.length - 1 && shared < b.length - 1 && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  return [a.slice(0, a.length - shared).join(" "), b.slice(0, b.length - shared).join(" ")];
}

function nameSignal(a: string, b: string, context: AbbreviationContext): NameSignal | null {
  const wordsA = companyNameWords(a);
  const wordsB = companyNameWords(b);
  const keyA = wordsA.join(" ");
  const keyB = wordsB.join(" ");
  if (keyA.length === 0 || keyB.length === 0) return null;
  if (keyA === keyB) return { points: DUPLICATE_WEIGHTS.sameNormalizedName, evidence: `same name once normalised: "${a}" and "${b}" are both "${keyA}"` };
  const abbreviation = abbreviationSignal(a, b, wordsA, wordsB, context);
  if (abbreviation) return abbreviation;
  const similarity = trigramSimilarity(...withoutSharedEnding(wordsA, wordsB));
  const trigram: NameSignal | null =
    similarity < MIN_TRIGRAM_SIMILARITY
      ? null
      : { points: Math.round(DUPLICATE_WEIGHTS.trigram * similarity), evidence: `similar names: "${a}" and "${b}" (trigram similarity ${similarity.toFixed(2)} once normalised)` };
  if (oneEditApart(keyA, keyB)) {
    const changed = changedLetter(keyA, keyB);
    const typo: NameSignal =
      changed && !slipOf(...changed)
        ? { points: DUPLICATE_WEIGHTS.oneLetterChanged, evidence: `names one letter apart: "${a}" and "${b}" ("${changed[0]}" for "${changed[1]}" is neither a neighbouring key nor alike in sound)` }
        : { points: DUPLICATE_WEIGHTS.oneEditApart, evidence: `names one letter apart: "${a}" and "${b}" (a typo?)` };
    if (!trigram || trigram.points < typo.points) return typo;
  }
  return trigram;
}

/** The strongest name signal between any name of one party and any of the other. */
function bestNameSignal(subject: DuplicateParty, candidate: DuplicateParty, fits: AbbreviationFits): NameSignal | null {
  const context = { fits, inCountry: sameCountry(subject, candidate) };
  let best: NameSignal | null = null;
  for (const a of new Set(subject.names)) {
    for (const b of new Set(candidate.names)) {
      const signal = nameSignal(a, b, context);
      if (signal && (!best || signal.points > best.points)) best = signal;
    }
  }
  return best;
}

const sameCountry = (a: DuplicateParty, b: DuplicateParty) => a.country !== null && a.country === b.country;

function sharedLegalForm(a: readonly string[], b: readonly string[]): string | null {
  const forms = new Set(b.map(legalFormOf));
  return a.map(legalFormOf).find((form) => form !== null && forms.has(form)) ?? null;
}

/** How likely `candidate` is the same organisation as `subject`: 0–100 with the evidence; 0 when nothing links them. */
export function scoreDuplicate(subject: DuplicateParty, candidate: DuplicateParty, fits: AbbreviationFits = new Map()): DuplicateScore {
  const evidence: string[] = [];
  let score = 0;
  if (subject.tpid !== null && subject.tpid === candidate.tpid) {
    score += DUPLICATE_WEIGHTS.sameTpid;
    evidence.push(`same TPID ${subject.tpid} (the same customer)`);
  }
  const name = bestNameSignal(subject, candidate, fits);
  if (name) {
    score += name.points;
    evidence.push(name.evidence);
  }
  if (score === 0) return { score: 0, likely: false, evidence: [] };
  if (sameCountry(subject, candidate)) {
    score += DUPLICATE_WEIGHTS.sameCountry;
    evidence.push(`same country (${subject.country})`);
  }
  const form = name ? sharedLegalForm(subject.names, candidate.names) : null;
  if (form) {
    score += DUPLICATE_WEIGHTS.sameLegalForm;
    evidence.push(`same legal form (${form})`);
  }
  score = Math.min(100, score);
  return { score, likely: score >= LIKELY_DUPLICATE_SCORE, evidence };
}

/**
 * Candidates scored and sorted, best first (ties by name), those with no signal left out. An abbreviation that fits
 * several of the organisations found as closely (BNVR: Benvaldor, Benrasver, …; in the subject's country, for a
 * candidate there) counts for less on each.
 */
export function rankDuplicateCandidates<T extends DuplicateParty & { id: string }>(subject: DuplicateParty, candidates: readonly T[]): (T & DuplicateScore)[] {
  const organisations = new Map<string, Map<string, { skipped: number; inCountry: boolean }>>();
  for (const candidate of candidates) {
    const match = bestNameSignal(subject, candidate, new Map())?.abbreviation;
    if (!match) continue;
    const found = organisations.get(match.token) ?? new Map();
    const organisation = String(candidate.tpid ?? candidate.id);
    const before = found.get(organisation);
    const inCountry = sameCountry(subject, candidate);
    found.set(organisation, { skipped: Math.min(before?.skipped ?? match.skipped, match.skipped), inCountry: inCountry || (before?.inCountry ?? false) });
    organisations.set(match.token, found);
  }
  const fits: AbbreviationFits = new Map([...organisations].map(([token, found]) => [token, [...found.values()]]));
  return candidates
    .map((candidate) => ({ ...candidate, ...scoreDuplicate(subject, candidate, fits) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || (a.names[0] ?? "").localeCompare(b.names[0] ?? "") || a.id.localeCompare(b.id));
}
