// Duplicate-tenant candidates (seed 003, Initial Customer Engagement: "search for the Primary TPID and the company
// name ... other variations of the name (Boolean search) and abbreviations"). Deterministic signals with fixed
// weights, each explained in words; no learning.

/** Legal-form words dropped from the end of a company name (written without dots: "S.p.A." is "spa"). */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp", "plc", "gmbh",
  "ag", "kg", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "pty", "kk", "oy", "oyj", "ab", "pte", "ltda",
]);
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
  /** One letter added, dropped, changed or swapped in a name of 6 letters or more: a typo. */
  oneEditApart: 45,
  /** Times the similarity (0.35–1): a name with a typo scores 40–55. */
  trigram: 60,
  /** Only on top of a name or TPID signal: a country alone says nothing. */
  sameCountry: 10,
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

export type AbbreviationMatch = { token: string; how: "initials" | "letters in order" };

/** True when `letters` appear in `word` in order, the first being the word's first letter. */
function inOrderFrom(letters: string, word: string): boolean {
  if (letters[0] !== word[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
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
    if (head.length === 1 && head === first[0] && initials > 0) return { token, how: "initials" };
    if (head.length >= 2 && token.length >= 3 && first.length >= head.length + 2 && inOrderFrom(head, first)) return { token, how: "letters in order" };
  }
  return null;
}

/** One letter added, dropped, changed or swapped between two names of 6 letters or more. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 6) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** The trigrams PostgreSQL's pg_trgm takes of a text: per word, padded with two spaces before and one after. */
function trigramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text.split(/[^a-z0-9]+/).filter((w) => w.length > 0)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** pg_trgm's similarity(): shared trigrams over all trigrams of the two texts, 0–1. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigramsOf(a.toLowerCase());
  const right = trigramsOf(b.toLowerCase());
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

/** One side of a pair: the tenant's name and its customer's, the customer's TPID, the tenant's country. */
export type DuplicateParty = { names: readonly string[]; tpid: number | null; country: string | null };

export type DuplicateScore = { score: number; likely: boolean; evidence: string[] };

type NameSignal = { points: number; evidence: string; abbreviation?: string };
/** How many organisations (TPIDs) among the candidates each abbreviation fits. */
type AbbreviationFits = ReadonlyMap<string, number>;

function abbreviationSignal(a: string, b: string, wordsA: string[], wordsB: string[], fits: AbbreviationFits): NameSignal | null {
  for (const [short, words, long] of [[a, wordsB, b], [b, wordsA, a]] as const) {
    for (const token of abbreviationTokensOf(short)) {
      const match = abbreviationOf(token, words);
      if (!match) continue;
      const evidence = `"${short}" abbreviates "${long}" (${match.how}: ${token.toUpperCase()})`;
      const fitting = fits.get(token) ?? 1;
      if (fitting > AMBIGUOUS_ABBREVIATION) {
        return { points: DUPLICATE_WEIGHTS.ambiguousAbbreviation, evidence: `${evidence}, but it fits ${fitting} of the organisations found`, abbreviation: token };
      }
      const points = token.length >= 3 ? DUPLICATE_WEIGHTS.abbreviation : DUPLICATE_WEIGHTS.twoLetterAbbreviation;
      return { points, evidence, abbreviation: token };
    }
  }
  return null;
}

function nameSignal(a: string, b: string, fits: AbbreviationFits): NameSignal | null {
  const wordsA = companyNameWords(a);
  const wordsB = companyNameWords(b);
  const keyA = wordsA.join(" ");
  const keyB = wordsB.join(" ");
  if (keyA.length === 0 || keyB.length === 0) return null;
  if (keyA === keyB) return { points: DUPLICATE_WEIGHTS.sameNormalizedName, evidence: `same name once normalised: "${a}" and "${b}" are both "${keyA}"` };
  const abbreviation = abbreviationSignal(a, b, wordsA, wordsB, fits);
  if (abbreviation) return abbreviation;
  const similarity = trigramSimilarity(keyA, keyB);
  const trigram: NameSignal | null =
    similarity < MIN_TRIGRAM_SIMILARITY
      ? null
      : { points: Math.round(DUPLICATE_WEIGHTS.trigram * similarity), evidence: `similar names: "${a}" and "${b}" (trigram similarity ${similarity.toFixed(2)} once normalised)` };
  if (oneEditApart(keyA, keyB) && (!trigram || trigram.points < DUPLICATE_WEIGHTS.oneEditApart)) {
    return { points: DUPLICATE_WEIGHTS.oneEditApart, evidence: `names one letter apart: "${a}" and "${b}" (a typo?)` };
  }
  return trigram;
}

/** The strongest name signal between any name of one party and any of the other. */
function bestNameSignal(subject: DuplicateParty, candidate: DuplicateParty, fits: AbbreviationFits): NameSignal | null {
  let best: NameSignal | null = null;
  for (const a of new Set(subject.names)) {
    for (const b of new Set(candidate.names)) {
      const signal = nameSignal(a, b, fits);
      if (signal && (!best || signal.points > best.points)) best = signal;
    }
  }
  return best;
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
  if (subject.country && subject.country === candidate.country) {
    score += DUPLICATE_WEIGHTS.sameCountry;
    evidence.push(`same country (${subject.country})`);
  }
  score = Math.min(100, score);
  return { score, likely: score >= LIKELY_DUPLICATE_SCORE, evidence };
}

/**
 * Candidates scored and sorted, best first (ties by name), those with no signal left out. An abbreviation that fits
 * several of the organisations found (BNVR: Benvaldor, Benrasver, …) counts for less on each.
 */
export function rankDuplicateCandidates<T extends DuplicateParty & { id: string }>(subject: DuplicateParty, candidates: readonly T[]): (T & DuplicateScore)[] {
  const organisations = new Map<string, Set<string>>();
  for (const candidate of candidates) {
    const token = bestNameSignal(subject, candidate, new Map())?.abbreviation;
    if (token) organisations.set(token, (organisations.get(token) ?? new Set()).add(String(candidate.tpid ?? candidate.id)));
  }
  const fits = new Map([...organisations].map(([token, found]) => [token, found.size]));
  return candidates
    .map((candidate) => ({ ...candidate, ...scoreDuplicate(subject, candidate, fits) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || (a.names[0] ?? "").localeCompare(b.names[0] ?? "") || a.id.localeCompare(b.id));
}
