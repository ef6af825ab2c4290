import type { TProblem } from "@waymark/contracts";
import { ApiError } from "../../lib/api.ts";
import { formatFilter, formatSort, type PortfolioState } from "./portfolio-state.ts";
import type { PortfolioColumns, PortfolioPage, SavedView, SavedViewInput, SavedViewPatch } from "./portfolio-types.ts";

const HEADERS = { Accept: "application/json", "X-Requested-With": "waymark" };

async function failure(response: Response): Promise<ApiError> {
  let problem: TProblem = {
    type: "about:blank",
    title: "Request failed",
    status: response.status,
    detail: `The request failed with HTTP ${response.status}.`,
    code: "http_error",
  };
  try {
    const body = (await response.json()) as Partial<TProblem>;
    if (typeof body.detail === "string" || typeof body.title === "string") problem = { ...problem, ...body } as TProblem;
  } catch {
    // Not a problem document: keep the generic one.
  }
  return new ApiError(problem);
}

async function send(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? HEADERS : { ...HEADERS, "Content-Type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError({ type: "about:blank", title: "Request failed", status: 0, code: "network", detail: "Could not reach the Waymark server. Check your connection and try again." });
  }
  if (!response.ok) throw await failure(response);
  return response;
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
  exportCsv: (state: PortfolioState, signal: AbortSignal) => send("GET", `/portfolio/tenants.csv?${tenantsParams(state)}`, undefined, signal),
  views: (signal?: AbortSignal) => json<{ items: SavedView[] }>("GET", "/portfolio/views", undefined, signal),
  createView: (body: SavedViewInput) => json<SavedView>("POST", "/portfolio/views", body),
  updateView: (id: string, body: SavedViewPatch) => json<SavedView>("PATCH", `/portfolio/views/${encodeURIComponent(id)}`, body),
  deleteView: (view: SavedView) => json<void>("DELETE", `/portfolio/views/${encodeURIComponent(view.id)}?version=${view.version}`),
};
