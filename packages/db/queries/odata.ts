import type { EdmType, ODataEntitySet, ODataFilter, ODataOrder, ODataProperty } from "@waymark/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { odataSourceOf } from "./odata-sources.ts";
import { type Visibility, visibleTenantIds } from "./visibility.ts";

/** One page of an entity set, everything already checked against its properties (packages/domain odata/). */
export type ODataPageRequest = {
  select: readonly ODataProperty[];
  filter: ODataFilter | undefined;
  orderby: readonly ODataOrder[];
  skip: number;
  limit: number;
  count: boolean;
};

/** Who reads, and their date (for "days since" properties). */
export type ODataReader = { visibility: Visibility; today: string };

/** Values as JSON wants them: whole numbers and decimals as numbers, dates as their ISO text. */
function output(expression: SQL, type: EdmType): SQL {
  switch (type) {
    case "Edm.Int32":
      return sql`(${expression})::int`;
    case "Edm.Int64":
    case "Edm.Decimal":
      return sql`(${expression})::float8`;
    case "Edm.Date":
    case "Edm.String":
      return sql`(${expression})::text`;
    case "Edm.Boolean":
      return expression;
  }
}

function literal(value: string | number | boolean, type: EdmType): SQL {
  switch (type) {
    case "Edm.Int32":
    case "Edm.Int64":
    case "Edm.Decimal":
      return sql`${value}::numeric`;
    case "Edm.Date":
      return sql`${value}::date`;
    case "Edm.Boolean":
      return sql`${value}::boolean`;
    case "Edm.String":
      return sql`${value}::text`;
  }
}

const COMPARISON_SQL = { eq: "=", gt: ">", ge: ">=", lt: "<", le: "<=" } as const;

function conditionOf(filter: ODataFilter, value: (property: ODataProperty) => SQL): SQL {
  switch (filter.kind) {
    case "and":
      return sql`(${conditionOf(filter.left, value)} AND ${conditionOf(filter.right, value)})`;
    case "or":
      return sql`(${conditionOf(filter.left, value)} OR ${conditionOf(filter.right, value)})`;
    case "not":
      // A comparison with an empty value is false in OData, so its negation is true (SQL would leave it unknown).
      return sql`NOT coalesce(${conditionOf(filter.operand, value)}, false)`;
    case "contains":
      return sql`strpos(${value(filter.property)}, ${filter.value}::text) > 0`;
    case "startswith":
      return sql`left(${value(filter.property)}, char_length(${filter.value}::text)) = ${filter.value}::text`;
    case "endswith":
      return sql`right(${value(filter.property)}, char_length(${filter.value}::text)) = ${filter.value}::text`;
    case "compare": {
      const left = value(filter.property);
      if (filter.value === null) return filter.op === "eq" ? sql`${left} IS NULL` : sql`${left} IS NOT NULL`;
      const right = literal(filter.value, filter.property.type);
      // OData's ne holds for null too (null ne 5 is true).
      if (filter.op === "ne") return sql`${left} IS DISTINCT FROM ${right}`;
      return sql`${left} ${sql.raw(COMPARISON_SQL[filter.op])} ${right}`;
    }
  }
}

/**
 * Reads one page of an entity set the reader may see. The order always ends with the set's key, so that pages
 * taken one after another ($skip moving on) meet every row exactly once while the data stands still.
 */
export async function readODataPage(
  db: Executor,
  set: ODataEntitySet,
  request: ODataPageRequest,
  reader: ODataReader,
): Promise<{ rows: Record<string, unknown>[]; count: number | undefined }> {
  const source = odataSourceOf(set.name, reader.today);
  const value = (property: ODataProperty): SQL => {
    const expression = source.properties[property.name];
    if (!expression) throw new Error(`no SQL for OData property ${set.name}.${property.name}`);
    return expression;
  };
  const visible = visibleTenantIds(reader.visibility);
  const conditions = [visible ? sql`${source.tenantId} IN (${visible})` : undefined, request.filter ? conditionOf(request.filter, value) : undefined].filter(
    (condition): condition is SQL => condition !== undefined,
  );
  const where = conditions.length === 0 ? sql`TRUE` : sql.join(conditions, sql` AND `);
  // OData sorts nulls before values in ascending order.
  const order = sql.join(
    [...request.orderby.map(({ property, descending }) => sql`${value(property)} ${sql.raw(descending ? "DESC NULLS LAST" : "ASC NULLS FIRST")}`), ...source.key],
    sql`, `,
  );
  const columns = sql.join(
    request.select.map((property) => sql`${output(value(property), property.type)} AS ${sql.identifier(property.name)}`),
    sql`, `,
  );
  const [page, count] = await Promise.all([
    db.execute<Record<string, unknown>>(sql`SELECT ${columns} FROM ${source.from} WHERE ${where} ORDER BY ${order} LIMIT ${request.limit} OFFSET ${request.skip}`),
    request.count ? db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM ${source.from} WHERE ${where}`) : undefined,
  ]);
  return { rows: page.rows, count: count ? Number(count.rows[0]?.n ?? 0) : undefined };
}
