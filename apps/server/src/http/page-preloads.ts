const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SIGNED_OUT_PAGES = new Set(["/sign-in", "/change-password"]);

/**
 * The API requests the web app's first screen at `url` makes at once (apps/web/src/early-fetch.ts), so the page can
 * ask the browser for them with the HTML instead of after its scripts have loaded. Exactly the URLs the app requests
 * (a preload is used only by a request for the same URL); none for the sign-in screens.
 */
export function pagePreloads(url: string): string[] {
  const parsed = new URL(url, "http://page.invalid");
  if (SIGNED_OUT_PAGES.has(parsed.pathname)) return [];
  const preloads = ["/api/auth/me", "/api/catalogs"];
  const tenantId = /^\/tenants\/([^/]+)\/?$/.exec(parsed.pathname)?.[1];
  if (!tenantId || !UUID.test(tenantId)) return preloads;
  const tenant = `/api/tenants/${tenantId}`;
  preloads.push(tenant, `${tenant}/contacts`, `${tenant}/findings?status=open`);
  const tab = parsed.searchParams.get("tab");
  // The Status tab opens by default, and its notes come with it; an anchor (#…) never reaches the server.
  if (tab === null || tab.trim().toLowerCase() === "status") preloads.push(`${tenant}/notes?limit=100`);
  return preloads;
}

/** A file the built page loads before it can show anything: its module scripts and its style sheets. */
export type PageAsset = { kind: "script" | "style"; path: string };

const TAG = /<(script|link)\b([^>]*)>/gi;
const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`, "i").exec(attributes)?.[1];

/** The scripts and style sheets of this origin that the built index.html names, in its order. */
export function pageAssets(indexHtml: string): PageAsset[] {
  const assets: PageAsset[] = [];
  for (const [, tag = "", attributes = ""] of indexHtml.matchAll(TAG)) {
    const isScript = tag.toLowerCase() === "script";
    const file = attribute(attributes, isScript ? "src" : "href");
    if (!file?.startsWith("/") || file.startsWith("//")) continue;
    const rel = attribute(attributes, "rel");
    if ((isScript && attribute(attributes, "type") === "module") || rel === "modulepreload") assets.push({ kind: "script", path: file });
    else if (rel === "stylesheet") assets.push({ kind: "style", path: file });
  }
  return assets;
}

/**
 * The `Link` header value asking the browser to fetch the page's own files, then the data `paths` as the app's fetch()
 * calls send them (same-origin, with the cookie). The files come first: over HTTP/1.1 a browser opens six connections
 * to a host, and data preloads ahead of the scripts would hold all six while the scripts, needed first, wait.
 */
export function preloadLinkHeader(paths: readonly string[], assets: readonly PageAsset[] = []): string {
  const files = assets.map(({ kind, path }) =>
    kind === "script" ? `<${path}>; rel=modulepreload; crossorigin=anonymous` : `<${path}>; rel=preload; as=style; crossorigin=anonymous`,
  );
  return [...files, ...paths.map((path) => `<${path}>; rel=preload; as=fetch; crossorigin=anonymous`)].join(", ");
}
