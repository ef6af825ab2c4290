import type { QueryClient } from "@tanstack/react-query";
import { catalogsQuery } from "./features/catalogs/catalog-queries.ts";
import { tenantContactsQuery } from "./features/contacts/contacts-queries.ts";
import { findingsQuery } from "./features/findings/findings-queries.ts";
import { notesQuery } from "./features/notes/notes-queries.ts";
import { sessionQuery } from "./features/session/session-queries.ts";
import { STATUS_TAB_NOTES } from "./features/status/status.ts";
import { tenantQuery } from "./features/tenants/tenant-queries.ts";
import { isUuid } from "./lib/ids.ts";
import { openTab } from "./pages/tenant-detail/tenant-tabs.ts";

const SIGNED_OUT_PATHS = new Set(["/sign-in", "/change-password"]);

export type EarlyFetches = { signedIn: boolean; tenantId: string | null; statusTab: boolean };

/** What the first screen at a URL will ask for: a session unless signing in; a tenant page its tenant, and its Status tab's notes. */
export function earlyFetchesFor(location: { pathname: string; search: string; hash: string }): EarlyFetches {
  if (SIGNED_OUT_PATHS.has(location.pathname)) return { signedIn: false, tenantId: null, statusTab: false };
  const id = /^\/tenants\/([^/]+)\/?$/.exec(location.pathname)?.[1] ?? null;
  const tenantId = id && isUuid(id) ? id : null;
  const statusTab = tenantId !== null && openTab(new URLSearchParams(location.search).get("tab") ?? undefined, location.hash || undefined) === "status";
  return { signedIn: true, tenantId, statusTab };
}

/**
 * Starts the first screen's requests while the router is still checking the session, instead of after it: the router
 * checks the session before any page's loader runs, which made the tenant's own requests wait a round trip. The
 * router and the pages then find these in the cache. A signed-out reader's 401s take the usual way to sign-in.
 */
export function startEarlyFetches(queryClient: QueryClient, location: { pathname: string; search: string; hash: string }): void {
  const { signedIn, tenantId, statusTab } = earlyFetchesFor(location);
  if (!signedIn) return;
  void queryClient.prefetchQuery(sessionQuery);
  void queryClient.prefetchQuery(catalogsQuery);
  if (!tenantId) return;
  void queryClient.prefetchQuery(tenantQuery(tenantId));
  void queryClient.prefetchQuery(tenantContactsQuery(tenantId));
  void queryClient.prefetchQuery(findingsQuery(tenantId, "open"));
  if (statusTab) void queryClient.prefetchQuery(notesQuery(tenantId, { limit: STATUS_TAB_NOTES }));
}
