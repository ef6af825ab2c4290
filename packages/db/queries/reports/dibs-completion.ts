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

export async function reportDibsCompletion(db: Database, options: DibsCompletionOptions): Promise<DibsCompletionReport> {
  return inReportSnapshot(db, async (tx) => {
    const counted = DIBS_REPORT_ITEMS.map(({ code }) => sql`count(*) FILTER (WHERE d.${sql.raw(ITEM_COLUMN[code])}) AS ${sql.raw(code)}`);
    const counts = await tx.execute<Record<string, string>>(sql`
      SELECT d.row, count(*) AS services, count(*) FILTER (WHERE d.full_dibs) AS full_dibs, ${sql.join(counted, sql`, `)}
      FROM (${dibsServices(options)}) d GROUP BY d.row`);
    const byRow = new Map(counts.rows.map((row) => [row.row, row]));
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
    if (!options.missing) return { rows, items, missing: null };
    const { row, item } = options.missing;
    const page = await tx.execute<{ tenant_id: string; tenant_name: string; service: string; total: string }>(sql`
      SELECT d.tenant_id, d.tenant_name, d.service, count(*) OVER () AS total FROM (${dibsServices(options)}) d
      WHERE d.row = ${row} AND NOT d.${sql.raw(ITEM_COLUMN[item])}
      ORDER BY d.tenant_name, d.tenant_id, d.service LIMIT ${options.limit} OFFSET ${options.offset}`);
    const total = page.rows.length > 0 ? int(page.rows[0]?.total) : int(byRow.get(row)?.services) - int(byRow.get(row)?.[item]);
    return {
      rows,
      items,
      missing: {
        row,
        item,
        total,
        limit: options.limit,
        offset: options.offset,
        items: page.rows.map((r) => ({ tenantId: r.tenant_id, tenantName: r.tenant_name, service: r.service })),
      },
    };
  });
}
