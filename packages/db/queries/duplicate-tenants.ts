import { abbreviationTokensOf, companyNameWords } from "@waymark/domain";
import { eq, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { tenants } from "../schema/tenants.ts";
import { type Visibility, visibleTenantIds } from "./visibility.ts";

/** At most this many candidates come back from SQL; the domain scores and sorts them. */
export const DUPLICATE_CANDIDATE_LIMIT = 50;
/**
 * pg_trgm thresholds, set for the search's transaction: whole normalised names alike (`%`; above the default 0.3, at
 * which "Contoso Airlines" finds every "… Airlines"), and the name's first word within another name (`<%`, a typo).
 */
const NAME_SIMILARITY_THRESHOLD = 0.45;
const WORD_SIMILARITY_THRESHOLD = 0.5;

/** The tenant whose duplicates are searched: its name, its customer's name and the customer (TPID). */
export type DuplicateSubjectRef = { id: string; customerId: string; name: string; customerName: string };

export type DuplicateCandidateRow = {
  id: string;
  name: string;
  country: string;
  customerId: string;
  customerName: string;
  tpid: number;
  primaryFmUserId: string | null;
  primaryFmName: string | null;
  /** Whether the reader may see it (false: only its existence and its FM may be told). */
  visible: boolean;
};

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, (ch) => `\\${ch}`);
const nextChar = (ch: string) => String.fromCodePoint((ch.codePointAt(0) ?? 0) + 1);

/**
 * Tenants (id, name) whose names start with `first` in either case, read from the (name, id) b-tree alone (an index-only
 * scan: a filter on the name then reads no table pages): both ranges, because a linguistic collation sorts "c" among
 * "C" and the C collation does not; as a union, because an OR of the two makes a bitmap scan that reads the table.
 */
function startingWith(first: string): SQL {
  const [upper, lower] = [first.toUpperCase(), first.toLowerCase()];
  return sql`(SELECT id, name FROM tenants WHERE name >= ${upper} AND name < ${nextChar(upper)}
    UNION ALL SELECT id, name FROM tenants WHERE name >= ${lower} AND name < ${nextChar(lower)}) t`;
}

/** A source of candidates: ids with a weight (how well they fit), its best `limit` rows, so no source floods the rest. */
const source = (weight: SQL, from: SQL, order: SQL = sql`2 DESC`) => sql`(SELECT t.id, ${weight}::real AS weight ${from} ORDER BY ${order}, t.id LIMIT ${DUPLICATE_CANDIDATE_LIMIT})`;
/** Abbreviations rank with names this alike. */
const ABBREVIATION_WEIGHT = sql`0.9`;

/**
 * Tenants whose short name may abbreviate `name` (CTSO for Contoso, IBM for International Business Machines: letters
 * of the name in order), and tenants `name`'s short tokens may abbreviate (Contoso Ltd for CTSO: the token's letters
 * in the first word, possibly ending with the next words' initials), shortest names first.
 */
function abbreviationSources(name: string): SQL[] {
  const compact = companyNameWords(name).join("");
  const sources: SQL[] = [];
  const first = compact[0];
  if (first && compact.length >= 4) {
    const shortOfThis = `^${regexEscape(first)}${[...compact.slice(1)].map((ch) => `${regexEscape(ch)}?`).join("")}([^a-z0-9].*)?$`;
    sources.push(source(ABBREVIATION_WEIGHT, sql`FROM ${startingWith(first)} WHERE char_length(t.name) <= 24 AND lower(t.name) ~ ${shortOfThis}`, sql`char_length(t.name)`));
  }
  for (const token of abbreviationTokensOf(name)) {
    const letters = [...token].map(regexEscape);
    // `between`: what the token's letters may skip in the first word; only vowels for a close fit (the domain's rule).
    const shapes = (between: string) =>
      Array.from({ length: Math.min(letters.length - 1, 3) + 1 }, (_, initials) => {
        const head = letters.slice(0, letters.length - initials).join(between);
        const tail = letters.slice(letters.length - initials).map((ch) => `[^a-z0-9]+${ch}[a-z0-9]*`).join("");
        return `${head}[a-z0-9]*${tail}`;
      });
    const fits = `^(${shapes("[a-z0-9]*").join("|")})`;
    const closeFit = `^(${shapes("[aeiou]*").join("|")})`;
    // The letters in order (ILIKE 'c%t%s%o%') rule out most names at a fraction of the regular expression's cost.
    const inOrder = `${[...token].map(likeEscape).join("%")}%`;
    sources.push(source(ABBREVIATION_WEIGHT, sql`FROM ${startingWith(token[0] ?? "")} WHERE t.name ILIKE ${inOrder} AND lower(t.name) ~ ${fits}`, sql`lower(t.name) ~ ${closeFit} DESC, char_length(t.name)`));
  }
  return sources;
}

/**
 * Tenants that may be the same organisation as `subject`: its customer's other tenants (same TPID), names alike by
 * trigram (its normalised names against customers' names, and its first word within tenants' names: a tenant is
 * mostly named after its customer, and a whole-name match on 100,000 tenant names reads the long index entries of
 * words like "Logistics" for little), names starting with its normalised name, and abbreviations either way.
 * Confirmed duplicates are left out. At most DUPLICATE_CANDIDATE_LIMIT, same customer first, then the best fitting.
 */
export async function findDuplicateCandidates(db: Executor, subject: DuplicateSubjectRef, visibility: Visibility): Promise<DuplicateCandidateRow[]> {
  // The trigram indexes are on the names as written (migration 0001; 0021 found them there): pg_trgm ignores case, so
  // `name % x`, `x <% name` and `name ILIKE x` use them where lower(name) would not.
  // A tenant named after its customer ("Contoso GmbH Labs" of Contoso GmbH) is searched by the customer's name alone:
  // its longer key finds what the shorter finds, at the cost of another pass over the indexes.
  const named = [subject.customerName, subject.name].map((name) => ({ name, key: companyNameWords(name).join(" ") }));
  const searched = named.filter(({ key }, i) => named.findIndex((other) => other.key === key || key.startsWith(`${other.key} `)) === i);
  const keys = searched.map(({ key }) => key).filter((key) => key.length >= 3);
  const firstWords = [...new Set(keys.map((key) => key.split(" ")[0] ?? "").filter((word) => word.length >= 4))];
  const sources: SQL[] = [source(sql`2`, sql`FROM tenants t WHERE t.customer_id = ${subject.customerId}`)];
  for (const key of keys) {
    // One tenant per customer alike (its winner, else its first by name): the customers' other tenants would fill the
    // limit and crowd out other organisations.
    const customersTenant = sql`SELECT id FROM tenants WHERE customer_id = c.id ORDER BY id = c.winner_tenant_id DESC, name, id LIMIT 1`;
    sources.push(source(sql`similarity(c.name, ${key})`, sql`FROM customers c JOIN LATERAL (${customersTenant}) t ON true WHERE c.name % ${key}`));
    sources.push(source(sql`1`, sql`FROM tenants t WHERE t.name ILIKE ${`${likeEscape(key)}%`}`));
  }
  for (const word of firstWords) sources.push(source(sql`word_similarity(${word}, t.name)`, sql`FROM tenants t WHERE ${word} <% t.name`));
  for (const { name } of searched) sources.push(...abbreviationSources(name));
  const visibleIds = visibleTenantIds(visibility);
  const visible = visibleIds ? sql`t.id IN (${visibleIds})` : sql`true`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY_THRESHOLD)}, true),
      set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`);
    const result = await tx.execute<Record<string, unknown>>(sql`
      WITH hits AS (SELECT id, max(weight) AS weight FROM (${sql.join(sources, sql` UNION ALL `)}) found GROUP BY id)
      SELECT t.id, t.name, t.country, t.customer_id, c.name AS customer_name, c.tpid, fm.user_id AS fm_user_id, fm.display_name AS fm_name,
             ${visible} AS visible
      FROM hits JOIN tenants t ON t.id = hits.id JOIN customers c ON c.id = t.customer_id
      LEFT JOIN LATERAL (${primaryFmOf(sql`t.id`, sql`t.customer_id`)}) fm ON true
      WHERE t.id <> ${subject.id} AND t.duplicate_of_tenant_id IS NULL
      ORDER BY hits.weight DESC, t.id
      LIMIT ${DUPLICATE_CANDIDATE_LIMIT}`);
    return result.rows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      country: String(r.country),
      customerId: String(r.customer_id),
      customerName: String(r.customer_name),
      tpid: Number(r.tpid),
      primaryFmUserId: (r.fm_user_id as string | null) ?? null,
      primaryFmName: (r.fm_name as string | null) ?? null,
      visible: r.visible === true,
    }));
  });
}

/** The whole-tenant primary FM of a tenant, or else of its customer (TPID level): user id, name, assignment id. */
function primaryFmOf(tenantId: SQL, customerId: SQL): SQL {
  return sql`SELECT a.id AS assignment_id, a.user_id, u.display_name, a.tenant_id IS NULL AS at_customer_level FROM assignments a JOIN users u ON u.id = a.user_id
    WHERE a.role = 'fm' AND a.is_primary AND a.service IS NULL
      AND (a.tenant_id = ${tenantId} OR (a.tenant_id IS NULL AND a.customer_id = ${customerId}))
    ORDER BY a.tenant_id IS NULL LIMIT 1`;
}

export type PrimaryFm = { assignmentId: string; userId: string; name: string; atCustomerLevel: boolean };

/** The tenant's primary FM (its own whole-tenant one, or its customer's); null when it has none. */
export async function findPrimaryFm(db: Executor, tenant: { id: string; customerId: string }): Promise<PrimaryFm | null> {
  type Row = { assignment_id: string; user_id: string; display_name: string; at_customer_level: boolean };
  const result = await db.execute<Row>(primaryFmOf(sql`${tenant.id}::uuid`, sql`${tenant.customerId}::uuid`));
  const row = result.rows[0];
  return row ? { assignmentId: row.assignment_id, userId: row.user_id, name: row.display_name, atCustomerLevel: row.at_customer_level } : null;
}

/** Marks `duplicateId` a confirmed duplicate of `winnerId`; the caller holds the tenant's lock. */
export async function setDuplicateOf(db: Executor, duplicateId: string, winnerId: string) {
  const [row] = await db
    .update(tenants)
    .set({ duplicateOfTenantId: winnerId, version: sql`${tenants.version} + 1`, updatedAt: sql`now()` })
    .where(eq(tenants.id, duplicateId))
    .returning();
  if (!row) throw new Error(`tenant ${duplicateId} vanished while marked a duplicate`);
  return row;
}

/** Points the confirmed duplicates of `fromId` at `toId` instead (when `fromId` becomes a duplicate itself); returns their ids and names. */
export async function repointDuplicates(db: Executor, fromId: string, toId: string): Promise<{ id: string; name: string; customerId: string }[]> {
  const moved = await db
    .update(tenants)
    .set({ duplicateOfTenantId: toId, version: sql`${tenants.version} + 1`, updatedAt: sql`now()` })
    .where(eq(tenants.duplicateOfTenantId, fromId))
    .returning({ id: tenants.id, name: tenants.name, customerId: tenants.customerId });
  return moved;
}
