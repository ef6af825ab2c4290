import { SingleBar } from "cli-progress";
import { openDatabase } from "../../database.ts";
import { parseEnv } from "../../env.ts";
import { seedTenants } from "../../seed/seed.ts";

export async function seedCommand(options: { tenants: number; seed: number; today: string; append: boolean }): Promise<void> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error("--today must be a date like 2026-11-23");
  const database = await openDatabase(parseEnv(), { notice: (m) => process.stderr.write(`${m}\n`) });
  const interactive = process.stderr.isTTY === true;
  const bar = new SingleBar({ format: "seeding [{bar}] {percentage}% | {value}/{total} tenants | {duration_formatted}", stream: process.stderr });
  let lastReported = 0;
  const started = performance.now();
  try {
    if (interactive) bar.start(options.tenants, 0);
    const totals = await seedTenants(database.db, {
      ...options,
      onProgress: (done, total) => {
        if (interactive) bar.update(done);
        else if (done === total || done - lastReported >= total / 10) {
          lastReported = done;
          process.stderr.write(`seeding: ${done}/${total} tenants (${Math.round((100 * done) / total)}%)\n`);
        }
      },
    });
    if (interactive) bar.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`Seeded ${totals.customers} customers, ${totals.tenants} tenants, ${totals.services} services in ${seconds} s on ${database.description}.\n`);
  } finally {
    if (interactive) bar.stop();
    await database.shutdown();
  }
}
