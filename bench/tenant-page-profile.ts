/**
 * Where a cold tenant-page load spends the page's main thread: Chromium's sampling CPU profiler (DevTools protocol)
 * over cold loads of the tenant page and of the baseline, alternating; each sample is put down to the original
 * source of the built scripts (their source maps): a package, or the app's own folder. Prints means per load.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { SourceMapConsumer } from "source-map-js";
import { baselineLoad, coldLoad, type Load, tenantLoad } from "./tenant-page-browser.ts";
import type { PageServer } from "./tenant-page-server.ts";
import { fmtMs, progress, round } from "./stats.ts";

/** Sampling interval in microseconds: fine enough for a 600 ms load, coarse enough not to slow it much. */
const SAMPLING_US = 200;
const TOP_SOURCES = 25;
const TOP_FUNCTIONS = 30;

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Milliseconds of one load by where they went: "(idle)", "(program)" (the browser's own work), "(garbage collector)", a package or an app folder. */
type Attribution = Map<string, number>;
export type ProfileSide = { loads: number; loadMs: number; busyMs: number; bySource: Record<string, number>; byFunction: Record<string, number> };
export type TenantPageProfile = { tenant: ProfileSide; baseline: ProfileSide };

/** What a position in the original sources belongs to: the package under node_modules, or the app's folder (two levels under src). */
export function sourceGroup(source: string): string {
  const modules = source.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = source.slice(modules + "node_modules/".length).split("/");
    return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? source);
  }
  const src = source.lastIndexOf("src/");
  if (src < 0) return source;
  const parts = source.slice(src + "src/".length).split("/");
  return `app: ${parts.length > 2 ? parts.slice(0, 2).join("/") : parts.join("/")}`;
}

/** A position in the original sources, short: from the package (or src/) on, with its line. */
export function sourcePlace(source: string, line: number): string {
  const modules = source.lastIndexOf("node_modules/");
  const src = source.lastIndexOf("src/");
  const from = modules >= 0 ? modules + "node_modules/".length : src >= 0 ? src : 0;
  return `${source.slice(from)}:${line}`;
}

/** Maps a script URL and position to its group, and to its function's place, through the script's source map, read once per script. */
function sourceMapper(webDir: string) {
  const consumers = new Map<string, Promise<SourceMapConsumer | null>>();
  const consumer = (url: string) => {
    let found = consumers.get(url);
    if (!found) {
      const file = path.join(webDir, new URL(url).pathname);
      found = readFile(`${file}.map`, "utf8")
        .then((text) => new SourceMapConsumer(JSON.parse(text)))
        .catch(() => null);
      consumers.set(url, found);
    }
    return found;
  };
  return async (frame: CallFrame): Promise<{ group: string; place: string }> => {
    if (!frame.url) {
      const group = frame.functionName.startsWith("(") ? frame.functionName : "(native)";
      return { group, place: frame.functionName || group };
    }
    if (!frame.url.includes("/assets/")) {
      const group = `(${new URL(frame.url).pathname === "/" ? "page" : frame.url})`;
      return { group, place: group };
    }
    const map = await consumer(frame.url);
    const position = map?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!position?.source) {
      const group = `(${path.basename(new URL(frame.url).pathname)})`;
      return { group, place: `${group} ${frame.functionName}` };
    }
    return { group: sourceGroup(position.source), place: `${sourcePlace(position.source, position.line)} ${frame.functionName}`.trim() };
  };
}

async function attribute(profile: CpuProfile, mapFrame: ReturnType<typeof sourceMapper>): Promise<{ groups: Attribution; places: Attribution }> {
  const mapped = new Map<number, { group: string; place: string }>();
  for (const node of profile.nodes) mapped.set(node.id, await mapFrame(node.callFrame));
  const groups: Attribution = new Map();
  const places: Attribution = new Map();
  profile.samples.forEach((id, i) => {
    const { group, place } = mapped.get(id) ?? { group: "(unknown)", place: "(unknown)" };
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    groups.set(group, (groups.get(group) ?? 0) + ms);
    if (group !== "(idle)") places.set(place, (places.get(place) ?? 0) + ms);
  });
  return { groups, places };
}

/** One cold load with the profiler running in its page from before the navigation until the page is ready. */
export function profiledColdLoad(browser: Browser, server: PageServer, cookie: string, load: (page: Page, onReady: () => Promise<void>) => Promise<Load>) {
  return coldLoad(browser, server, cookie, async (page, context) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: SAMPLING_US });
    await cdp.send("Profiler.start");
    let profile: CpuProfile | undefined;
    const timed = await load(page, async () => {
      profile = (await cdp.send("Profiler.stop")).profile as CpuProfile;
    });
    if (!profile) throw new Error("the profiled load ended without stopping the profiler");
    return { load: timed, profile };
  });
}

type ProfiledLoad = { load: Load; groups: Attribution; places: Attribution };

/** Means per load, rounded to 0.1 ms. */
function meanPerLoad(attributions: Attribution[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const attribution of attributions) for (const [key, ms] of attribution) sums[key] = (sums[key] ?? 0) + ms;
  return Object.fromEntries(Object.entries(sums).map(([key, ms]) => [key, round(ms / attributions.length, 1)]));
}

function sideOf(loads: ProfiledLoad[]): ProfileSide {
  const bySource = meanPerLoad(loads.map((l) => l.groups));
  const busyMs = Object.entries(bySource).reduce((sum, [group, ms]) => (group === "(idle)" ? sum : sum + ms), 0);
  const loadMs = loads.reduce((sum, l) => sum + l.load.ms, 0) / loads.length;
  return { loads: loads.length, loadMs: round(loadMs, 1), busyMs: round(busyMs, 1), bySource, byFunction: meanPerLoad(loads.map((l) => l.places)) };
}

export async function profileTenantPage(
  browser: Browser,
  server: PageServer,
  cookie: string,
  tenants: { id: string; name: string }[],
  webDir: string,
): Promise<TenantPageProfile> {
  const mapFrame = sourceMapper(webDir);
  const tenant: ProfiledLoad[] = [];
  const baseline: ProfiledLoad[] = [];
  // Untimed: the server's first loads (JIT, pools) when no timed loads ran before.
  const first = tenants[0];
  if (first) await coldLoad(browser, server, cookie, (page) => tenantLoad(page, server, first));
  await coldLoad(browser, server, cookie, (page) => baselineLoad(page, server));
  for (const [i, t] of tenants.entries()) {
    const a = await profiledColdLoad(browser, server, cookie, (page, onReady) => tenantLoad(page, server, t, onReady));
    tenant.push({ load: a.load, ...(await attribute(a.profile, mapFrame)) });
    const b = await profiledColdLoad(browser, server, cookie, (page, onReady) => baselineLoad(page, server, onReady));
    baseline.push({ load: b.load, ...(await attribute(b.profile, mapFrame)) });
    if ((i + 1) % 10 === 0 || i + 1 === tenants.length) progress(`  profile: ${i + 1} / ${tenants.length} tenants loaded`);
  }
  return { tenant: sideOf(tenant), baseline: sideOf(baseline) };
}

export function printTenantPageProfile(result: TenantPageProfile): void {
  const out = (line = "") => process.stdout.write(`${line}\n`);
  const { tenant, baseline } = result;
  out();
  out(`Tenant page, cold load, main thread (sampling CPU profile every ${SAMPLING_US} µs, ${tenant.loads} loads each, alternating; means per load)`);
  out(`  tenant page: ready at ${fmtMs(tenant.loadMs)} ms, main thread busy ${fmtMs(tenant.busyMs)} ms until then`);
  out(`  baseline:    ready at ${fmtMs(baseline.loadMs)} ms, main thread busy ${fmtMs(baseline.busyMs)} ms until then`);
  out("  | where | tenant page | baseline | difference |");
  out("  |---|---|---|---|");
  const groups = [...new Set([...Object.keys(tenant.bySource), ...Object.keys(baseline.bySource)])]
    .filter((g) => g !== "(idle)")
    .map((g) => ({ g, t: tenant.bySource[g] ?? 0, b: baseline.bySource[g] ?? 0 }))
    .sort((x, y) => y.t - x.t);
  for (const { g, t, b } of groups.slice(0, TOP_SOURCES)) out(`  | ${g} | ${fmtMs(t)} ms | ${fmtMs(b)} ms | ${fmtMs(t - b)} ms |`);
  const rest = groups.slice(TOP_SOURCES);
  if (rest.length > 0) {
    const t = rest.reduce((s, x) => s + x.t, 0);
    const b = rest.reduce((s, x) => s + x.b, 0);
    out(`  | ${rest.length} more | ${fmtMs(t)} ms | ${fmtMs(b)} ms | ${fmtMs(t - b)} ms |`);
  }
  out(`  The ${TOP_FUNCTIONS} functions with the most self time more on the tenant page than on the baseline (place in the original source, minified name):`);
  out("  | function | tenant page | baseline | difference |");
  out("  |---|---|---|---|");
  const functions = [...new Set([...Object.keys(tenant.byFunction), ...Object.keys(baseline.byFunction)])]
    .map((f) => ({ f, t: tenant.byFunction[f] ?? 0, b: baseline.byFunction[f] ?? 0 }))
    .sort((x, y) => y.t - y.b - (x.t - x.b));
  for (const { f, t, b } of functions.slice(0, TOP_FUNCTIONS)) out(`  | ${f} | ${fmtMs(t)} ms | ${fmtMs(b)} ms | ${fmtMs(t - b)} ms |`);
}
