import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import {
  clearMigrationReferenceData,
  finishImport,
  importRows,
  isEmptyForImport,
  PORTABLE_TABLES,
  type PortableTable,
} from "@waymark/db";
import { openDatabase } from "../../database.ts";
import { parseEnv } from "../../env.ts";
import { EXPORT_FORMAT } from "./export-format.ts";

const BATCH = 1000;

/** Loads an export into an empty database in one transaction: either all of it lands, or nothing does. */
export async function importCommand(options: { in: string }): Promise<void> {
  const database = await openDatabase(parseEnv(), { notice: (m) => process.stderr.write(`${m}\n`) });
  const known = new Set<string>(PORTABLE_TABLES.map((t) => t.name));
  let count = 0;
  try {
    if (!(await isEmptyForImport(database.db))) {
      throw new Error(
        "the database is not empty; import into a new one (a new WAYMARK_DATA_DIR, or a new DATABASE_URL) before its first `serve`",
      );
    }
    await database.db.transaction(async (tx) => {
      await clearMigrationReferenceData(tx);
      let lineNumber = 0;
      let pending: { table: PortableTable; rows: Record<string, unknown>[] } | null = null;
      const deferred: { table: PortableTable; rows: Record<string, unknown>[] }[] = [];
      const flush = async () => {
        if (!pending) return;
        await importRows(tx, pending.table, pending.rows);
        if (PORTABLE_TABLES.some((t) => t.name === pending?.table && "deferred" in t)) deferred.push(pending);
        pending = null;
      };
      // Created right before iterating: readline emits lines as soon as it exists, and lines emitted before the
      // loop attaches are lost (the loop would then wait forever).
      const input = options.in === "-" ? process.stdin : createReadStream(options.in);
      const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        lineNumber++;
        if (!line.trim()) continue;
        let record: { format?: string; table?: string; row?: Record<string, unknown> };
        try {
          record = JSON.parse(line);
        } catch {
          throw new Error(`line ${lineNumber} is not JSON`);
        }
        if (lineNumber === 1) {
          if (record.format !== EXPORT_FORMAT) throw new Error(`line 1 does not start a Waymark export (expected "format":"${EXPORT_FORMAT}")`);
          continue;
        }
        if (!record.table || !known.has(record.table) || typeof record.row !== "object") {
          throw new Error(`line ${lineNumber}: expected {"table": one of ${[...known].join(", ")}, "row": {...}}`);
        }
        const table = record.table as PortableTable;
        if (pending && (pending.table !== table || pending.rows.length >= BATCH)) await flush();
        pending ??= { table, rows: [] };
        pending.rows.push(record.row);
        count++;
      }
      await flush();
      await finishImport(tx, deferred);
    });
  } finally {
    await database.shutdown();
  }
  process.stderr.write(`Imported ${count} records.\n`);
}
