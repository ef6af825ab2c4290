import { openDatabase } from "../../database.ts";
import { parseEnv } from "../../env.ts";

export async function migrateCommand(): Promise<void> {
  const database = await openDatabase(parseEnv(), { notice: (m) => process.stderr.write(`${m}\n`) });
  process.stdout.write(`Migrations applied on ${database.description}.\n`);
  await database.shutdown();
}
