/**
 * Duplicate-tenant candidates at scale: `npx tsx bench/duplicate-tenants.ts [--tenants N] [--planted K]
 * [--threshold S] [--only embedded|external] [--misses]`
 * (defaults 20,000 tenants, 200 planted, the likely-duplicate score, both databases one after the other).
 *
 * Seeds N tenants, then gives every customer a name of its own: the seed draws names from 35 × 20 × 12 parts, so at
 * 20,000 customers dozens share "Apex Bank" and only a legal form tells them apart, which no name matching could
 * (or should) separate. Names are made-up words from shared syllables, so near-misses (Kovarin / Kovaris) occur as
 * in real portfolios. Then it plants K duplicates of random tenants under customers of their own (another TPID),
 * cycling through variants: legal form swapped, abbreviation, typo, case and punctuation; a fifth in another country.
 *
 * For each planted tenant and for K random other tenants it runs the candidate search (`findDuplicateCandidates`,
 * what GET /api/tenants/:id/duplicate-candidates runs, then the domain's scoring) and prints, at the score threshold:
 * - recall: planted tenants whose original is a candidate at or above it (per variant too);
 * - precision: candidates at or above it that are the planted pair or a tenant of the same customer (same TPID),
 *   also counted for name evidence only (same-TPID candidates left out);
 * - the search's p50/p99 against a baseline measured in the same run: reading one tenant by id.
 * `--misses` also lists, on stderr, the planted duplicates missed and the wrong candidates, with the evidence.
 * Prints figures, never asserts.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { connect, findDuplicateCandidates, findTenant } from "@waymark/db";
import { LIKELY_DUPLICATE_SCORE, rankDuplicateCandidates } from "@waymark/domain";
import type pg from "pg";
import { databaseKindOf, wholeNumber, withSeededDatabase } from "./standalone.ts";
import { fmtMs, progress, round, summarize } from "./stats.ts";

const TODAY = "2026-11-23";
const SYLLABLES = ["ka", "lo", "ver", "min", "tas", "ro", "ben", "dal", "quin", "sor", "fel", "mar", "tor", "vi", "nex", "pal", "zen", "cor", "lum", "gra", "hol", "bri", "sta", "wen", "ar", "el", "dor", "fin", "gal", "jor", "kel", "mo", "nor", "pi", "ras", "sel", "tu", "val", "wil", "yor"];
const SECTORS = ["Logistics", "Health", "Energy", "Foods", "Insurance", "Retail", "Pharma", "Telecom", "Motors", "Media", "Capital", "Engineering", "Mining", "Textiles", "Bank", "Airlines"];
const LEGAL_FORMS = ["Ltd", "Limited", "Inc.", "GmbH", "AG", "S.A.", "plc", "Corp.", "B.V.", "Pty Ltd", "K.K.", "LLC"];
const VARIANTS = ["legal form swapped", "abbreviation", "typo", "case and punctuation"] as const;
type Variant = (typeof VARIANTS)[number];

/**
 * A made-up company name, distinct for every index below 64,000: a 3-syllable word (the index scrambled, so
 * neighbours do not share syllables), a sector in half of them (hashed apart from the word), a legal form.
 */
function companyName(index: number): string {
  const n = SYLLABLES.length;
  const j = (index * 40_503) % n ** 3;
  const word = [j % n, Math.floor(j / n) % n, Math.floor(j / n / n) % n].map((i) => SYLLABLES[i]).join("");
  const hash = Math.imul(index + 1, 2_654_435_761) >>> 0;
  const sector = hash % 2 === 0 ? ` ${SECTORS[(hash >>> 8) % SECTORS.length]}` : "";
  const suffix = index >= n ** 3 ? ` ${index}` : "";
  return `${word[0]?.toUpperCase()}${word.slice(1)}${sector}${suffix} ${LEGAL_FORMS[(hash >>> 16) % LEGAL_FORMS.length]}`;
}

/** The planted duplicate's name for `original` in the given variant (deterministic in `i`). */
function variantName(original: string, variant: Variant, i: number): string {
  const parts = original.split(" ");
  const form = [...LEGAL_FORMS].sort((a, b) => b.length - a.length).find((f) => original.endsWith(` ${f}`)) ?? "";
  const core = form ? original.slice(0, -form.length - 1) : original;
  const first = parts[0] ?? original;
  switch (variant) {
    case "legal form swapped":
      return `${core} ${LEGAL_FORMS[(LEGAL_FORMS.indexOf(form) + 1 + (i % 3)) % LEGAL_FORMS.length]}`;
    case "abbreviation": {
      const consonants = [...first.slice(1).toUpperCase()].filter((ch) => !"AEIOU".includes(ch));
      const words = core.split(" ");
      return words.length > 2 || consonants.length < 2 ? words.map((w) => w[0]?.toUpperCase()).join("") : `${first[0]?.toUpperCase()}${consonants.slice(0, 3).join("")}`;
    }
    case "typo": {
      const at = 1 + (i % Math.max(1, first.length - 2));
      const typo = i % 2 === 0 ? first.slice(0, at) + first.slice(at + 1) : first.slice(0, at) + first[at] + first.slice(at);
      return [typo, ...parts.slice(1)].join(" ");
    }
    case "case and punctuation":
      return `${core.toUpperCase().replace(" ", ", ")} ${form.replace(/\./g, "")}`.trim();
  }
}

export async function renameEveryCustomer(pool: pg.Pool) {
  const customers = (await pool.query<{ id: string; name: string }>("SELECT id, name FROM customers ORDER BY tpid")).rows;
  const names = customers.map((_, i) => companyName(i));
  await pool.query(
    `WITH renamed AS (SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) AS r(id, old_name, new_name))
     UPDATE tenants t SET name = r.new_name || substr(t.name, char_length(r.old_name) + 1) FROM renamed r WHERE t.customer_id = r.id`,
    [customers.map((c) => c.id), customers.map((c) => c.name), names],
  );
  await pool.query("UPDATE customers c SET name = r.new_name FROM unnest($1::uuid[], $2::text[]) AS r(id, new_name) WHERE c.id = r.id", [customers.map((c) => c.id), names]);
}

type Planted = { id: string; originalId: string; originalCustomerId: string; variant: Variant };

export async function plantDuplicates(pool: pg.Pool, count: number): Promise<Planted[]> {
  const originals = (
    await pool.query<{ id: string; name: string; customer_id: string; region: string }>(
      `SELECT t.id, t.name, t.customer_id, t.region FROM tenants t JOIN customers c ON c.winner_tenant_id = t.id
       ORDER BY hashtext(t.id::text || 'planted'), t.id LIMIT $1`,
      [count],
    )
  ).rows;
  const planted: Planted[] = [];
  for (const [i, original] of originals.entries()) {
    const variant = VARIANTS[i % VARIANTS.length] as Variant;
    const name = variantName(original.name, variant, i);
    const customer = (await pool.query<{ id: string }>("INSERT INTO customers (tpid, name, region) VALUES ($1, $2, $3) RETURNING id", [900_000_000 + i, name, original.region])).rows[0];
    const otherCountry = i % 5 === 4;
    const tenant = (
      await pool.query<{ id: string }>(
        `INSERT INTO tenants (tenant_guid, customer_id, name, priority, segment, seats, country, time_zone, region)
         SELECT gen_random_uuid(), $2, $3, priority, segment, seats, CASE WHEN $4 THEN 'ZZ' ELSE country END, time_zone, region FROM tenants WHERE id = $1
         RETURNING id`,
        [original.id, customer?.id, name, otherCountry],
      )
    ).rows[0];
    planted.push({ id: tenant?.id ?? "", originalId: original.id, originalCustomerId: original.customer_id, variant });
  }
  return planted;
}

type Tally = { truePositives: number; falsePositives: number; nameTrue: number; nameFalse: number };

export async function measureDuplicates(url: string, options: { planted: number; threshold: number; label: string }) {
  const missed: string[] = [];
  const wrong: string[] = [];
  const handle = connect(url, { applicationName: "waymark-bench-duplicates" });
  const { db, pool } = handle;
  try {
    await renameEveryCustomer(pool);
    const planted = await plantDuplicates(pool, options.planted);
    await pool.query("VACUUM (ANALYZE) tenants, customers");
    const tenants = Number((await pool.query<{ n: string }>("SELECT count(*) AS n FROM tenants")).rows[0]?.n ?? 0);
    progress(`${options.label}: ${tenants.toLocaleString("en")} tenants with names of their own, ${planted.length} duplicates planted`);
    const plantedIds = new Set([...planted.map((p) => p.id), ...planted.map((p) => p.originalId)]);
    const others = (await pool.query<{ id: string }>("SELECT id FROM tenants ORDER BY hashtext(id::text || 'random'), id LIMIT $1", [options.planted * 2])).rows
      .map((r) => r.id)
      .filter((id) => !plantedIds.has(id))
      .slice(0, options.planted);
    const tally: Tally = { truePositives: 0, falsePositives: 0, nameTrue: 0, nameFalse: 0 };
    const found = new Map<Variant, { hit: number; listed: number; of: number }>(VARIANTS.map((v) => [v, { hit: 0, listed: 0, of: 0 }]));
    const search: number[] = [];
    const baseline: number[] = [];
    const all = { kind: "all" as const };
    const queries = [...planted.map((p) => ({ id: p.id, planted: p })), ...others.map((id) => ({ id, planted: null }))];
    for (const query of queries) {
      let started = performance.now();
      const subject = await findTenant(db, query.id, all);
      baseline.push(performance.now() - started);
      if (!subject) throw new Error(`tenant ${query.id} vanished`);
      started = performance.now();
      const rows = await findDuplicateCandidates(db, subject, all);
      const ranked = rankDuplicateCandidates(
        { names: [subject.name, subject.customerName], tpid: subject.tpid, country: subject.country },
        rows.map((row) => ({ ...row, names: [row.name, row.customerName] })),
      );
      search.push(performance.now() - started);
      const trueCustomer = query.planted?.originalCustomerId;
      for (const candidate of ranked.filter((c) => c.score >= options.threshold)) {
        const sameCustomer = candidate.customerId === subject.customerId;
        const correct = sameCustomer || candidate.customerId === trueCustomer;
        if (correct) tally.truePositives++;
        else {
          tally.falsePositives++;
          wrong.push(`"${subject.name}" ~ "${candidate.name}" ${candidate.score}: ${candidate.evidence.join("; ")}`);
        }
        if (!sameCustomer) correct ? tally.nameTrue++ : tally.nameFalse++;
      }
      if (query.planted) {
        const entry = found.get(query.planted.variant) as { hit: number; listed: number; of: number };
        const original = ranked.find((c) => c.id === query.planted?.originalId);
        entry.of++;
        if (original) entry.listed++;
        if (original && original.score >= options.threshold) entry.hit++;
        else missed.push(`${query.planted.variant}: "${subject.name}" → ${original ? `"${original.name}" ${original.score}: ${original.evidence.join("; ")}` : "original not listed"}`);
      }
    }
    return { label: options.label, tenants, planted: planted.length, others: others.length, threshold: options.threshold, tally, found, search: summarize(search), baseline: summarize(baseline), missed, wrong };
  } finally {
    await handle.close();
  }
}

export function printDuplicates(r: Awaited<ReturnType<typeof measureDuplicates>>): void {
  const pct = (a: number, b: number) => (b === 0 ? "–" : `${round((100 * a) / b, 1)} %`);
  const hits = [...r.found.values()].reduce((sum, v) => sum + v.hit, 0);
  const rows: [string, string][] = [
    [`recall at score ≥ ${r.threshold}: planted whose original is a candidate (${r.planted})`, pct(hits, r.planted)],
    ...[...r.found.entries()].map(([variant, v]): [string, string] => [`  ${variant} (${v.of}): at threshold / listed at all`, `${pct(v.hit, v.of)} / ${pct(v.listed, v.of)}`]),
    [`precision at score ≥ ${r.threshold}, every candidate (${r.tally.truePositives + r.tally.falsePositives})`, pct(r.tally.truePositives, r.tally.truePositives + r.tally.falsePositives)],
    [`  on name evidence only, same-TPID candidates left out (${r.tally.nameTrue + r.tally.nameFalse})`, pct(r.tally.nameTrue, r.tally.nameTrue + r.tally.nameFalse)],
    [`candidate search + scoring, ms p50 / p99 (${r.search.n} tenants: ${r.planted} planted, ${r.others} others)`, `${fmtMs(r.search.p50)} / ${fmtMs(r.search.p99)}`],
    ["  baseline: one tenant by id (findTenant), ms p50 / p99", `${fmtMs(r.baseline.p50)} / ${fmtMs(r.baseline.p99)}`],
    ["  search ÷ baseline, p50 (p99)", `${round(r.search.p50 / r.baseline.p50, 1)}× (${round(r.search.p99 / r.baseline.p99, 1)}×)`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const out = (line = "") => process.stdout.write(`${line}\n`);
  out();
  out(`duplicate-tenant candidates (bench/duplicate-tenants.ts), ${r.label}, ${r.tenants.toLocaleString("en")} tenants`);
  for (const [label, value] of rows) out(`${label.padEnd(width)}  ${value}`);
}

/** The planted duplicates missed and the wrong candidates at the threshold, to see why (`--misses`, on stderr). */
export function printMisses(r: Awaited<ReturnType<typeof measureDuplicates>>): void {
  for (const line of r.missed) process.stderr.write(`missed ${line}\n`);
  for (const line of r.wrong) process.stderr.write(`wrong ${line}\n`);
}

async function main() {
  const { values: args } = parseArgs({
    options: { tenants: { type: "string", default: "20000" }, planted: { type: "string", default: "200" }, threshold: { type: "string", default: String(LIKELY_DUPLICATE_SCORE) }, only: { type: "string" }, misses: { type: "boolean", default: false } },
  });
  const tenants = wholeNumber("tenants", args.tenants);
  const planted = wholeNumber("planted", args.planted);
  const threshold = wholeNumber("threshold", args.threshold, 0);
  const kinds = args.only === undefined ? (["embedded", "external"] as const) : [databaseKindOf(args.only)];
  for (const kind of kinds) {
    try {
      await withSeededDatabase(kind, { tenants, today: TODAY }, async (url) => {
        const result = await measureDuplicates(url, { planted, threshold, label: kind });
        printDuplicates(result);
        if (args.misses) printMisses(result);
      });
    } catch (error) {
      // Without BENCH_DATABASE_URL or the PostgreSQL 15 binaries there is no external database: say so, measure the rest.
      if (kind !== "external" || args.only !== undefined || !(error instanceof Error) || !error.message.startsWith("external: ")) throw error;
      progress(`${error.message}: measured on the embedded database only`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
