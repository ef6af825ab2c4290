/**
 * `npx tsx bench/notes-search.ts [--tenants N] [--notes M] [--only embedded|external]`: the Notes Library search at
 * scale. Seeds N tenants (as `npm run bench` does) and M notes spread over them (set-based SQL, words drawn from a
 * small vocabulary so queries hit thousands of notes), then times `searchNotes` — the query the API runs, with
 * its facets — for a few queries as an administrator (every tenant) and as an FM assigned to 50 tenants, against a
 * baseline measured in the same run: reading one note by id. Prints figures, never asserts.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { applyMigrations, connect, searchNotes } from "@waymark/db";
import { seedTenants } from "../apps/server/src/seed/seed.ts";
import { type DatabaseKind, openEmbedded, openExternal } from "./databases.ts";
import { fmtMs, progress, round, summarize, timed } from "./stats.ts";

const TODAY = "2026-11-23";
const { values: args } = parseArgs({
  options: { tenants: { type: "string", default: "100000" }, notes: { type: "string", default: "1000000" }, only: { type: "string", default: "embedded" } },
});
const whole = (name: string, value: string | undefined) => {
  const n = Number((value ?? "").replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1`);
  return n;
};
const tenantCount = whole("tenants", args.tenants);
const noteCount = whole("notes", args.notes);
if (args.only !== "embedded" && args.only !== "external") throw new Error("--only takes embedded or external");
const kind = args.only as DatabaseKind;
const QUERIES = ["migration", '"file shares"', "teams -calling", "governance OR kickoff", "compete"];
const RUNS = 30;

const database = kind === "embedded" ? await openEmbedded() : await openExternal();
if (typeof database === "string") throw new Error(`external: ${database}`);
try {
  const handle = connect(database.url, { applicationName: "waymark-bench-notes" });
  try {
    await applyMigrations(handle.pool);
    const seeded = await timed(() => seedTenants(handle.db, { tenants: tenantCount, seed: 1, today: TODAY }));
    progress(`${kind}: seeded ${tenantCount.toLocaleString("en")} tenants in ${(seeded.ms / 1000).toFixed(1)} s`);
    const author = (await handle.pool.query<{ id: string }>("SELECT id FROM users ORDER BY created_at LIMIT 1")).rows[0]?.id;
    const authorId = author ?? (await handle.pool.query<{ id: string }>("INSERT INTO users (username, display_name, is_administrator) VALUES ('bench', 'Bench', true) RETURNING id")).rows[0]?.id;
    const notes = await timed(() =>
      handle.pool.query(
        `WITH words AS (SELECT ARRAY['migration','file','shares','teams','calling','governance','kickoff','pilot','intranet','exchange',
                                     'onedrive','sharepoint','blocked','license','training','adoption','champions','security','#Compete','#Pilot'] AS w),
              t AS (SELECT id, customer_id, row_number() OVER (ORDER BY id) AS i FROM tenants),
              n AS (SELECT g, 1 + (g % (SELECT count(*) FROM t)) AS i FROM generate_series(1, $1::int) g)
         INSERT INTO notes (tenant_id, customer_id, category, body, author_id, created_at, escalated, next_action_date)
         SELECT t.id, t.customer_id, (ARRAY['engagement_management','technical_enablement','service_intent','environment'])[1 + g % 4],
                (SELECT string_agg(w[1 + ((g * k * 7919) % 20)], ' ') FROM words, generate_series(1, 12) k),
                $2::uuid, now() - make_interval(days => g % 90), g % 17 = 0, CASE WHEN g % 5 = 0 THEN $3::date + (g % 60) END
         FROM n JOIN t USING (i)`,
        [noteCount, authorId, TODAY],
      ),
    );
    await handle.pool.query("ANALYZE notes");
    progress(`${kind}: ${noteCount.toLocaleString("en")} notes written in ${(notes.ms / 1000).toFixed(1)} s`);
    const sampleIds = (await handle.pool.query<{ id: string }>("SELECT id FROM notes TABLESAMPLE SYSTEM (1) LIMIT $1", [RUNS])).rows.map((r) => r.id);
    const fmTenants = (await handle.pool.query<{ id: string; customer_id: string }>("SELECT id, customer_id FROM tenants ORDER BY id LIMIT 50")).rows;
    const fm = (await handle.pool.query<{ id: string }>("INSERT INTO users (username, display_name, roles) VALUES ('bench-fm', 'Bench FM', '{fasttrack_manager}') RETURNING id")).rows[0]?.id ?? "";
    for (const t of fmTenants) {
      await handle.pool.query("INSERT INTO assignments (customer_id, tenant_id, user_id, role) VALUES ($1, $2, $3, 'fm')", [t.customer_id, t.id, fm]);
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
    const baseline = await time(async () => handle.pool.query("SELECT * FROM notes WHERE id = $1", [sampleIds[0]]));
    const rows: [string, string][] = [[`baseline: one note by id`, `${fmtMs(baseline.p50)} / ${fmtMs(baseline.p99)}`]];
    for (const q of QUERIES) {
      let total = 0;
      const all = await time(async () => (total = (await searchNotes(handle.db, { kind: "all" }, { q, today: TODAY, limit: 25 })).total));
      const mine = await time(async () => searchNotes(handle.db, { kind: "assigned", userId: fm }, { q, today: TODAY, limit: 25 }));
      rows.push([`search "${q}" (${total.toLocaleString("en")} matches), every tenant`, `${fmtMs(all.p50)} / ${fmtMs(all.p99)}  (${round(all.p50 / baseline.p50, 0)}×)`]);
      rows.push([`search "${q}", an FM with 50 tenants`, `${fmtMs(mine.p50)} / ${fmtMs(mine.p99)}  (${round(mine.p50 / baseline.p50, 0)}×)`]);
    }
    const width = Math.max(...rows.map(([label]) => label.length));
    process.stdout.write(`\nnotes search (bench/notes-search.ts), ${noteCount.toLocaleString("en")} notes, ${RUNS} runs each, ms p50 / p99 (× baseline p50)\n`);
    for (const [label, value] of rows) process.stdout.write(`${label.padEnd(width)}  ${value}\n`);
  } finally {
    await handle.close();
  }
} finally {
  await database.cleanup();
}
