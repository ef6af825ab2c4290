/**
 * The Notes Library search at scale: `npx tsx bench/notes-search.ts [--tenants N] [--notes M] [--only embedded|external]`
 * on its own, or `npm run bench -- --notes M` as part of the whole run.
 *
 * Writes M notes over the seeded tenants with set-based SQL. Their words follow a Zipf-like law over a 4,000-word
 * vocabulary (word k is drawn with probability ∝ 1/k), as words in real notes do, so the queries span every breadth:
 * a word in most notes, one in a third, one in a few percent, a rare one, a phrase, an exclusion, an OR. Then it times
 * `searchNotes` — the statement the API runs, with its facets — as an administrator (every tenant), as an FM
 * assigned to 50 tenants and as a partner user whose organisation holds 50, against a baseline measured in the same
 * run: reading one note by id. Prints figures, never asserts.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { connect, type DatabaseHandle, searchNotes } from "@waymark/db";
import type pg from "pg";
import type { DatabaseKind } from "./databases.ts";
import { databaseKindOf, wholeNumber, withSeededDatabase } from "./standalone.ts";
import { fmtMs, progress, round, summarize, timed } from "./stats.ts";

const TODAY = "2026-11-23";
const RUNS = 30;
const VOCABULARY = 4000;
/** The most frequent words, in rank order; the rest of the vocabulary is made-up words. */
const COMMON_WORDS = [
  "customer", "users", "tenant", "service", "migration", "teams", "plan", "onedrive", "sharepoint", "exchange",
  "pilot", "training", "governance", "adoption", "license", "security", "kickoff", "calling", "file", "shares",
  "champions", "intranet", "blocked", "network", "identity", "rollout", "workshop", "mailbox", "devices", "compliance",
];
/** Queries from broad to narrow; `rank:k` names the made-up word at rank k. */
const QUERIES = ["customer", "migration", "intranet", "rank:400", "rank:3000", '"file shares"', "teams -calling", "governance OR kickoff"];

const wordAt = (rank: number) => (rank <= COMMON_WORDS.length ? (COMMON_WORDS[rank - 1] ?? "") : `lexeme${rank}`);
const queryText = (q: string) => (q.startsWith("rank:") ? wordAt(Number(q.slice(5))) : q);

/** Writes `count` notes over every tenant, words drawn by rank k = floor(V^u), u uniform (log-uniform ≈ Zipf, s = 1). */
export async function writeZipfNotes(pool: pg.Pool, count: number, authorId: string): Promise<void> {
  const vocabulary = Array.from({ length: VOCABULARY }, (_, i) => wordAt(i + 1));
  // Building the full-text index once after the load is what a bulk import does, and several times faster.
  await pool.query("DROP INDEX IF EXISTS notes_search_idx");
  await pool.query("SELECT setseed(0.42)");
  await pool.query(
    `WITH t AS (SELECT id, customer_id, row_number() OVER (ORDER BY id) AS i FROM tenants),
          size AS (SELECT count(*) AS n FROM t),
          n AS (SELECT g, 1 + (g % (SELECT n FROM size)) AS i FROM generate_series(1, $1::int) g)
     INSERT INTO notes (tenant_id, customer_id, category, body, author_id, created_at, escalated, next_action_date)
     SELECT t.id, t.customer_id, (ARRAY['engagement_management','technical_enablement','service_intent','environment'])[1 + g % 4],
            (SELECT string_agg(($4::text[])[least(floor(power($5::float8, random()))::int, $5::int)], ' ')
               FROM generate_series(1, 12 + g % 19) k WHERE k > 0 * g),
            $2::uuid, now() - make_interval(days => g % 90, secs => g % 86400), g % 17 = 0,
            CASE WHEN g % 5 = 0 THEN $3::date + (g % 60) END
     FROM n JOIN t USING (i)`,
    [count, authorId, TODAY, vocabulary, VOCABULARY],
  );
  await pool.query('CREATE INDEX notes_search_idx ON notes USING gin ("search_vector")');
  await pool.query("ANALYZE notes");
}

export type NotesSearchRow = { label: string; matches: string; p50: number; p99: number; ratio: number };
export type NotesSearchResult = { kind: DatabaseKind; notes: number; baseline: { p50: number; p99: number }; rows: NotesSearchRow[] };

/** Times the searches on a database whose tenants are already seeded; writes the notes first. */
export async function measureNotesSearch(handle: DatabaseHandle, kind: DatabaseKind, noteCount: number): Promise<NotesSearchResult> {
  const { pool, db } = handle;
  const authorId =
    (await pool.query<{ id: string }>("SELECT id FROM users ORDER BY created_at LIMIT 1")).rows[0]?.id ??
    (await pool.query<{ id: string }>("INSERT INTO users (username, display_name, is_administrator) VALUES ('bench', 'Bench', true) RETURNING id")).rows[0]?.id ??
    "";
  const written = await timed(() => writeZipfNotes(pool, noteCount, authorId));
  progress(`${kind}: ${noteCount.toLocaleString("en")} notes written and indexed in ${(written.ms / 1000).toFixed(1)} s`);
  const sampleIds = (await pool.query<{ id: string }>("SELECT id FROM notes TABLESAMPLE SYSTEM (1) LIMIT $1", [RUNS])).rows.map((r) => r.id);
  const fmTenants = (await pool.query<{ id: string; customer_id: string }>("SELECT id, customer_id FROM tenants ORDER BY id LIMIT 50")).rows;
  const fm =
    (await pool.query<{ id: string }>("INSERT INTO users (username, display_name, roles) VALUES ('bench-notes-fm', 'Bench FM', '{fasttrack_manager}') RETURNING id")).rows[0]?.id ?? "";
  for (const t of fmTenants) {
    await pool.query("INSERT INTO assignments (customer_id, tenant_id, user_id, role) VALUES ($1, $2, $3, 'fm')", [t.customer_id, t.id, fm]);
  }
  // A partner user sees the tenants assigned to their organisation: 50 others, through the partner's P-RM assignments.
  const partnerTenants = (await pool.query<{ id: string; customer_id: string }>("SELECT id, customer_id FROM tenants ORDER BY id DESC LIMIT 50")).rows;
  const partnerId = (await pool.query<{ id: string }>("INSERT INTO partners (name) VALUES ('Bench Partner') RETURNING id")).rows[0]?.id ?? "";
  const partnerUser =
    (await pool.query<{ id: string }>("INSERT INTO users (username, display_name, roles, partner_id) VALUES ('bench-notes-partner', 'Bench Partner User', '{partner_user}', $1) RETURNING id", [partnerId])).rows[0]?.id ?? "";
  for (const t of partnerTenants) {
    await pool.query("INSERT INTO assignments (customer_id, tenant_id, partner_id, role) VALUES ($1, $2, $3, 'p_rm')", [t.customer_id, t.id, partnerId]);
  }
  const time = async (fn: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await fn();
      samples.push(performance.now() - started);
    }
    return summarize(samples);
  };
  let next = 0;
  const baseline = await time(async () => pool.query("SELECT * FROM notes WHERE id = $1", [sampleIds[next++ % sampleIds.length]]));
  const rows: NotesSearchRow[] = [];
  for (const q of QUERIES) {
    const text = queryText(q);
    let found = { total: 0, totalIsExact: true };
    const all = await time(async () => (found = await searchNotes(db, { kind: "all" }, { q: text, today: TODAY, limit: 25 })));
    const matches = found.totalIsExact ? found.total.toLocaleString("en") : `> ${found.total.toLocaleString("en")}`;
    rows.push({ label: `"${text}", every tenant`, matches, p50: all.p50, p99: all.p99, ratio: all.p50 / baseline.p50 });
    const mine = await time(async () => (found = await searchNotes(db, { kind: "assigned", userId: fm }, { q: text, today: TODAY, limit: 25 })));
    rows.push({ label: `"${text}", an FM with 50 tenants`, matches: found.total.toLocaleString("en"), p50: mine.p50, p99: mine.p99, ratio: mine.p50 / baseline.p50 });
    const partner = await time(async () => (found = await searchNotes(db, { kind: "assigned", userId: partnerUser, partnerId }, { q: text, today: TODAY, limit: 25 })));
    rows.push({ label: `"${text}", a partner user, 50 tenants`, matches: found.total.toLocaleString("en"), p50: partner.p50, p99: partner.p99, ratio: partner.p50 / baseline.p50 });
  }
  return { kind, notes: noteCount, baseline: { p50: baseline.p50, p99: baseline.p99 }, rows };
}

export function printNotesSearch(result: NotesSearchResult): void {
  const width = Math.max(...result.rows.map((r) => r.label.length), 24);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`\nnotes search, ${result.kind}, ${result.notes.toLocaleString("en")} notes, ${RUNS} runs each (ms p50 / p99, × baseline p50)`);
  out(`${"baseline: one note by id".padEnd(width)}  ${"".padStart(10)}  ${fmtMs(result.baseline.p50)} / ${fmtMs(result.baseline.p99)}`);
  for (const r of result.rows) {
    out(`${r.label.padEnd(width)}  ${r.matches.padStart(10)}  ${fmtMs(r.p50)} / ${fmtMs(r.p99)}  (${round(r.ratio, 0)}×)`);
  }
}

async function main() {
  const { values: args } = parseArgs({
    options: { tenants: { type: "string", default: "100000" }, notes: { type: "string", default: "1000000" }, only: { type: "string", default: "embedded" } },
  });
  const noteCount = wholeNumber("notes", args.notes);
  const kind = databaseKindOf(args.only);
  await withSeededDatabase(kind, { tenants: wholeNumber("tenants", args.tenants), today: TODAY }, async (url) => {
    const handle = connect(url, { applicationName: "waymark-bench-notes" });
    try {
      printNotesSearch(await measureNotesSearch(handle, kind, noteCount));
    } finally {
      await handle.close();
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
