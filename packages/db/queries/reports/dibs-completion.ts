// DIBS and SSAT completion by requirement row, with the services lacking one item of one row a page at a time.
import { completionPercent, DIBS_REPORT_ITEMS, DIBS_REQUIREMENT_ROWS, type DibsReportItem, type DibsRequirementRow, rowRequires } from "@waymark/domain";
import { sql } from "drizzle-orm";
import type { Database } from "../../client.ts";
import { dibsServices, ITEM_COLUMN } from "./dibs-services.ts";
import { inReportSnapshot, int, type ReportScope } from "./scope.ts";

export type DibsCompletionOptions = ReportScope & { missing: { row: DibsRequirementRow; item: DibsReportItem } | null; limit: number; offset: number };

export type DibsCompletionReport = {
  rows: { row: DibsRequirementRow; label: string; services: number; fullDibs: number; fullDibsPercent: number | null }[];
  items: { row: DibsRequirementRow; item: DibsReportItem; kind: "dibs" | "ssat"; label: string; required: number; recorded: number; missing: number; percent: number | null }[];
  missing: {
    row: DibsRequirementRow;
    item: DibsReportItem;
    total: number;
    limit: number;
    offset: number;
    items: { tenantId: string; tenantName: string; service: string }[];
  } | null;
};

/** Only the columns the counts and the page read: the others (local days) cost a time-zone conversion per service. */
const DIBS_COLUMNS = sql.raw(["tenant_id", "tenant_name", "service", "row", "full_dibs", ...Object.values(ITEM_COLUMN)].map((column) => `d.${column}`).join(", "));

export async function reportDibsCompletion(db: Database, options: DibsCompletionOptions): Promise<DibsCompletionReport> {
  return inReportSnapshot(db, async (tx) => {
    // The counts and the page of services missing an item in one statement over the services found once (a
    // materialized CTE); the page comes as JSON, in its order (an aggregate over a sorted subquery reads it so).
    const counted = DIBS_REPORT_ITEMS.map(({ code }) => sql`count(*) FILTER (WHERE d.${sql.raw(ITEM_COLUMN[code])}) AS ${sql.raw(code)}`);
    const missing = options.missing;
    const page = missing
      ? sql`(SELECT json_agg(p) FROM (
          SELECT d.tenant_id, d.tenant_name, d.service FROM d WHERE d.row = ${missing.row} AND NOT d.${sql.raw(ITEM_COLUMN[missing.item])}
          ORDER BY d.tenant_name, d.tenant_id, d.service LIMIT ${options.limit} OFFSET ${options.offset}
        ) p)`
      : sql`NULL::json`;
    const result = await tx.execute<{ counts: Record<string, string | number>[] | null; page: { tenant_id: string; tenant_name: string; service: string }[] | null }>(sql`
      WITH d AS MATERIALIZED (SELECT ${DIBS_COLUMNS} FROM (${dibsServices(options)}) d)
      SELECT (SELECT json_agg(c) FROM (
          SELECT d.row, count(*) AS services, count(*) FILTER (WHERE d.full_dibs) AS full_dibs, ${sql.join(counted, sql`, `)} FROM d GROUP BY d.row
        ) c) AS counts, ${page} AS page`);
    const byRow = new Map((result.rows[0]?.counts ?? []).map((row) => [row.row, row]));
    const rows = DIBS_REQUIREMENT_ROWS.map(({ code, name }) => {
      const services = int(byRow.get(code)?.services);
      const fullDibs = int(byRow.get(code)?.full_dibs);
      return { row: code, label: name, services, fullDibs, fullDibsPercent: completionPercent(fullDibs, services) };
    });
    const items = rows.flatMap(({ row, services }) =>
      DIBS_REPORT_ITEMS.map(({ code, kind, label }) => {
        const required = rowRequires(row, code) ? services : 0;
        const recorded = int(byRow.get(row)?.[code]);
        return { row, item: code, kind, label, required, recorded, missing: required > 0 ? required - recorded : 0, percent: completionPercent(recorded, required) };
      }),
    );
    if (!missing) return { rows, items, missing: null };
    const { row, item } = missing;
    // Every item column is true or false, so the services missing the item are the row's services less those with it.
    const total = int(byRow.get(row)?.services) - int(byRow.get(row)?.[item]);
    return {
      rows,
      items,
      missing: {
        row,
        item,
        total,
        limit: options.limit,
        offset: options.offset,
        items: (result.rows[0]?.page ?? []).map((r) => ({ tenantId: r.tenant_id, tenantName: r.tenant_name, service: r.service })),
      },
    };
  });
}
