import type { QueryClient } from "@tanstack/react-query";

/**
 * After an assignment changed from the Portfolio: both of its lists show assignment columns (Primary FM, FastTrack
 * Managers, the customers' primary FM), so their rows and counts are fetched again.
 */
export function refreshPortfolioLists(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ["portfolio", "tenants"] }),
    queryClient.invalidateQueries({ queryKey: ["portfolio", "count"] }),
    queryClient.invalidateQueries({ queryKey: ["customers", "list"] }),
  ]);
}
