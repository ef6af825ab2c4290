import { ALWAYS_SEARCHED_COLUMNS, type PortfolioFilter, type PortfolioSort, portfolioColumn, type PortfolioTenantState } from "@waymark/domain";
import { type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type pg from "pg";
import type { Database, Executor } from "../client.ts";
import { PORTFOLIO_COLUMN_SQL, serviceStatusIn } from "./portfolio-columns.ts";
import { type Assignee, assignedTenantIds, likePattern, type Visibility, visibleTenantIds } from "./visibility.ts";

/** What the grid shows: whose tenants, which of them, in which order. Everything is checked before it gets here. */
export type PortfolioSelection = {
  mine: boolean;
  state: PortfolioTenantState;
  assignee: Assignee;
  visibility: Visibility;
  priority: "all" | "high" | "medium" | "low" | "low_override";
  filters: readonly PortfolioFilter[];
  sort: readonly PortfolioSort[];
  search: string | null;
  /** The columns shown: the search looks in their text. */
  columns: readonly string[];
  /** The reader's date, for "days since" columns. */
  today: string;
};

export type PortfolioCell = string | number | boolean | null;
export type PortfolioRow = { id: string; cells: Record<string, PortfolioCell> };

/**
 * Inactive: a confirmed duplicate, or routed to an FTCQ Inactive queue (catalogs/portfolio-query.ts states the rule);
 * active is its complement. Inactive is an uncorrelated IN (the few queue assignments hashed once); active a NOT
 * EXISTS, which the planner turns into an anti-join: by index for an FM's few tenants, hashed for the portfolio.
 */
export const inactiveTenantCondition = sql`(t.duplicate_of_tenant_id IS NOT NULL
  OR t.id IN (SELECT a.tenant_id FROM assignments a JOIN queues q ON q.id = a.queue_id WHERE q.kind = 'inactive' AND a.tenant_id IS NOT NULL))`;
export const activeTenantCondition = sql`(t.duplicate_of_tenant_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM assignments a JOIN queues q ON q.id = a.queue_id WHERE a.tenant_id = t.id AND q.kind = 'inactive'))`;

const FROM = sql`tenants t JOIN customers c ON c.id = t.customer_id`;

/** `tenants t`, joined to its customer only when a filter, the sort or the search reads it. */
function fromOf(selection: PortfolioSelection): SQL {
  const searched = selection.search === null ? [] : [...ALWAYS_SEARCHED_COLUMNS, ...selection.columns].filter((key) => key !== "tpid" || /^\d+$/.test(selection.search ?? ""));
  const keys = [...selection.filters.map((f) => f.column), ...selection.sort.map((s) => s.column), ...searched];
  return keys.some((key) => columnSql(key).customer) ? FROM : sql`tenants t`;
}

const columnSql = (key: string) => {
  const column = PORTFOLIO_COLUMN_SQL[key];
  if (!column) throw new Error(`no SQL for portfolio column ${key}`);
  return column;
};

function priorityCondition(priority: PortfolioSelection["priority"]): SQL | undefined {
  switch (priority) {
    case "all":
      return undefined;
    case "high":
    case "medium":
      return sql`coalesce(t.priority_override, t.priority) = ${priority}`;
    case "low":
      return sql`t.priority = 'low' AND t.priority_override IS NULL`;
    case "low_override":
      return sql`t.priority_override = 'low'`;
  }
}

const typed = (filter: PortfolioFilter, value: string | number | boolean): SQL => {
  if (filter.type === "number") return sql`${value}::numeric`;
  if (filter.type === "date") return sql`${value}::date`;
  if (filter.type === "boolean") return sql`${value}::boolean`;
  return sql`${value}`;
};

function filterCondition(filter: PortfolioFilter, today: string): SQL {
  const expression = columnSql(filter.column).value(today);
  const text = filter.type === "text";
  const left = text ? sql`lower(${expression})` : expression;
  const scalar = filter.value as string | number | boolean;
  const right = text ? sql`lower(${scalar})` : typed(filter, scalar);
  switch (filter.op) {
    case "eq":
      return sql`${left} = ${right}`;
    case "ne":
      return sql`${left} IS DISTINCT FROM ${right}`;
    case "contains":
      return sql`${expression} ILIKE ${likePattern(String(scalar))}`;
    case "gt":
    case "after":
      return sql`${expression} > ${right}`;
    case "gte":
      return sql`${expression} >= ${right}`;
    case "lt":
    case "before":
      return sql`${expression} < ${right}`;
    case "lte":
      return sql`${expression} <= ${right}`;
    case "empty":
      return text ? sql`coalesce(${expression}, '') = ''` : sql`${expression} IS NULL`;
    case "notempty":
      return text ? sql`coalesce(${expression}, '') <> ''` : sql`${expression} IS NOT NULL`;
    case "in": {
      const values = filter.value as readonly (string | number)[];
      const statusIn = filter.type === "enum" ? serviceStatusIn(filter.column, values as string[]) : undefined;
      if (statusIn) return statusIn;
      const list = sql.join(values.map((value) => (text ? sql`lower(${value})` : typed(filter, value))), sql`, `);
      return sql`${left} IN (${list})`;
    }
  }
}

/** The search: any shown text column containing the text (enum columns by their labels), and always name, GUID, TPID. */
function searchCondition(search: string, columns: readonly string[], today: string): SQL {
  const pattern = likePattern(search);
  const needle = search.toLowerCase();
  const conditions: SQL[] = [];
  for (const key of new Set([...ALWAYS_SEARCHED_COLUMNS, ...columns])) {
    const column = portfolioColumn(key);
    const definition = columnSql(key);
    if (!column) continue;
    if (definition.matches) conditions.push(definition.matches(pattern, search));
    else if (column.type === "text") conditions.push(sql`${definition.value(today)} ILIKE ${pattern}`);
    else if (column.type === "enum") {
      const codes = (column.options ?? []).filter((o) => o.label.toLowerCase().includes(needle) || o.code.includes(needle)).map((o) => o.code);
      if (codes.length === 0) continue;
      conditions.push(serviceStatusIn(key, codes) ?? sql`${definition.value(today)} IN (${sql.join(codes.map((code) => sql`${code}`), sql`, `)})`);
    }
  }
  return sql`(${sql.join(conditions, sql` OR `)})`;
}

function whereOf(selection: PortfolioSelection): SQL {
  const visible = selection.mine ? assignedTenantIds(selection.assignee) : visibleTenantIds(selection.visibility);
  const conditions = [
    visible ? sql`t.id IN (${visible})` : undefined,
    selection.state === "active" ? activeTenantCondition : selection.state === "inactive" ? inactiveTenantCondition : undefined,
    priorityCondition(selection.priority),
    ...selection.filters.map((filter) => filterCondition(filter, selection.today)),
    selection.search ? searchCondition(selection.search, selection.columns, selection.today) : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
  return conditions.length === 0 ? sql`TRUE` : sql.join(conditions, sql` AND `);
}

function orderOf(selection: PortfolioSelection): SQL {
  const parts = selection.sort.map(({ column, descending }) => {
    const definition = columnSql(column);
    const down = definition.invertSort ? !descending : descending;
    const key = definition.sortKey ?? definition.value(selection.today);
    return sql`${key} ${sql.raw(down ? "DESC" : "ASC")}${sql.raw(definition.notNull ? "" : " NULLS LAST")}`;
  });
  return sql.join([...parts, sql`t.id`], sql`, `);
}

/** The shown columns as cells: numbers as float8 (no numeric strings), dates as their ISO text. */
function cellsOf(columns: readonly string[], today: string): SQL {
  return sql.join(
    columns.map((key) => {
      const type = portfolioColumn(key)?.type;
      const value = columnSql(key).value(today);
      const cast = type === "number" ? sql`(${value})::float8` : type === "date" ? sql`(${value})::text` : value;
      return sql`${cast} AS ${sql.identifier(key)}`;
    }),
    sql`, `,
  );
}

const toRow = (columns: readonly string[]) => (row: Record<string, unknown>): PortfolioRow => ({
  id: row.id as string,
  cells: Object.fromEntries(columns.map((key) => [key, (row[key] ?? null) as PortfolioCell])),
});

/** A priority cell always travels with whether it was overridden, so the grid can say so without showing that column. */
const cellColumnsOf = (columns: readonly string[]): readonly string[] =>
  columns.includes("priority") && !columns.includes("priority_overridden") ? [...columns, "priority_overridden"] : columns;

export async function countPortfolio(db: Executor, selection: PortfolioSelection): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`SELECT count(*) AS n FROM ${fromOf(selection)} WHERE ${whereOf(selection)}`);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * One page: the matching ids are sorted and cut first (only sort and filter columns are computed for every row in
 * scope), then the shown columns are computed for the page's rows alone.
 */
export async function listPortfolioPage(db: Executor, selection: PortfolioSelection, page: { limit: number; offset: number }): Promise<{ items: PortfolioRow[]; total: number }> {
  const [idsResult, total] = await Promise.all([
    db.execute<{ id: string }>(sql`SELECT t.id FROM ${fromOf(selection)} WHERE ${whereOf(selection)} ORDER BY ${orderOf(selection)} LIMIT ${page.limit} OFFSET ${page.offset}`),
    countPortfolio(db, selection),
  ]);
  const ids = idsResult.rows.map((row) => row.id);
  if (ids.length === 0) return { items: [], total };
  const cellColumns = cellColumnsOf(selection.columns);
  const rows = await db.execute<Record<string, unknown>>(sql`SELECT t.id, ${cellsOf(cellColumns, selection.today)}
    FROM unnest(${`{${ids.join(",")}}`}::uuid[]) WITH ORDINALITY AS page(id, ord) JOIN ${FROM} ON t.id = page.id ORDER BY page.ord`);
  return { items: rows.rows.map(toRow(cellColumns)), total };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a page's id query and its count, for the bench's --explain. */
export async function explainPortfolioPage(db: Executor, selection: PortfolioSelection, page: { limit: number; offset: number }): Promise<string[]> {
  const plan = async (query: SQL) => (await db.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`)).rows.map((row) => row["QUERY PLAN"]);
  return [
    ...(await plan(sql`SELECT t.id FROM ${fromOf(selection)} WHERE ${whereOf(selection)} ORDER BY ${orderOf(selection)} LIMIT ${page.limit} OFFSET ${page.offset}`)),
    "--- count",
    ...(await plan(sql`SELECT count(*) AS n FROM ${fromOf(selection)} WHERE ${whereOf(selection)}`)),
  ];
}

const dialect = new PgDialect();

/** Every matching row in grid order, read through a cursor in batches so the whole portfolio never sits in memory. */
export async function* streamPortfolioRows(db: Database, selection: PortfolioSelection, batch = 2000): AsyncGenerator<PortfolioRow[]> {
  const query = dialect.sqlToQuery(sql`SELECT t.id, ${cellsOf(selection.columns, selection.today)} FROM ${FROM} WHERE ${whereOf(selection)} ORDER BY ${orderOf(selection)}`);
  const pool = (db as Database & { $client: pg.Pool }).$client;
  const client = await pool.connect();
  const present = toRow(selection.columns);
  let committed = false;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(`DECLARE portfolio_cursor NO SCROLL CURSOR FOR ${query.sql}`, query.params);
    for (;;) {
      const { rows } = await client.query<Record<string, unknown>>(`FETCH ${batch} FROM portfolio_cursor`);
      if (rows.length > 0) yield rows.map(present);
      if (rows.length < batch) break;
    }
    await client.query("COMMIT");
    committed = true;
  } finally {
    // Also when the reader stops early (a download cancelled): the generator's return() lands here.
    if (!committed) await client.query("ROLLBACK").catch(() => {});
    client.release();
  }
}
