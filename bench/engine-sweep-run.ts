/**
 * `npx tsx bench/engine-sweep-run.ts [--tenants N] [--timers M] [--seconds S] [--only embedded|external]`: the
 * engine sweep on its own — seed N tenants (as `npm run bench` does), give M of them (all by default) a due timer,
 * and drain for at most S seconds (no limit by default) as bench/engine-sweep.ts does. Prints figures, never asserts.
 */
import { parseArgs } from "node:util";
import { measureEngineSweep, printEngineSweep } from "./engine-sweep.ts";
import { databaseKindOf, wholeNumber, withSeededDatabase } from "./standalone.ts";

const TODAY = "2026-11-23";

const { values: args } = parseArgs({
  options: { tenants: { type: "string", default: "2000" }, timers: { type: "string" }, seconds: { type: "string" }, only: { type: "string", default: "embedded" } },
});
const tenants = wholeNumber("tenants", args.tenants);
const timers = args.timers === undefined ? undefined : wholeNumber("timers", args.timers);
const seconds = args.seconds === undefined ? undefined : wholeNumber("seconds", args.seconds);
const kind = databaseKindOf(args.only);

await withSeededDatabase(kind, { tenants, today: TODAY }, async (url) =>
  printEngineSweep(await measureEngineSweep(url, { today: TODAY, label: kind, ...(timers ? { timers } : {}), ...(seconds ? { seconds } : {}) })),
);
