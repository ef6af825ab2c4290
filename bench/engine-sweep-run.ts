/**
 * `npx tsx bench/engine-sweep-run.ts [--tenants N] [--timers M] [--seconds S] [--only embedded|external]`: the
 * engine sweep on its own — seed N tenants (as `npm run bench` does), give M of them (all by default) a due timer,
 * and drain for at most S seconds (no limit by default) as bench/engine-sweep.ts does. Prints figures, never asserts.
 */
import { parseArgs } from "node:util";
import { applyMigrations, connect } from "@waymark/db";
import { seedTenants } from "../apps/server/src/seed/seed.ts";
import { type DatabaseKind, openEmbedded, openExternal } from "./databases.ts";
import { measureEngineSweep, printEngineSweep } from "./engine-sweep.ts";
import { progress, timed } from "./stats.ts";

const TODAY = "2026-11-23";

const { values: args } = parseArgs({
  options: { tenants: { type: "string", default: "2000" }, timers: { type: "string" }, seconds: { type: "string" }, only: { type: "string", default: "embedded" } },
});
const whole = (name: string, value: string) => {
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1`);
  return n;
};
const tenants = whole("tenants", args.tenants ?? "");
const timers = args.timers === undefined ? undefined : whole("timers", args.timers);
const seconds = args.seconds === undefined ? undefined : whole("seconds", args.seconds);
if (args.only !== "embedded" && args.only !== "external") throw new Error("--only takes embedded or external");
const kind = args.only as DatabaseKind;

const database = kind === "embedded" ? await openEmbedded() : await openExternal();
if (typeof database === "string") throw new Error(`external: ${database}`);
try {
  progress(`${kind}: ${database.description}`);
  const handle = connect(database.url, { applicationName: "waymark-bench" });
  try {
    await applyMigrations(handle.pool);
    const seeded = await timed(() => seedTenants(handle.db, { tenants, seed: 1, today: TODAY }));
    await handle.pool.query("VACUUM (ANALYZE)");
    progress(`${kind}: seeded ${tenants.toLocaleString("en")} tenants in ${(seeded.ms / 1000).toFixed(1)} s`);
  } finally {
    await handle.close();
  }
  printEngineSweep(await measureEngineSweep(database.url, { today: TODAY, label: kind, ...(timers ? { timers } : {}), ...(seconds ? { seconds } : {}) }));
} finally {
  await database.cleanup();
}
