/**
 * `npx tsx bench/tenant-page.ts [--tenants N] [--loads M] [--profile P] [--only embedded|external]`: the initial load of a tenant
 * page in headless Chromium against `waymark serve` on a database seeded with N tenants (default 100,000), for M
 * tenants (default 30), cold (a new browser context per load: nothing cached) and warm (one context); against the
 * app's "Page not found" loaded the same way (the baseline: the same app, no tenant data). As the bench FM on its own
 * tenants and as an administrator. `--profile P` adds P cold loads of each with Chromium's CPU profiler, put down to
 * the packages and app folders the main thread's time went to (`--loads 0` for the profile alone). Also called by
 * `npm run bench`. Prints figures, never asserts.
 */
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { applyMigrations, connect } from "@waymark/db";
import type { Browser } from "playwright-core";
import { seedTenants } from "../apps/server/src/seed/seed.ts";
import { type BenchDatabase, openEmbedded, openExternal } from "./databases.ts";
import { databaseKindOf, wholeNumber } from "./standalone.ts";
import { fmtMs, progress, round, type Summary, summarize, timed } from "./stats.ts";
import { baselineLoad, coldLoad, launchChromium, type Load, newSignedInContext, tenantLoad } from "./tenant-page-browser.ts";
import { type BenchAccount, prepareTenantPageData, type TenantPageData } from "./tenant-page-data.ts";
import { type PageServer, sessionCookie, startPageServer, webSnapshot } from "./tenant-page-server.ts";
import { printTenantPageProfile, profileTenantPage, type TenantPageProfile } from "./tenant-page-profile.ts";

const TODAY = "2026-11-23";
const TARGET_MS = 1000;

type Side = { ms: Summary; requests: number; apiRequests: number; kb: number; domContentLoaded: Summary; serverCpuMs: number };
export type Condition = { tenant: Side; baseline: Side; ratioP50: number; ratioP99: number };
export type UserResult = { user: string; cold: Condition; warm: Condition };
export type RouteTime = { route: string; count: number; p50: number; p99: number; max: number };
export type TenantPageResult = { label: string; loads: number; setupMs: number; users: UserResult[]; routes: RouteTime[]; profile?: TenantPageProfile };

const side = (loads: Load[]): Side => ({
  ms: summarize(loads.map((l) => l.ms)),
  requests: summarize(loads.map((l) => l.requests)).p50,
  apiRequests: summarize(loads.map((l) => l.apiRequests)).p50,
  kb: round(summarize(loads.map((l) => l.bytes)).p50 / 1024, 1),
  domContentLoaded: summarize(loads.map((l) => l.domContentLoadedMs)),
  // A mean: the clock ticks are 10 ms, too coarse for a percentile of single loads.
  serverCpuMs: summarize(loads.map((l) => l.serverCpuMs)).mean,
});

const condition = (tenant: Load[], baseline: Load[]): Condition => {
  const t = side(tenant);
  const b = side(baseline);
  return { tenant: t, baseline: b, ratioP50: round(t.ms.p50 / b.ms.p50), ratioP99: round(t.ms.p99 / b.ms.p99) };
};

/** API paths with ids and query strings folded, so the same endpoint over many tenants is one row. */
const routeOf = (method: string, url: string) =>
  `${method} ${url.split("?")[0]?.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ":id")}`;

async function measureUser(browser: Browser, server: PageServer, data: TenantPageData, who: string, account: BenchAccount, loads: number, served: Load["served"]): Promise<UserResult> {
  const cookie = await sessionCookie(server.base, account.username, account.password);
  const tenants = data.tenants;
  if (tenants.length < loads + 2) throw new Error(`--loads ${loads} needs ${loads + 2} bench tenants; there are ${tenants.length}`);
  const warmContext = await newSignedInContext(browser, server.base, cookie);
  try {
    const warmPage = await warmContext.newPage();
    // Untimed: the server's and the browser's first load of each kind (JIT, pools, the warm context's cache).
    const first = tenants[loads] as (typeof tenants)[number];
    await coldLoad(browser, server, cookie, (page) => tenantLoad(page, server, first));
    await tenantLoad(warmPage, server, tenants[loads + 1] as (typeof tenants)[number]);
    await baselineLoad(warmPage, server);
    const cold = { tenant: [] as Load[], baseline: [] as Load[] };
    const warm = { tenant: [] as Load[], baseline: [] as Load[] };
    for (let i = 0; i < loads; i++) {
      const tenant = tenants[i] as (typeof tenants)[number];
      // Tenant and baseline alternate, cold and warm alike, so machine noise hits both.
      cold.tenant.push(await coldLoad(browser, server, cookie, (page) => tenantLoad(page, server, tenant)));
      cold.baseline.push(await coldLoad(browser, server, cookie, (page) => baselineLoad(page, server)));
      warm.tenant.push(await tenantLoad(warmPage, server, tenant));
      warm.baseline.push(await baselineLoad(warmPage, server));
      served.push(...(cold.tenant.at(-1)?.served ?? []), ...(warm.tenant.at(-1)?.served ?? []));
      if ((i + 1) % 10 === 0 || i + 1 === loads) progress(`  ${who}: ${i + 1} / ${loads} tenants loaded`);
    }
    return { user: who, cold: condition(cold.tenant, cold.baseline), warm: condition(warm.tenant, warm.baseline) };
  } finally {
    await warmContext.close();
  }
}

/**
 * On a seeded database whose data the server at `env` will open: adds the bench's data (before `handOver`, which
 * gives the embedded cluster to the child server) and then measures the loads. `handOver` is called once, in between.
 */
export async function measureTenantPage(
  database: Pick<BenchDatabase, "url" | "serverEnv" | "handOver">,
  options: { loads: number; label: string; prepared?: TenantPageData; profileLoads?: number },
): Promise<TenantPageResult> {
  const data = options.prepared ?? (await prepareTenantPageData(database.url, TODAY));
  await database.handOver();
  const web = await webSnapshot();
  let browser: Browser | undefined;
  let server: PageServer | undefined;
  try {
    server = await startPageServer(database.serverEnv(), web.dir);
    browser = await launchChromium();
    const served: Load["served"] = [];
    const users: UserResult[] = [];
    for (const [who, account] of options.loads > 0 ? ([["FM", data.fm], ["administrator", data.admin]] as const) : []) {
      progress(`${options.label}: tenant page as the ${who}, ${options.loads} tenants, cold and warm`);
      users.push(await measureUser(browser, server, data, who, account, options.loads, served));
    }
    const byRoute = new Map<string, number[]>();
    for (const r of served) byRoute.set(routeOf(r.method, r.url), [...(byRoute.get(routeOf(r.method, r.url)) ?? []), r.ms]);
    const routes = [...byRoute.entries()]
      .map(([route, ms]) => {
        const s = summarize(ms);
        return { route, count: ms.length, p50: s.p50, p99: s.p99, max: s.max };
      })
      .sort((a, b) => b.p50 - a.p50);
    let profile: TenantPageProfile | undefined;
    if (options.profileLoads) {
      progress(`${options.label}: profiling ${options.profileLoads} cold loads of the tenant page and of the baseline as the FM`);
      const cookie = await sessionCookie(server.base, data.fm.username, data.fm.password);
      profile = await profileTenantPage(browser, server, cookie, data.tenants.slice(0, options.profileLoads), web.dir);
    }
    return { label: options.label, loads: options.loads, setupMs: round(data.setupMs, 0), users, routes, ...(profile ? { profile } : {}) };
  } finally {
    await browser?.close();
    await server?.stop();
    await web.dispose();
  }
}

export function printTenantPage(result: TenantPageResult): void {
  const out = (line = "") => process.stdout.write(`${line}\n`);
  if (result.profile) printTenantPageProfile(result.profile);
  if (result.users.length === 0) return;
  out();
  out(`Tenant page, initial load in Chromium — ${result.label} (${result.loads} tenants per user and condition; target p99 < ${TARGET_MS} ms)`);
  out(`  setup (assignments, notes, usage, users, data-quality summaries): ${(result.setupMs / 1000).toFixed(1)} s`);
  out("  | user | load | tenant p50 / p99 | baseline p50 / p99 | ratio p50 / p99 | requests (API) | transferred | server CPU, mean | DOMContentLoaded p50 | p99 < 1 s |");
  out("  |---|---|---|---|---|---|---|---|---|---|");
  for (const u of result.users) {
    for (const [name, c] of [["cold", u.cold], ["warm", u.warm]] as const) {
      out(
        `  | ${u.user} | ${name} | ${fmtMs(c.tenant.ms.p50)} / ${fmtMs(c.tenant.ms.p99)} ms | ${fmtMs(c.baseline.ms.p50)} / ${fmtMs(c.baseline.ms.p99)} ms | ` +
          `${c.ratioP50}× / ${c.ratioP99}× | ${c.tenant.requests} (${c.tenant.apiRequests}) vs ${c.baseline.requests} (${c.baseline.apiRequests}) | ` +
          `${c.tenant.kb} vs ${c.baseline.kb} kB | ${fmtMs(c.tenant.serverCpuMs)} vs ${fmtMs(c.baseline.serverCpuMs)} ms | ${fmtMs(c.tenant.domContentLoaded.p50)} ms | ${c.tenant.ms.p99 < TARGET_MS ? "yes" : "NO"} |`,
      );
    }
  }
  out("  Server time of the API requests of the tenant loads (from the server's request log), slowest p50 first:");
  out("  | request | count | p50 | p99 | max |");
  out("  |---|---|---|---|---|");
  for (const r of result.routes) out(`  | ${r.route} | ${r.count} | ${fmtMs(r.p50)} ms | ${fmtMs(r.p99)} ms | ${fmtMs(r.max)} ms |`);
}

/** Standalone: a fresh database of each kind, migrated and seeded, then the loads; removed whatever happens. */
async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: { tenants: { type: "string", default: "100000" }, loads: { type: "string", default: "30" }, profile: { type: "string", default: "0" }, only: { type: "string" } },
  });
  const tenants = wholeNumber("tenants", args.tenants, 1);
  const loads = wholeNumber("loads", args.loads, 0);
  const profileLoads = wholeNumber("profile", args.profile, 0);
  const kinds = args.only ? [databaseKindOf(args.only)] : (["embedded", "external"] as const);
  for (const kind of kinds) {
    const database = kind === "embedded" ? await openEmbedded() : await openExternal();
    if (typeof database === "string") {
      progress(`external: skipped: ${database}`);
      continue;
    }
    try {
      progress(`${kind}: ${database.description}; seeding ${tenants.toLocaleString("en")} tenants`);
      const handle = connect(database.url, { applicationName: "waymark-bench" });
      try {
        await applyMigrations(handle.pool);
        const seeded = await timed(() => seedTenants(handle.db, { tenants, seed: 1, today: TODAY }));
        await handle.pool.query("VACUUM (ANALYZE)");
        progress(`${kind}: seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
      } finally {
        await handle.close();
      }
      printTenantPage(await measureTenantPage(database, { loads, profileLoads, label: `${database.description}, ${tenants.toLocaleString("en")} tenants` }));
    } finally {
      await database.cleanup();
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
