// How alike two company names are letter by letter: one edit apart, a slip of the keyboard or the ear, pg_trgm's
// trigram similarity. Used to score duplicate tenants.

/** One letter added, dropped, changed or swapped between two names of 6 letters or more. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 6) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

const KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/** Whether two letters sit next to each other on a QWERTY keyboard (in a row, or diagonally: d touches e, r, s, f, x, c). */
export function neighbouringKeys(a: string, b: string): boolean {
  const at = (ch: string) => KEYBOARD_ROWS.map((row, r) => [r, row.indexOf(ch)] as const).find(([, i]) => i >= 0);
  const [p, q] = [at(a), at(b)];
  if (!p || !q || a === b) return false;
  const [[rowA, colA], [rowB, colB]] = p[0] <= q[0] ? [p, q] : [q, p];
  if (rowA === rowB) return Math.abs(colA - colB) === 1;
  return rowB === rowA + 1 && (colB === colA || colB === colA - 1);
}

/** Letters written for one another by ear (Fabricam, Fabrikam; Analisys, Analysis). */
const SOUND_ALIKE: ReadonlySet<string> = new Set(["ck", "cs", "sz", "iy", "vw"]);

/** Whether one letter written for the other is a slip: a neighbouring key or a letter that sounds alike. */
export function slipOf(a: string, b: string): boolean {
  return neighbouringKeys(a, b) || SOUND_ALIKE.has([a, b].sort().join(""));
}

/** The two letters when `a` and `b` differ in exactly one letter changed (not added, dropped or swapped); else null. */
export function changedLetter(a: string, b: string): [string, string] | null {
  if (a.length !== b.length) return null;
  const at = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  const i = at[0];
  return at.length === 1 && i !== undefined ? [a[i] ?? "", b[i] ?? ""] : null;
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
