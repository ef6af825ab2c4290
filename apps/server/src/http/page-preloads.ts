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

/** The `Link` header value asking the browser to fetch `paths` now, as the app's fetch() calls send them (same-origin, with the cookie). */
export function preloadLinkHeader(paths: readonly string[]): string {
  return paths.map((path) => `<${path}>; rel=preload; as=fetch; crossorigin=anonymous`).join(", ");
}
