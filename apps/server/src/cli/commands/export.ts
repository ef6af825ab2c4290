import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { exportRows } from "@waymark/db";
import { openDatabase } from "../../database.ts";
import { parseEnv } from "../../env.ts";
import { EXPORT_FORMAT } from "./export-format.ts";

export async function exportCommand(options: { out: string }): Promise<void> {
  const database = await openDatabase(parseEnv(), { notice: (m) => process.stderr.write(`${m}\n`) });
  const out = options.out === "-" ? process.stdout : createWriteStream(options.out);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  let count = 0;
  try {
    await write(JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: new Date().toISOString() }));
    for await (const { table, json } of exportRows(database.pool)) {
      await write(`{"table":${JSON.stringify(table)},"row":${json}}`);
      count++;
    }
  } finally {
    if (out !== process.stdout) await new Promise<void>((resolve) => (out as NodeJS.WritableStream).end(resolve));
    await database.shutdown();
  }
  process.stderr.write(`Exported ${count} records${options.out === "-" ? "" : ` to ${options.out}`}.\n`);
}
