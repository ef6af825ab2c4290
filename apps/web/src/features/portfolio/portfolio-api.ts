import { apiResponse } from "../../lib/api.ts";
import { formatFilter, formatSort, type PortfolioState } from "./portfolio-state.ts";
import type { PortfolioColumns, PortfolioPage, SavedView, SavedViewInput, SavedViewPatch } from "./portfolio-types.ts";

async function send(method: string, path: string, body?: unknown, signal?: AbortSignal, accept?: string): Promise<Response> {
  return apiResponse(method, path, { body, signal, ...(accept ? { accept } : {}) });
}

async function json<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const response = await send(method, path, body, signal);
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

/** The API's query for a state: the URL's params, minus the view name, plus paging. */
export function tenantsParams(state: PortfolioState, page?: { limit: number; offset: number }): string {
  const params = new URLSearchParams();
  params.set("scope", state.scope ?? "my_active");
  params.set("priority", state.priority ?? "all");
  if (state.display) params.set("display", state.display);
  if (state.cols?.length) params.set("cols", state.cols.join(","));
  if (state.q) params.set("q", state.q);
  for (const filter of state.filters) params.append("filter", formatFilter(filter));
  if (state.sort.length) params.set("sort", formatSort(state.sort));
  if (page) {
    params.set("limit", String(page.limit));
    params.set("offset", String(page.offset));
  }
  return params.toString();
}

export const portfolioApi = {
  columns: (signal?: AbortSignal) => json<PortfolioColumns>("GET", "/portfolio/columns", undefined, signal),
  tenants: (state: PortfolioState, page: { limit: number; offset: number }, signal?: AbortSignal) =>
    json<PortfolioPage>("GET", `/portfolio/tenants?${tenantsParams(state, page)}`, undefined, signal),
  /** The raw response, so the caller can read the stream and show progress. */
  exportCsv: (state: PortfolioState, signal: AbortSignal) => send("GET", `/portfolio/tenants.csv?${tenantsParams(state)}`, undefined, signal, "text/csv"),
  views: (signal?: AbortSignal) => json<{ items: SavedView[] }>("GET", "/portfolio/views", undefined, signal),
  createView: (body: SavedViewInput) => json<SavedView>("POST", "/portfolio/views", body),
  updateView: (id: string, body: SavedViewPatch) => json<SavedView>("PATCH", `/portfolio/views/${encodeURIComponent(id)}`, body),
  deleteView: (view: SavedView) => json<void>("DELETE", `/portfolio/views/${encodeURIComponent(view.id)}?version=${view.version}`),
};
