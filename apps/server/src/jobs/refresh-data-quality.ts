import { refreshDataQualitySummaries } from "@waymark/db";
import type { Deps } from "../app-types.ts";

/**
 * Recomputes the data-quality summaries that writes made stale or that a new local day outdated, so the portfolio
 * and FM reports read fresh rows. Rows are claimed with SKIP LOCKED, so every Waymark process may run this on its
 * interval and each tenant is still computed once; within a process a run that outlasts the interval is not overlapped.
 */
export function dataQualityRefresher(deps: Pick<Deps, "db" | "now">, onError: (error: unknown) => void) {
  let running: Promise<number> | undefined;
  return function refresh(): Promise<number> {
    running ??= refreshDataQualitySummaries(deps.db, { now: deps.now() })
      .then(({ refreshed }) => refreshed)
      .catch((error: unknown) => {
        onError(error);
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
}
