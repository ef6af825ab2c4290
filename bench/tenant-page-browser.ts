/**
 * Loads of the tenant page (and of a page needing no tenant data, the baseline) in headless Chromium, each timed
 * from the navigation's start until what the user came for is on screen, with the requests the page made.
 */
import { type Browser, type BrowserContext, chromium, type Page, type Request } from "playwright-core";
import { progress } from "./stats.ts";
import type { PageServer, ServedRequest } from "./tenant-page-server.ts";

const LOAD_TIMEOUT_MS = 30_000;
/** BENCH_TRACE_REQUESTS=1 lists every request of every load on stderr: size, start (ms after goto) and duration. */
const TRACE = process.env.BENCH_TRACE_REQUESTS === "1";
/** A path no route matches: the app's own "Page not found", which needs no tenant data. */
export const BASELINE_PATH = "/bench-no-such-page";
const BASELINE_HEADING = "Page not found";

/** As e2e/harness.ts launches it: Debian's Chromium, headless, nothing reaching beyond this machine. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * Runs in the page before its scripts: notes (performance.now(), from the navigation's start) when each visible h1
 * text first appears, and when `main` first holds a table row or a tab panel with content, whichever the page has.
 * A string, not a function: the TypeScript loader's helpers would not exist in the page.
 */
const RECORD_MARKS = `(() => {
  const headings = {};
  let content = null;
  const check = () => {
    const now = performance.now();
    for (const h of document.querySelectorAll("h1")) {
      const text = (h.textContent || "").trim();
      if (text && !(text in headings) && h.getClientRects().length > 0) headings[text] = now;
    }
    if (content === null && document.querySelector("main table tbody tr, main [role=tabpanel] > *")) content = now;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  window.__benchMarks = () => ({ headings, content });
})();`;

/** serverCpuMs: the server's CPU time from the navigation until the page's requests ended (10 ms ticks). */
export type Load = { ms: number; domContentLoadedMs: number; requests: number; apiRequests: number; bytes: number; serverCpuMs: number; served: ServedRequest[] };

export async function newSignedInContext(browser: Browser, base: string, cookie: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "waymark_session", value: cookie, url: base }]);
  await context.addInitScript({ content: RECORD_MARKS });
  return context;
}

/**
 * Navigates `page` to `path` and waits for `heading` (and, for a tenant, a table or a tab panel in `main`);
 * `onReady` runs as soon as they are there, before the requests still open are waited for.
 */
export async function timedLoad(page: Page, server: PageServer, path: string, heading: string, needsContent: boolean, onReady?: () => Promise<void>): Promise<Load> {
  const requests: Request[] = [];
  const navigationStart = Date.now();
  const onRequest = (request: Request) => void requests.push(request);
  page.on("request", onRequest);
  server.clearServed();
  const cpuBefore = server.cpuMs();
  try {
    await page.goto(`${server.base}${path}`, { waitUntil: "commit", timeout: LOAD_TIMEOUT_MS });
    await page.getByRole("heading", { level: 1, name: heading, exact: true }).waitFor({ timeout: LOAD_TIMEOUT_MS });
    if (needsContent) await page.locator("main").locator("table tbody tr, [role=tabpanel]").first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    await onReady?.();
    const marks = await page.evaluate(() => {
      const read = (window as unknown as { __benchMarks?: () => { headings: Record<string, number>; content: number | null } }).__benchMarks;
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      return { ...(read ? read() : { headings: {}, content: null }), domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN };
    });
    const headingAt = marks.headings[heading];
    if (headingAt === undefined || (needsContent && marks.content === null)) throw new Error(`no timing marks for ${path}: ${JSON.stringify(marks)}`);
    // Requests still open when the page was ready are part of its load: let them end (at most 5 s).
    await page.waitForLoadState("networkidle", { timeout: 5000 }).catch(() => {});
    const serverCpuMs = server.cpuMs() - cpuBefore;
    let bytes = 0;
    for (const request of requests) {
      const sizes = await request.sizes().catch(() => null);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      if (TRACE) {
        const t = request.timing();
        progress(`    ${path}: ${request.url().replace(server.base, "")} ${sizes?.responseBodySize ?? "?"} B, start ${t.startTime - navigationStart} ms, +${t.responseEnd.toFixed(0)} ms`);
      }
    }
    return {
      ms: needsContent ? Math.max(headingAt, marks.content ?? 0) : headingAt,
      domContentLoadedMs: marks.domContentLoaded,
      requests: requests.length,
      apiRequests: requests.filter((r) => new URL(r.url()).pathname.startsWith("/api/")).length,
      bytes,
      serverCpuMs,
      served: server.served().filter((r) => r.url.startsWith("/api/")),
    };
  } finally {
    page.off("request", onRequest);
  }
}

export const tenantLoad = (page: Page, server: PageServer, tenant: { id: string; name: string }, onReady?: () => Promise<void>) =>
  timedLoad(page, server, `/tenants/${tenant.id}`, tenant.name, true, onReady);
export const baselineLoad = (page: Page, server: PageServer, onReady?: () => Promise<void>) =>
  timedLoad(page, server, BASELINE_PATH, BASELINE_HEADING, false, onReady);

/**
 * Chromium's browser process goes on with a new context (and the one closed before it) for a while after the calls
 * return: about half a second of CPU per load, on the cores the page and the server need. A visitor's browser does not
 * do that while a page loads, so a cold load waits this long before it navigates.
 */
const SETTLE_MS = 300;

/** A load in a context of its own (nothing cached, a new connection), closed afterwards. */
export async function coldLoad<T>(browser: Browser, server: PageServer, cookie: string, load: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await newSignedInContext(browser, server.base, cookie);
  try {
    const page = await context.newPage();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return await load(page, context);
  } finally {
    await context.close();
  }
}
