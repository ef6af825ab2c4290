import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { portfolioApi } from "./portfolio-api.ts";
import { portfolioQuery, type PortfolioState } from "./portfolio-state.ts";
import type { SavedView, SavedViewInput, SavedViewPatch } from "./portfolio-types.ts";

export const PAGE_SIZE = 100;

export const portfolioColumnsQuery = queryOptions({
  queryKey: ["portfolio", "columns"] as const,
  queryFn: ({ signal }) => portfolioApi.columns(signal),
  staleTime: 5 * 60_000,
});

/** One page of 100 rows at a page index; the grid asks for the pages its window shows. */
export function portfolioPageQuery(state: PortfolioState, page: number) {
  return queryOptions({
    queryKey: ["portfolio", "tenants", portfolioQuery(state), page] as const,
    queryFn: ({ signal }) => portfolioApi.tenants(state, { limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal),
    staleTime: 30_000,
  });
}

export const savedViewsQuery = queryOptions({
  queryKey: ["portfolio", "views"] as const,
  queryFn: ({ signal }) => portfolioApi.views(signal),
});

export function useSavedViewMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: savedViewsQuery.queryKey });
  return {
    create: useMutation({ mutationFn: (body: SavedViewInput) => portfolioApi.createView(body), onSuccess }),
    update: useMutation({ mutationFn: ({ id, ...body }: SavedViewPatch & { id: string }) => portfolioApi.updateView(id, body), onSuccess }),
    remove: useMutation({ mutationFn: (view: SavedView) => portfolioApi.deleteView(view), onSuccess }),
  };
}

/** How many rows a state has in all, without its rows (for "12 of 100,000"). */
export function portfolioCountQuery(state: PortfolioState) {
  return queryOptions({
    queryKey: ["portfolio", "count", portfolioQuery(state)] as const,
    queryFn: ({ signal }) => portfolioApi.tenants(state, { limit: 1, offset: 0 }, signal),
    select: (page) => page.total,
    staleTime: 60_000,
  });
}
